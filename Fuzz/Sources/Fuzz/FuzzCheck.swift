import NCReport

/// Invariants every target checks beyond "no crash": the house rules for bad input
/// (one-line errors naming the file, no lies in the numbers). A broken one traps, so libFuzzer
/// records the input like any other crash.
enum FuzzCheck {
    /// The result of `body`, a reader given the file at `path`; nil when it rejected the file
    /// with an error, which must then name the file (`error(_:names:)`).
    static func reading<T>(_ path: String, file: StaticString = #fileID, line: UInt = #line, _ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch {
            FuzzCheck.error(error, names: path, file: file, line: line)
            return nil
        }
    }

    /// An error reported to a user must be one non-empty message that names the file it is about.
    static func error(_ error: any Error, names path: String, file: StaticString = #fileID, line: UInt = #line) {
        let text = String(describing: error)
        precondition(!text.isEmpty, "empty error message", file: file, line: line)
        precondition(text.contains(path), "error does not name the file: \(text.prefix(300))", file: file, line: line)
    }

    /// Every number of `report` is finite (the sections scripts read; per-core rows checked
    /// field by field, since reflecting hundreds of them would dominate a run).
    static func finite(report: Report, file: StaticString = #fileID, line: UInt = #line) {
        finite(report.energy, "energy", file: file, line: line)
        finite(report.layers, "layers", file: file, line: line)
        finite(report.totals, "totals", file: file, line: line)
        if let neurons = report.neurons { finite(neurons, "neurons", file: file, line: line) }
        if let h = report.hardware {
            for (what, v) in [("clock_hz", h.clockHz), ("latency_s", h.latencySeconds)] {
                precondition(v.isFinite, "non-finite hardware.\(what): \(v)", file: file, line: line)
            }
            for core in h.cores {
                precondition(core.utilisation.isFinite, "non-finite utilisation of core \(core.id)", file: file, line: line)
                for (key, v) in core.energyMillijoules ?? [:] {
                    precondition(v.isFinite, "non-finite energy \(key) of core \(core.id): \(v)", file: file, line: line)
                }
            }
        }
    }

    /// Every `Double` reachable from `value` (a report, a config) is finite: JSON has no numbers
    /// for infinities or NaN, so a non-finite value would end up as a string in a numeric field.
    static func finite(_ value: Any, _ path: String = "", file: StaticString = #fileID, line: UInt = #line) {
        if let d = value as? Double {
            precondition(d.isFinite, "non-finite number at \(path): \(d)", file: file, line: line)
            return
        }
        for child in Mirror(reflecting: value).children {
            finite(child.value, path + "." + (child.label ?? "?"), file: file, line: line)
        }
    }
}
