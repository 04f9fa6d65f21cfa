/// The encoder: a multiply-accumulate array that runs the first, real-valued layer (the image
/// goes in as numbers, not spikes, so that layer needs multiplies).
///
/// JSON section `encoder`; every key may be omitted (see `HardwareConfig.defaults`).
public struct EncoderConfig: Codable, Equatable, Sendable {
    /// Multiply-accumulates the array completes per cycle (`macs_per_cycle`, 1...2^24).
    public var macsPerCycle: Int

    /// An encoder section with every value given.
    public init(macsPerCycle: Int) {
        self.macsPerCycle = macsPerCycle
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case macsPerCycle = "macs_per_cycle"
    }

    /// Decodes the section, taking `HardwareConfig.defaults.encoder` for absent keys and rejecting
    /// unknown keys and wrong types with their key path. Ranges are checked by `validate`.
    public init(from decoder: any Decoder) throws {
        let reader = try ConfigReader(decoder)
        try reader.rejectUnknownKeys(CodingKeys.self)
        macsPerCycle = try reader.int(CodingKeys.macsPerCycle, default: HardwareConfig.defaults.encoder.macsPerCycle)
    }

    /// Throws the first value out of range; `section` is the key path of this section.
    func validate(section: String) throws {
        try ConfigCheck.int(macsPerCycle, "\(section).\(CodingKeys.macsPerCycle.rawValue)", atLeast: 1, atMost: 1 << 24)
    }
}
