#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only view of a whole file, memory-mapped so that large checkpoints are not copied.
///
/// The mapping lives as long as this object; views handed out by `withBytes` must not escape it.
public final class MappedFile: @unchecked Sendable {
    /// The path the file was opened from (used in error messages).
    public let path: String
    /// File length in bytes.
    public let count: Int
    private let base: UnsafeRawPointer?
    private let isMapped: Bool

    /// Maps `path` read-only. Throws `FormatError.io` naming the file if it cannot be opened.
    public init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw FormatError.inFile(path: path, .io("cannot open: \(String(cString: strerror(errno)))"))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            throw FormatError.inFile(path: path, .io("cannot stat: \(String(cString: strerror(errno)))"))
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            throw FormatError.inFile(path: path, .io("not a regular file"))
        }
        let size = Int(st.st_size)
        self.count = size
        if size == 0 {
            base = nil
            isMapped = false
            return
        }
        let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0)
        if let p, p != MAP_FAILED {
            base = UnsafeRawPointer(p)
            isMapped = true
        } else {
            // Some file systems cannot be mapped: read the file once instead.
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 64)
            var done = 0
            while done < size {
                let n = read(fd, buffer + done, size - done)
                if n <= 0 {
                    buffer.deallocate()
                    throw FormatError.inFile(path: path, .io("read failed after \(done) of \(size) bytes"))
                }
                done += n
            }
            base = UnsafeRawPointer(buffer)
            isMapped = false
        }
    }

    deinit {
        guard let base else { return }
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: base), count)
        } else {
            base.deallocate()
        }
    }

    /// Calls `body` with the file's bytes.
    public func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }
}
