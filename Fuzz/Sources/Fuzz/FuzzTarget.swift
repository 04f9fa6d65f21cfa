/// One fuzz target: a name (`bash Fuzz/run.sh NAME`), the file extension its inputs are written
/// with, an optional one-time setup, and the library calls made for every input — the calls the
/// CLI makes for that kind of file (see `Sources/NeurocycleCLI/`).
///
/// A target returns normally when the library accepts an input or rejects it with an error;
/// anything else — a trap, an AddressSanitizer report, a broken invariant checked with
/// `FuzzCheck` — stops libFuzzer and saves the input as a crash.
struct FuzzTarget: Sendable {
    /// The name `run.sh` takes and the folder of its seeds (`corpus/<name>/`) and dictionary
    /// (`dict/<name>.dict`, optional).
    let name: String
    /// Extension of the scratch file each input is written to (some readers look at it).
    var fileExtension = "bin"
    /// Work done once before the first input (building a model topology, say).
    var prepare: @Sendable () -> Void = {}
    /// The calls made for one input.
    let run: @Sendable (FuzzInput) -> Void

    /// Every target. To add one, write `Targets/<Name>Target.swift` with
    /// `extension FuzzTarget { static let name = FuzzTarget(name: "...") { input in ... } }`
    /// and add it to this list (README.md, "Adding a target").
    static let all: [FuzzTarget] = [
        .zip, .torch, .safetensors, .npy, .image, .events, .hardwareConfig, .firingRates, .trace, .replay, .part,
    ]
}
