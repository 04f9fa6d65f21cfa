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

    /// `text` broken into lines of at most `width` characters, at spaces where possible; words
    /// longer than a line are cut. Always returns at least one (possibly empty) line.
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = Substring(word)
                while !word.isEmpty {
                    let separator = line.isEmpty ? 0 : 1
                    if line.count + separator + word.count <= width {
                        line += (line.isEmpty ? "" : " ") + word
                        word = ""
                    } else if line.isEmpty {
                        line = String(word.prefix(width))
                        word = word.dropFirst(width)
                        lines.append(line)
                        line = ""
                    } else {
                        lines.append(line)
                        line = ""
                    }
                }
            }
            lines.append(line)
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
