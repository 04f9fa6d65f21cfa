import Foundation

/// A report as JSON, the format scripts read (`totals.sops`, `energy.paper.snn_mJ`, ...).
///
/// The text is deterministic — keys sorted, two-space indentation, `/` not escaped — so the
/// same report always gives the same bytes and reports can be diffed. Doubles are written in
/// Swift's shortest round-trip form, so `decode(jsonText(r)) == r` bit for bit. Non-finite
/// values, which JSON has no numbers for, are written as the strings `"nan"`, `"inf"` and
/// `"-inf"` and read back as such.
///
/// ```swift
/// let text = JSONReport.jsonText(report)
/// let again = try JSONReport.decode(text)   // again == report
/// ```
public enum JSONReport {
    /// The report as pretty-printed JSON with sorted keys, ending in a newline.
    public static func jsonText(_ report: Report) -> String {
        do {
            return String(decoding: try encoder().encode(report), as: UTF8.self) + "\n"
        } catch {
            // With non-finite doubles mapped to strings, a `Report` (strings, integers, doubles,
            // arrays and string-keyed dictionaries only) has nothing the encoder can reject.
            // Should that ever change, say so in valid JSON rather than crash the command.
            let printable = "cannot encode report: \(error)".unicodeScalars.filter { $0.value >= 0x20 }
            let message = String(String.UnicodeScalarView(printable))
                .replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "\"", with: "\\\"")
            return "{\n  \"error\" : \"\(message)\"\n}\n"
        }
    }

    /// Reads a report written by `jsonText` (or any JSON with the same keys).
    ///
    /// - Throws: `ReportDecodingError` naming the offending key path, or a newer
    ///   `schema_version` than this build understands.
    public static func decode(_ text: String) throws -> Report {
        let report = try decode(Report.self, from: text)
        guard report.schemaVersion <= Report.currentSchemaVersion else {
            throw ReportDecodingError(path: "schema_version",
                                      message: "report has schema version \(report.schemaVersion); this build reads up to "
                                          + "\(Report.currentSchemaVersion) — update neurocycle")
        }
        return report
    }

    /// The encoder of every report: keys sorted, `/` not escaped, non-finite doubles as the
    /// strings `"nan"`, `"inf"`, `"-inf"`; indented unless `compact`.
    static func encoder(compact: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = compact ? [.sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: infinity, negativeInfinity: "-" + infinity, nan: notANumber)
        return encoder
    }

    /// A `T` read from JSON as the report encoder writes it; a decoding error becomes a
    /// `ReportDecodingError` naming the key path.
    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: infinity, negativeInfinity: "-" + infinity, nan: notANumber)
        do {
            return try decoder.decode(T.self, from: Data(text.utf8))
        } catch let error as DecodingError {
            throw ReportDecodingError(error)
        }
    }

    private static let infinity = "inf"
    private static let notANumber = "nan"
}
