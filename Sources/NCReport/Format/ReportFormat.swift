import Foundation

/// How counts (MACs, SOPs, spikes, cycles, ...) are written in text output.
public enum CountStyle: Sendable, Equatable {
    /// Three significant digits and an SI suffix: `12.3 G`, `456 k`; exact below 1,000.
    case engineering
    /// Every digit, grouped in thousands: `12,345,678,901`.
    case grouped
}

/// The one place that turns the report's numbers into text, so the terminal tables, the HTML
/// and the tests all write a given number the same way.
///
/// Formatting never depends on the user's locale: separators are always `,` and `.`, so output
/// is identical on every machine. Non-finite values are written `n/a`, `inf` or `-inf`.
///
/// ```swift
/// ReportFormat.grouped(101_210_000_000)   // "101,210,000,000"
/// ReportFormat.engineering(101_210_000_000) // "101 G"
/// ReportFormat.decimal(465.57)            // "465.57"
/// ReportFormat.duration(seconds: 0.0024688) // "2.469 ms"
/// ```
public enum ReportFormat {
    /// An integer with thousands separators: `1234567` → `1,234,567`.
    public static func grouped(_ value: Int) -> String {
        // `magnitude` avoids overflow on Int.min.
        let digits = String(value.magnitude)
        return (value < 0 ? "-" : "") + groupDigits(digits)
    }

    /// A real count rounded to the nearest integer, with thousands separators. Value-weighted
    /// SOPs are fractional; a reader wants the count, not its fraction.
    public static func grouped(_ value: Double) -> String {
        guard value.isFinite else { return nonFinite(value) }
        let text = String(format: "%.0f", value.rounded())
        return signed(text) { groupDigits($0) }
    }

    /// Three significant digits and an SI suffix (`k`, `M`, `G`, `T`, `P`, `E`):
    /// `12_345` → `12.3 k`. Values below 1,000 are written exactly.
    public static func engineering(_ value: Int) -> String {
        if value.magnitude < 1000 { return String(value) }
        return engineering(Double(value))
    }

    /// Three significant digits and an SI suffix, optionally followed by a unit:
    /// `engineering(5e8, unit: "Hz")` → `500 MHz`, `engineering(12.5, unit: "Hz")` → `12.5 Hz`.
    public static func engineering(_ value: Double, unit: String = "") -> String {
        guard value.isFinite else { return nonFinite(value) + (unit.isEmpty ? "" : " " + unit) }
        let magnitude = abs(value)
        let number: String
        var suffix = ""
        if magnitude < 999.5 {
            number = magnitude == magnitude.rounded() ? String(format: "%.0f", value) : String(format: "%.3g", value)
        } else {
            let prefixes = ["k", "M", "G", "T", "P", "E", "Z", "Y"]
            var exponent = 1
            var scaled = magnitude / 1000
            // Walk up rather than trusting log10, whose result for exact powers of ten can land
            // a hair below the integer; also re-check after rounding (999.6 k is 1.00 M).
            while scaled >= 999.5 && exponent < prefixes.count {
                exponent += 1
                scaled /= 1000
            }
            let decimals = scaled < 9.995 ? 2 : (scaled < 99.95 ? 1 : 0)
            number = (value < 0 ? "-" : "") + String(format: "%.\(decimals)f", scaled)
            suffix = prefixes[exponent - 1]
        }
        if suffix.isEmpty && unit.isEmpty { return number }
        return number + " " + suffix + unit
    }

    /// `engineering(value, unit:)` split into the number and the prefixed unit (`500`, `MHz`),
    /// for tables with a unit column.
    static func engineeringParts(_ value: Double, unit: String) -> (number: String, unit: String) {
        let text = engineering(value, unit: unit)
        guard let space = text.firstIndex(of: " ") else { return (text, unit) }
        return (String(text[..<space]), String(text[text.index(after: space)...]))
    }

    /// A count in the given style.
    public static func count(_ value: Int, style: CountStyle) -> String {
        switch style {
        case .engineering: return engineering(value)
        case .grouped: return grouped(value)
        }
    }

    /// A real count (value-weighted SOPs) in the given style.
    public static func count(_ value: Double, style: CountStyle) -> String {
        switch style {
        case .engineering: return engineering(value)
        case .grouped: return grouped(value)
        }
    }

    /// A measured quantity (energy, ratio, rate): four significant digits but never fewer than
    /// two decimals, zeros beyond the second decimal dropped, integer part grouped: `465.57`,
    /// `34.49`, `2.469`, `6.25`, `0.20`, `0.07408`, `12,345.68`, `0.00`. Magnitudes below 10⁻⁶
    /// use scientific notation (`1.234e-07`) rather than a run of zeros.
    ///
    /// Two decimals keep the paper's figures (465.57 mJ, 34.49 mJ) exactly as published and
    /// line up in right-aligned columns; four significant digits keep small per-layer energies
    /// readable.
    public static func decimal(_ value: Double) -> String {
        guard value.isFinite else { return nonFinite(value) }
        if value == 0 { return "0.00" }
        let exponent = Int(floor(log10(abs(value))))
        let decimals = max(2, 3 - exponent)
        if decimals > 9 { return String(format: "%.3e", value) }
        var text = String(format: "%.\(decimals)f", value)
        if let point = text.firstIndex(of: ".") {
            while text.hasSuffix("0") && text.distance(from: point, to: text.endIndex) > 3 { text.removeLast() }
        }
        return signed(text) { unsigned in
            let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let whole = groupDigits(String(parts.first ?? ""))
            return parts.count > 1 ? whole + "." + parts[1] : whole
        }
    }

