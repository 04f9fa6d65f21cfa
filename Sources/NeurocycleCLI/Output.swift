import Foundation
import NCFormats

/// Writing results: deterministic JSON, and files that appear only when complete.
enum Output {
    /// Pretty, key-sorted JSON of `value`.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// An output to `path`, or to standard output (the console) when `path` is `-`, that
    /// appears only when committed and is deleted if the command fails or is interrupted.
    static func open(_ path: String, console: Console) throws -> AtomicFile {
        AtomicFile.installInterruptHandler()
        return try AtomicFile(path: path, standardOutput: { console.print($0) })
    }

    /// Writes `text` to `path` atomically, or to standard output when `path` is `-`.
    static func write(_ text: String, to path: String, console: Console) throws {
        let file = try open(path, console: console)
        file.write(text)
        try file.commit()
    }

    /// Rows as an aligned table: the first row is the header; numeric-looking cells are right-aligned.
    static func table(_ rows: [[String]]) -> String {
        guard let header = rows.first else { return "" }
        var widths = header.map(\.count)
        for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) } }
        func isNumber(_ s: String) -> Bool { !s.isEmpty && s.allSatisfy { "0123456789.,-+e%".contains($0) } }
        return rows.enumerated().map { k, r in
            r.enumerated().map { i, c in
                let pad = String(repeating: " ", count: max(0, widths[i] - c.count))
                return (k > 0 && isNumber(c)) ? pad + c : c + pad
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
