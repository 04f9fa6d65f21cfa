import Foundation
import NCFormats
import NCModel
import NCReport
import NCSimulation

/// `neurocycle run`: the integer reference run: spikes, SOPs, detections and the paper-style
/// energy, exactly as the authors' PyTorch model computes them.
enum RunCommand {
    static let command = Command(
        spec: CommandSpec(
            name: "run",
            summary: "Run the integer reference (the authors' model, exactly) and report spikes, SOPs, detections, energy.",
            usage: "[--model M | --scale S] [--input X.jpg|X.png|X.npy | --events E.dat --at TS_US | --frames F.npy] [--imgsz N] [--letterbox rect|square|val] [--precision P] [--json out.json] [--csv out.csv] [--html out.html]\n"
                + "       [--model M | --scale S] --data DIR_OR_LIST [--imgsz N] [--letterbox M] [--shard i/n] [--part out.ncpart] "
                + "[--per-image out.csv] [--save-predictions preds.json] [--save-rates fr.json] [--json out.json]",
            options: ModelOptions.options + EventInput.options + ReportOptions.options + DatasetCommand.options + [
                PrecisionOption.option,
                ("conf", "NMS confidence threshold (default 0.25; with --data 0.001 and every class above it per box, as the validator)"),
                ("iou", "NMS IoU threshold (default 0.7)"),
                ("record", "also write the spikes to this .nctrace file for replay"),
            ],
            flags: [("compare-fp64", "also run in FP64 and report how spikes, SOPs and energy differ (the numeric uncertainty)")]),
        run: run)

    static func run(_ args: ParsedArguments, _ console: Console) throws {
        if args.string("data") != nil { return try DatasetCommand.run(args, console, command: "run") }
        try DatasetCommand.refuseDatasetOptions(args)
        let reportOptions = try ReportOptions(args)
        let precision = try PrecisionOption.value(args) ?? .fp32
        let settings = try reportOptions.settings(args)
        try SingleInputRun.run(args, console, command: "run", reportOptions: reportOptions, inputs: [],
                               arithmetic: precision.arithmetic, hardware: nil) { graph, frames, keepSpikes, progress in
            progress.update("running the integer reference")
            return try Simulation.reference(graph, frames: frames, precision: precision, keepSpikes: keepSpikes,
                                            compareFP64: args.flag("compare-fp64"), settings: settings)
        }
    }
}

/// `--precision fp32|fp64`: the arithmetic of `run`'s reference, and on `simulate` the chip's
/// arithmetic in place of its config's `core.arithmetic`.
enum PrecisionOption {
    static let option = ("precision", "fp32 (as PyTorch) or fp64 accumulation (run: default fp32; simulate: replaces the config's arithmetic)")

    /// The precision given, or nil.
    static func value(_ args: ParsedArguments) throws -> Precision? {
        try args.string("precision").map { raw in
            guard let p = Precision(rawValue: raw) else { throw CLIError.invalid("--precision must be fp32 or fp64, got '\(raw)'") }
            return p
        }
    }
}
