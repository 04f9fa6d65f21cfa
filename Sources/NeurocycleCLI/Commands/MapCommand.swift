import NCHardware
import NCModel
import NCReport

/// `neurocycle map`: where each layer lives on the chip.
enum MapCommand {
    static let command = Command(
        spec: CommandSpec(
            name: "map", summary: "Show how the model maps onto a chip: cores, neuron and synaptic memory per layer.",
            usage: "[--model M | --scale S] [--imgsz N] --hw H [--json] [--svg placement.svg]",
            options: ModelOptions.options.filter { $0.name != "input" } + [HardwareOptions.option,
                ("svg", "also write the placement as an SVG picture: the mesh, each core coloured by the layers it holds")],
            flags: [("json", "print JSON instead of text")]),
        run: run)

    struct Row: Encodable {
        var buffer: String
        var writers: [String]
        var channels: Int, height: Int, width: Int
        var tiles: Int
        var cores: Int
        var passes: Int
        var channelsPerTile: Int, rowsPerTile: Int
        var neuronUtilisation: Double
        var synapticUtilisation: Double
        enum CodingKeys: String, CodingKey {
            case buffer, writers, channels, height, width, tiles, cores, passes
            case channelsPerTile = "channels_per_tile", rowsPerTile = "rows_per_tile"
            case neuronUtilisation = "neuron_utilisation", synapticUtilisation = "synaptic_utilisation"
        }
    }

    struct Summary: Encodable {
        var hardware: String
        var mode: String
        var strategy: String
        var weights: String
        var coresAvailable: Int
        var coresUsed: Int
        var segments: Int
        var tiles: Int
        var layers: [Row]
        enum CodingKeys: String, CodingKey {
            case hardware, mode, strategy, weights, coresAvailable = "cores_available", coresUsed = "cores_used", segments, tiles, layers
        }
    }

    static func run(_ args: ParsedArguments, _ console: Console) throws {
        let config = try HardwareOptions.config(args)
        let options = try ModelOptions(args, progress: ProgressLine(console))
        let (topology, _) = try GraphBuilder.chains(blueprint: options.model.blueprint, weights: options.model.weights,
                                                    inputHeight: options.image.height, inputWidth: options.image.width)
        let mapping = try Mapping.plan(topology, on: config)
        var writers = [[String]](repeating: [], count: topology.buffers.count)
        for conv in topology.convs { for s in conv.output where !writers[s.buffer].contains(conv.name) { writers[s.buffer].append(conv.name) } }
        let rows = mapping.buffers.map { t -> Row in
            let b = topology.buffers[t.buffer]
            let maxNeurons = t.tiles.map { $0.neurons(width: b.width) }.max() ?? 0
            return Row(buffer: b.name, writers: writers[t.buffer], channels: b.channels, height: b.height, width: b.width,
                       tiles: t.tiles.count, cores: Set(t.tiles.map(\.core)).count, passes: t.passes,
                       channelsPerTile: t.channelsPerTile, rowsPerTile: t.rowsPerTile,
                       neuronUtilisation: Double(maxNeurons) / Double(config.core.neuronMemoryNeurons),
                       synapticUtilisation: Double(t.weightBytesPerTile) / Double(config.core.synapticMemoryBytes))
        }
        let summary = Summary(hardware: config.name, mode: mapping.mode.rawValue, strategy: mapping.strategy.rawValue,
                              weights: mapping.weightStorage.rawValue, coresAvailable: config.coreCount,
                              coresUsed: mapping.occupiedCores.filter { $0 }.count, segments: max(1, mapping.segments.count),
                              tiles: rows.reduce(0) { $0 + $1.tiles }, layers: rows)
        if let path = args.string("svg") {
            guard let svg = PlacementPicture.svg(mapping, topology: topology, config: config) else {
                throw CLIError.invalid("the \(config.chip.meshWidthCores)x\(config.chip.meshHeightCores) mesh is too large to draw")
            }
            try Output.write(svg, to: path, console: console)
        }
        if args.flag("json") {
            console.print(try Output.json(summary))
            return
        }
        var table = [["buffer (written by)", "shape", "tiles", "cores", "passes", "neurons/core", "synaptic/core"]]
        for r in rows {
            let writer = r.writers.first.map { $0 == r.buffer ? "" : " (\($0)\(r.writers.count > 1 ? " +\(r.writers.count - 1)" : ""))" } ?? ""
            table.append([r.buffer + writer, "\(r.channels)x\(r.height)x\(r.width)", String(r.tiles), String(r.cores), String(r.passes),
                          String(format: "%.1f%%", r.neuronUtilisation * 100), String(format: "%.1f%%", r.synapticUtilisation * 100)])
        }
        console.print("""
            \(options.model.displayName) at \(options.image.height)x\(options.image.width) on \(config.name): \
            \(summary.strategy) \(summary.mode) mapping, \(summary.tiles) tiles on \(summary.coresUsed) of \(config.coreCount) cores \
            (\(config.core.neuronMemoryNeurons) neurons, \(Bytes.describe(config.core.synapticMemoryBytes)) synaptic memory each), \
            \(summary.weights) weights\(summary.segments > 1 ? ", \(summary.segments) segments" : "")
            """)
        console.print(Output.table(table))
    }
}
