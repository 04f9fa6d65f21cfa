/// The ASCII header Prophesee puts before the binary data of `.dat` and `.raw` files: lines that
/// begin with `"% "` (percent, space) and end with a line feed. The first line that does not
/// begin so ends the header at its first byte.
struct PercentHeader {
    /// The lines without their line feeds, decoded as Latin-1 (every byte the code point of the
    /// same value, as the toolbox's `decode("latin-1")`).
    let lines: [String]
    /// Offset of the first byte after the header.
    let end: Int

    /// Scans the header at the start of `bytes`. With `stopsAtEndKeyword`, a line `% end` also
    /// ends the header (after it), as in `.raw` files. Refuses headers longer than `maxBytes`.
    init(scanning bytes: UnsafeRawBufferPointer, stopsAtEndKeyword: Bool, maxBytes: Int, context: String) throws {
        var lines: [String] = []
        var pos = 0
        while pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "%"), bytes[pos + 1] == UInt8(ascii: " ") {
            var lineEnd = pos
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A {
                lineEnd += 1
                guard lineEnd <= maxBytes else {
                    throw FormatError.limitExceeded("\(context): no end of the header in the first \(maxBytes) bytes")
                }
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: bytes[pos..<lineEnd].map { Unicode.Scalar($0) })
            lines.append(text)
            pos = min(lineEnd + 1, bytes.count)
            if stopsAtEndKeyword, PercentHeader.words(text) == ["%", "end"] { break }
        }
        self.lines = lines
        end = pos
    }

    /// A line split at ASCII whitespace, as Python's `bytes.split()`.
    static func words(_ line: String) -> [Substring] {
        line.split(whereSeparator: { " \t\r\u{0B}\u{0C}\n".contains($0) })
    }
}
