import NCEnergy
import NCFormats
import NCModel
import NCReport
import NCSimulation

/// The files a dataset run or `merge` writes — the report (`--json`, `--csv` one row per
/// population, `--html`), `--per-image`, `--save-predictions`, `--save-rates` and `--part` —
/// all or nothing: each is opened before the work starts (so a path that cannot be written fails
/// at once), written under a temporary name, and renamed into place only when all are complete.
struct DatasetOutputs {
    var json: String?, csv: String?, html: String?
    var perImage: String?, predictions: String?, rates: String?, part: String?
    var categoryIDs = COCOPredictions.CategoryIDs.classIndex

    init(_ args: ParsedArguments) throws {
        json = args.string("json")
        csv = args.string("csv")
        html = args.string("html")
        perImage = args.string("per-image")
        predictions = args.string("save-predictions")
        rates = args.string("save-rates")
        part = args.string("part")
        if let raw = args.string("category-ids") {
            guard let ids = ["index": COCOPredictions.CategoryIDs.classIndex, "coco91": .coco91][raw] else {
                throw CLIError.invalid("--category-ids must be index or coco91, got '\(raw)'")
            }
            guard predictions != nil else { throw CLIError.invalid("--category-ids applies to --save-predictions") }
            categoryIDs = ids
        }
        let paths = [json, csv, html, perImage, predictions, rates, part].compactMap { $0 }
        if paths.filter({ $0 == "-" }).count > 1 { throw CLIError.invalid("only one output can go to standard output ('-')") }
        if part == "-" { throw CLIError.invalid("--part needs a file name (a part file is not text for a terminal)") }
        if let repeated = paths.first(where: { p in p != "-" && paths.filter { $0 == p }.count > 1 }) {
            throw CLIError.invalid("\(repeated) is given to two outputs")
        }
    }

    /// Opens every output file now (the work has not started), so that an unwritable path fails
    /// before hours of running rather than after.
    func open(_ console: Console) throws -> [String: AtomicFile] {
        try Output.open([json, csv, html, perImage, predictions, rates, part].compactMap { $0 }, console: console)
    }

    /// Writes every requested output for `part` into `files` (from `open`), commits them all,
    /// then prints the report (or the output sent to `-`).
    func emit(_ part: DatasetPart, files: [String: AtomicFile], console: Console) throws {
        let outcome = DatasetOutcome(part)
        let report = ReportBuilder.report(outcome, classNames: part.network.classNames)
        var texts = [(String?, () throws -> [UInt8])]()
        texts.append((json, { Array(JSONReport.jsonText(report).utf8) }))
        texts.append((csv, { Array(CSVRenderer().populationsCSV(report).utf8) }))
        texts.append((html, { Array(HTMLRenderer().render(report).utf8) }))
        texts.append((perImage, { Array(CSVRenderer().perImageCSV(outcome).utf8) }))
        texts.append((predictions, { Array(try Self.predictionsText(part, categoryIDs: categoryIDs).utf8) }))
        texts.append((rates, { Array(FiringRates(rates: outcome.populations.map { ($0.name, $0.testPy) }).jsonText.utf8) }))
        texts.append((self.part, { try part.encoded() }))
        let standardOutput = try Output.commit(texts, files: files)
        console.print(standardOutput ?? TableRenderer().render(report))
    }

    /// The part's detections as a COCO results file. Images are identified by file stem, so two
    /// images with one stem cannot be told apart: refused.
    static func predictionsText(_ part: DatasetPart, categoryIDs: COCOPredictions.CategoryIDs) throws -> String {
        guard part.identity.command != "estimate" else {
            throw CLIError.invalid("--save-predictions: an estimate keeps no detections; use run or simulate")
        }
        if !part.images.isEmpty, part.images.allSatisfy({ $0.detections == nil }) {
            throw CLIError.invalid("--save-predictions: the run kept no detections (give --save-predictions to the run or to every shard)")
        }
        var seen = [String: String]()
        for row in part.images {
            let key = COCOPredictions.key(forImageID: row.stem)
            if let other = seen[key] {
                throw CLIError.invalid("--save-predictions: '\(other)' and '\(row.name)' have the same image id '\(key)' in a COCO results file")
            }
            seen[key] = row.name
        }
        return COCOPredictions.jsonText(part.images.map { ($0.stem, ($0.detections ?? []).map(\.detection)) }, categoryIDs: categoryIDs)
    }
}
