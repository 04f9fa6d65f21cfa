import NCHardware
import NCModel
import NCReport

/// `neurocycle map`: where each layer lives on the chip.
enum MapCommand {
    static let command = Command(
        spec: CommandSpec(
            name: "map", summary: "Show how the model maps onto a chip: cores, neuron and synaptic memory per layer.",
            usage: "[--model M | --scale S] [--imgsz N | --input X.jpg --imgsz N] [--hw H] [--json out.json] [--svg placement.svg]",
            options: ModelOptions.options + [HardwareOptions.option,
                ("json", "write JSON to this file ('-' or nothing: standard output, instead of the text)"),
                ("svg", "also write the placement as an SVG picture: the mesh, each core coloured by the layers it holds")]),
        run: run)

    static func run(_ args: ParsedArguments, _ console: Console) throws {
        let config = try HardwareOptions.config(args)
        try OutputCheck.check([("json", args.string("json")), ("svg", args.string("svg"))], inputs: [args.string("model"), args.string("hw"), args.string("input")])
        let options = try ModelOptions(args, progress: ProgressLine(console))

        let (topology, _) = try GraphBuilder.chains(blueprint: options.model.blueprint, weights: options.model.weights,
                                                    inputHeight: options.image.height, inputWidth: options.image.width,
                                                    timesteps: options.model.inputTimesteps)
        let mapping = try Mapping.plan(topology, on: config)
        let summary = MappingSummary(mapping, topology: topology, neuronsPerCore: config.core.neuronMemoryNeurons,
                                     synapticBytesPerCore: config.core.synapticMemoryBytes)
        let report = MapReport(summary, hardware: config.name, model: options.model.displayName,
                               inputHeight: options.image.height, inputWidth: options.image.width)

        if let path = args.string("svg") {
            guard let svg = PlacementPicture.svg(mapping, topology: topology, config: config) else {
                throw CLIError.invalid("--svg: the \(config.chip.meshWidthCores)x\(config.chip.meshHeightCores) mesh is too large to draw")
            }
            try Output.write(svg, to: path, console: console)
        }
        if let json = args.string("json") {
            try Output.write(try report.jsonText(), to: json, console: console)
        } else {
            console.print(report.text)
        }
    }
}
