/// What `neurocycle inspect` reports: what a checkpoint holds — tensors by data type,
/// parameters per top-level module, the SpikeYOLO architecture when it has one.
///
/// The JSON keys (snake_case) are read by scripts: extend, never rename.
public struct InspectReport: Codable, Sendable, Equatable {
    /// One top-level module (`model.3`, or the first part of a state_dict name).
    public struct ModuleRow: Codable, Sendable, Equatable {
        /// Module path.
        public var name: String
        /// Its Python class (`ultralytics.nn.modules.…MS_ConvBlock`), `?` when unknown.
        public var className: String
        /// Parameters (tensors that are not buffers) under it.
        public var params: Int

        enum CodingKeys: String, CodingKey { case name, className = "class", params }
    }

    /// One tensor (with `--tensors`).
    public struct TensorRow: Codable, Sendable, Equatable {
        /// Full name.
        public var name: String
        /// Data type (`f16`, `i64`, ...).
        public var dtype: String
        /// Shape.
        public var shape: [Int]
    }

    /// Version of this JSON layout (`schema_version`, as in every neurocycle JSON).
    public var schemaVersion = 1
    /// The file as given.
    public var file: String
    /// `ultralytics`, `stateDict` or `safetensors`.
    public var kind: String
    /// Parameters as PyTorch counts them.
    public var params: Int
    /// Tensors, buffers included.
    public var tensors: Int
    /// Tensors per data type.
    public var dtypes: [String: Int]
    /// Top-level modules in file order (block order for a SpikeYOLO model).
    public var modules: [ModuleRow]
    /// SpikeYOLO scale, classes, timesteps T and spike levels D (nil unless the file is a model
    /// neurocycle can build).
    public var scale: String?, nc: Int?, timesteps: Int?, spikeLevels: Int?
    /// Input size and MACs of the folded graph (with `--imgsz`).
    public var imgsz: Int?, macs: Int?
    /// Every tensor (with `--tensors`).
    public var tensorList: [TensorRow]?
    /// Why the file is not a SpikeYOLO model neurocycle can build (nil when it is).
    public var architectureProblem: String?
    /// The ultralytics version and date the checkpoint records.
    public var ultralyticsVersion: String?, ultralyticsDate: String?

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case file, kind, params, tensors, dtypes, modules, scale, nc, timesteps, spikeLevels = "spike_levels", imgsz, macs
        case tensorList = "tensor_list", architectureProblem = "architecture_problem"
        case ultralyticsVersion = "ultralytics_version", ultralyticsDate = "ultralytics_date"
    }

    /// The report as JSON (`JSONText`).
    public func jsonText() throws -> String { try JSONText.encode(self) }
}
