#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

extension AtomicFile {
    /// Makes SIGINT and SIGTERM delete the temporary file of every output not yet committed or
    /// discarded, then end the process with status 128 + the signal number, as a shell does:
    /// an interrupted command leaves no partial output. Safe to call repeatedly. Meant for
    /// programs (the `neurocycle` command calls it before writing); a library should not take
    /// over a process's signals, so nothing calls it implicitly.
    public static func installInterruptHandler() {
        InterruptCleanup.install()
    }
}

/// The temporary files of open outputs, kept where a signal handler can read them: a fixed
/// table of C strings, read without locks or allocation (only `unlink` and `_exit` run in the
/// handler, both async-signal-safe).
enum InterruptCleanup {
    static let capacity = 64
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()
    /// Serialises registration between threads (the handler never takes it).
    private static let lock = Mutex(false)

    /// Lists `path`; returns its slot, or nil when the table is full (the file is then only
    /// removed by `discard`).
    static func register(_ path: String) -> Int? {
        lock.withLock { _ in
            for i in 0..<capacity where slots[i] == nil {
                slots[i] = strdup(path)
                return i
            }
            return nil
        }
    }

    /// Forgets `slot` (its file was renamed into place or deleted).
    static func unregister(_ slot: Int?) {
        guard let slot, (0..<capacity).contains(slot) else { return }
        lock.withLock { _ in
            let path = slots[slot]
            slots[slot] = nil  // out of the table before it is freed, so the handler never reads freed memory
            free(path)
        }
    }

    /// The paths listed now (for tests).
    static var registered: [String] {
        lock.withLock { _ in (0..<capacity).compactMap { slots[$0].map { String(cString: $0) } } }
    }

    /// Installs the handler for SIGINT and SIGTERM, once.
    static func install() {
        lock.withLock { installed in
            guard !installed else { return }
            installed = true
            _ = slots  // the table exists before a signal can arrive
            signal(SIGINT, handler)
            signal(SIGTERM, handler)
        }
    }

    private static let handler: @convention(c) (Int32) -> Void = { sig in
        for i in 0..<capacity {
            if let path = slots[i] { unlink(path) }
        }
        _exit(128 + sig)
    }
}
