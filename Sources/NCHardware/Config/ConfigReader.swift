import NCFormats

/// Reads one JSON object of a hardware config (the top level or a section) and turns every
/// problem into a `HardwareConfigError` naming the key path, never Foundation's `DecodingError`
/// text. Absent keys take the caller's default; an explicit `null` is a type error, not "absent".
struct ConfigReader {
    let container: KeyedDecodingContainer<AnyConfigKey>
    /// Dotted path of this object (`core`); empty for the top level.
    let path: String
    /// This object as written in the file (`HardwareConfig.decode` puts the document in the
    /// decoder's user info), to tell `16` from `16.0`, which Foundation reads alike.
    let written: PlainValue?

    /// Where `HardwareConfig.decode` puts the parsed document.
    static let documentKey = CodingUserInfoKey(rawValue: "neurocycle.config.document")!

    /// The object the decoder is positioned on; a type error when it is not an object.
    init(_ decoder: any Decoder) throws {
        path = decoder.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        written = (decoder.userInfo[Self.documentKey] as? PlainValue)?[path: decoder.codingPath.map {
            $0.intValue.map(PlainValue.PathComponent.index) ?? .key($0.stringValue)
        }]
        do {
            container = try decoder.container(keyedBy: AnyConfigKey.self)
        } catch {
            throw HardwareConfigError.wrongType(path: path, expected: "a JSON object")
        }
    }

    /// The dotted path of `key` in this object.
    func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// Throws for the first key (in alphabetical order, so the message does not depend on
    /// dictionary order) that `Keys` does not list, suggesting the closest known key.
    func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) throws {
        try rejectUnknownKeys(Keys.allCases.map(\.stringValue))
    }

    /// Throws for the first key (alphabetically) not in `known`, suggesting the closest known key.
    func rejectUnknownKeys(_ known: [String]) throws {
        let unknown = container.allKeys.map(\.stringValue).filter { !known.contains($0) }.sorted()
        guard let first = unknown.first else { return }
        let suggestion = KeySuggestion.closest(to: first, among: known).map(keyPath)
        throw HardwareConfigError.unknownKey(path: keyPath(first), suggestion: suggestion)
    }

    /// An integer, or nil when the key is absent. `16.0` and `1.6e1` are not integers.
    func optionalInt<K: CodingKey>(_ key: K) throws -> Int? {
        let v = try value(Int.self, key, expected: "an integer")
        if v != nil, case .double? = written?[key.stringValue] {
            throw HardwareConfigError.wrongType(path: keyPath(key.stringValue), expected: "an integer")
        }
        return v
    }

    /// An integer, or `fallback` when the key is absent.
    func int<K: CodingKey>(_ key: K, default fallback: Int) throws -> Int {
        try optionalInt(key) ?? fallback
    }

    /// A number, or nil when the key is absent.
    func optionalDouble<K: CodingKey>(_ key: K) throws -> Double? {
        try value(Double.self, key, expected: "a number")
    }

    /// A number, or `fallback` when the key is absent.
    func double<K: CodingKey>(_ key: K, default fallback: Double) throws -> Double {
        try optionalDouble(key) ?? fallback
    }

    /// A string, or `fallback` when the key is absent.
    func string<K: CodingKey>(_ key: K, default fallback: String) throws -> String {
        try value(String.self, key, expected: "a string") ?? fallback
    }

    /// A boolean (`true` / `false`), or `fallback` when the key is absent.
    func bool<K: CodingKey>(_ key: K, default fallback: Bool) throws -> Bool {
        try value(Bool.self, key, expected: "true or false") ?? fallback
    }

    /// One of the names of `Choice` (a string), or `fallback` when the key is absent; any other
    /// string is an invalid value listing the allowed names.
    func choice<K: CodingKey, Choice: RawRepresentable & CaseIterable>(_ key: K, default fallback: Choice) throws -> Choice
    where Choice.RawValue == String {
        let name = try string(key, default: fallback.rawValue)
        guard let choice = Choice(rawValue: name) else {
            let names = Choice.allCases.map { "\"\($0.rawValue)\"" }
            let allowed = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "") : names.joined()
            throw HardwareConfigError.invalidValue(path: keyPath(key.stringValue), requirement: "be \(allowed)", found: "\"\(name)\"")
        }
        return choice
    }

    /// A nested section, or `fallback` when the key is absent. The section's own decoder reports
    /// its problems with their full key paths.
    func section<K: CodingKey, T: Decodable>(_ key: K, default fallback: T) throws -> T {
        try value(T.self, key, expected: "a JSON object") ?? fallback
    }

    private func value<K: CodingKey, T: Decodable>(_ type: T.Type, _ key: K, expected: String) throws -> T? {
        let anyKey = AnyConfigKey(key.stringValue)
        guard container.contains(anyKey) else { return nil }
        let wrongType = HardwareConfigError.wrongType(path: keyPath(key.stringValue), expected: expected)
        do {
            if try container.decodeNil(forKey: anyKey) { throw wrongType }
            return try container.decode(T.self, forKey: anyKey)
        } catch let error as HardwareConfigError {
            throw error  // a nested section's own problem, already with its key path
        } catch {
            // A DecodingError, or Foundation's number error (16.5 or 1e30 read as an integer).
            throw wrongType
        }
    }
}
