import NCFormats
import NCReport

/// Writing results: deterministic JSON, and files that appear only when complete.
enum Output {
    /// Pretty, key-sorted JSON of `value` (`JSONText`).
    static func json<T: Encodable>(_ value: T) throws -> String { try JSONText.encode(value) }

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
}
