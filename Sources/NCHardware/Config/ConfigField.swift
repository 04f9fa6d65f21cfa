/// One key of a config section and the property it fills: how the key is read, and — because
/// reading starts from the section's defaults — the default it takes when the key is absent.
struct ConfigField<Section: ConfigSection> {
    /// The JSON key (`mesh_width`).
    let key: String
    /// Reads the key into `section`, which holds the defaults and the fields read before this one.
    let read: (ConfigReader, inout Section) throws -> Void
}

extension ConfigField {
    /// A key read into `property` by `read`, given the key and the property's current (default) value.
    static func value<Value>(_ key: Section.CodingKeys, _ property: WritableKeyPath<Section, Value>,
                             _ read: @escaping (ConfigReader, Section.CodingKeys, Value) throws -> Value) -> Self {
        Self(key: key.stringValue) { reader, section in
            section[keyPath: property] = try read(reader, key, section[keyPath: property])
        }
    }

    /// An integer (`16`, not `16.0`).
    static func int(_ key: Section.CodingKeys, _ property: WritableKeyPath<Section, Int>) -> Self {
        value(key, property) { try $0.int($1, default: $2) }
    }

    /// An integer whose absent value depends on the fields read before it: `whenAbsent`, or the
    /// default when that is nil.
    static func int(_ key: Section.CodingKeys, _ property: WritableKeyPath<Section, Int>,
                    whenAbsent: @escaping (Section) -> Int?) -> Self {
        Self(key: key.stringValue) { reader, section in
            section[keyPath: property] = try reader.optionalInt(key) ?? whenAbsent(section) ?? section[keyPath: property]
        }
    }

    /// A number.
    static func double(_ key: Section.CodingKeys, _ property: WritableKeyPath<Section, Double>) -> Self {
        value(key, property) { try $0.double($1, default: $2) }
    }

    /// A string.
    static func string(_ key: Section.CodingKeys, _ property: WritableKeyPath<Section, String>) -> Self {
        value(key, property) { try $0.string($1, default: $2) }
    }

    /// `true` or `false`.
    static func bool(_ key: Section.CodingKeys, _ property: WritableKeyPath<Section, Bool>) -> Self {
        value(key, property) { try $0.bool($1, default: $2) }
    }

    /// One of the names of `Choice`.
    static func choice<Choice: RawRepresentable & CaseIterable>(
        _ key: Section.CodingKeys, _ property: WritableKeyPath<Section, Choice>
    ) -> Self where Choice.RawValue == String {
        value(key, property) { try $0.choice($1, default: $2) }
    }

    /// A nested section, which reports its own problems with their key paths.
    static func section<Nested: Decodable>(_ key: Section.CodingKeys, _ property: WritableKeyPath<Section, Nested>) -> Self {
        value(key, property) { try $0.section($1, default: $2) }
    }
}
