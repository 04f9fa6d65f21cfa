import NCModel
import NCReport
import NCSimulation

/// What `run` and `simulate` do with one input once their own options are read: check the
/// outputs, load the model and the input, fold the graph, compute the outcome, then write the
/// report — and with `--record` the spikes — all or nothing.
enum SingleInputRun {
    /// Runs `command` on the input the arguments name. `inputs` are the command's own input files
    /// (beside the model's), which no output may overwrite; `arithmetic` and `hardware` describe
    /// recorded spikes. `compute` turns the folded graph into the outcome, keeping the spikes when
    /// `keepSpikes`, and may show its steps on `progress`.
    static func run(_ args: ParsedArguments, _ console: Console, command: String, reportOptions: ReportOptions,
                    inputs: [String?], arithmetic: Arithmetic, hardware: String?,
                    compute: (_ graph: SpikingGraph, _ frames: InputFrames, _ keepSpikes: Bool, _ progress: ProgressLine) throws -> Outcome)
    throws {
        let progress = ProgressLine(console)
        try reportOptions.checkOutputs(args, inputs: ModelOptions.inputFiles(args) + inputs)
        let options = try ModelOptions(args, progress: progress)
        let recorder = try args.string("record").map {
            try TraceRecording(path: $0, model: options.model, frames: options.frames, inputName: options.inputName,
                               command: command, arithmetic: arithmetic, hardware: hardware)
        }
        progress.update("folding the graph")
        let graph = try options.model.graph(for: options.frames)
        var outcome = try compute(graph, options.frames, recorder != nil, progress)
        progress.finish()
        if let geometry = options.geometry { outcome = outcome.mapped(to: geometry) }
        let report = ReportBuilder.report(command: command, info: .init(options.model, input: options.inputName), outcome: outcome,
                                          classNames: options.model.classNames)
        try reportOptions.emit(report, console: console) {
            if let recorder { try recorder.write(topology: graph.topology, spikes: outcome.spikes, threads: options.threads) }
        }
    }
}
