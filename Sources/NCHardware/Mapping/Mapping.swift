import NCModel

/// How a network is placed on the cores: one implementation per strategy, chosen by name
/// (`mapping.strategy`). Registered in `Mapping.plan`.
protocol MappingStrategy {
    /// The strategy's name in configs and reports.
    static var name: String { get }
    /// Places `topology` on the chip `config` describes, or throws an actionable error.
    func plan(_ topology: NetworkTopology, on config: HardwareConfig) throws -> Mapping
}

/// Where every neuron and weight of a folded network lives on a chip.
///
/// If the whole model fits at once, every buffer keeps its own cores for the whole inference
/// (`resident`): weights are loaded once, spikes go core to core. Otherwise layers take turns on
/// the cores (`streamed`): groups of steps whose buffers fit together (`segments`) run one after
/// another, and weights, membranes and spikes that cross a group boundary go through DRAM; a
/// layer too large for the whole chip runs in several passes.
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
    /// The strategy that placed the network.
    public var strategy: MappingConfig.Strategy
    /// How kernels are stored in synaptic memory.
    public var weightStorage: MappingConfig.WeightStorage
    /// One tiling per buffer of the topology: where the buffer lives in the first segment that
    /// uses it (what the layer-barrier schedule and `neurocycle map` use).
    public var buffers: [BufferTiling]
    /// Weight bytes of each convolution (all output channels).
    public var convWeightBytes: [Int]
    /// Cores on the chip.
    public var coreCount: Int
    /// Groups of consecutive steps of a timestep whose buffers are on the chip together, in
    /// order: one covering every step when resident. Empty when the strategy gives every step
    /// its own turn with the layer-barrier rules (fewest-cores, streamed).
    public var segments: [MappingSegment]

    /// Places `topology` on the chip `config` describes with the config's mapping strategy.
    /// Throws an actionable error when a layer cannot fit at all.
    public static func plan(_ topology: NetworkTopology, on config: HardwareConfig) throws -> Mapping {
        switch config.mapping.strategy {
        case .spread: return try SpreadMapping().plan(topology, on: config)
        case .fewestCores: return try FewestCoresMapping().plan(topology, on: config)
        }
    }

    static func bytes(bits: Int) -> Int { (bits + 7) / 8 }

    /// Synaptic bytes each core holds for `tilings` (cores `0..<coreCount`, passes counted
    /// together): with shared kernels, a core stores a channel group's kernels once however many
    /// row bands of it it holds; per tile, every tile its own copy.
    public static func synapticBytes(_ tilings: [BufferTiling], storage: MappingConfig.WeightStorage, coreCount: Int) -> [Int] {
        var bytes = [Int](repeating: 0, count: coreCount)
        var stored = Set<StoredKernel>()
        for tiling in tilings {
            for tile in tiling.tiles where tile.core >= 0 && tile.core < coreCount {
                if storage == .sharedKernel {
                    let key = StoredKernel(core: tile.core, pass: tile.pass, buffer: tile.buffer, channelStart: tile.channelStart,
                                           channelCount: tile.channelCount)
                    guard stored.insert(key).inserted else { continue }
                }
                bytes[tile.core] += tiling.weightBytes(of: tile)
            }
        }
        return bytes
    }

    /// The cores that hold at least one tile in some segment (the others can be power-gated).
    public var occupiedCores: [Bool] {
        var used = [Bool](repeating: false, count: coreCount)
        let all = segments.isEmpty ? buffers : segments.flatMap(\.buffers)
        for tiling in all {
            for tile in tiling.tiles where tile.core >= 0 && tile.core < coreCount { used[tile.core] = true }
        }
        return used
    }
}

/// A channel group's kernels as one core stores them (the unit of sharing).
private struct StoredKernel: Hashable {
    var core: Int, pass: Int, buffer: Int, channelStart: Int, channelCount: Int
}

/// Consecutive steps of a timestep that run together on the chip, and where their buffers live.
public struct MappingSegment: Sendable, Equatable, Codable {
    /// How the segment runs.
    public enum Kind: String, Sendable, Equatable, Codable {
        /// Its buffers are on the chip together: the pipelined schedule overlaps its steps.
        case pipelined
        /// One step too large for the chip: it runs alone, in passes, with the layer-barrier rules.
        case passes
    }

    /// The kind.
    public var kind: Kind
    /// Indices into `NetworkTopology.steps`.
    public var steps: Range<Int>
    /// Placement of every buffer its steps touch, by buffer index.
    public var buffers: [BufferTiling]

    /// The placement of buffer `b` in this segment, if it touches `b`.
    public func tiling(of b: Int) -> BufferTiling? {
        var lo = 0, hi = buffers.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if buffers[mid].buffer < b { lo = mid + 1 } else { hi = mid }
        }
        return lo < buffers.count && buffers[lo].buffer == b ? buffers[lo] : nil
    }
}
