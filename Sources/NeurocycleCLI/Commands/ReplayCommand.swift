import NCHardware
import NCModel
import NCReport
import NCSimulation
import NCTrace

/// `neurocycle replay TRACE --hw H`: the timing model driven by recorded spikes.
enum ReplayCommand {
    static let command = Command(
        spec: CommandSpec(
            name: "replay", summary: "Replay a recorded spike trace on a hardware config (no model or weights needed).",
            usage: "TRACE [--hw H] [--json out.json] [--csv out.csv] [--html out.html]",
            options: [HardwareOptions.option] + ReportOptions.options,
            flags: [("compare-packets", "also replay with the other spike-packet model: binary and graded side by side")],
            maxPositionals: 1),
        run: run)

    static func run(_ args: ParsedArguments, _ console: Console) throws {
        guard let path = args.positionals.first else { throw CLIError.usage("replay needs a trace file", command: "replay") }
        let reportOptions = try ReportOptions(args)
        let config = try HardwareOptions.config(args)
        try reportOptions.checkOutputs(args, inputs: [path, args.string("hw")])
        let progress = ProgressLine(console)
        let reader = try TraceReader(path: path)
        let (_, report) = try replay(reader, config: config, comparePackets: args.flag("compare-packets"),
                                     settings: try reportOptions.settings(args)) { progress.update($0) }
        progress.finish()
        if let warning = report.source?.warning { console.error("neurocycle: warning: " + warning) }
        try reportOptions.emit(report, console: console)
    }

    /// The trace `reader` replayed on `config`: the outcome and the report `replay` prints and
    /// writes. `sweep` measures every point through this, so a point equals its `replay`.
    /// With `comparePackets`, also replayed with the other spike-packet model (`--compare-packets`).
    static func replay(_ reader: TraceReader, config: HardwareConfig, comparePackets: Bool = false, settings: RunSettings,
                       progress: ((String) -> Void)? = nil) throws -> (Outcome, Report) {
        let path = reader.path
        let topology = reader.topology
        let outcome: Outcome
        do {
            outcome = try Simulation.replay(topology, spikesAt: { t in try reader.spikes(timestep: t, threads: settings.threads) }, config: config, comparePackets: comparePackets, settings: settings, notes: [
                "replayed from \(path) (model \(reader.identity.modelSHA256.prefix(12)), input \(reader.identity.inputSHA256.prefix(12)))",
            ], progress: progress)
        } catch let e as ModelError {
            throw ModelFileError(path: path, error: e)
        }
        let recorded = reader.source
        let info = ReportBuilder.ModelInfo(name: reader.identity.modelName, scale: recorded?.modelScale,
                                           parameters: recorded?.modelParameters, input: reader.identity.inputName)
        var report = ReportBuilder.report(command: "replay", info: info, outcome: outcome, classNames: [])
        let identity = reader.identity
        report.source = SourceSection(
            trace: path, model: identity.modelName, modelSHA256: identity.modelSHA256, input: identity.inputName,
            inputSHA256: identity.inputSHA256, recorded: recorded != nil, arithmetic: recorded?.arithmetic ?? "",
            hardware: recorded?.hardware, command: recorded?.command, chip: config)
        return (outcome, report)
    }
}
