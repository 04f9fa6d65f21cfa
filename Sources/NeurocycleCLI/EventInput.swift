import NCFormats
import NCModel

/// The event-camera inputs of `run` and `simulate` (`--events`, `--at`, `--labels`, `--sample`,
/// `--frames`): Prophesee Gen1 events framed exactly as the authors' `pre_gen1.py` and dataloader
/// do (`docs/event-input.md`), or frames they already made. They give one `InputFrames` of T
/// frames, model step t = window T − 1 − t.
struct EventInput {
    /// Option specs to merge into a command's spec.
    static let options: [(name: String, help: String)] = [
        ("events", "Prophesee Gen1 events (.dat), framed as the authors' pre_gen1.py does; with --at or --sample"),
        ("at", "label timestamp in µs: frame --events over the 250 ms before it (4 windows of 62.5 ms)"),
        ("sample", "frame --events at its K-th labelled timestamp (0-based, pre_gen1's img_<name><K>.npy)"),
        ("labels", "Gen1 labels (_bbox.npy) for --sample (default: <name>_bbox.npy beside <name>_td.dat)"),
        ("frames", "pre-framed input: float32 [1,T,C,H,W] .npy in [0,1], as the authors' dataloader hands it to the model"),
    ]

    /// The frames.
    var frames: InputFrames
    /// What the input was, for reports (`synth_dev_td.dat @ 650000 µs`).
    var name: String

    /// The input the options describe, or nil when none of them is given.
    init?(_ args: ParsedArguments) throws {
        let given = Self.options.map(\.name).filter { args.string($0) != nil }
        guard !given.isEmpty else { return nil }
        if args.string("input") != nil || args.string("imgsz") != nil {
            throw CLIError.invalid("--\(given[0]) gives the input; it cannot be combined with --input or --imgsz")
        }
        if let path = args.string("frames") {
            guard given == ["frames"] else {
                throw CLIError.invalid("--frames is a complete input; drop --\(given.first { $0 != "frames" } ?? "")")
            }
            do {
                frames = try InputFrames(tensor: Npy.read(path: path))
            } catch let e as ModelError {
                throw ModelFileError(path: path, error: e)
            }
            name = Self.fileName(path)
            return
        }
        guard let events = args.string("events") else {
            throw CLIError.invalid("--\(given[0]) applies to --events, which is missing")
        }
        let at = try args.int("at", in: 0...(1 << 52))
        let sample = try args.int("sample", in: 0...1_000_000)
        switch (at, sample) {
        case let (ts?, nil):
            if args.string("labels") != nil { throw CLIError.invalid("--labels goes with --sample, not --at") }
            let recording = try Gen1Recording(events: events)
            frames = try Self.framing(events) { try recording.frames(at: Int64(ts)).input }
            name = "\(Self.fileName(events)) @ \(ts) µs"
        case let (nil, k?):
            guard let labels = args.string("labels") ?? Gen1Recording.labelsPath(forEvents: events) else {
                throw CLIError.invalid("--sample needs --labels (the events file does not end in _td.dat, so there is no default)")
            }
            let recording = try Gen1Recording(events: events, labels: labels)
            guard k < recording.sampleCount else {
                let stamps = recording.labels?.groups.map { String($0.timestamp) }.joined(separator: ", ") ?? ""
                throw CLIError.invalid("--sample \(k): \(labels) has \(recording.sampleCount) labelled timestamps (\(stamps) µs), so K is 0...\(recording.sampleCount - 1)")
            }
            let sample = try Self.framing(events) { try recording.sample(at: k) }
            frames = sample.frames.input
            name = "\(Self.fileName(events)) sample \(k) @ \(sample.group.timestamp) µs"
        case (nil, nil):
            throw CLIError.invalid("--events needs --at TS_US (a label timestamp in µs) or --sample K (a labelled timestamp)")
        case (_?, _?):
            throw CLIError.invalid("--at and --sample both choose the label timestamp; give one")
        }
    }

    /// Runs `body`, naming the events file in a model error.
    static func framing<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as ModelError {
            throw ModelFileError(path: path, error: e)
        }
    }

    static func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
}
