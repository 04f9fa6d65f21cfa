import NCFormats

/// One value a `--vary` list gives a config key: written on the command line as JSON (`16`,
/// `0.5`, `true`, `"fixed"`) or as a bare word, which is a string (`fixed`). `16` and `16.0`
/// stay distinct, so an integer key given `16.0` is refused exactly as in a config file.
public enum SweepValue: Codable, Hashable, Sendable, CustomStringConvertible {
    /// An integer.
    case int(Int64)
    /// A number with a fraction or an exponent.
    case double(Double)
    /// A string.
    case string(String)
    /// `true` or `false`.
    case bool(Bool)

    /// The value `text` spells: a JSON scalar if it parses as one, else the text as a string.
    /// JSON `null`, arrays and objects are refused (no config key takes them).
    public init(parsing text: String) throws {
        if let parsed = try? PlainValue.parseJSON(text) {
            switch parsed {
            case .int(let i): self = .int(i)
            case .double(let d) where d.isFinite: self = .double(d)
            case .string(let s): self = .string(s)
            case .bool(let b): self = .bool(b)
            case .null, .array, .object, .double:
                throw SweepError.vary("'\(text)' is not a value a config key takes (a number, true/false or a string)")
            }
        } else {
            guard !text.isEmpty else { throw SweepError.vary("an empty value (two commas in a row, or a trailing comma?)") }
            self = .string(text)
        }
    }

    /// The value as a part file reads it back: JSON cannot tell `16.0` from `16`, so an
    /// integral number is an integer. (Only for values already validated: a config key that
    /// accepts `16.0` accepts `16` alike.)
    public var canonical: SweepValue {
        if case .double(let d) = self, d == d.rounded(), abs(d) < 9.0e15 { return .int(Int64(d)) }
        return self
    }

    /// The value in a JSON document.
    public var plain: PlainValue {
        switch self {
        case .int(let i): return .int(i)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .bool(let b): return .bool(b)
        }
    }

    /// As a user wrote it (`16`, `0.5`, `fixed`, `true`).
    public var description: String {
        switch self {
        case .int(let i): return String(i)
        case .double(let d): return d.description
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        }
    }

    /// The value as a number, for plots along a numeric axis (nil for strings and booleans).
    public var number: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        case .string, .bool: return nil
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? c.decode(Int64.self) {
            self = .int(i)
        } else if let d = try? c.decode(Double.self) {
            self = .double(d)
        } else {
            self = .string(try c.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .int(let i): try c.encode(i)
        case .double(let d): try c.encode(d)
        case .string(let s): try c.encode(s)
        case .bool(let b): try c.encode(b)
        }
    }
}
