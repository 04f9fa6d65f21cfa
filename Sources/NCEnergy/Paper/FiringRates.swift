/// Published per-population firing rates (mean integer output per neuron and timestep), read
/// from the dictionary the authors' `test.py` prints, or from JSON: keys
/// `model.model.2.Conv.lif1` or `model.2.Conv.lif1`; values numbers, numeric strings, or
/// `tensor(1.1872)` (with or without quotes, with or without a `device=...` argument).
public struct FiringRates: Sendable, Equatable {
    /// Population name (`model.2.Conv.lif1`) -> rate, in file order.
    public var rates: [(name: String, rate: Double)]

    /// Same names and rates in the same order.
    public static func == (a: FiringRates, b: FiringRates) -> Bool {
        a.rates.map(\.name) == b.rates.map(\.name) && a.rates.map(\.rate) == b.rates.map(\.rate)
    }

    /// What is wrong with a rates file; every case lists the offending keys.
    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        /// Not a dictionary of name -> value.
        case syntax(String)
        /// Values that are not numbers.
        case notNumeric([String])
        /// Negative, non-finite, or above D.
        case outOfRange([String], levels: Int)
        /// Names that are no population of the model.
        case unknown([String])
        /// Populations feeding convolutions that the file does not give.
        case missing([String])
        /// The model has no encoding layer (a convolution reading the image).
        case noEncodingLayer
        /// Names given more than once.
        case duplicate([String])

        /// One line naming the problem and the offending keys.
        public var description: String {
            func list(_ k: [String]) -> String { k.prefix(12).joined(separator: ", ") + (k.count > 12 ? ", ... (\(k.count) in all)" : "") }
            switch self {
            case .syntax(let m): return "not a firing-rate dictionary: \(m)"
            case .notNumeric(let k): return "non-numeric rates for \(list(k))"
            case let .outOfRange(k, d): return "rates outside 0...\(d) (mean integer spikes per neuron) for \(list(k))"
            case .unknown(let k): return "unknown population names \(list(k))"
            case .missing(let k): return "no rate for \(list(k))"
            case .duplicate(let k): return "rates given more than once for \(list(k))"
            case .noEncodingLayer: return "the model has no encoding layer (a convolution reading the image), so the paper formula does not apply"
            }
        }
    }

    /// Rates from explicit pairs.
    public init(rates: [(name: String, rate: Double)]) { self.rates = rates }

    /// Parses the text of a rates file.
    public init(parsing text: String) throws {
        var p = RateParser(Array(text.utf8))
        let pairs = try p.dictionary()
        var bad = [String](), out = [(String, Double)]()
        for (key, raw) in pairs {
            var name = key
            // test.py prints the wrapper's module path: model.model.N... -> model.N...
            while name.hasPrefix("model.model.") { name.removeFirst("model.".count) }
            guard let v = raw else { bad.append(key); continue }
            out.append((name, v))
        }
        if !bad.isEmpty { throw Problem.notNumeric(bad) }
        var seen = Set<String>(), repeated = [String]()
        for (name, _) in out where !seen.insert(name).inserted && !repeated.contains(name) { repeated.append(name) }
        if !repeated.isEmpty { throw Problem.duplicate(repeated) }
        rates = out
    }

    /// The rate of `name`, if given.
    public func rate(_ name: String) -> Double? { rates.first { $0.name == name }?.rate }
}

/// A lenient reader for `{'a': tensor(1.5), "b": 2, ...}`: Python repr or JSON.
struct RateParser {
    let s: [UInt8]
    var i = 0
    init(_ s: [UInt8]) { self.s = s }

    mutating func space() { while i < s.count, s[i] == 32 || s[i] == 10 || s[i] == 13 || s[i] == 9 { i += 1 } }

    mutating func expect(_ c: UInt8) throws {
        space()
        guard i < s.count, s[i] == c else {
            throw FiringRates.Problem.syntax("expected '\(Character(Unicode.Scalar(c)))' at byte \(i)")
        }
        i += 1
    }

