import NCHardware
import NCModel

/// How a dataset run treats every image: which engine, which letterbox, which NMS, and what it
/// keeps per image.
public struct DatasetSettings: Sendable {
    /// What runs each image.
    public enum Engine: Sendable {
        /// The integer reference in this precision (`run`, `estimate`).
        case reference(Precision)
        /// The chip; `compare` also runs a fixed-point chip's FP32 reference (`simulate`).
        case chip(HardwareConfig, compare: Bool)
    }

    /// The model as the part file names it.
    public struct ModelIdentity: Sendable, Equatable {
        /// Display name.
        public var name: String
        /// SHA-256 of the checkpoint file (or of a synthetic model's recipe).
        public var sha256: String

        /// An identity.
        public init(name: String, sha256: String) {
            self.name = name
            self.sha256 = sha256
        }
    }

    /// `run`, `simulate` or `estimate` (recorded; `estimate` keeps no detections).
    public var command: String
    /// The engine.
    public var engine: Engine
    /// Decoded image → model input.
    public var letterbox: Letterbox
    /// Threads, NMS and energy constants. Dataset runs default to the validator's NMS
    /// (`RunSettings.validation`).
    public var run: RunSettings
    /// The model's identity for the part file.
    public var model: ModelIdentity
    /// Keep each image's detections (for `--save-predictions`; always kept when the dataset has labels).
    public var keepDetections: Bool

    /// Settings.
    public init(command: String, engine: Engine, letterbox: Letterbox, run: RunSettings, model: ModelIdentity,
                keepDetections: Bool = false) {
        self.command = command
        self.engine = engine
        self.letterbox = letterbox
        self.run = run
        self.model = model
        self.keepDetections = keepDetections
    }

    /// The arithmetic's report name (`fp32`, `fp64`, `int8/int24`).
    public var arithmetic: String {
        switch engine {
        case .reference(let p): return p.rawValue
        case .chip(let config, _): return config.arithmeticLabel
        }
    }
}

extension RunSettings {
    /// The validator's NMS (confidence 0.001, IoU 0.7, every class above the confidence per box)
    /// with the paper's energy constants: what dataset runs use unless told otherwise.
    public static func validation(threads: Int = Parallel.defaultThreads) -> RunSettings {
        var s = RunSettings(threads: threads)
        (s.confidence, s.iou, s.multiLabel) = (0.001, 0.7, true)
        return s
    }
}
