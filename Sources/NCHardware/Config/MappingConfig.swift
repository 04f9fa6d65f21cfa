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
    /// How `fewest-cores` cuts a buffer into tiles (`tile_shape`).
    public enum TileShape: String, Codable, Sendable, CaseIterable {
        /// As many channels as synaptic memory allows (and a row of each fits), then as many rows
        /// as neuron memory allows.
        case wide
        /// SANA-FE's placement, neurons in channel-major order: the fewest whole channels whose
        /// planes fill a core's neuron memory, then as many rows as fit.
        case planes
    }
    /// How `fewest-cores` cuts a buffer into tiles (`tile_shape`, default `wide`).
    public var tileShape = TileShape.wide

    enum CodingKeys: String, CodingKey, CaseIterable {
        case strategy, weights, skipZeroWeights = "skip_zero_weights", tileShape = "tile_shape"
    }
}

extension MappingConfig: ConfigSection {
    static var fields: [ConfigField<MappingConfig>] {
        [.choice(.strategy, \.strategy), .choice(.weights, \.weights), .bool(.skipZeroWeights, \.skipZeroWeights),
         .choice(.tileShape, \.tileShape, omittedAtDefault: true)]
    }

    static var fallback: MappingConfig { HardwareConfig.defaults.mapping }

    /// Decodes the section, taking `HardwareConfig.defaults.mapping` for absent keys and rejecting
    /// unknown keys, wrong types and unknown names with their key path.
    public init(from decoder: any Decoder) throws {
        try self.init(reading: ConfigReader(decoder))
    }

    /// Encodes every key, `tile_shape` only when it is not the default.
    public func encode(to encoder: any Encoder) throws { try write(to: encoder) }
}
