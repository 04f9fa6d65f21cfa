import NCHardware

/// What `neurocycle map` reports: how each current buffer of a model is cut into tiles and
/// placed on a chip's cores, and how full those cores' memories are.
///
/// The JSON keys (snake_case) are read by scripts: extend, never rename.
public struct MapReport: Codable, Sendable, Equatable {
    /// One buffer.
    public struct Row: Codable, Sendable, Equatable {
        /// Buffer name.
        public var buffer: String
        /// Convolutions writing into it, in topology order.
        public var writers: [String]
        /// Buffer shape.
        public var channels: Int, height: Int, width: Int
        /// Tiles it is cut into.
        public var tiles: Int
        /// Distinct cores holding them.
        public var cores: Int
        /// Passes needed when tiles outnumber cores.
        public var passes: Int
        /// Channels and rows per tile.
        public var channelsPerTile: Int, rowsPerTile: Int
        /// Neurons of the largest tile over a core's neuron memory.
        public var neuronUtilisation: Double
        /// Weight bytes of a tile over a core's synaptic memory.
        public var synapticUtilisation: Double

        /// A row from its numbers.
        public init(buffer: String, writers: [String], channels: Int, height: Int, width: Int, tiles: Int, cores: Int,
                    passes: Int, channelsPerTile: Int, rowsPerTile: Int, neuronUtilisation: Double,
                    synapticUtilisation: Double) {
            self.buffer = buffer
            self.writers = writers
            self.channels = channels
            self.height = height
            self.width = width
            self.tiles = tiles
            self.cores = cores
            self.passes = passes
            self.channelsPerTile = channelsPerTile
            self.rowsPerTile = rowsPerTile
            self.neuronUtilisation = neuronUtilisation
            self.synapticUtilisation = synapticUtilisation
        }

        enum CodingKeys: String, CodingKey {
            case buffer, writers, channels, height, width, tiles, cores, passes
            case channelsPerTile = "channels_per_tile", rowsPerTile = "rows_per_tile"
            case neuronUtilisation = "neuron_utilisation", synapticUtilisation = "synaptic_utilisation"
        }
    }

    /// The model, input and core memories the mapping is of (JSON: `model`, `input_height`,
    /// `input_width`, `neurons_per_core`, `synaptic_bytes_per_core` at the top level).
    public struct Heading: Sendable, Equatable {
        /// Model display name.
        public var model: String
        /// Input size, pixels.
        public var inputHeight: Int, inputWidth: Int
        /// Neuron memory of one core, membrane words.
        public var neuronsPerCore: Int
        /// Synaptic memory of one core, bytes.
        public var synapticBytesPerCore: Int

        /// A heading.
        public init(model: String, inputHeight: Int, inputWidth: Int, neuronsPerCore: Int, synapticBytesPerCore: Int) {
            self.model = model
            self.inputHeight = inputHeight
            self.inputWidth = inputWidth
            self.neuronsPerCore = neuronsPerCore
            self.synapticBytesPerCore = synapticBytesPerCore
        }
    }

    /// How the tiles were placed (JSON: `strategy`, `weights`, `cores_used`, `segments` at the top level).
    public struct Placement: Sendable, Equatable {
        /// Mapping strategy name.
        public var strategy: String
        /// Weight storage name.
        public var weights: String
        /// Cores holding at least one tile.
        public var coresUsed: Int
        /// Groups of layers resident together.
        public var segments: Int

        /// A placement.
        public init(strategy: String, weights: String, coresUsed: Int, segments: Int) {
            self.strategy = strategy
            self.weights = weights
            self.coresUsed = coresUsed
            self.segments = segments
        }
    }

    /// Version of this JSON layout (`schema_version`, as in every neurocycle JSON).
    public var schemaVersion = 1
    /// Hardware config name.
    public var hardware: String
    /// Mapping mode (`resident`, `streamed`).
    public var mode: String
    /// Cores on the chip.
    public var coresAvailable: Int
    /// Tiles over all buffers.
    public var tiles: Int
    /// The mapping strategy (`fewest-cores`, `spread`), the weight storage (`per-tile`,
    /// `shared-kernel`), cores holding a tile, and segments resident together.
    public var placement: Placement?
    /// One row per buffer, in topology order.
    public var layers: [Row]
    /// Model, input and core memories, for the text.
    public var heading: Heading?

