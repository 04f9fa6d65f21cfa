/// JSON text for `PlainValue`, written and parsed without Foundation so that output is the same
/// on every platform and hostile headers (safetensors) are parsed with explicit limits.
extension PlainValue {
    /// Compact JSON text. Keys keep their order unless `sortKeys`. Non-finite doubles are written
    /// `NaN`, `Infinity`, `-Infinity`, as Python's `json.dumps` does.
    public func jsonText(sortKeys: Bool = false) -> String {
        var out = ""
        write(into: &out, sortKeys: sortKeys)
        return out
    }

    private func write(into out: inout String, sortKeys: Bool) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            if d.isNaN {
                out += "NaN"
            } else if d.isInfinite {
                out += d < 0 ? "-Infinity" : "Infinity"
            } else {
                out += d.description  // shortest round-trip form; "1e-05" is valid JSON
            }
        case .string(let s): PlainValue.writeString(s, into: &out)
        case .array(let a):
            out += "["
            for (i, v) in a.enumerated() {
                if i > 0 { out += "," }
                v.write(into: &out, sortKeys: sortKeys)
            }
            out += "]"
        case .object(let members):
            out += "{"
            let ordered = sortKeys ? members.sorted { $0.key < $1.key } : members
            for (i, m) in ordered.enumerated() {
                if i > 0 { out += "," }
                PlainValue.writeString(m.key, into: &out)
                out += ":"
                m.value.write(into: &out, sortKeys: sortKeys)
            }
            out += "}"
        }
    }

    private static func writeString(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let h = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - h.count) + h
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }

    /// Parses RFC 8259 JSON. Integers without fraction or exponent that fit in 64 bits become
    /// `.int`, other numbers `.double`. Nesting deeper than `maxDepth` throws `limitExceeded`;
    /// other errors are `malformed` and give the byte offset.
    ///
    /// A key that appears twice in one object is an error naming its path (`core.weight_bits`,
    /// `layers[2].name`) unless `allowDuplicateKeys`: readers disagree on which copy wins, so a
    /// file that says two things is rejected rather than read one way here and another elsewhere.
    /// With `allowDuplicateKeys` every copy is kept, in order (`duplicateKeyPath` finds them).
    public static func parseJSON(
        _ bytes: UnsafeRawBufferPointer, maxDepth: Int = 64, allowDuplicateKeys: Bool = false
    ) throws -> PlainValue {
        var p = JSONParser(bytes: bytes, maxDepth: maxDepth, allowDuplicateKeys: allowDuplicateKeys)
        p.skipSpace()
        let v = try p.value(depth: 0)
        p.skipSpace()
        guard p.pos == bytes.count else { throw p.error("unexpected data after the JSON value") }
        return v
    }
}

/// A recursive-descent JSON parser over bytes.
private struct JSONParser {
    let bytes: UnsafeRawBufferPointer
    let maxDepth: Int
    let allowDuplicateKeys: Bool
    var pos = 0
    /// Keys and indices from the root to the value being parsed, for messages.
    var path: [PlainValue.PathComponent] = []

    init(bytes: UnsafeRawBufferPointer, maxDepth: Int, allowDuplicateKeys: Bool) {
        self.bytes = bytes
        self.maxDepth = maxDepth
        self.allowDuplicateKeys = allowDuplicateKeys
    }

    func error(_ message: String) -> FormatError {
        .malformed("JSON at byte \(pos): \(message)")
    }

