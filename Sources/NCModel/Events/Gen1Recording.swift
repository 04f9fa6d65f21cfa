import NCFormats

/// One sample of a Gen1 recording: the framed events before a label timestamp and its targets.
public struct Gen1Sample: Sendable, Equatable {
    /// The label group (timestamp and rows) this sample is built for.
    public let group: Gen1LabelGroup
    /// The framed events, every stage included; `frames.input` is the model input.
    public let frames: Gen1Frames
    /// The targets `pre_gen1.py` writes for the group (see `Gen1LabelGroup.targets`).
    public let targets: [Gen1Target]
}

/// A Gen1 recording opened for framing: a `<name>_td.dat` event file and, optionally, its
/// `<name>_bbox.npy` labels — the unit `pre_gen1.py` iterates over, one sample per distinct label
/// timestamp.
///
/// This is the API the CLI's event options call:
/// `--events file.dat --at TS_US` → `Gen1Recording(events:).frames(at: TS_US).input`;
/// `--labels file_bbox.npy` → `Gen1Recording(events:labels:)`, then `sample(at: k)` for
/// `k` in `0..<sampleCount`; `--frames X.npy` → `InputFrames(shape:values:)` of the tensor
/// `Npy.read` returns.
public struct Gen1Recording: Sendable {
    /// The event file.
    public let events: DatEventFile
    /// The labels, if given.
    public let labels: Gen1Labels?
    /// How events become model input.
    public let framing: Gen1Framing

    /// Opens `events` (and `labels`). The event file's declared sensor size, if any, must be the
    /// framing's. Errors name the file.
    public init(events eventsPath: String, labels labelsPath: String? = nil, framing: Gen1Framing = .gen1) throws {
        let file = try DatEventFile(path: eventsPath)
        if let w = file.header.width, let h = file.header.height, w != framing.sensorWidth || h != framing.sensorHeight {
            throw ModelError.input(
                "\(eventsPath): the events come from a \(w)×\(h) sensor but the framing is for \(framing.sensorWidth)×\(framing.sensorHeight)")
        }
        events = file
        labels = try labelsPath.map(Gen1Labels.read)
        self.framing = framing
    }

    /// The labels file `pre_gen1.py` pairs with an event file: `<name>_td.dat` → `<name>_bbox.npy`.
    /// Nil if the path does not end in `_td.dat`.
    public static func labelsPath(forEvents path: String) -> String? {
        guard path.hasSuffix("_td.dat") else { return nil }
        return String(path.dropLast("_td.dat".count)) + "_bbox.npy"
    }

    /// The model input for the windows before `labelTime` (µs), with every framing stage.
    public func frames(at labelTime: Int64) throws -> Gen1Frames {
        try framing.frames(from: events, labelTime: labelTime)
    }

    /// Number of samples: distinct label timestamps (0 without labels).
    public var sampleCount: Int { labels?.groups.count ?? 0 }

    /// Sample `index` (the k of pre_gen1's `img_<name><k>.npy`): frames and targets of the k-th
    /// distinct label timestamp.
    public func sample(at index: Int) throws -> Gen1Sample {
        guard let labels, index >= 0, index < labels.groups.count else {
            throw ModelError.input("sample \(index) outside 0..<\(sampleCount) (labels: \(labels == nil ? "none given" : "\(sampleCount) timestamps"))")
        }
        let group = labels.groups[index]
        return Gen1Sample(
            group: group, frames: try frames(at: group.timestamp),
            targets: group.targets(sensorWidth: framing.sensorWidth, sensorHeight: framing.sensorHeight))
    }
}
