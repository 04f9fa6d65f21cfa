/// A parser for the Python dict literal in a `.npy` header, such as
/// `{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }`.
///
/// NumPy reads the header with `ast.literal_eval`; this accepts the subset that a header can
/// meaningfully hold (strings, `True`/`False`, integers, tuples and lists — the lists and mixed
/// tuples of a structured dtype such as `[('ts', '<u8'), ('x', '<f4')]`), with any whitespace and
/// trailing commas Python allows, and rejects everything else with the position of the problem
/// instead of guessing.
struct NpyDictLiteral {
    /// One value of the dictionary.
    enum Value: Equatable {
        case string(String)
        case bool(Bool)
        case int(Int)
        /// A tuple of integers only (a shape); `()` is the empty shape.
        case tuple([Int])
        /// A tuple holding anything but integers only, such as `('x', '<f4')`.
        case items([Value])
        /// A list, such as the field list of a structured dtype.
        case list([Value])
    }

    /// Deepest nesting of tuples and lists accepted (a structured dtype needs 3: list, field
    /// tuple, shape tuple); deeper text is hostile and would otherwise recurse without bound.
    static let maxDepth = 16

    private let text: [UInt8]
    private var i = 0
    private var depth = 0

    private init(_ text: [UInt8]) { self.text = text }

    /// Parses `text` (the header after the length field) into its key/value pairs, in order.
    /// Only whitespace may follow the closing brace.
    static func parse(_ text: [UInt8]) throws -> [(key: String, value: Value)] {
        var p = NpyDictLiteral(text)
        return try p.dictionary()
    }

    private mutating func dictionary() throws -> [(key: String, value: Value)] {
        skipSpace()
        try expect(UInt8(ascii: "{"), "the header to start with '{'")
        var items: [(key: String, value: Value)] = []
        while true {
            skipSpace()
            if peek() == UInt8(ascii: "}") { break }
            let key = try string()
            skipSpace()
            try expect(UInt8(ascii: ":"), "':' after key '\(key)'")
            skipSpace()
            items.append((key, try value()))
            skipSpace()
            if peek() == UInt8(ascii: ",") {
                i += 1
                continue
            }
            guard peek() == UInt8(ascii: "}") else { throw error("expected ',' or '}' after the value of '\(key)'") }
        }
        i += 1
        skipSpace()
        guard i == text.count else { throw error("unexpected text after the closing '}'") }
        return items
    }

    private mutating func value() throws -> Value {
        switch peek() {
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "("):
            return try tuple()
        case UInt8(ascii: "["):
            return .list(try sequence(closing: UInt8(ascii: "]")))
        case UInt8(ascii: "{"):
            throw FormatError.unsupported("npy header: dict value at header offset \(i)")
        case UInt8(ascii: "T"), UInt8(ascii: "F"):
            let word = identifier()
            if word == "True" { return .bool(true) }
            if word == "False" { return .bool(false) }
            throw error("unknown name '\(word)'", at: i - word.utf8.count)
        default:
            return .int(try integer())
        }
    }

    /// A quoted string without escapes (no header NumPy writes needs them).
    private mutating func string() throws -> String {
        guard let quote = peek(), quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"") else {
            throw error("expected a quoted string")
        }
        let start = i
        i += 1
        var bytes: [UInt8] = []
        while let c = peek(), c != quote {
            guard c != UInt8(ascii: "\\") else {
                throw FormatError.unsupported("npy header: escape sequence in string at header offset \(i)")
            }
            guard c != UInt8(ascii: "\n") else { throw error("line break inside a string", at: start) }
            bytes.append(c)
            i += 1
        }
        guard peek() == quote else { throw error("string is not closed", at: start) }
        i += 1
        guard let s = String(validating: bytes, as: UTF8.self) else {
            throw error("string is not valid UTF-8", at: start)
        }
        return s
    }

    /// `()`, `(n,)`, `(n, m)`, `(n, m,)` become `.tuple`; tuples holding other values (`('x', '<f4')`)
    /// become `.items`. A bare `(v)` is `v` in parentheses in Python, not a tuple, and is refused.
    private mutating func tuple() throws -> Value {
        let start = i
        let (items, trailingComma) = try sequenceWithComma(closing: UInt8(ascii: ")"))
        guard items.count != 1 || trailingComma else {
            if case .int(let n) = items[0] {
                throw error("(\(n)) is a number in parentheses, not a tuple; a one-element tuple is (\(n),)", at: start)
            }
            throw error("a value in parentheses is not a tuple; a one-element tuple needs a trailing comma", at: start)
        }
        var ints: [Int] = []
        for item in items {
            guard case .int(let n) = item else { return .items(items) }
            ints.append(n)
        }
        return .tuple(ints)
    }

    /// The comma-separated values up to `closing`, after the opening bracket at the cursor.
    private mutating func sequence(closing: UInt8) throws -> [Value] {
        try sequenceWithComma(closing: closing).items
    }

    private mutating func sequenceWithComma(closing: UInt8) throws -> (items: [Value], trailingComma: Bool) {
        guard depth < NpyDictLiteral.maxDepth else {
            throw FormatError.limitExceeded(
                "npy header: tuples and lists nested deeper than \(NpyDictLiteral.maxDepth) at header offset \(i)")
        }
        depth += 1
        defer { depth -= 1 }
        i += 1
        var items: [Value] = []
        var sawComma = false
        while true {
            skipSpace()
            if peek() == closing { break }
            items.append(try value())
            skipSpace()
            if peek() == UInt8(ascii: ",") {
                i += 1
                sawComma = true
                continue
            }
            guard peek() == closing else {
                throw error("expected ',' or '\(Character(Unicode.Scalar(closing)))' in \(closing == UInt8(ascii: ")") ? "tuple" : "list")")
            }
            sawComma = false
        }
        i += 1
        return (items, sawComma)
    }

    /// A decimal integer, optionally negative, with Python 2's `L` suffix tolerated.
    private mutating func integer() throws -> Int {
        let start = i
        var negative = false
        if peek() == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        var v = 0
        var digits = 0
        while let c = peek(), c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int(c - UInt8(ascii: "0")))
            guard !o1, !o2 else {
                throw FormatError.limitExceeded("npy header: integer at header offset \(start) does not fit in 64 bits")
            }
            v = s
            digits += 1
            i += 1
        }
        guard digits > 0 else { throw error("expected a value", at: start) }
        if peek() == UInt8(ascii: "L") { i += 1 }
        return negative ? -v : v
    }

    private mutating func identifier() -> String {
        let start = i
        while let c = peek(), (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z")) || (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) {
            i += 1
        }
        return String(decoding: text[start..<i], as: UTF8.self)
    }

    private func peek() -> UInt8? { i < text.count ? text[i] : nil }

    private mutating func skipSpace() {
        while let c = peek(), c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1 }
    }

    private mutating func expect(_ c: UInt8, _ what: String) throws {
        guard peek() == c else { throw error("expected \(what)") }
        i += 1
    }

    /// A malformed-header error quoting the text around `at`.
    private func error(_ message: String, at position: Int? = nil) -> FormatError {
        let p = min(position ?? i, text.count)
        let lo = max(0, p - 12)
        let hi = min(text.count, p + 12)
        let context = String(decoding: text[lo..<hi], as: UTF8.self).replacingNewlines()
        let found = p < text.count ? "near «\(context)»" : "at the end of the header"
        return FormatError.malformed("npy header: \(message) at header offset \(p), \(found)")
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}
