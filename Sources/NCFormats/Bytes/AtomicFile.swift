#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An output file that readers see either as it was or complete: its bytes go to a temporary
/// file beside it (`<path>.partial-<16 hex digits>`, in the same directory so the rename cannot
/// cross file systems), and `commit` flushes them to disk and renames the temporary file over
/// `path`. Until then `discard` — or releasing the object, or an I/O error — deletes the
/// temporary file, as does SIGINT or SIGTERM once `installInterruptHandler()` has run. Whole
/// contents or pieces of any size can be written; memory stays bounded by a 1 MiB buffer.
///
///     let file = try AtomicFile(path: "events.csv")
///     for line in lines { file.write(line) }              // text: a TextOutputStream
///     try file.commit()                                   // or file.discard()
///
///     try AtomicFile.write(bytes, to: "image.png")        // a whole file in one call
///
/// Several outputs that must appear together (all or nothing) are written, then `close`d (any
/// failure happens here, nothing is in place yet), then committed one after another.
///
/// Given a `standardOutput` closure, the path `-` names standard output instead of a file: the
/// text goes to the closure in whole lines as it is written (each piece ends with a line break,
/// except perhaps the last one, handed over by `commit`), and `discard` drops what is not yet
/// handed over. Without that closure `-` is an ordinary file name.
///
/// Errors are one-line `FormatError.io`s naming `path`. The first one discards the output and
/// is thrown again by every later call; a text `write`, which cannot throw, leaves it to
/// `close` or `commit`.
public final class AtomicFile: TextOutputStream {
    /// Where the output goes: a file, or `-` for standard output.
    public let path: String
    /// Bytes written so far (the offset of the next write).
    public private(set) var count = 0

    private enum Target {
        /// A temporary file and its descriptor (-1 once closed).
        case file(temporary: String, descriptor: Int32)
        /// Standard output, reached through the caller's closure.
        case standardOutput((String) -> Void)
    }

    private enum State: String {
        case open, closed, committed, discarded
    }

    private var target: Target
    private var state = State.open
    /// The error that discarded the output.
    private var failure: FormatError?
    /// Bytes written but not yet handed to the file or to standard output.
    private var pending: [UInt8] = []
    /// Bytes already in the file.
    private var handedOn = 0
    /// Slot of the temporary file in the interrupt cleanup table.
    private var interruptSlot: Int?

    private static let bufferSize = 1 << 20

