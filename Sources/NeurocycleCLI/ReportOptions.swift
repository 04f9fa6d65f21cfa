import NCEnergy
import NCReport

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

    /// Prints the report (unless a format goes to standard output) and writes the requested files.
    func emit(_ report: Report, console: Console) throws {
        // Render everything first, so a failure leaves no partial set of files behind.
        var files = [(String, String)]()
        if let json { files.append((json, try ReportText.json(report))) }
        if let csv { files.append((csv, ReportText.csv(report))) }
        if let html { files.append((html, ReportText.html(report))) }
        if !files.contains(where: { $0.0 == "-" }) { console.print(ReportText.terminal(report)) }
        for (path, text) in files { try Output.write(text, to: path, console: console) }
    }
}
