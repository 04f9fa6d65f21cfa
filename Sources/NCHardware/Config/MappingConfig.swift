/// How a network is placed on the cores: the placement strategy and how convolution weights are
/// stored in synaptic memory.
///
/// JSON section `mapping`; every key may be omitted (see `HardwareConfig.defaults`).
public struct MappingConfig: Codable, Equatable, Sendable {
    /// The placement strategy (`strategy`); the engine's implementations are `SpreadMapping` and
    /// `FewestCoresMapping`.
    public enum Strategy: String, Codable, Sendable, CaseIterable {
        /// Balance the estimated work over all cores, pack small tiles of several layers into one
        /// core, and keep producers next to their consumers on the mesh.
        case spread
        /// Each buffer in the fewest tiles that fit a core, one tile per core in serpentine order
        /// (neurocycle before issue #11).
        case fewestCores = "fewest-cores"
    }

    /// How a core stores the kernels of the tiles it holds (`weights`).
    public enum WeightStorage: String, Codable, Sendable, CaseIterable {
        /// A convolution's kernel for a channel group is stored once per core, however many row
        /// bands of it the core holds (Speck, Loihi 2 convolutional connectivity).
        case sharedKernel = "shared-kernel"
        /// Every tile stores its own copy of its kernels.
        case perTile = "per-tile"
    }

    /// The placement strategy (`strategy`: `"spread"` or `"fewest-cores"`).
    public var strategy: Strategy
    /// Kernel storage (`weights`: `"shared-kernel"` or `"per-tile"`).
    public var weights: WeightStorage
    /// Synaptic memory holds only non-zero weights and only they are accumulated
    /// (`skip_zero_weights`); needs the network's weights, so a replayed trace cannot use it.
    public var skipZeroWeights: Bool

    /// A mapping section with every value given.
    public init(strategy: Strategy = .spread, weights: WeightStorage = .sharedKernel, skipZeroWeights: Bool = false) {
        self.strategy = strategy
        self.weights = weights
        self.skipZeroWeights = skipZeroWeights
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case strategy, weights, skipZeroWeights = "skip_zero_weights"
    }

    /// Decodes the section, taking `HardwareConfig.defaults.mapping` for absent keys and rejecting
    /// unknown keys, wrong types and unknown names with their key path.
    public init(from decoder: any Decoder) throws {
        let reader = try ConfigReader(decoder)
        try reader.rejectUnknownKeys(CodingKeys.self)
        let fallback = HardwareConfig.defaults.mapping
        strategy = try reader.choice(CodingKeys.strategy, default: fallback.strategy)
        weights = try reader.choice(CodingKeys.weights, default: fallback.weights)
        skipZeroWeights = try reader.bool(CodingKeys.skipZeroWeights, default: fallback.skipZeroWeights)
    }
}
