/// One key of a config section and the property it fills: how the key is read, and — because
/// reading starts from the section's defaults — the default it takes when the key is absent; how
/// it is written; and which values it allows. One list of fields serves decoding, encoding and
/// validation, so a section names each key once.
struct ConfigField<Section: ConfigSection> {
    /// The JSON key (`mesh_width`).
    let key: String
    /// Reads the key into `section`, which holds the defaults and the fields read before this one.
    let read: (ConfigReader, inout Section) throws -> Void
    /// Writes the key's value in `section`, or nothing for a key omitted at its default.
    let write: (inout KeyedEncodingContainer<Section.CodingKeys>, Section) throws -> Void
    /// Throws when the key's value in `section` is not allowed; `path` gives the dotted key path
    /// of any key of the section (for messages that name another key).
    let check: (_ section: Section, _ path: (Section.CodingKeys) -> String) throws -> Void
}

extension ConfigField {
    /// A key read into `property` by `read`, given the key and the property's current (default)
    /// value, and checked by `check`. With `omittedAtDefault` the key is written only when its
    /// value differs from the section's `fallback` (keys added later, so that configs not using
    /// them print as before).
    static func value<Value: Encodable & Equatable>(
        _ key: Section.CodingKeys, _ property: WritableKeyPath<Section, Value>, omittedAtDefault: Bool = false,
        check: @escaping (_ section: Section, _ path: (Section.CodingKeys) -> String) throws -> Void = { _, _ in },
        _ read: @escaping (ConfigReader, Section.CodingKeys, Value) throws -> Value
    ) -> Self {
        Self(key: key.stringValue, read: { reader, section in
            section[keyPath: property] = try read(reader, key, section[keyPath: property])
        }, write: { container, section in
            let value = section[keyPath: property]
            if omittedAtDefault, value == Section.fallback[keyPath: property] { return }
            try container.encode(value, forKey: key)
        }, check: check)
    }

    /// An integer (`16`, not `16.0`), within `range` when given.
    static func int(_ key: Section.CodingKeys, _ property: WritableKeyPath<Section, Int>, in range: ClosedRange<Int>? = nil,
                    omittedAtDefault: Bool = false) -> Self {
        int(key, property, omittedAtDefault: omittedAtDefault) { value, path in
            if let range { try ConfigCheck.int(value, path, atLeast: range.lowerBound, atMost: range.upperBound) }
        }
    }

    /// An integer checked by `check`, given the value and its key path.
    static func int(_ key: Section.CodingKeys, _ property: WritableKeyPath<Section, Int>, omittedAtDefault: Bool = false,
                    check: @escaping (_ value: Int, _ path: String) throws -> Void) -> Self {
        value(key, property, omittedAtDefault: omittedAtDefault, check: { try check($0[keyPath: property], $1(key)) }) {
            try $0.int($1, default: $2)
        }
    }

    /// An integer whose absent value depends on the fields read before it: `whenAbsent`, or the
    /// default when that is nil. `check` sees the whole section.
    static func int(_ key: Section.CodingKeys, _ property: WritableKeyPath<Section, Int>,
                    whenAbsent: @escaping (Section) -> Int?,
                    check: @escaping (_ section: Section, _ path: (Section.CodingKeys) -> String) throws -> Void) -> Self {
        let field = value(key, property, check: check) { try $0.int($1, default: $2) }
        return Self(key: field.key, read: { reader, section in
            section[keyPath: property] = try reader.optionalInt(key) ?? whenAbsent(section) ?? section[keyPath: property]
        }, write: field.write, check: field.check)
    }

    /// A number, within `range` (and finite) when given.
    static func double(_ key: Section.CodingKeys, _ property: WritableKeyPath<Section, Double>, in range: ClosedRange<Double>? = nil,
                       omittedAtDefault: Bool = false) -> Self {
        value(key, property, omittedAtDefault: omittedAtDefault, check: { section, path in
            if let range { try ConfigCheck.range(section[keyPath: property], path(key), atLeast: range.lowerBound, atMost: range.upperBound) }
        }) { try $0.double($1, default: $2) }
    }

    /// A string checked by `check`, given the value and its key path.
    static func string(_ key: Section.CodingKeys, _ property: WritableKeyPath<Section, String>,
                       check: @escaping (_ value: String, _ path: String) throws -> Void = { _, _ in }) -> Self {
        value(key, property, check: { try check($0[keyPath: property], $1(key)) }) { try $0.string($1, default: $2) }
    }

    /// `true` or `false`.
    static func bool(_ key: Section.CodingKeys, _ property: WritableKeyPath<Section, Bool>, omittedAtDefault: Bool = false) -> Self {
        value(key, property, omittedAtDefault: omittedAtDefault) { try $0.bool($1, default: $2) }
    }

    /// One of the names of `Choice`.
    static func choice<Choice: RawRepresentable & CaseIterable & Encodable & Equatable>(
        _ key: Section.CodingKeys, _ property: WritableKeyPath<Section, Choice>, omittedAtDefault: Bool = false
    ) -> Self where Choice.RawValue == String {
        value(key, property, omittedAtDefault: omittedAtDefault) { try $0.choice($1, default: $2) }
    }

    /// A nested section, which reports its own problems with their key paths; `check` checks its
    /// values, given the section's key path.
    static func section<Nested: Codable & Equatable>(_ key: Section.CodingKeys, _ property: WritableKeyPath<Section, Nested>,
                                                     check: @escaping (_ nested: Nested, _ path: String) throws -> Void) -> Self {
        value(key, property, check: { try check($0[keyPath: property], $1(key)) }) { try $0.section($1, default: $2) }
    }

    /// A nested config section, checked field by field.
    static func section<Nested: ConfigSection & Codable & Equatable>(_ key: Section.CodingKeys,
                                                                     _ property: WritableKeyPath<Section, Nested>) -> Self {
        section(key, property) { try $0.validate(section: $1) }
    }
}
