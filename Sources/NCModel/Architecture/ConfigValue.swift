import Foundation

/// A JSON-like value: the shape of an ultralytics model `yaml` dictionary once it has been read
/// from a checkpoint's pickle or from JSON text.
public enum ConfigValue: Sendable, Equatable, Hashable {
    case none
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([ConfigValue])
    /// Keys keep their order, as Python dictionaries do.
    case dict([(String, ConfigValue)])

    public static func == (a: ConfigValue, b: ConfigValue) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.double(x), .double(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.list(x), .list(y)): return x == y
        case let (.dict(x), .dict(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public func hash(into h: inout Hasher) {
        switch self {
        case .none: h.combine(0)
        case .bool(let b): h.combine(b)
        case .int(let i): h.combine(i)
        case .double(let d): h.combine(d)
        case .string(let s): h.combine(s)
        case .list(let l): h.combine(l)
        case .dict(let d): for (k, v) in d { h.combine(k); h.combine(v) }
        }
    }

    /// The value under `key` of a dictionary.
    public subscript(key: String) -> ConfigValue? {
        if case .dict(let d) = self { return d.first(where: { $0.0 == key })?.1 }
        return nil
    }

    /// The value as an integer (a double with no fraction counts).
    public var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d.rounded() == d && abs(d) < 1e15: return Int(d)
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    /// The value as a double.
    public var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    /// The value as a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The value as a list.
    public var listValue: [ConfigValue]? {
        if case .list(let l) = self { return l }
        return nil
    }

    /// Parses JSON text (objects keep their key order).
    public static func parseJSON(_ text: String) throws -> ConfigValue {
        var p = JSONTextParser(Array(text.utf8))
        let v = try p.value()
        p.skipSpace()
        guard p.i == p.s.count else { throw ModelError.architecture("trailing characters after JSON value") }
        return v
    }

    /// Compact JSON text (keys in stored order).
    public var jsonText: String {
        switch self {
        case .none: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return d.isFinite ? "\(d)" : "null"
        case .string(let s): return JSONTextParser.quote(s)
        case .list(let l): return "[" + l.map(\.jsonText).joined(separator: ",") + "]"
        case .dict(let d): return "{" + d.map { JSONTextParser.quote($0.0) + ":" + $0.1.jsonText }.joined(separator: ",") + "}"
        }
    }
}

/// A small order-preserving JSON reader (Foundation's reader loses key order).
struct JSONTextParser {
    let s: [UInt8]
    var i = 0
    var depth = 0
    init(_ s: [UInt8]) { self.s = s }

    mutating func skipSpace() {
        while i < s.count, s[i] == 0x20 || s[i] == 0x0A || s[i] == 0x0D || s[i] == 0x09 { i += 1 }
    }

    mutating func value() throws -> ConfigValue {
        skipSpace()
        guard i < s.count else { throw ModelError.architecture("JSON ends early") }
        depth += 1
        defer { depth -= 1 }
        guard depth < 256 else { throw ModelError.architecture("JSON nested too deeply") }
        switch s[i] {
        case UInt8(ascii: "{"):
            i += 1
            var out = [(String, ConfigValue)]()
            skipSpace()
            if i < s.count, s[i] == UInt8(ascii: "}") { i += 1; return .dict(out) }
            while true {
                skipSpace()
                guard case .string(let k) = try value() else { throw ModelError.architecture("JSON object key is not a string") }
                skipSpace()
                guard i < s.count, s[i] == UInt8(ascii: ":") else { throw ModelError.architecture("JSON expects ':' at \(i)") }
                i += 1
                out.append((k, try value()))
                skipSpace()
                guard i < s.count else { throw ModelError.architecture("JSON ends inside an object") }
                if s[i] == UInt8(ascii: ",") { i += 1; continue }
                if s[i] == UInt8(ascii: "}") { i += 1; return .dict(out) }
                throw ModelError.architecture("JSON expects ',' or '}' at \(i)")
            }
        case UInt8(ascii: "["):
            i += 1
            var out = [ConfigValue]()
            skipSpace()
            if i < s.count, s[i] == UInt8(ascii: "]") { i += 1; return .list(out) }
            while true {
                out.append(try value())
                skipSpace()
                guard i < s.count else { throw ModelError.architecture("JSON ends inside a list") }
                if s[i] == UInt8(ascii: ",") { i += 1; continue }
                if s[i] == UInt8(ascii: "]") { i += 1; return .list(out) }
                throw ModelError.architecture("JSON expects ',' or ']' at \(i)")
            }
        case UInt8(ascii: "\""):
            i += 1
            var bytes = [UInt8]()
            while i < s.count, s[i] != UInt8(ascii: "\"") {
                if s[i] == UInt8(ascii: "\\"), i + 1 < s.count {
                    i += 1
                    switch s[i] {
                    case UInt8(ascii: "n"): bytes.append(0x0A)
                    case UInt8(ascii: "t"): bytes.append(0x09)
                    case UInt8(ascii: "r"): bytes.append(0x0D)
                    case UInt8(ascii: "b"): bytes.append(0x08)
                    case UInt8(ascii: "f"): bytes.append(0x0C)
                    case UInt8(ascii: "u"):
                        guard i + 4 < s.count, let code = UInt32(String(decoding: s[(i + 1)...(i + 4)], as: UTF8.self), radix: 16)
                        else { throw ModelError.architecture("bad \\u escape in JSON") }
                        bytes.append(contentsOf: Array(String(Character(Unicode.Scalar(code) ?? "?")).utf8))
                        i += 4
                    default: bytes.append(s[i])
                    }
                } else {
                    bytes.append(s[i])
                }
                i += 1
            }
            guard i < s.count else { throw ModelError.architecture("JSON string not terminated") }
            i += 1
            return .string(String(decoding: bytes, as: UTF8.self))
        case UInt8(ascii: "t"):
            guard s[i...].starts(with: Array("true".utf8)) else { throw ModelError.architecture("bad JSON literal at \(i)") }
            i += 4
            return .bool(true)
        case UInt8(ascii: "f"):
            guard s[i...].starts(with: Array("false".utf8)) else { throw ModelError.architecture("bad JSON literal at \(i)") }
            i += 5
            return .bool(false)
        case UInt8(ascii: "n"):
            guard s[i...].starts(with: Array("null".utf8)) else { throw ModelError.architecture("bad JSON literal at \(i)") }
            i += 4
            return .none
        default:
            let start = i
            while i < s.count, "+-0123456789.eE".utf8.contains(s[i]) { i += 1 }
            let text = String(decoding: s[start..<i], as: UTF8.self)
            if let n = Int(text) { return .int(n) }
            if let d = Double(text) { return .double(d) }
            throw ModelError.architecture("bad JSON number '\(text)' at \(start)")
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 {
                    let h = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
