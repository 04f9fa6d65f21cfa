import Foundation

extension JSONReport {
    /// A sweep report as JSON, written as `jsonText(_: Report)` writes reports.
    public static func jsonText(_ report: SweepReport) -> String { text(report) }

    /// A report as compact JSON (no indentation; keys sorted, doubles as `jsonText` writes
    /// them, so `decode` reads back an equal report): a sweep keeps one per point.
    public static func compactText(_ report: Report) -> String {
        (try? encoder(compact: true).encode(report)).map { String(decoding: $0, as: UTF8.self) } ?? jsonText(report)
    }

    /// Reads a sweep report written by `jsonText`.
    public static func decodeSweep(_ text: String) throws -> SweepReport {
        try decode(SweepReport.self, from: text)
    }
}
