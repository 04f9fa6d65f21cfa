import NCModel

/// What a mapping asks of the chip, buffer by buffer: how many tiles and cores each buffer
/// takes, and how full its busiest core's memories are. `neurocycle map` shows it.
public struct MappingSummary: Sendable, Equatable {
    /// One buffer's share of the chip; a row of `neurocycle map`'s report, whose JSON keys
    /// (snake_case, read by scripts) are its `CodingKeys`.
    public struct BufferUse: Sendable, Equatable, Codable {
        /// Buffer name.
        public var name: String
        /// Convolutions that write into the buffer, in topology order.
        public var writers: [String]
        /// Buffer shape.
        public var channels: Int, height: Int, width: Int
        /// Tiles the buffer is cut into.
        public var tiles: Int
        /// Distinct cores holding them.
        public var cores: Int
        /// Passes needed when tiles outnumber cores.
        public var passes: Int
        /// Channels and rows per tile (the last group and band may hold fewer).
        public var channelsPerTile: Int, rowsPerTile: Int
        /// Neurons of the largest tile over a core's neuron memory.
        public var neuronUtilisation: Double
        /// Weight bytes of a tile over a core's synaptic memory.
        public var synapticUtilisation: Double

        enum CodingKeys: String, CodingKey {
            case name = "buffer", writers, channels, height, width, tiles, cores, passes
            case channelsPerTile = "channels_per_tile", rowsPerTile = "rows_per_tile"
            case neuronUtilisation = "neuron_utilisation", synapticUtilisation = "synaptic_utilisation"
        }
    }

    /// How layers share the cores.
    public var mode: Mapping.Mode
    /// The mapping strategy that placed the tiles.
    public var strategy: MappingConfig.Strategy
    /// How convolution weights are stored (per tile or one shared kernel copy per core).
    public var weightStorage: MappingConfig.WeightStorage
    /// Cores holding at least one tile.
    public var coresUsed: Int
    /// Groups of layers resident together (1 when every layer is resident at once).
    public var segments: Int
    /// Cores on the chip.
    public var coreCount: Int
    /// Neuron memory of one core, membrane words.
    public var neuronsPerCore: Int
    /// Synaptic memory of one core, bytes.
    public var synapticBytesPerCore: Int
    /// One entry per buffer of the topology, in topology order.
    public var buffers: [BufferUse]

    /// Tiles over all buffers.
    public var tiles: Int { buffers.reduce(0) { $0 + $1.tiles } }

    /// The summary of `mapping`, the plan of `topology` on a chip whose cores each hold
    /// `neuronsPerCore` membranes and `synapticBytesPerCore` bytes of weights.
    public init(_ mapping: Mapping, topology: NetworkTopology, neuronsPerCore: Int, synapticBytesPerCore: Int) {
        var writers = [[String]](repeating: [], count: topology.buffers.count)
        for conv in topology.convs {
            for slice in conv.output where !writers[slice.buffer].contains(conv.name) {
                writers[slice.buffer].append(conv.name)
            }
        }
        mode = mapping.mode
        strategy = mapping.strategy
        weightStorage = mapping.weightStorage
        coresUsed = mapping.occupiedCores.filter { $0 }.count
        segments = max(1, mapping.segments.count)
        coreCount = mapping.coreCount
        self.neuronsPerCore = neuronsPerCore
        self.synapticBytesPerCore = synapticBytesPerCore
        buffers = mapping.buffers.map { tiling in
            let buffer = topology.buffers[tiling.buffer]
            let largest = tiling.tiles.map { $0.neurons(width: buffer.width) }.max() ?? 0
            return BufferUse(
                name: buffer.name, writers: writers[tiling.buffer], channels: buffer.channels, height: buffer.height,
                width: buffer.width, tiles: tiling.tiles.count, cores: Set(tiling.tiles.map(\.core)).count,
                passes: tiling.passes, channelsPerTile: tiling.channelsPerTile, rowsPerTile: tiling.rowsPerTile,
                neuronUtilisation: Double(largest) / Double(neuronsPerCore),
                synapticUtilisation: Double(tiling.weightBytesPerTile) / Double(synapticBytesPerCore))
        }
    }
}
