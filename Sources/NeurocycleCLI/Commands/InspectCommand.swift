import NCFormats
import NCModel
import NCReport

/// `neurocycle inspect <file>`: what a checkpoint holds.
enum InspectCommand {
    static let command = Command(
        spec: CommandSpec(
            name: "inspect", summary: "Show what a checkpoint (.pt, state_dict, .safetensors) holds.",
            usage: "<file> [--tensors] [--json out.json] [--imgsz N]",
            options: [("imgsz", "also report the folded graph's MACs at an N x N input"),
                      ("json", "write JSON to this file ('-' or nothing: standard output, instead of the text); "
                          + "a name not ending in .json needs --json=NAME")],
            flags: [("tensors", "list every tensor")],
            maxPositionals: 1, optionalValueRule: .jsonFileName),
        run: run)

    static func run(_ args: ParsedArguments, _ console: Console) throws {
        guard let path = args.positionals.first else { throw CLIError.usage("inspect needs a file", command: "inspect") }
        let imgsz = try args.int("imgsz", in: 32...8192)
        try OutputCheck.check([("json", args.string("json"))], inputs: [path])

        let checkpoint = try UltralyticsCheckpoint.load(path: path)
        // The architecture, when the file describes one; if not, say why instead of guessing.
        var model: SpikeYOLOModel?
        var architectureProblem: String?
        do { model = try SpikeYOLOModel.load(path: path) } catch { architectureProblem = "\(error)" }
        var report = InspectReport(file: path, checkpoint: checkpoint, model: model,
                                   architectureProblem: architectureProblem, listingTensors: args.flag("tensors"))
        if let imgsz {
            guard let model else {
                throw CLIError.invalid("\(path): --imgsz needs a SpikeYOLO model: \(architectureProblem ?? "unknown architecture")")
            }
            let (topology, _) = try GraphBuilder.chains(blueprint: model.blueprint, weights: model.weights,
                                                        inputHeight: imgsz, inputWidth: imgsz)
            report.imgsz = imgsz
            report.macs = topology.macs
        }

        if let json = args.string("json") {
            try Output.write(try report.jsonText(), to: json, console: console)
        } else {
            console.print(report.text)
        }
    }
}
