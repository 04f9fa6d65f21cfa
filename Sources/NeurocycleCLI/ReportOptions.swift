import NCEnergy
import NCFormats
import NCModel
import NCReport
import NCSimulation

/// Output options shared by the reporting commands, and the energy constants a user may change.
struct ReportOptions {
    static let options: [(name: String, help: String)] = [
        ("json", "write the report as JSON to this file ('-' for standard output)"),
        ("csv", "write one row per layer as CSV to this file"),
        ("html", "write a self-contained HTML page with plots to this file"),
        ("e-mac", "pJ per MAC of the paper-style estimate (default 4.6)"),
        ("e-ac", "pJ per accumulate of the paper-style estimate (default 0.9)"),
        ("ann-mac", "pJ per MAC of the ANN baseline (default 4.6, FP32 at 45 nm)"),
    ]

    var json: String?
    var csv: String?
    var html: String?
    var macPicojoules: Double
    var acPicojoules: Double
    var annMACPicojoules: Double

    /// The run settings these options and the command's `--conf`, `--iou` and `--threads` give,
    /// over ultralytics' predict NMS, or with `validation` over the validator's (dataset runs).
    func settings(_ args: ParsedArguments, validation: Bool = false) throws -> RunSettings {
        let threads = try args.int("threads", in: 1...256) ?? Parallel.defaultThreads
        var s = validation ? RunSettings.validation(threads: threads) : RunSettings(threads: threads)
        s.confidence = try args.double("conf", in: 0...1) ?? s.confidence
        s.iou = try args.double("iou", in: 0...1) ?? s.iou
        s.paperMACPicojoules = macPicojoules
        s.paperACPicojoules = acPicojoules
        s.annMACPicojoules = annMACPicojoules
        return s
    }

    init(_ args: ParsedArguments) throws {
        json = args.string("json")
        csv = args.string("csv")
        html = args.string("html")
        macPicojoules = try args.double("e-mac", in: 0...1e6) ?? PaperEstimate.paperMACPicojoules
        acPicojoules = try args.double("e-ac", in: 0...1e6) ?? PaperEstimate.paperACPicojoules
        annMACPicojoules = try args.double("ann-mac", in: 0...1e6) ?? PaperEstimate.paperMACPicojoules
        let stdout = [json, csv, html].filter { $0 == "-" }.count
        if stdout > 1 { throw CLIError.invalid("only one of --json, --csv, --html can write to standard output") }
    }

    /// Checks, before any work, that the report files and `--record`'s trace can be written and
    /// overwrite none of `inputs` (`OutputCheck`).
    func checkOutputs(_ args: ParsedArguments, inputs: [String?]) throws {
        if args.string("record") == "-" {
            throw CLIError.invalid("--record needs a file name: a trace is binary and does not go to standard output")
        }
        try OutputCheck.check([("json", json), ("csv", csv), ("html", html), ("record", args.string("record"))], inputs: inputs)
    }

    /// Writes the requested files and prints the report, all or nothing: every file is first
    /// written under a temporary name, then `beforeCommit` runs (e.g. finishing a trace), then
    /// the files are renamed into place and the report printed. Any failure leaves no output.
    func emit(_ report: Report, console: Console, beforeCommit: (() throws -> Void)? = nil) throws {
        var texts = [(String, String)]()
        if let json { texts.append((json, try ReportText.json(report))) }
        if let csv { texts.append((csv, ReportText.csv(report))) }
        if let html { texts.append((html, ReportText.html(report))) }
        var standardOutput: String?
        var files = [AtomicFile]()
        do {
            for (path, text) in texts {
                if path == "-" {
                    standardOutput = text
                    continue
                }
                let file = try Output.open(path, console: console)
                files.append(file)
                file.write(text)
                try file.close()
            }
            try beforeCommit?()
            for file in files { try file.commit() }
        } catch {
            for file in files { file.discard() }
            throw error
        }
        console.print(standardOutput ?? ReportText.terminal(report))
    }
}
