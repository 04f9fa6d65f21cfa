#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import NCFormats

/// A file written under a temporary name next to its destination (`<destination>.partial-<random>`)
/// and renamed into place only by `commit`, after its bytes are on disk. Discarded (closed and
/// deleted) by `discard` or when released uncommitted, so an interrupted writer leaves nothing.
///
/// Errors are `FormatError.io` without the destination path, which the caller attaches.
final class PartialFile {
    /// Where the file goes when committed.
    let destination: String
    /// Where it is written meanwhile.
    let temporaryPath: String
    /// Bytes written so far.
    private(set) var count = 0
    private var descriptor: Int32
    /// Renamed into place or deleted: nothing left to clean up.
    private var settled = false

    /// Creates the temporary file (never replacing an existing one).
    init(destination: String) throws {
        let name = destination.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        guard !name.isEmpty, name != ".", name != ".." else {
            throw FormatError.io("the path names a directory, not a file")
        }
        var fd: Int32 = -1
        var temporary = ""
        for _ in 0..<16 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 16)
            temporary = destination + ".partial-" + String(repeating: "0", count: 16 - suffix.count) + suffix
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else {
            throw FormatError.io("cannot create \(temporary): \(String(cString: strerror(errno)))")
        }
        descriptor = fd
        temporaryPath = temporary
        self.destination = destination
    }

    deinit { discard() }

    /// Whether the file is still open for writing.
    var isOpen: Bool { descriptor >= 0 }

    /// Appends `bytes`.
    func write(_ bytes: [UInt8]) throws {
        guard descriptor >= 0 else { throw FormatError.io("the file is already closed") }
        try bytes.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                guard let base = raw.baseAddress else { break }
                let n = posixWrite(descriptor, base + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw FormatError.io("write failed at byte \(count + written): \(String(cString: strerror(errno)))")
                }
                written += n
            }
        }
        count += bytes.count
    }

    /// Flushes the file to disk, closes it and renames it to `destination` (replacing any file
    /// there), then flushes the directory so the rename survives a crash.
    func commit() throws {
        guard descriptor >= 0 else { throw FormatError.io("the file is already closed") }
        guard fsync(descriptor) == 0 else { throw FormatError.io("cannot flush to disk: \(String(cString: strerror(errno)))") }
        let closed = close(descriptor)
        descriptor = -1
        guard closed == 0 else { throw FormatError.io("cannot close: \(String(cString: strerror(errno)))") }
        guard rename(temporaryPath, destination) == 0 else {
            throw FormatError.io("cannot rename \(temporaryPath) into place: \(String(cString: strerror(errno)))")
        }
        settled = true
        let slash = destination.lastIndex(of: "/")
        let directory = slash.map { String(destination[..<$0]) } ?? "."
        let dfd = open(directory.isEmpty ? "/" : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            _ = fsync(dfd)  // best effort: some file systems cannot flush directories
            close(dfd)
        }
    }

    /// Closes and deletes the temporary file unless it was committed. Safe to call repeatedly.
    func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        if !settled {
            unlink(temporaryPath)
            settled = true
        }
    }
}

/// The C `write`, under a name that `PartialFile.write` does not shadow.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