    /// A report from its parts.
    public init(hardware: String, mode: String, coresAvailable: Int, tiles: Int, layers: [Row], heading: Heading?) {
        self.hardware = hardware
        self.mode = mode
        self.coresAvailable = coresAvailable
        self.tiles = tiles
        self.layers = layers
        self.heading = heading
    }

    /// The report of `summary`, a mapping of `model` at `inputHeight` x `inputWidth` on the
    /// hardware config named `hardware`.
    public init(_ summary: MappingSummary, hardware: String, model: String, inputHeight: Int, inputWidth: Int) {
        let rows = summary.buffers.map { use in
            Row(buffer: use.name, writers: use.writers, channels: use.channels, height: use.height, width: use.width,
                tiles: use.tiles, cores: use.cores, passes: use.passes, channelsPerTile: use.channelsPerTile,
                rowsPerTile: use.rowsPerTile, neuronUtilisation: use.neuronUtilisation,
                synapticUtilisation: use.synapticUtilisation)
        }
        self.init(hardware: hardware, mode: summary.mode.rawValue, coresAvailable: summary.coreCount, tiles: summary.tiles,
                  layers: rows,
                  heading: Heading(model: model, inputHeight: inputHeight, inputWidth: inputWidth,
                                   neuronsPerCore: summary.neuronsPerCore, synapticBytesPerCore: summary.synapticBytesPerCore))
        placement = Placement(strategy: summary.strategy.rawValue, weights: summary.weightStorage.rawValue,
                              coresUsed: summary.coresUsed, segments: summary.segments)
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", hardware, mode, coresAvailable = "cores_available", tiles, layers
        case model, inputHeight = "input_height", inputWidth = "input_width", neuronsPerCore = "neurons_per_core"
        case synapticBytesPerCore = "synaptic_bytes_per_core"
        case strategy, weights, coresUsed = "cores_used", segments
    }

    /// Encodes the report, the heading's fields beside the numbers.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(hardware, forKey: .hardware)
        try c.encode(mode, forKey: .mode)
        try c.encode(coresAvailable, forKey: .coresAvailable)
        try c.encode(tiles, forKey: .tiles)
        if let placement {
            try c.encode(placement.strategy, forKey: .strategy)
            try c.encode(placement.weights, forKey: .weights)
            try c.encode(placement.coresUsed, forKey: .coresUsed)
            try c.encode(placement.segments, forKey: .segments)
        }
        try c.encode(layers, forKey: .layers)
        if let heading {
            try c.encode(heading.model, forKey: .model)
            try c.encode(heading.inputHeight, forKey: .inputHeight)
            try c.encode(heading.inputWidth, forKey: .inputWidth)
            try c.encode(heading.neuronsPerCore, forKey: .neuronsPerCore)
            try c.encode(heading.synapticBytesPerCore, forKey: .synapticBytesPerCore)
        }
    }

    /// Decodes a report written by `encode(to:)`; the heading when all its fields are present.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? 1
        hardware = try c.decode(String.self, forKey: .hardware)
        mode = try c.decode(String.self, forKey: .mode)
        coresAvailable = try c.decode(Int.self, forKey: .coresAvailable)
        tiles = try c.decode(Int.self, forKey: .tiles)
        layers = try c.decode([Row].self, forKey: .layers)
        if let strategy = try c.decodeIfPresent(String.self, forKey: .strategy),
           let weights = try c.decodeIfPresent(String.self, forKey: .weights),
           let used = try c.decodeIfPresent(Int.self, forKey: .coresUsed),
           let segments = try c.decodeIfPresent(Int.self, forKey: .segments) {
            placement = Placement(strategy: strategy, weights: weights, coresUsed: used, segments: segments)
        }
        if let model = try c.decodeIfPresent(String.self, forKey: .model),
           let height = try c.decodeIfPresent(Int.self, forKey: .inputHeight),
           let width = try c.decodeIfPresent(Int.self, forKey: .inputWidth),
           let neurons = try c.decodeIfPresent(Int.self, forKey: .neuronsPerCore),
           let bytes = try c.decodeIfPresent(Int.self, forKey: .synapticBytesPerCore) {
            heading = Heading(model: model, inputHeight: height, inputWidth: width, neuronsPerCore: neurons,
                              synapticBytesPerCore: bytes)
        }
    }

    /// The report as JSON (`JSONText`).
    public func jsonText() throws -> String { try JSONText.encode(self) }
}
