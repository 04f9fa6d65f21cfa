import NCEnergy
import NCHardware
import NCModel
import NCReport

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
            flags: [("no-compare", "fixed point: skip the FP32 reference run that counts differing spikes and detections")]),
        run: run)

    static func run(_ args: ParsedArguments, _ console: Console) throws {
        let progress = ProgressLine(console)
        let reportOptions = try ReportOptions(args)
        let conf = try args.double("conf", in: 0...1) ?? 0.25
        let iou = try args.double("iou", in: 0...1) ?? 0.7
        let config = try HardwareOptions.config(args)
        let options = try ModelOptions(args, progress: progress)
        let recorder = try args.string("record").map { try TraceRecording(path: $0, model: options.model, image: options.image, inputName: options.inputName) }
        progress.update("folding the graph")
        let graph = try options.model.graph(height: options.image.height, width: options.image.width)
        let result = try ChipEngine(config: config, threads: options.threads).simulate(graph, image: options.image) {
            progress.update($0)
        }
        let nms = NonMaxSuppression(confidence: Float(conf), iou: Float(iou))
        let classes = graph.topology.classCount
        let heads = result.heads ?? []
        let (decoded, anchors) = DetectionDecoder.decode(heads, classCount: classes)
        let detections = nms(decoded, anchors: anchors, classCount: classes)
        var differences: Differences?
        var notes = ["schedule: a barrier per layer and timestep; \(result.timing.mappingMode.rawValue) mapping"]
        if case .fixed = config.arithmetic, !args.flag("no-compare") {
            progress.update("FP32 reference for comparison")
            let reference = try ReferenceEngine(graph: graph, options: ReferenceOptions(threads: options.threads, keepSpikes: true)).run(options.image)
            var differing = 0
            for (t, step) in result.spikes.enumerated() {
                for (p, s) in step.enumerated() { differing += zip(s, reference.spikes[t][p]).reduce(0) { $0 + ($1.0 != $1.1 ? 1 : 0) } }
            }
            let (rd, ra) = DetectionDecoder.decode(reference.heads, classCount: classes)
            let refDetections = nms(rd, anchors: ra, classCount: classes)
            differences = Differences(spikes: differing, detections: DetectionMatching.unmatched(detections, refDetections),
                                      saturations: result.saturatedMembranes)
            notes.append("fixed point \(config.arithmeticLabel): compared with the FP32 reference (differences)")
        }
        progress.finish()
        let report = ReportBuilder.chip(
            command: "simulate", info: .init(options.model, input: options.inputName), topology: graph.topology,
            result: result, config: config, detections: detections, classNames: options.model.classNames,
            differences: differences, macPicojoules: reportOptions.macPicojoules, acPicojoules: reportOptions.acPicojoules,
            annMACPicojoules: reportOptions.annMACPicojoules, notes: notes)
        try reportOptions.emit(report, console: console) {
            if let recorder { try recorder.write(topology: graph.topology, spikes: result.spikes) }
        }
    }
}
