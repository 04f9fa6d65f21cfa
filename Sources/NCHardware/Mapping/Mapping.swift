import NCModel

/// Where every neuron and weight of a folded network lives on a chip.
///
/// If the whole model fits at once, every buffer keeps its own cores for the whole inference
/// (`resident`): weights are loaded once, spikes go core to core. Otherwise layers take turns on
/// the cores (`streamed`): before a convolution runs, its weights are loaded from DRAM, its
/// input spikes are read from DRAM and injected at the I/O port, and its output membranes are
/// written back to DRAM afterwards; a layer with more tiles than cores runs in several passes.
public struct Mapping: Sendable, Equatable {
    /// How layers share the cores.
    public enum Mode: String, Sendable, Equatable, Codable {
        /// Every buffer has its own cores; nothing moves through DRAM during inference.
        case resident
        /// Layers reuse the cores one after another; weights and activations go through DRAM.
        case streamed
    }

    /// The mode.
    public var mode: Mode
    /// One tiling per buffer of the topology.
    public var buffers: [BufferTiling]
    /// Weight bytes of each convolution (all output channels).
    public var convWeightBytes: [Int]
    /// Cores on the chip.
    public var coreCount: Int

    /// Places `topology` on the chip `config` describes with the config's mapping strategy.
    /// Throws an actionable error when a layer cannot fit at all.
    public static func plan(_ topology: NetworkTopology, on config: HardwareConfig) throws -> Mapping {
        try FewestCoresMapping().plan(topology, on: config)
    }

    static func bytes(bits: Int) -> Int { (bits + 7) / 8 }
}
