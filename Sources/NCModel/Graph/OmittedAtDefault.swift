/// A type whose JSON may leave a value out when it is the default: the key was added after
/// files without it were written, and those files meant the default.
public protocol CodingDefault: Codable, Equatable {
    /// What an absent key means.
    static var codingDefault: Self { get }
}

/// A property that synthesized `Codable` writes only when it is not its type's `codingDefault`,
/// and reads as the default when the key is absent — so a key added to a stored format leaves
/// the bytes of every value that does not use it unchanged, and older files still read.
///
/// The overloads of `KeyedEncodingContainer.encode` and `KeyedDecodingContainer.decode` below
/// are what does it: synthesized coding calls them for a wrapped property.
@propertyWrapper
public struct OmittedAtDefault<Value: CodingDefault>: Codable, Equatable {
    /// The value.
    public var wrappedValue: Value

    /// Wraps `wrappedValue`.
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }

    /// The bare value (only used when the wrapper is coded outside a keyed container).
    public func encode(to encoder: any Encoder) throws { try wrappedValue.encode(to: encoder) }

    /// Reads the bare value.
    public init(from decoder: any Decoder) throws { wrappedValue = try Value(from: decoder) }
}

extension OmittedAtDefault: Sendable where Value: Sendable {}

extension KeyedEncodingContainer {
    /// Writes `field` unless it is the default.
    public mutating func encode<Value>(_ field: OmittedAtDefault<Value>, forKey key: Key) throws {
        if field.wrappedValue != Value.codingDefault { try encode(field.wrappedValue, forKey: key) }
    }
}

extension KeyedDecodingContainer {
    /// Reads the field, the default when its key is absent.
    public func decode<Value>(_ type: OmittedAtDefault<Value>.Type, forKey key: Key) throws -> OmittedAtDefault<Value> {
        OmittedAtDefault(wrappedValue: try decodeIfPresent(Value.self, forKey: key) ?? Value.codingDefault)
    }
}
