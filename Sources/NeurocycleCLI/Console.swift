#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Where a command writes: standard output for results, standard error for the one-line error
/// and for progress. Tests capture both.
final class Console: @unchecked Sendable {
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void
    private let lock = NSLock()
    /// Whether progress lines are shown (standard error is a terminal, or forced).
    let showsProgress: Bool
    private var progressShown = false

    /// A console on the process's standard output and error.
    static func standard() -> Console {
        Console(out: { FileHandle.standardOutput.write(Data($0.utf8)) },
                err: { FileHandle.standardError.write(Data($0.utf8)) },
                showsProgress: isatty(2) != 0)
    }

    /// A console writing to the given closures.
    init(out: @escaping (String) -> Void, err: @escaping (String) -> Void, showsProgress: Bool = false) {
        writeOut = out
        writeErr = err
        self.showsProgress = showsProgress
    }

    /// Writes `text` and a newline to standard output.
    func print(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        clearProgress()
        writeOut(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// Writes one line to standard error.
    func error(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        clearProgress()
        writeErr(text + "\n")
    }

    /// Replaces the progress line on standard error.
    func progress(_ text: String) {
        guard showsProgress else { return }
        lock.lock()
        defer { lock.unlock() }
        writeErr("\r\u{1B}[K" + text)
        progressShown = true
    }

    /// Removes the progress line.
    func endProgress() {
        lock.lock()
        defer { lock.unlock() }
        clearProgress()
    }

    private func clearProgress() {
        if progressShown {
            writeErr("\r\u{1B}[K")
            progressShown = false
        }
    }
}

/// Reports progress of a long operation, but only once it has run for a second.
final class ProgressLine: @unchecked Sendable {
    private let console: Console
    private let start = Date()

    /// Progress on `console`.
    init(_ console: Console) { self.console = console }

    /// Shows `text` if the operation has been running for more than a second.
    func update(_ text: String) {
        guard Date().timeIntervalSince(start) > 1 else { return }
        console.progress(text)
    }

    /// Clears the line.
    func finish() { console.endProgress() }
}