    /// A column of measured quantities written with one number of decimals, so decimal points
    /// line up when the column is right-aligned: four significant digits of the column's
    /// largest magnitude, never fewer than two decimals nor more than nine (`1,333.18`,
    /// `427.89`, `0.015`). A value that is not zero but rounds to zero at that precision is
    /// written `<0.001` (`>-0.001`), an exact zero `0`; nil stays nil, non-finite values are
    /// written `n/a`, `inf`, `-inf`. Digits beyond what the largest value shows would be false
    /// precision: one tiny entry must not pad a whole column with zeros.
    static func decimalColumn(_ values: [Double?]) -> [String?] {
        let largest = values.compactMap { $0 }.filter(\.isFinite).map(abs).max() ?? 0
        let decimals = largest > 0 ? min(9, max(2, 3 - Int(floor(log10(largest))))) : 2
        let smallest = "0." + String(repeating: "0", count: decimals - 1) + "1"
        return values.map { value in
            guard let value else { return nil }
            guard value.isFinite else { return nonFinite(value) }
            if value == 0 { return "0" }
            let text = String(format: "%.\(decimals)f", value)
            if text.allSatisfy({ "-0.".contains($0) }) { return (value < 0 ? ">-" : "<") + smallest }
            return signed(text) { unsigned in
                let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
                let whole = groupDigits(String(parts.first ?? ""))
                return parts.count > 1 ? whole + "." + parts[1] : whole
            }
        }
    }

    /// A fraction as a percentage with one decimal: `0.875` → `87.5 %`.
    public static func percent(fraction: Double) -> String {
        guard fraction.isFinite else { return nonFinite(fraction) }
        return String(format: "%.1f %%", fraction * 100)
    }

    /// A percentage with the digits a small value needs: `0.00041` → `0.041 %`, `0.0123` → `1.2 %`.
    public static func smallPercent(fraction: Double) -> String {
        guard fraction.isFinite else { return nonFinite(fraction) }
        return abs(fraction) < 0.01 ? String(format: "%.3f %%", fraction * 100) : percent(fraction: fraction)
    }

    /// `percent` without the sign, for columns whose header carries the `%`: `0.875` → `87.5`.
    static func percentNumber(_ fraction: Double) -> String {
        guard fraction.isFinite else { return nonFinite(fraction) }
        return String(format: "%.1f", fraction * 100)
    }

    /// A ratio with a multiplication sign: `13.4986` → `13.50×`.
    public static func times(_ ratio: Double) -> String {
        decimal(ratio) + "×"
    }

    /// A duration in the unit that keeps it between 1 and 1,000: `812.34 µs`, `2.469 ms`, `1.20 s`.
    public static func duration(seconds: Double) -> String {
        let (number, unit) = durationParts(seconds: seconds)
        return number + " " + unit
    }

    /// `duration` split into the number and its unit, for tables with a unit column.
    static func durationParts(seconds: Double) -> (number: String, unit: String) {
        guard seconds.isFinite else { return (nonFinite(seconds), "s") }
        let magnitude = abs(seconds)
        if magnitude == 0 { return ("0", "s") }
        if magnitude < 1e-3 { return (decimal(seconds * 1e6), "µs") }
        if magnitude < 1 { return (decimal(seconds * 1e3), "ms") }
        return (decimal(seconds), "s")
    }

    /// A value for a machine-readable column (CSV): Swift's shortest text that reads back to the
    /// same `Double` (`0.1`, `1e-07`, `465.57`); `nan`, `inf`, `-inf` for non-finite values.
    public static func exact(_ value: Double) -> String {
        guard value.isFinite else { return nonFinite(value) }
        // `description` is the shortest round-trip form; integral values lose the `.0` so a
        // count stored as Double reads like one.
        if value == value.rounded() && abs(value) < 1e15 { return String(format: "%.0f", value) }
        return value.description
    }

    // MARK: - Helpers

    static func nonFinite(_ value: Double) -> String {
        if value.isNaN { return "n/a" }
        return value < 0 ? "-inf" : "inf"
    }

    /// Applies `body` to the digits of a formatted number and puts its sign back.
    private static func signed(_ text: String, _ body: (String) -> String) -> String {
        if text.hasPrefix("-") { return "-" + body(String(text.dropFirst())) }
        return body(text)
    }

    /// `1234567` → `1,234,567` for a string of ASCII digits.
    private static func groupDigits(_ digits: String) -> String {
        var result = ""
        result.reserveCapacity(digits.count + digits.count / 3)
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}
