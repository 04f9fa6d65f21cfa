import Foundation
import NCFormats
import NCModel
import NCReport
import NCSimulation

/// `run | simulate | estimate --data DIR_OR_LIST`: every image of a dataset through the
/// reference or the chip, threads across images, firing rates in both conventions, energy,
/// accuracy when there are labels; `--shard i/n` and `--part` for cluster job arrays.
enum DatasetCommand {
    /// The options a dataset run adds to `run`, `simulate` and `estimate`.
    static let options: [(name: String, help: String)] = [
        ("data", "run a dataset instead of one input: a folder of JPEG/PNG images, a YOLO dataset folder (images/ and labels/) or a .txt list of images"),
        ("per-image", "with --data: write one CSV row per image (sizes, spikes, SOPs, energies) to this file"),
        ("save-predictions", "with --data: write the detections in COCO results format (original pixels) to this file"),
        ("save-rates", "with --data: write the test.py firing rates as JSON, which estimate --firing-rates reads"),
        ("shard", "with --data: run only slice i of n of the sorted image list (1-based, e.g. 2/3)"),
        ("part", "with --data: write the run's sums to this .ncpart file, for neurocycle merge"),
        ("category-ids", "with --save-predictions: index (default, the class index) or coco91 (COCO's category ids)"),
    ]

    /// Options that only make sense with `--data`.
    static let datasetOnly = ["per-image", "save-predictions", "save-rates", "shard", "part", "category-ids"]

    /// Throws when a dataset-only option is given without `--data`.
    static func refuseDatasetOptions(_ args: ParsedArguments) throws {
        if let name = datasetOnly.first(where: { args.string($0) != nil }) {
            throw CLIError.invalid("--\(name) applies to dataset runs: give --data DIR_OR_LIST")
        }
    }

    static func run(_ args: ParsedArguments, _ console: Console, command: String) throws {
        for name in ["input", "record", "firing-rates"] where args.string(name) != nil {
            throw CLIError.invalid("--\(name) does not apply to a dataset run (--data)")
        }
        if args.flag("compare-fp64") { throw CLIError.invalid("--compare-fp64 does not apply to a dataset run (--data)") }
        guard let source = args.string("data") else { return }
        let outputs = try DatasetOutputs(args)
        let shard = try args.string("shard").map { try Shard(parsing: $0) } ?? .whole
        let mode = try ImageInput.mode(args)
        let reportOptions = try ReportOptions(args)
        let run = try reportOptions.settings(args, validation: true)
        let precision = try args.string("precision").map { raw -> Precision in
            guard let p = Precision(rawValue: raw) else { throw CLIError.invalid("--precision must be fp32 or fp64, got '\(raw)'") }
            return p
        } ?? .fp32
        let engine: DatasetSettings.Engine = command == "simulate"
            ? .chip(try HardwareOptions.config(args), compare: !args.flag("no-compare")) : .reference(precision)
        let dataset = try Dataset.open(source)
        let progress = ProgressLine(console)
        let options = try ModelOptions(args, progress: progress)
        let letterbox = try Letterbox(mode: mode, size: try args.int("imgsz", in: 32...8192) ?? 640)
        let settings = DatasetSettings(
            command: command, engine: engine, letterbox: letterbox, run: run,
            model: .init(name: options.model.displayName, sha256: try ModelDigest.sha256(options.model)),
            keepDetections: outputs.predictions != nil)
        let files = try outputs.open(console)
        let bar = DatasetProgress(console)
        let part = try Simulation.dataset(GraphFamily(model: options.model), dataset: dataset, shard: shard, settings: settings,
                                          progress: { bar.update(done: $0, total: $1) })
        progress.finish()
        bar.finish()
        try outputs.emit(part, files: files, console: console)
    }
}
