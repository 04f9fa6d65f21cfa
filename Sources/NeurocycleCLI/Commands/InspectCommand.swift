import NCFormats
import NCModel
import NCReport

/// `neurocycle inspect <file>`: what a checkpoint holds.
enum InspectCommand {
    static let command = Command(
        spec: CommandSpec(
            name: "inspect", summary: "Show what a checkpoint (.pt, state_dict, .safetensors) holds.",
            usage: "<file> [--tensors] [--json] [--imgsz N]",
            options: [("imgsz", "also report the folded graph's MACs at an N x N input")],
            flags: [("tensors", "list every tensor"), ("json", "print JSON instead of text")],
            maxPositionals: 1),
        run: run)

    static func run(_ args: ParsedArguments, _ console: Console) throws {
        guard let path = args.positionals.first else { throw CLIError.usage("inspect needs a file", command: "inspect") }
        let imgsz = try args.int("imgsz", in: 32...8192)

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

        console.print(args.flag("json") ? try report.jsonText() : report.text)
    }
}
