#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes whole files so that readers see either the old file or the complete new one: the
/// bytes go to a temporary file in the same directory (so the rename cannot cross file systems),
/// are flushed to disk, and the temporary file is renamed over the destination.
public enum AtomicFile {
    /// Replaces the file at `path` with `bytes`. Throws `FormatError.io` (without the path, which
    /// callers attach) and leaves no temporary file behind on failure.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else { throw FormatError.io("path names a directory, not a file") }
        var fd: Int32 = -1
        var temporary = ""
        // O_EXCL with a random suffix: never clobber another writer's temporary file.
        for _ in 0..<16 {
            temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).tmp-\(UInt32.random(in: 0...UInt32.max))"
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else {
            throw FormatError.io("cannot create a temporary file in \(directory): \(String(cString: strerror(errno)))")
        }
        var done = false
        defer {
            if !done { unlink(temporary) }
        }
        do {
            defer { close(fd) }
            try bytes.withUnsafeBytes { raw in
                var written = 0
                while written < raw.count {
                    guard let base = raw.baseAddress else { break }
                    let n = posixWrite(fd, base + written, raw.count - written)
                    if n < 0 {
                        if errno == EINTR { continue }
                        throw FormatError.io("write failed after \(written) of \(raw.count) bytes: \(String(cString: strerror(errno)))")
                    }
                    written += n
                }
            }
            guard fsync(fd) == 0 else {
                throw FormatError.io("cannot flush to disk: \(String(cString: strerror(errno)))")
            }
        }
        guard rename(temporary, path) == 0 else {
            throw FormatError.io("cannot rename the temporary file into place: \(String(cString: strerror(errno)))")
        }
        done = true
    }
}

/// A file written completely to a temporary name beside its destination, waiting to be
/// renamed into place (`commit`) or removed (`discard`). Several staged files let a command
/// write all of its outputs or none.
public final class StagedFile: @unchecked Sendable {
    /// The destination.
    public let path: String
    /// Where the bytes are until `commit` (for cleanup on interrupt).
    public let temporary: String
    private var settled = false

    init(path: String, temporary: String) {
        self.path = path
        self.temporary = temporary
    }

    /// Renames the file into place.
    public func commit() throws {
        guard !settled else { return }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw FormatError.inFile(path: path, .io("cannot rename the temporary file into place: \(reason)"))
        }
        settled = true
    }

    /// Removes the temporary file.
    public func discard() {
        guard !settled else { return }
        unlink(temporary)
        settled = true
    }

    deinit { discard() }
}

extension AtomicFile {
    /// Writes `text` to a temporary file beside `path` and returns it, not yet in place.
    public static func stage(text: String, to path: String) throws -> StagedFile {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(name).staged-\(UInt32.random(in: 0...UInt32.max))"
        try FormatError.attaching(path) { try write(Array(text.utf8), to: temporary) }
        return StagedFile(path: path, temporary: temporary)
    }

    /// Replaces the file at `path` with the UTF-8 bytes of `text`; errors name the file.
    public static func write(text: String, to path: String) throws {
        try FormatError.attaching(path) { try write(Array(text.utf8), to: path) }
    }
}

/// The C `write`, reachable under another name inside `AtomicFile.write`, which shadows it.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
