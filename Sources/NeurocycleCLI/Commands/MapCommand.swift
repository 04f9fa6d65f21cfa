import NCHardware
import NCModel
import NCReport

/// `neurocycle map`: where each layer lives on the chip.
enum MapCommand {
    static let command = Command(
        spec: CommandSpec(
            name: "map", summary: "Show how the model maps onto a chip: cores, neuron and synaptic memory per layer.",
            usage: "[--model M | --scale S] [--imgsz N | --input X.jpg --imgsz N] --hw H [--json]",
            options: ModelOptions.options + [HardwareOptions.option],
            flags: [("json", "print JSON instead of text")]),
        run: run)

    static func run(_ args: ParsedArguments, _ console: Console) throws {
        let config = try HardwareOptions.config(args)
        let options = try ModelOptions(args, progress: ProgressLine(console))

        let (topology, _) = try GraphBuilder.chains(blueprint: options.model.blueprint, weights: options.model.weights,
                                                    inputHeight: options.image.height, inputWidth: options.image.width)
        let mapping = try Mapping.plan(topology, on: config)
        let summary = MappingSummary(mapping, topology: topology, neuronsPerCore: config.core.neuronMemoryNeurons,
                                     synapticBytesPerCore: config.core.synapticMemoryBytes)
        let report = MapReport(summary, hardware: config.name, model: options.model.displayName,
                               inputHeight: options.image.height, inputWidth: options.image.width)

        console.print(args.flag("json") ? try report.jsonText() : report.text)
    }
}
