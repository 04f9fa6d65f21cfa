/// The encoder: a multiply-accumulate array that runs the first, real-valued layer (the image
/// goes in as numbers, not spikes, so that layer needs multiplies).
///
/// JSON section `encoder`; every key may be omitted (see `HardwareConfig.defaults`).
public struct EncoderConfig: Codable, Equatable, Sendable {
    /// Multiply-accumulates the array completes per cycle (`macs_per_cycle`, 1...2^24).
    public var macsPerCycle: Int

    enum CodingKeys: String, CodingKey, CaseIterable {
        case macsPerCycle = "macs_per_cycle"
    }
}

extension EncoderConfig: ConfigSection {
    static var fields: [ConfigField<EncoderConfig>] {
        [.int(.macsPerCycle, \.macsPerCycle, in: 1...(1 << 24))]
    }

    static var fallback: EncoderConfig { HardwareConfig.defaults.encoder }

    /// Decodes the section, taking `HardwareConfig.defaults.encoder` for absent keys and rejecting
    /// unknown keys and wrong types with their key path. Ranges are checked by `validate`.
    public init(from decoder: any Decoder) throws {
        try self.init(reading: ConfigReader(decoder))
    }

    /// Encodes every key, through `fields`.
    public func encode(to encoder: any Encoder) throws { try write(to: encoder) }
}
