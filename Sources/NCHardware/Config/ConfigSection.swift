/// A section of a hardware config (`chip`, `core`, …, and the top level): every key it reads,
/// each bound to the property it fills, and the values absent keys take. Decoding is the same
/// for every section — reject unknown keys, start from the defaults, read each key present —
/// and so are encoding and validation — write, then check, each field in turn — so a section
/// only declares its fields.
protocol ConfigSection {
    /// The section's JSON keys.
    associatedtype CodingKeys: CodingKey & CaseIterable
    /// Every key of `CodingKeys`, in its order, with the property it fills, how it is written and
    /// the values it allows.
    static var fields: [ConfigField<Self>] { get }
    /// The values of absent keys (the section of `HardwareConfig.defaults`).
    static var fallback: Self { get }
}

extension ConfigSection {
    /// The section in `reader`: unknown keys, wrong types and unknown names are rejected with
    /// their key path; absent keys take `fallback`'s values. Ranges are checked by `validate`.
    init(reading reader: ConfigReader) throws {
        try reader.rejectUnknownKeys(CodingKeys.self)
        var section = Self.fallback
        for field in Self.fields { try field.read(reader, &section) }
        self = section
    }

    /// Writes every field of `fields`, in their order; a field omitted at its default only when
    /// its value differs from `fallback`'s. Every section's `encode(to:)` calls this (Swift's
    /// synthesized encoding would ignore `omittedAtDefault`).
    func write(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        for field in Self.fields { try field.write(&container, self) }
    }

    /// Throws the first value out of range, field by field in `fields` order; `section` is the
    /// key path of this section (empty for the top level).
    func validate(section: String) throws {
        let path = { (key: CodingKeys) in section.isEmpty ? key.stringValue : "\(section).\(key.stringValue)" }
        for field in Self.fields { try field.check(self, path) }
    }
}
