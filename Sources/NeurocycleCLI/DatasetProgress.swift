import Foundation
import Synchronization

/// A progress bar with throughput and ETA on standard error for a dataset run or a sweep
/// (`[########------------]  412/5000 images  3.1 images/s  ETA 24m40s`), shown once the run
/// has taken a second and redrawn at most five times a second. Safe to call from any thread.
final class DatasetProgress: Sendable {
    private let console: Console
    private let start = Date()
    private let lastDrawn = Mutex(Date.distantPast)
    private let unit: String

    /// A bar counting `unit` (`images`, `points`).
    init(_ console: Console, unit: String = "images") {
        self.console = console
        self.unit = unit
    }

    /// `done` of `total` images finished.
    func update(done: Int, total: Int) {
        let now = Date()
        let elapsed = now.timeIntervalSince(start)
        guard elapsed > 1, total > 0 else { return }
        let draw = lastDrawn.withLock { last -> Bool in
            guard now.timeIntervalSince(last) >= 0.2 || done == total else { return false }
            last = now
            return true
        }
        guard draw else { return }
        console.progress(Self.line(done: done, total: total, elapsed: elapsed, unit: unit))
    }

    /// Clears the bar.
    func finish() { console.endProgress() }

    /// The bar's text.
    static func line(done: Int, total: Int, elapsed: Double, unit: String = "images") -> String {
        let width = 24
        let filled = min(width, done * width / max(total, 1))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let rate = Double(done) / max(elapsed, 1e-9)
        let eta = rate > 0 ? Double(total - done) / rate : .infinity
        return "[\(bar)] \(done)/\(total) \(unit)  " + String(format: "%.2f \(unit)/s", rate) + "  ETA " + duration(eta)
    }

    /// `1h02m`, `24m40s`, `7s`.
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "--" }
        let s = Int(seconds.rounded())
        if s >= 3600 { return String(format: "%dh%02dm", s / 3600, (s % 3600) / 60) }
        if s >= 60 { return String(format: "%dm%02ds", s / 60, s % 60) }
        return "\(s)s"
    }
}