    mutating func skipSpace() {
        while pos < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[pos]) { pos += 1 }
    }

    /// Consumes `byte` if it comes next.
    mutating func consume(_ byte: UInt8) -> Bool {
        guard pos < bytes.count, bytes[pos] == byte else { return false }
        pos += 1
        return true
    }

    /// After a member or an item: consumes the ',' before the next one (false) or the `close`
    /// bracket that ends the `container` (true).
    mutating func closes(_ container: String, with close: UInt8) throws -> Bool {
        skipSpace()
        guard pos < bytes.count else { throw error("unterminated \(container)") }
        if consume(0x2C) { return false }
        guard consume(close) else { throw error("expected ',' or '\(Character(Unicode.Scalar(close)))'") }
        return true
    }

    mutating func expect(_ literal: String, _ v: PlainValue) throws -> PlainValue {
        for c in literal.utf8 {
            guard consume(c) else { throw error("expected \(literal)") }
        }
        return v
    }

    mutating func value(depth: Int) throws -> PlainValue {
        guard depth < maxDepth else { throw FormatError.limitExceeded("JSON nests deeper than \(maxDepth) at byte \(pos)") }
        guard pos < bytes.count else { throw error("unexpected end of JSON") }
        switch bytes[pos] {
        case 0x7B:  // {
            pos += 1
            var members = [PlainMember]()
            skipSpace()
            if consume(0x7D) { return .object(members) }
            var keys = Set<String>()
            repeat {
                skipSpace()
                guard pos < bytes.count, bytes[pos] == 0x22 else { throw error("expected a string key") }
                let keyStart = pos
                let key = try string()
                path.append(.key(key))
                if !allowDuplicateKeys, !keys.insert(key).inserted {
                    pos = keyStart
                    throw error("key \(PlainValue.describe(path)) appears twice")
                }
                skipSpace()
                guard consume(0x3A) else { throw error("expected ':'") }
                skipSpace()
                members.append(PlainMember(key, try value(depth: depth + 1)))
                path.removeLast()
            } while try !closes("object", with: 0x7D)
            return .object(members)
        case 0x5B:  // [
            pos += 1
            var items = [PlainValue]()
            skipSpace()
            if consume(0x5D) { return .array(items) }
            repeat {
                skipSpace()
                path.append(.index(items.count))
                items.append(try value(depth: depth + 1))
                path.removeLast()
            } while try !closes("array", with: 0x5D)
            return .array(items)
        case 0x22: return .string(try string())
        case 0x74: return try expect("true", .bool(true))
        case 0x66: return try expect("false", .bool(false))
        case 0x6E: return try expect("null", .null)
        default: return try number()
        }
    }

    mutating func number() throws -> PlainValue {
        let start = pos
        var isInteger = true
        if pos < bytes.count, bytes[pos] == 0x2D { pos += 1 }
        func digits() -> Int {
            let s = pos
            while pos < bytes.count, (0x30...0x39).contains(bytes[pos]) { pos += 1 }
            return pos - s
        }
        guard digits() > 0 else { throw error("expected a value") }
        if pos < bytes.count, bytes[pos] == 0x2E {
            isInteger = false
            pos += 1
            guard digits() > 0 else { throw error("expected digits after '.'") }
        }
        if pos < bytes.count, bytes[pos] == 0x65 || bytes[pos] == 0x45 {
            isInteger = false
            pos += 1
            if pos < bytes.count, bytes[pos] == 0x2B || bytes[pos] == 0x2D { pos += 1 }
            guard digits() > 0 else { throw error("expected digits in the exponent") }
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        if isInteger, let i = Int64(text) { return .int(i) }
        guard let d = Double(text) else { throw error("malformed number \(text.prefix(40))") }
        return .double(d)
    }

    mutating func string() throws -> String {
        pos += 1  // opening quote
        var out = String.UnicodeScalarView()
        var runStart = pos
        func flushRun(_ end: Int) {
            if end > runStart {
                out.append(contentsOf: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[runStart..<end]), as: UTF8.self).unicodeScalars)
            }
        }
        while pos < bytes.count {
            let c = bytes[pos]
            if c == 0x22 {
                flushRun(pos)
                pos += 1
                return String(out)
            }
            if c < 0x20 { throw error("control character in a string") }
            if c != 0x5C {
                pos += 1
                continue
            }
            flushRun(pos)
            pos += 1
            guard pos < bytes.count else { break }
            let e = bytes[pos]
            pos += 1
            switch e {
            case 0x22: out.append("\"")
            case 0x5C: out.append("\\")
            case 0x2F: out.append("/")
            case 0x62: out.append("\u{08}")
            case 0x66: out.append("\u{0C}")
            case 0x6E: out.append("\n")
            case 0x72: out.append("\r")
            case 0x74: out.append("\t")
            case 0x75:
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code), pos + 1 < bytes.count, bytes[pos] == 0x5C, bytes[pos + 1] == 0x75 {
                    pos += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate escape") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let u = Unicode.Scalar(code) else { throw error("unpaired surrogate escape") }
                out.append(u)
            default: throw error("invalid escape")
            }
            runStart = pos
        }
        throw error("unterminated string")
    }

    mutating func hex4() throws -> UInt32 {
        guard bytes.count - pos >= 4 else { throw error("truncated \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[pos]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            default: throw error("invalid \\u escape")
            }
            v = v << 4 | d
            pos += 1
        }
        return v
    }
}

extension PlainValue {
    /// Parses JSON text (see `parseJSON(_:maxDepth:allowDuplicateKeys:)` on bytes).
    public static func parseJSON(_ text: String, maxDepth: Int = 64, allowDuplicateKeys: Bool = false) throws -> PlainValue {
        try Array(text.utf8).withUnsafeBytes { try parseJSON($0, maxDepth: maxDepth, allowDuplicateKeys: allowDuplicateKeys) }
    }
}
