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
        let progress = ProgressLine(console)
        let reader = try TraceReader(path: path)
        let topology = reader.topology
        let outcome: Outcome
        do {
            outcome = try Simulation.replay(topology, spikesAt: { t in
                try topology.populations.indices.map { try reader.spikes(timestep: t, population: $0) }
            }, config: config, comparePackets: args.flag("compare-packets"), settings: try reportOptions.settings(args), notes: [
                "replayed from \(path) (model \(reader.identity.modelSHA256.prefix(12)), input \(reader.identity.inputSHA256.prefix(12)))",
            ]) { progress.update($0) }
        } catch let e as ModelError {
            throw ModelFileError(path: path, error: e)
        }
        progress.finish()
        let info = ReportBuilder.ModelInfo(name: reader.identity.modelName, scale: "", parameters: 0, input: reader.identity.inputName)
        try reportOptions.emit(ReportBuilder.report(command: "replay", info: info, outcome: outcome, classNames: []), console: console)
    }
}
