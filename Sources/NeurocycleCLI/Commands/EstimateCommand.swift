import Foundation
import NCEnergy
import NCModel
import NCReport
import NCSimulation

/// `neurocycle estimate`: the paper's energy from published firing rates, without running.
enum EstimateCommand {
    static let command = Command(
        spec: CommandSpec(
            name: "estimate", summary: "The paper-style energy from published per-neuron firing rates, without running the network.",
            usage: "[--model M | --scale S] --imgsz N --firing-rates fr.json [--json out.json]\n"
                + "       [--model M | --scale S] --data DIR_OR_LIST [--imgsz N] [--letterbox rect|square|val] [--save-rates fr.json] [--json out.json]",
            options: ModelOptions.options.filter { $0.name != "input" } + ReportOptions.options + [
                ("firing-rates", "the rates dictionary as the authors' test.py prints it (or JSON)"),
                ("precision", "with --data: fp32 (default) or fp64 spikes"),
            ] + DatasetCommand.options.filter { $0.name != "save-predictions" && $0.name != "category-ids" }),
        run: run)

    static func run(_ args: ParsedArguments, _ console: Console) throws {
        if args.string("data") != nil { return try DatasetCommand.run(args, console, command: "estimate") }
        try DatasetCommand.refuseDatasetOptions(args)
        guard let path = args.string("firing-rates") else { throw CLIError.usage("--firing-rates is required", command: "estimate") }
        let reportOptions = try ReportOptions(args)
        try reportOptions.checkOutputs(args, inputs: [path, args.string("model")])
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw CLIError.invalid("\(path): cannot read the file")
        }
        let rates: FiringRates
        do { rates = try FiringRates(parsing: text) } catch let p as FiringRates.Problem { throw CLIError.invalid("\(path): \(p)") }
        let options = try ModelOptions(args, progress: ProgressLine(console))
        let (topology, _) = try GraphBuilder.chains(blueprint: options.model.blueprint, weights: options.model.weights,
                                                    inputHeight: options.image.height, inputWidth: options.image.width,
                                                    timesteps: options.model.inputTimesteps)
        let outcome: Outcome
        do {
            outcome = try Simulation.estimate(topology, rates: rates, settings: try reportOptions.settings(args))
        } catch let p as FiringRates.Problem {
            throw CLIError.invalid("\(path): \(p)")
        }
        let info = ReportBuilder.ModelInfo(options.model, input: "none (published firing rates)")
        try reportOptions.emit(ReportBuilder.report(command: "estimate", info: info, outcome: outcome, classNames: []), console: console)
    }
}
