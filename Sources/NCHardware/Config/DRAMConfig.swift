/// Off-chip memory: where weights and activations live when they do not fit on the cores.
///
/// JSON section `dram`; every key may be omitted (see `HardwareConfig.defaults`).
public struct DRAMConfig: Codable, Equatable, Sendable {
    /// Sustained bandwidth in bytes per chip clock cycle (`bandwidth_bytes_per_cycle`, positive,
    /// at most 1e6).
    public var bandwidthBytesPerCycle: Double
    /// Cycles from a request to its first byte (`latency_cycles`, 0...1,000,000,000).
    public var latencyCycles: Int

    enum CodingKeys: String, CodingKey, CaseIterable {
        case bandwidthBytesPerCycle = "bandwidth_bytes_per_cycle", latencyCycles = "latency_cycles"
    }
}

extension DRAMConfig: ConfigSection {
    static var fields: [ConfigField<DRAMConfig>] {
        [.double(.bandwidthBytesPerCycle, \.bandwidthBytesPerCycle, in: 1e-3...1e6),
         .int(.latencyCycles, \.latencyCycles, in: 0...1_000_000_000)]
    }

    static var fallback: DRAMConfig { HardwareConfig.defaults.dram }

    /// Decodes the section, taking `HardwareConfig.defaults.dram` for absent keys and rejecting
    /// unknown keys and wrong types with their key path. Ranges are checked by `validate`.
    public init(from decoder: any Decoder) throws {
        try self.init(reading: ConfigReader(decoder))
    }

    /// Encodes every key, through `fields`.
    public func encode(to encoder: any Encoder) throws { try write(to: encoder) }
}
