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
            usage: "[--model M | --scale S] [--input X.npy] [--hw H] [--json out.json] [--csv out.csv] [--html out.html]",
            options: ModelOptions.options + [HardwareOptions.option] + ReportOptions.options + [
                ("record", "also write the spikes to this .nctrace file for replay"),
                ("conf", "NMS confidence threshold (default 0.25)"),
                ("iou", "NMS IoU threshold (default 0.7)"),
            ],
            flags: [("no-compare", "fixed point: skip the FP32 reference run that counts differing spikes and detections"),
                    ("compare-fp64", "also run in FP64 (and replay its spikes on the chip) to report how spikes, SOPs, energy and cycles differ"),
                    ("compare-packets", "also replay the spikes with the other spike-packet model: binary and graded side by side")]),
        run: run)

    static func run(_ args: ParsedArguments, _ console: Console) throws {
        let progress = ProgressLine(console)
        let reportOptions = try ReportOptions(args)
        let settings = try reportOptions.settings(args)
        let config = try HardwareOptions.config(args)
        let options = try ModelOptions(args, progress: progress)
        let recorder = try args.string("record").map { try TraceRecording(path: $0, model: options.model, image: options.image, inputName: options.inputName) }
        progress.update("folding the graph")
        let graph = try options.model.graph(height: options.image.height, width: options.image.width)
        let outcome = try Simulation.chip(graph, image: options.image, config: config, compare: !args.flag("no-compare"),
                                          compareFP64: args.flag("compare-fp64"), comparePackets: args.flag("compare-packets"),
                                          settings: settings) { progress.update($0) }
        progress.finish()
        let report = ReportBuilder.report(command: "simulate", info: .init(options.model, input: options.inputName), outcome: outcome,
                                          classNames: options.model.classNames)
        try reportOptions.emit(report, console: console) {
            if let recorder { try recorder.write(topology: graph.topology, spikes: outcome.spikes) }
        }
    }
}
