import Foundation

/// Deterministic JSON of any `Encodable` value, in the layout every neurocycle JSON output
/// shares: keys sorted, two-space indentation, `/` not escaped, a newline at the end. The same
/// value always gives the same bytes. (`JSONReport` writes full reports the same way, and also
/// non-finite doubles.)
public enum JSONText {
    /// `value` as JSON. Throws `EncodingError` for a non-finite double.
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
