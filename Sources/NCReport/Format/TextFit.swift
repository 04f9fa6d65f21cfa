/// Fitting text into a number of characters: shortening and word wrapping.
///
/// Widths are counted in `Character`s (grapheme clusters), which is one terminal column for
/// the Latin, Greek and symbol text reports contain; wide East Asian characters would count
/// as one but take two.
enum TextFit {
    /// `text` shortened to at most `width` characters by replacing its middle with `…`.
    /// The middle goes because module paths differ at both ends (`model.2` … `pwconv1`).
    static func truncateMiddle(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return String(text.prefix(max(0, width))) }
        let keep = width - 1
        let head = (keep + 1) / 2
        return String(text.prefix(head)) + "…" + String(text.suffix(keep - head))
    }

    /// The most lines `wrap` returns for one cell, so a cell holding a hostile megabyte-long
    /// name (from a trace, say) stays a few lines instead of thousands.
    static let maxWrappedLines = 10

    /// `text` broken into lines of at most `width` characters, at spaces where possible; words
    /// longer than a line are cut. Text longer than `maxLines` full lines is first shortened in
    /// the middle (`…`). Always returns at least one (possibly empty) line.
    ///
    /// - Complexity: O(n) in the length of `text` (characters are counted once, in arrays).
    static func wrap(_ text: String, width: Int, maxLines: Int = maxWrappedLines) -> [String] {
        let width = max(1, width)
        let text = truncateMiddle(text, to: width * max(1, maxLines))
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line: [Character] = []
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let characters = Array(word)
                var start = 0
                while start < characters.count {
                    let separator = line.isEmpty ? 0 : 1
                    let remaining = characters.count - start
                    if line.count + separator + remaining <= width {
                        if separator == 1 { line.append(" ") }
                        line.append(contentsOf: characters[start...])
                        start = characters.count
                    } else if line.isEmpty {
                        lines.append(String(characters[start..<(start + width)]))
                        start += width
                    } else {
                        lines.append(String(line))
                        line.removeAll(keepingCapacity: true)
                    }
                }
            }
            lines.append(String(line))
        }
        return lines.isEmpty ? [""] : lines
    }

    /// `text` padded with spaces to `width` characters, on the right (`left` alignment) or the
    /// left (`right` alignment). Longer text is returned unchanged.
    static func pad(_ text: String, to width: Int, alignRight: Bool) -> String {
        let missing = width - text.count
        guard missing > 0 else { return text }
        let spaces = String(repeating: " ", count: missing)
        return alignRight ? spaces + text : text + spaces
    }

    /// `text` made safe for one line of a terminal: tabs and line breaks become spaces, other
    /// control characters (C0, DEL, C1 — ESC would let a layer name restyle or clear the
    /// terminal) become U+FFFD.
    static func terminalSafe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" || scalar == "\n" || scalar == "\r" {
                result.append(" ")
            } else if isControl(scalar) {
                result.append("\u{FFFD}")
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
