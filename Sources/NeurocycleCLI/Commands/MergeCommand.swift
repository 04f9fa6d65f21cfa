import Foundation
import NCSimulation

/// `neurocycle merge PARTS...`: the part files of a sharded dataset run combined into exactly
/// the report the unsharded run gives.
enum MergeCommand {
    static let command = Command(
        spec: CommandSpec(
            name: "merge",
            summary: "Combine the .ncpart files of a sharded dataset run or sweep (--shard i/n --part) into the whole run's report.",
            usage: "PART.ncpart... [--json out.json] [--csv out.csv] [--html out.html] [--per-image out.csv] "
                + "[--save-predictions preds.json] [--save-rates rates.json] [--part all.ncpart]",
            options: [
                ("json", "write the report as JSON to this file ('-' for standard output)"),
                ("csv", "write one row per population (sums and both rates) as CSV to this file"),
                ("html", "write a self-contained HTML page to this file"),
            ] + DatasetCommand.options.filter { ["per-image", "save-predictions", "save-rates", "category-ids"].contains($0.name) } + [
                ("part", "also write the merged sums as one .ncpart file"),
            ],
            maxPositionals: 1_000_000),
        run: run)

    static func run(_ args: ParsedArguments, _ console: Console) throws {
        guard !args.positionals.isEmpty else { throw CLIError.usage("give the part files to merge", command: "merge") }
        if let file = FileHandle(forReadingAtPath: args.positionals[0]),
           SweepPart.looksLikeSweepPart(Array((try? file.read(upToCount: 256)) ?? Data())) {
            return try mergeSweep(args, console)
        }
        let outputs = try DatasetOutputs(args)
        let files = try outputs.open(console)
        let progress = ProgressLine(console)
        let parts = try readParts(args.positionals, progress, read: DatasetPart.read(path:))
        let merged = try DatasetPart.merged(parts, names: args.positionals)
        progress.finish()
        try outputs.emit(merged, files: files, console: console)
    }

    /// Sweep parts (JSON, `sweep --shard i/n --part`) joined into the whole sweep's outputs.
    static func mergeSweep(_ args: ParsedArguments, _ console: Console) throws {
        if let name = ["per-image", "save-predictions", "save-rates", "category-ids"].first(where: { args.string($0) != nil }) {
            throw CLIError.invalid("--\(name) applies to dataset parts; \(args.positionals[0]) is a sweep part")
        }
        let outputs = try SweepOutputs(args, includePart: true)
        try OutputCheck.check([("json", outputs.json), ("csv", outputs.csv), ("html", outputs.html), ("part", outputs.part)],
                              inputs: args.positionals)
        let files = try outputs.open(console)
        let progress = ProgressLine(console)
        do {
            let parts = try readParts(args.positionals, progress, read: SweepPart.read(path:))
            let merged = try SweepPart.merged(parts, names: args.positionals)
            progress.finish()
            try outputs.emit(merged, files: files, console: console)
        } catch {
            for file in files.values { file.discard() }
            throw error
        }
    }

    /// The part files `paths`, read in order by `read`, with a progress line.
    private static func readParts<Part>(_ paths: [String], _ progress: ProgressLine,
                                        read: (_ path: String) throws -> Part) throws -> [Part] {
        try paths.enumerated().map { k, path in
            progress.update("reading part \(k + 1) of \(paths.count)")
            return try read(path)
        }
    }
}
