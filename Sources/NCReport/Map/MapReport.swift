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

    /// What the text heading names besides the JSON's numbers. Not written to JSON, whose keys
    /// stay as they were until the report gets a `schema_version`; nil in a decoded report.
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

    /// Hardware config name.
    public var hardware: String
    /// Mapping mode (`resident`, `streamed`).
    public var mode: String
    /// Cores on the chip.
    public var coresAvailable: Int
    /// Tiles over all buffers.
    public var tiles: Int
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
    }

    enum CodingKeys: String, CodingKey {
        case hardware, mode, coresAvailable = "cores_available", tiles, layers
    }

    /// The report as JSON (`JSONText`).
    public func jsonText() throws -> String { try JSONText.encode(self) }
}
