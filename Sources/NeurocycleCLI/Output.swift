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

    /// Opens an output for each of `paths` (`-` excepted) now, before any work, so that an
    /// unwritable path fails at once; on a failure the ones opened are discarded.
    static func open(_ paths: [String], console: Console) throws -> [String: AtomicFile] {
        var files = [String: AtomicFile]()
        do {
            for path in paths where path != "-" {
                files[path] = try open(path, console: console)
            }
        } catch {
            for file in files.values { file.discard() }
            throw error
        }
        return files
    }

    /// Writes each requested content (a nil path is not requested) into its file of `files`
    /// (from `open`), then commits them all — or, on any failure, discards them all. Returns
    /// the content meant for standard output (`-`), if any.
    static func commit(_ contents: [(path: String?, bytes: () throws -> [UInt8])], files: [String: AtomicFile]) throws -> String? {
        var standardOutput: String?
        do {
            for case let (path?, bytes) in contents {
                let content = try bytes()
                if path == "-" {
                    standardOutput = String(decoding: content, as: UTF8.self)
                } else if let file = files[path] {
                    try file.write(content)
                    try file.close()
                }
            }
            for file in files.values { try file.commit() }
        } catch {
            for file in files.values { file.discard() }
            throw error
        }
        return standardOutput
    }
}
