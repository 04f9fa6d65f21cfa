import NCFormats
import NCModel
import NCReport
import NCSimulation

/// `neurocycle layer WORKLOAD.npz`: one convolution driven by given spikes, counted as SANA-FE
/// counts and replayed on the chip.
enum LayerCommand {
    static let command = Command(
        spec: CommandSpec(
            name: "layer", summary: "Run one convolution layer workload (.npz) with integrate-and-fire neurons; SANA-FE-comparable counts, energy and latency.",
            usage: "WORKLOAD.npz [--hw H] [--json out.json] [--spikes-out out.npy]",
            options: [HardwareOptions.option,
                      ("json", "write JSON to this file ('-' or nothing: standard output, instead of the text)"),
                      ("spikes-out", "write the output spikes as uint8 .npy [T, C_out, H_out, W_out]")],
            maxPositionals: 1, optionalValueRule: .jsonFileName),
        run: run)

    static func run(_ args: ParsedArguments, _ console: Console) throws {
        guard let path = args.positionals.first else { throw CLIError.usage("layer needs a workload .npz", command: "layer") }
        let config = try HardwareOptions.config(args)
        try OutputCheck.check([("json", args.string("json")), ("spikes-out", args.string("spikes-out"))],
                              inputs: [path, args.string("hw")])
        let workload = try LayerWorkload.load(path: path)
        let outcome = try LayerOutcome.simulate(workload, config: config)
        let report = LayerReport(outcome)
        if let out = args.string("spikes-out") {
            let spikes = try Tensor(dtype: .uint8, shape: [workload.timesteps, workload.outChannels, workload.outHeight, workload.outWidth],
                                    bytes: outcome.run.outputSpikes)
            try Npy.write(spikes, to: out)
        }
        if let json = args.string("json") {
            try Output.write(try report.jsonText(), to: json, console: console)
        } else {
            console.print(report.text)
        }
    }
}