    /// Opens an output to `path`, creating its temporary file (never replacing an existing one).
    /// With `standardOutput`, `-` means standard output (see the type's description).
    public init(path: String, standardOutput: ((String) -> Void)? = nil) throws {
        self.path = path
        if path == "-", let standardOutput {
            target = .standardOutput(standardOutput)
            return
        }
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        guard !name.isEmpty, name != ".", name != ".." else {
            throw FormatError.inFile(path: path, .io("the path names a directory, not a file"))
        }
        var fd: Int32 = -1
        var temporary = ""
        // O_EXCL and a random suffix: never clobber another writer's temporary file.
        for _ in 0..<16 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 16)
            temporary = path + ".partial-" + String(repeating: "0", count: 16 - suffix.count) + suffix
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else {
            throw FormatError.inFile(path: path, .io(
                "cannot create a temporary file in \(Self.directory(of: path)): \(String(cString: strerror(errno)))"))
        }
        target = .file(temporary: temporary, descriptor: fd)
        interruptSlot = InterruptCleanup.register(temporary)
    }

    deinit { discard() }

    /// The temporary file, until the output is committed or discarded (nil for standard output).
    public var temporaryPath: String? {
        guard state == .open || state == .closed, case .file(let temporary, _) = target else { return nil }
        return temporary
    }

    /// Whether more can be written (not yet closed, committed or discarded).
    public var isOpen: Bool { state == .open }

    /// Appends `bytes`.
    public func write(_ bytes: [UInt8]) throws {
        try checkState(.open)
        if case .file = target, bytes.count >= Self.bufferSize {
            try flush(all: true)
            try writeAll(bytes)  // large pieces bypass the buffer
        } else {
            pending.append(contentsOf: bytes)
            if pending.count >= Self.bufferSize { try flush(all: false) }
        }
        count += bytes.count
    }

    /// Appends the UTF-8 bytes of `text`; a failure is thrown by `close` or `commit`.
    public func write(_ text: String) {
        try? write(Array(text.utf8))
    }

    /// Writes what is buffered and, for a file, flushes it to disk and closes it: the output is
    /// complete under its temporary name and waits for `commit` or `discard`.
    public func close() throws {
        if state == .closed || state == .committed { return }
        try checkState(.open)
        try flush(all: true)
        state = .closed
        guard case .file(let temporary, let fd) = target else { return }
        target = .file(temporary: temporary, descriptor: -1)
        let synced = fsync(fd) == 0 ? nil : String(cString: strerror(errno))
        let closed = posixClose(fd) == 0 ? nil : String(cString: strerror(errno))
        if let reason = synced ?? closed { throw fail("cannot flush to disk: \(reason)") }
    }

    /// Closes the output if still open, then renames the file into place (replacing any file
    /// at `path`) and flushes its directory so the rename survives a crash; for standard output,
    /// hands over the rest of the text.
    public func commit() throws {
        if state == .committed { return }
        try close()
        if case .file(let temporary, _) = target {
            guard rename(temporary, path) == 0 else {
                throw fail("cannot rename the temporary file into place: \(String(cString: strerror(errno)))")
            }
            InterruptCleanup.unregister(interruptSlot)
            let dfd = open(Self.directory(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if dfd >= 0 {
                _ = fsync(dfd)  // best effort: some file systems cannot flush directories
                _ = posixClose(dfd)
            }
        }
        state = .committed
    }

    /// Closes and deletes the temporary file unless the output was committed; for standard
    /// output, drops the text not yet handed over. Safe to call repeatedly.
    public func discard() {
        guard state == .open || state == .closed else { return }
        state = .discarded
        pending = []
        guard case .file(let temporary, let fd) = target else { return }
        if fd >= 0 { _ = posixClose(fd) }
        target = .file(temporary: temporary, descriptor: -1)
        unlink(temporary)
        InterruptCleanup.unregister(interruptSlot)
    }

    /// Throws the earlier failure, or an error if the output is not in `expected` state.
    private func checkState(_ expected: State) throws {
        if let failure { throw failure }
        guard state == expected else { throw fail("the output is already \(state.rawValue)") }
    }

    /// Discards the output and remembers `problem` as its failure.
    private func fail(_ problem: String) -> FormatError {
        let error = failure ?? FormatError.inFile(path: path, .io(problem))
        failure = error
        discard()
        return error
    }

    /// Hands the buffered bytes on: to the file, or to standard output up to the last line
    /// break (everything when `all`).
    private func flush(all: Bool) throws {
        switch target {
        case .file:
            try writeAll(pending)
            pending.removeAll(keepingCapacity: true)
        case .standardOutput(let print):
            let end = all ? pending.endIndex : (pending.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0)
            guard end > 0 else { return }
            print(String(decoding: pending[..<end], as: UTF8.self))
            pending.removeSubrange(..<end)
        }
    }

    /// Writes `bytes` to the temporary file, retrying interrupted and short writes.
    private func writeAll(_ bytes: [UInt8]) throws {
        guard case .file(_, let fd) = target, fd >= 0 else { return }
        let problem: String? = bytes.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                guard let base = raw.baseAddress else { break }
                let n = posixWrite(fd, base + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return "write failed after \(handedOn + written) bytes: \(String(cString: strerror(errno)))"
                }
                written += n
            }
            handedOn += written
            return nil
        }
        if let problem { throw fail(problem) }
    }

    /// The directory holding `path` (`.` for a bare name).
    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Replaces the file at `path` with `bytes` in one step.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let file = try AtomicFile(path: path)
        try file.write(bytes)
        try file.commit()
    }
}

/// The C `write` and `close`, under names that `AtomicFile`'s methods do not shadow.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}

private func posixClose(_ fd: Int32) -> Int32 {
    close(fd)
}
