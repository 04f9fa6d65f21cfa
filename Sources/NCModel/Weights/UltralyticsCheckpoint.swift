import NCFormats

/// An ultralytics training checkpoint (what `BaseTrainer.save_model` writes: a dict with the model
/// pickled under `ema` and `model`, plus trainer facts) read as a model file: the tensors of the
/// copy ultralytics would load (`ema` when present, else `model`), the model's own architecture
/// (`yaml`), strides and class names. A plain state_dict or a safetensors file comes back with
/// only its tensors.
public struct UltralyticsCheckpoint: Sendable {
    /// What kind of file it is.
    public enum Kind: String, Sendable {
        /// An ultralytics checkpoint: a dict with a pickled `DetectionModel` under `ema`/`model`.
        case ultralytics
        /// A `state_dict` (an OrderedDict of name → tensor) saved by `torch.save`.
        case stateDict
        /// A safetensors file.
        case safetensors
    }

    /// Top-level facts of the trainer's dict, for display.
    public struct Info: Sendable, Equatable {
        /// Keys of the checkpoint dict, in order.
        public var keys: [String] = []
        /// `epoch`.
        public var epoch: Int?
        /// `date` (ISO 8601 text).
        public var date: String?
        /// `version` (the ultralytics version that wrote it).
        public var version: String?
        /// Keys of `train_args`, in order.
        public var trainArgumentKeys: [String] = []
    }

    /// The tensors and module tree.
    public let file: TorchCheckpoint
    /// What kind of file it is.
    public let kind: Kind
    /// The model's `yaml` dict (its architecture), when the file carries a model.
    public let yaml: PlainValue?
    /// The model's strides (`DetectionModel.stride`), e.g. `[8, 16, 32]`.
    public let stride: [Double]?
    /// Class names by index (`DetectionModel.names`).
    public let names: [Int: String]?
    /// The trainer's facts.
    public let info: Info

    /// Which copy of the model ultralytics loads: `ema` when it is a model, else `model`.
    static func model(in top: PickleDict) -> PickleValue? {
        [top["ema"], top["model"]].compactMap { $0 }.first { if case .object = $0 { true } else { false } }
    }

    /// Opens the file at `path`. Errors read `path: problem`.
    public static func load(path: String, limits: PickleLimits = .default) throws -> UltralyticsCheckpoint {
        let file = try TorchCheckpoint.load(path: path, limits: limits, module: model(in:))
        return try FormatError.attaching(path) { try UltralyticsCheckpoint(file) }
    }

    /// Reads the ultralytics facts of an opened checkpoint.
    public init(_ file: TorchCheckpoint) throws {
        self.file = file
        guard file.kind == .moduleTree else {
            kind = file.kind == .safetensors ? .safetensors : .stateDict
            yaml = nil
            stride = nil
            names = nil
            info = Info()
            return
        }
        kind = .ultralytics
        let attributes = file.moduleAttributes[""] ?? [:]
        yaml = try attributes["yaml"].map { v in try FormatError.within("model yaml") { try PlainValue(v, maxNodes: 100_000) } }
        switch attributes["stride"] {
        case .tensor(let ref)?: stride = try file.tensor(ref).doubles()
        case let v?: stride = v.sequenceValue?.compactMap(\.doubleValue)
        case nil: stride = nil
        }
        if case .dict(let d)? = attributes["names"] {
            var n = [Int: String]()
            for (k, v) in zip(d.keys, d.values) {
                if let i = k.intValue, let s = v.stringValue { n[Int(i)] = s }
            }
            names = n
        } else if let list = attributes["names"]?.sequenceValue {
            names = Dictionary(uniqueKeysWithValues: list.enumerated().compactMap { i, v in v.stringValue.map { (i, $0) } })
        } else {
            names = nil
        }
        var info = Info()
        if case .dict(let top)? = file.root {
            info.keys = top.keys.compactMap(\.stringValue)
            info.epoch = top["epoch"]?.intValue.flatMap { Int(exactly: $0) }
            info.date = top["date"]?.stringValue
            info.version = top["version"]?.stringValue
            switch top["train_args"] {
            case .dict(let d)?: info.trainArgumentKeys = d.keys.compactMap(\.stringValue)
            case .object(let o)?: info.trainArgumentKeys = o.state?.dictValue?.keys.compactMap(\.stringValue) ?? []
            default: break
            }
        }
        self.info = info
    }

    /// The path it was read from.
    public var path: String { file.path }
}
