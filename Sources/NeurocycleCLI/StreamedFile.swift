import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A text file written piece by piece (large exports), that appears under its name only when
/// complete: bytes go to a temporary file beside it, renamed by `commit()`; any failure or
/// interrupt removes the temporary file. `-` streams to standard output instead.
final class StreamedFile: TextOutputStream {
    private let path: String
    private let temporary: String
    private let handle: FileHandle?
    private let console: Console
    private var buffer = ""
    private var token = -1
    private var failure: Error?

    init(path: String, console: Console) throws {
        self.path = path
        self.console = console
        if path == "-" {
            temporary = ""
            handle = nil
            return
        }
        let url = URL(fileURLWithPath: path)
        temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial-\(UInt32.random(in: 0...UInt32.max))").path
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let h = FileHandle(forWritingAtPath: temporary) else {
            throw CLIError.invalid("\(path): cannot create the file")
        }
        handle = h
        token = InterruptCleanup.register(temporary)
    }

    func write(_ string: String) {
        buffer += string
        if buffer.utf8.count >= 1 << 20 { flush() }
    }

    private func flush() {
        guard !buffer.isEmpty else { return }
        if let handle {
            do { try handle.write(contentsOf: Data(buffer.utf8)) } catch { failure = failure ?? error }
        } else {
            console.print(String(buffer.dropLast(buffer.hasSuffix("\n") ? 1 : 0)))
        }
        buffer = ""
    }

    /// Flushes and renames the file into place.
    func commit() throws {
        flush()
        guard let handle else { return }
        defer { InterruptCleanup.unregister(token) }
        try? handle.close()
        if let failure {
            unlink(temporary)
            throw CLIError.invalid("\(path): write failed: \(failure)")
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw CLIError.invalid("\(path): cannot rename the temporary file into place")
        }
    }

    /// Removes the temporary file.
    func discard() {
        guard let handle else { return }
        try? handle.close()
        unlink(temporary)
        InterruptCleanup.unregister(token)
    }
}
