import NCFormats

/// How the 250 ms before a label timestamp is located in the event file.
public enum Gen1WindowSemantics: String, Sendable, Equatable, CaseIterable {
    /// Window i is exactly `[ts − S + (S/T)·i, ts − S + (S/T)·(i+1))` µs, as `pre_gen1.py` means it.
    /// Bounds before the recording's start are kept, so for a label at ts < S the early windows
    /// are empty and no event at or after ts ever enters a frame.
    case intended
    /// What `pre_gen1.py` actually yields through the toolbox's `PSEELoader` (numpy 1.x):
    /// (b) when ts − S ≤ 0, `seek_time` rewinds to t = 0 and the windows become
    /// [0, S/T), [S/T, 2S/T), … whatever ts is — frames then show events after the label;
    /// (c) on files of more than 100,000 events, when the binary search of `seek_time` probes an
    /// event whose timestamp equals ts − S exactly, it stops *after* that event, so window 0
    /// misses it and any earlier event of the same timestamp. (SEMANTICS.md §4, gen1_quirks.json.)
    case authors
}

/// The authors' Gen1 framing: events of the `sampleMicroseconds` before a label timestamp, split
/// into `timesteps` windows, each painted into a uint8 frame, resized with OpenCV's INTER_LINEAR
/// to the model's width, letterboxed to a square, the time axis reversed, then divided by 255.
///
/// Sources: `pre_gen1.py` (`sample_size = 250000`, `T = 4`, `image_shape = (240, 304)`,
/// `create_sample`, `create_data`) and the SpikeYOLO_for_Gen1 ultralytics fork (`load_image`,
/// `LetterBox`, `Format._format_img`, `DetectionValidator.preprocess`); SEMANTICS.md §4.
/// The geometry (253×320, pad 33 above and 34 below) is `Letterbox`'s validator path.
public struct Gen1Framing: Sendable, Equatable {
    /// Sensor width in pixels (Gen1: 304).
    public let sensorWidth: Int
    /// Sensor height in pixels (Gen1: 240).
    public let sensorHeight: Int
    /// Side of the square model input (the fork's `imgsz`, 320).
    public let imageSize: Int
    /// Number of windows, the model's T (4).
    public let timesteps: Int
    /// Span of events before the label timestamp, µs (250,000).
    public let sampleMicroseconds: Int64
    /// Which window semantics to apply.
    public let semantics: Gen1WindowSemantics

    /// Where a sensor frame lands in the model input: the validator path of `Letterbox`
    /// (`load_image`'s resize to 253×320, then `LetterBox` with `scaleup=False` to the fork's
    /// hard-coded `[imgsz, imgsz]`: 33 rows above, 34 below for Gen1).
    public let geometry: LetterboxGeometry

    /// Grey of a pixel without events in its window.
    public static let background: UInt8 = 127
    /// Value an ON event (p = 1) paints: `255 · p`.
    public static let onValue: UInt8 = 255
    /// Value an OFF event (p = 0) paints.
    public static let offValue: UInt8 = 0
    /// Letterbox border value (`value=(114, 114, 114)`).
    public static let padValue: UInt8 = 114
    /// Channels of the model input; the three are identical copies of the frame.
    public static let channels = 3

    /// The framing of the authors' Gen1 setup, with the intended window semantics.
    public static let gen1 = try! Gen1Framing()

    /// A framing; the defaults are the authors'. Sizes must be positive and the sample must hold
    /// at least one microsecond per window.
    public init(
        sensorWidth: Int = 304, sensorHeight: Int = 240, imageSize: Int = 320, timesteps: Int = 4,
        sampleMicroseconds: Int64 = 250_000, semantics: Gen1WindowSemantics = .intended
    ) throws {
        guard (1...DatHeader.maxSensorSide).contains(sensorWidth), (1...DatHeader.maxSensorSide).contains(sensorHeight) else {
            throw ModelError.option("sensor size \(sensorWidth)×\(sensorHeight) is outside 1...\(DatHeader.maxSensorSide)")
        }
        guard (1...8192).contains(imageSize) else { throw ModelError.option("image size \(imageSize) is outside 1...8192") }
        guard (1...64).contains(timesteps) else { throw ModelError.option("timesteps \(timesteps) is outside 1...64") }
        guard sampleMicroseconds >= Int64(timesteps), sampleMicroseconds <= 1 << 40 else {
            throw ModelError.option("sample of \(sampleMicroseconds) µs cannot be split into \(timesteps) windows of at least 1 µs")
        }
        self.sensorWidth = sensorWidth
        self.sensorHeight = sensorHeight
        self.imageSize = imageSize
        self.timesteps = timesteps
        self.sampleMicroseconds = sampleMicroseconds
        self.semantics = semantics
        // The fork's LetterBox ignores the batch shape and pads to [320, 320] (`new_shape = [320,320]`).
        let box = try Letterbox(mode: .val, size: imageSize, stride: 1)
        geometry = try box.geometry(height: sensorHeight, width: sensorWidth, batchShape: (imageSize, imageSize))
        guard geometry.resizedHeight == geometry.loadedHeight, geometry.resizedWidth == geometry.loadedWidth else {
            throw ModelError.option("sensor \(sensorWidth)×\(sensorHeight) at image size \(imageSize) would be resized twice")
        }
    }

    /// Length of one window, µs: `sample_size // T` (62,500).
    public var windowMicroseconds: Int64 { sampleMicroseconds / Int64(timesteps) }

    /// Height of the letterboxed frame (`resizedHeight + padTop + padBottom`, 320 for Gen1).
    public var paddedHeight: Int { geometry.inputHeight }
    /// Width of the letterboxed frame.
    public var paddedWidth: Int { geometry.inputWidth }

    /// The `timesteps` windows, in time order, for a label at `labelTime` µs under the intended
    /// semantics: window i = `[labelTime − S + w·i, labelTime − S + w·(i+1))`, w = S / T.
    public func windows(before labelTime: Int64) -> [Range<Int64>] {
        let start = labelTime - sampleMicroseconds, w = windowMicroseconds
        return (0..<timesteps).map { i in (start + w * Int64(i))..<(start + w * Int64(i + 1)) }
    }
}
