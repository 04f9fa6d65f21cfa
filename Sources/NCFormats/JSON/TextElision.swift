/// Shortening text taken from a file before it goes into a message or a report, so a hostile
/// file with a megabyte-long name cannot make an error line or a table megabytes long.
public enum TextElision {
    /// The longest name (of a tensor, key, population, model, ...) a message shows in full.
    public static let nameLimit = 200

    /// `text` if it has at most `limit` characters, otherwise its start and end around `…`
    /// (`limit` characters in all). Linear in the length of `text`.
    public static func middle(_ text: String, limit: Int = nameLimit) -> String {
        let limit = max(limit, 3)
        // Count only as far as needed: the length of a huge string is not itself needed.
        var index = text.startIndex
        var counted = 0
        while index < text.endIndex, counted <= limit {
            text.formIndex(after: &index)
            counted += 1
        }
        guard counted > limit else { return text }
        let tail = (limit - 1) / 2
        return String(text.prefix(limit - 1 - tail)) + "…" + String(text.suffix(tail))
    }
}
