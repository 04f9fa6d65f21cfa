import Foundation
import NCFormats
import NCHardware
import NCModel
import NCReport
import NCSimulation
import NCTrace
import Synchronization

/// `neurocycle sweep TRACE... --hw H --vary key.path=v1,v2`: every trace replayed exactly on
/// every config the edits make, with threads across points, a checkpointed part per shard for
/// job arrays, and the Pareto front of energy against latency.
enum SweepCommand {
    static let command = Command(
        spec: CommandSpec(
            name: "sweep",
            summary: "Replay traces on every combination of hardware config edits (--vary key.path=v1,v2); Pareto front of energy against latency.",
            usage: "TRACE... [--hw base.json|preset ...] --vary key.path=v1,v2,... [--vary ...] [--zip] [--jobs N] "
                + "[--json F] [--csv F] [--html F] [--shard i/n] [--part p.ncpart [--resume]]",
            options: [
                ("hw", "a base hardware config: a .json file or a built-in preset (default: default); repeat for several"),
                ("vary", "key.path=v1,v2,...: set this config key (its dotted path in the JSON) to each value; repeat for several keys"),
                ("jobs", "points replayed side by side, one thread each (default: the machine's processors)"),
                ("json", "write every point (values, cycles, latency_s, energy_mJ, mapped, breakdown) as JSON ('-': standard output)"),
                ("csv", "write one row per point as CSV to this file"),
                ("html", "write a page with energy against latency, its Pareto front and a sensitivity plot per key"),
                ("shard", "measure only slice i of n of the points (1-based, e.g. 2/3), for neurocycle merge"),
                ("part", "keep the measured points in this file (rewritten as points finish; neurocycle merge joins shards)"),
            ] + ReportOptions.options.filter { ["e-mac", "e-ac", "ann-mac"].contains($0.name) },
            flags: [
                ("zip", "pair the i-th values of every --vary instead of taking every combination"),
                ("resume", "with --part: skip the points the part file already holds"),
            ],
            maxPositionals: 10_000),
        run: run)

    static func run(_ args: ParsedArguments, _ console: Console) throws {
        guard !args.positionals.isEmpty else { throw CLIError.usage("sweep needs at least one trace file", command: "sweep") }
        let reportOptions = try ReportOptions(args)
        let outputs = try SweepOutputs(args, includePart: false)
        let axes = try usage { try args.strings("vary").map(SweepAxis.init(parsing:)) }
        let shard = try usage { try args.string("shard").map(Shard.init(parsing:)) } ?? .whole
        let jobs = try args.int("jobs", in: 1...256) ?? Parallel.defaultThreads
        let partPath = args.string("part")
        if args.flag("resume") && partPath == nil { throw CLIError.invalid("--resume needs --part: the part file holds the points done") }
        if shard != .whole && partPath == nil && outputs.json == nil && outputs.csv == nil {
            throw CLIError.invalid("--shard measures a slice for neurocycle merge: give --part (or --json/--csv) to keep it")
        }
        let hwNames = args.strings("hw").isEmpty ? ["default"] : args.strings("hw")
        let bases = try hwNames.map(SweepPlan.Base.init(fileOrPreset:))
        try OutputCheck.check([("json", outputs.json), ("csv", outputs.csv), ("html", outputs.html), ("part", partPath)],
                              inputs: args.positionals + hwNames)
        var pointSettings = try reportOptions.settings(args)
        pointSettings.threads = 1  // parallel across points; one replay is one thread
        let settings = pointSettings
        let readers = try args.positionals.map { try TraceReader(path: $0) }
        let plan = try usage {
            try SweepPlan(traces: readers.map { SweepPlan.Trace(name: $0.path, identity: identity($0)) }, bases: bases, axes: axes,
                          zip: args.flag("zip"))
        }
        let digest = plan.digest(extra: "e-mac \(settings.paperMACPicojoules) e-ac \(settings.paperACPicojoules) "
            + "ann-mac \(settings.annMACPicojoules)")
        var part = SweepPart(plan: plan, digest: digest, shard: shard)
        if args.flag("resume"), let partPath, FileManager.default.fileExists(atPath: partPath) {
            let earlier = try SweepPart.read(path: partPath)
            guard earlier.sweep == digest, earlier.shard == shard, earlier.totalPoints == part.totalPoints else {
                throw CLIError.input("\(partPath): --resume: the part belongs to another sweep or shard "
                    + "(other traces, configs, --vary values, --shard or energy constants); remove it or give another --part")
            }
            part = earlier
        }
        let done = Set(part.points.map(\.index))
        let todo = part.range.filter { !done.contains($0) }
        let files = try outputs.open(console)
        let checkpoint = Checkpoint(part: part, path: partPath)
        let bar = DatasetProgress(console, unit: "points")
        do {
            try Simulation.sweep(plan, points: todo, jobs: jobs, replay: { point in
                let (outcome, report) = try ReplayCommand.replay(readers[point.trace], config: point.config, settings: settings)
                return (outcome, ReportBuilder.sweepBreakdown(report))
            }, finished: { measurement, count in
                try checkpoint.record(measurement)
                bar.update(done: count, total: todo.count)
            })
            try checkpoint.write()
        } catch {
            bar.finish()
            for file in files.values { file.discard() }
            throw error
        }
        bar.finish()
        try outputs.emit(checkpoint.part, files: files, console: console)
    }

    /// What identifies a trace's spikes wherever the file lies: its model and input digests,
    /// its size and a digest of its chunk index (every chunk's place, size and spike counts).
    static func identity(_ reader: TraceReader) -> String {
        var index = ""
        for c in reader.chunks { index += "\(c.timestep),\(c.population),\(c.byteCount),\(c.nonZero),\(c.spikes);" }
        return "model \(reader.identity.modelSHA256) input \(reader.identity.inputSHA256) bytes \(reader.fileSize) index "
            + SHA256.hex(SHA256.hash(Array(index.utf8)))
    }

    /// `body`, with a sweep's or a shard's usage problems as usage errors (exit status 64).
    static func usage<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SweepError where error.isUsage {
            throw CLIError.badValue(error.description)
        } catch let error as DatasetError {
            throw CLIError.badValue(error.description)
        }
    }

    /// The part being measured, rewritten (atomically) at most every two seconds and at the end,
    /// so an interrupted sweep leaves the points it finished for `--resume`.
    final class Checkpoint: Sendable {
        private let state: Mutex<(part: SweepPart, written: Date)>
        private let path: String?

        init(part: SweepPart, path: String?) {
            state = Mutex((part, Date()))
            self.path = path
        }

        var part: SweepPart { state.withLock { $0.part } }

        func record(_ m: SweepMeasurement) throws {
            let due = state.withLock { s -> SweepPart? in
                s.part.record(m)
                guard path != nil, Date().timeIntervalSince(s.written) >= 2 else { return nil }
                s.written = Date()
                return s.part
            }
            if let due, let path { try AtomicFile.write(try due.encoded(), to: path) }
        }

        func write() throws {
            guard let path else { return }
            try AtomicFile.write(try part.encoded(), to: path)
        }
    }
}
