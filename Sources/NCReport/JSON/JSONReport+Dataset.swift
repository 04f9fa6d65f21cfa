import Foundation

extension JSONReport {
    /// A dataset report as JSON, written as `jsonText(_: Report)` writes reports (sorted keys,
    /// shortest round-trip doubles, non-finite values as `"nan"`, `"inf"`, `"-inf"`).
    public static func jsonText(_ report: DatasetReport) -> String { text(report) }

    /// A `metrics` report as JSON, written the same way.
    public static func jsonText(_ report: MetricsReport) -> String { text(report) }

    /// Reads a dataset report written by `jsonText`.
    public static func decodeDataset(_ text: String) throws -> DatasetReport {
        try decode(DatasetReport.self, from: text)
    }

    static func text<T: Encodable>(_ value: T) -> String {
        do {
            return String(decoding: try encoder().encode(value), as: UTF8.self) + "\n"
        } catch {
            // Strings, integers, doubles (non-finite ones mapped) and string-keyed dictionaries only.
            return "{\n  \"error\" : \"cannot encode the report\"\n}\n"
        }
    }
}
