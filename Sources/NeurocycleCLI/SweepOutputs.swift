import NCFormats
import NCReport
import NCSimulation

/// The report files of a sweep or of `merge` of sweep parts — `--json` (points and their
/// breakdowns), `--csv` (one row per point), `--html` (plots) — all or nothing: opened before
/// the work starts, written under temporary names, renamed into place only when all are
/// complete. (`sweep --part` is its checkpoint and is written apart; `merge --part` is here.)
struct SweepOutputs {
    var json: String?, csv: String?, html: String?, part: String?

    /// The outputs `args` names; `includePart` when `--part` is an output written at the end.
    init(_ args: ParsedArguments, includePart: Bool) throws {
        json = args.string("json")
        csv = args.string("csv")
        html = args.string("html")
        part = includePart ? args.string("part") : nil
        let paths = [json, csv, html].compactMap { $0 }
        if paths.filter({ $0 == "-" }).count > 1 { throw CLIError.invalid("only one of --json, --csv, --html can write to standard output") }
        if args.string("part") == "-" { throw CLIError.invalid("--part needs a file name (a part file is not for a terminal)") }
    }

    /// Opens every output file now (before the work).
    func open(_ console: Console) throws -> [String: AtomicFile] {
        try Output.open([json, csv, html, part].compactMap { $0 }, console: console)
    }

    /// Writes every requested output of `part` into `files` (from `open`), commits them all,
    /// then prints the table (or the output sent to `-`).
    func emit(_ part: SweepPart, files: [String: AtomicFile], console: Console) throws {
        var texts = [(String?, () throws -> [UInt8])]()
        let report: SweepReport
        do {
            report = try ReportBuilder.report(part)
        } catch {
            for file in files.values { file.discard() }
            throw CLIError.input("a point's breakdown is not a replay report (\(error)); rerun the sweep")
        }
        texts.append((json, { Array(JSONReport.jsonText(report).utf8) }))
        texts.append((csv, { Array(CSVRenderer().sweepCSV(report).utf8) }))
        texts.append((html, { Array(HTMLRenderer().render(report).utf8) }))
        texts.append((self.part, { try part.encoded() }))
        let standardOutput = try Output.commit(texts, files: files)
        console.print(standardOutput ?? TableRenderer().render(report))
    }
}
