import NCHardware
import NCModel
import NCReport
import NCSimulation

/// `neurocycle simulate`: the network on the chip, event by event and cycle by cycle.
enum SimulateCommand {
    static let command = Command(
        spec: CommandSpec(
            name: "simulate",
            summary: "Simulate the network on a spike-driven chip: cycles, latency, per-core activity, energy.",
            usage: "[--model M | --scale S] [--input X.jpg|X.png|X.npy | --events E.dat --at TS_US | --frames F.npy] [--imgsz N] [--letterbox rect|square|val] [--hw H] [--precision P] [--json out.json] [--csv out.csv] [--html out.html]\n"
                + "       [--model M | --scale S] --data DIR_OR_LIST [--imgsz N] [--letterbox M] [--shard i/n] [--part out.ncpart] "
                + "[--per-image out.csv] [--save-predictions preds.json] [--save-rates fr.json] [--json out.json]",
            options: ModelOptions.options + EventInput.options + [HardwareOptions.option, PrecisionOption.option] + ReportOptions.options + DatasetCommand.options + [
                ("record", "also write the spikes to this .nctrace file for replay"),
                ("conf", "NMS confidence threshold (default 0.25; with --data 0.001 and every class above it per box, as the validator)"),
                ("iou", "NMS IoU threshold (default 0.7)"),
            ],
            flags: [("no-compare", "fixed point: skip the FP32 reference run that counts differing spikes and detections"),
                    ("compare-fp64", "also run in FP64 (and replay its spikes on the chip) to report how spikes, SOPs, energy and cycles differ"),
                    ("compare-packets", "also replay the spikes with the other spike-packet model: binary and graded side by side")]),
        run: run)

    static func run(_ args: ParsedArguments, _ console: Console) throws {
        if args.string("data") != nil { return try DatasetCommand.run(args, console, command: "simulate") }
        try DatasetCommand.refuseDatasetOptions(args)
        let reportOptions = try ReportOptions(args)
        let settings = try reportOptions.settings(args)
        let config = try HardwareOptions.config(args, precision: try PrecisionOption.value(args))
        try SingleInputRun.run(args, console, command: "simulate", reportOptions: reportOptions, inputs: [args.string("hw")],
                               arithmetic: config.arithmetic, hardware: config.name) { graph, frames, _, progress in
            var outcome = try Simulation.chip(graph, frames: frames, config: config, compare: !args.flag("no-compare"),
                                              compareFP64: args.flag("compare-fp64"), comparePackets: args.flag("compare-packets"),
                                              settings: settings) { progress.update($0) }
            if args.string("precision") != nil {
                outcome.notes.append("--precision \(config.arithmeticLabel) replaces the arithmetic of the hardware config \(config.name)")
            }
            return outcome
        }
    }
}
