import NCFormats
import NCTrace

/// `neurocycle trace info TRACE`.
enum TraceInfoCommand {
    static let command = Command(
        spec: CommandSpec(name: "trace info", summary: "Describe a spike trace: model, input, how its spikes were computed, T, D, spikes per layer, size.",
                          usage: "TRACE [--json out.json]",
                          options: [("json", "write JSON to this file ('-' or nothing: standard output, instead of the text); "
                              + "a name not ending in .json needs --json=NAME")],
                          maxPositionals: 1, optionalValueRule: .jsonFileName),
        run: { args, console in
            guard let path = args.positionals.first else { throw CLIError.usage("trace info needs a trace file", command: "trace info") }
            try OutputCheck.check([("json", args.string("json"))], inputs: [path])
            let reader = try TraceReader(path: path)
            try reader.verify()
            let summary = TraceSummary(reader: reader)
            if let json = args.string("json") {
                try Output.write(try Output.json(summary), to: json, console: console)
            } else {
                console.print(summary.text)
            }
        })
}

/// `neurocycle trace export TRACE --csv out.csv [--population NAME]` or `--svg out.svg --population NAME`.
enum TraceExportCommand {
    static let command = Command(
        spec: CommandSpec(
            name: "trace export", summary: "Export a trace's events as CSV, or one population as an SVG raster plot.",
            usage: "TRACE (--csv out.csv | --svg out.svg) [--population NAME] [--timestep T]",
            options: [("csv", "write events timestep,virtual_step,population,channel,y,x ('-' for standard output)"),
                      ("svg", "write a raster plot of --population"),
                      ("population", "only this population (module path)"),
                      ("timestep", "only this timestep (raster plot)")],
            maxPositionals: 1),
        run: { args, console in
            guard let path = args.positionals.first else { throw CLIError.usage("trace export needs a trace file", command: "trace export") }
            try OutputCheck.check([("csv", args.string("csv")), ("svg", args.string("svg"))], inputs: [path])
            let reader = try TraceReader(path: path)
            let population = args.string("population")
            if let name = population, reader.topology.population(named: name) == nil {
                throw CLIError.invalid("\(path): no population named \(name)")
            }
            switch (args.string("csv"), args.string("svg")) {
            case let (csv?, nil):
                // Streamed: a large trace has hundreds of millions of events. Released uncommitted
                // when the export fails, the file is deleted.
                var file = try Output.open(csv, console: console)
                try TraceExport.csv(reader: reader, population: population, to: &file)
                try file.commit()
            case let (nil, svg?):
                guard let name = population else { throw CLIError.invalid("--svg needs --population") }
                let t = try args.int("timestep", in: 0...(max(reader.timesteps - 1, 0)))
                try Output.write(try TraceRaster.svg(reader: reader, population: name, timestep: t), to: svg, console: console)
            default:
                throw CLIError.usage("give exactly one of --csv and --svg", command: "trace export")
            }
        })
}