    mutating func quoted() throws -> String {
        space()
        guard i < s.count, s[i] == 39 || s[i] == 34 else { throw FiringRates.Problem.syntax("expected a quoted name at byte \(i)") }
        let q = s[i]
        i += 1
        let start = i
        while i < s.count, s[i] != q { i += 1 }
        guard i < s.count else { throw FiringRates.Problem.syntax("unterminated string") }
        defer { i += 1 }
        return String(decoding: s[start..<i], as: UTF8.self)
    }

    /// A value: number, quoted number, `tensor(x, ...)`; nil when it is not numeric.
    mutating func value() throws -> Double? {
        space()
        guard i < s.count else { throw FiringRates.Problem.syntax("dictionary ends early") }
        if s[i] == 39 || s[i] == 34 {
            var inner = RateParser(Array(try quoted().utf8))
            return try? inner.bare()
        }
        return try bare()
    }

    mutating func bare() throws -> Double? {
        space()
        let start = i
        while i < s.count, s[i] != 44, s[i] != 125 {
            if s[i] == 40 {  // '(': skip to the matching ')'
                var depth = 0
                while i < s.count {
                    if s[i] == 40 { depth += 1 }
                    if s[i] == 41 { depth -= 1; if depth == 0 { i += 1; break } }
                    i += 1
                }
                continue
            }
            i += 1
        }
        var text = String(decoding: s[start..<i], as: UTF8.self).trimmingCharacters(in: " \n\t\r")
        if text.hasPrefix("tensor("), text.hasSuffix(")") {
            text = String(text.dropFirst(7).dropLast())
            if let comma = text.firstIndex(of: ",") { text = String(text[..<comma]) }
            text = text.trimmingCharacters(in: " ")
        }
        return RateParser.number(text)
    }

    /// `text` as a number if all of it is one: decimal digits with an optional sign, point and
    /// exponent (`1.1872`, `-3e-2`), or `nan` / `inf` (which the range check then rejects by name).
    /// `Double(_:)` alone would read `3\u{0}9.9` as 3, since it stops at a NUL byte, and would
    /// take hexadecimal floats.
    static func number(_ text: String) -> Double? {
        let lower = text.lowercased()
        if ["nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"].contains(lower) { return Double(lower) }
        var digits = 0, afterExponent = false, exponentDigits = 0, previous: UInt8 = 0
        for (i, c) in text.utf8.enumerated() {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if afterExponent { exponentDigits += 1 } else { digits += 1 }
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard i == 0 || previous == UInt8(ascii: "e") || previous == UInt8(ascii: "E") else { return nil }
            case UInt8(ascii: "."):
                guard !afterExponent, !text.utf8.prefix(i).contains(UInt8(ascii: ".")) else { return nil }
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard !afterExponent, digits > 0 else { return nil }
                afterExponent = true
            default:
                return nil
            }
            previous = c
        }
        guard digits > 0, !afterExponent || exponentDigits > 0 else { return nil }
        return Double(text)
    }

    mutating func dictionary() throws -> [(String, Double?)] {
        try expect(123)
        var out = [(String, Double?)]()
        space()
        if i < s.count, s[i] == 125 { i += 1; return out }
        while true {
            let key = try quoted()
            try expect(58)
            out.append((key, try value()))
            space()
            guard i < s.count else { throw FiringRates.Problem.syntax("dictionary ends early") }
            if s[i] == 44 { i += 1; space(); if i < s.count, s[i] == 125 { i += 1; break }; continue }
            if s[i] == 125 { i += 1; break }
            throw FiringRates.Problem.syntax("expected ',' or '}' at byte \(i)")
        }
        space()
        guard i == s.count else { throw FiringRates.Problem.syntax("unexpected text after the dictionary at byte \(i)") }
        return out
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var a = Substring(self)
        while let f = a.first, set.contains(f) { a.removeFirst() }
        while let l = a.last, set.contains(l) { a.removeLast() }
        return String(a)
    }
}
