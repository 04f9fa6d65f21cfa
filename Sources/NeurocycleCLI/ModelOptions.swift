import NCFormats
import NCModel

/// The options every model-running command shares (`--model`, `--scale`, `--input`, ...) and
/// what they resolve to. Every one has a built-in default, so commands run on a fresh machine.
struct ModelOptions {
    /// Option specs to merge into a command's spec.
    static let options: [(name: String, help: String)] = [
        ("model", "checkpoint: ultralytics .pt, state_dict .pt or .safetensors (default: synthetic weights)"),
        ("scale", "t, n, s, m or l: architecture for synthetic weights (default s) or for a file without one"),
        ("seed", "seed of the synthetic weights (default 2024)"),
        ("nc", "classes of a synthetic model (default 80)"),
        ("input", "input: a JPEG or PNG image (decoded as OpenCV does, letterboxed as ultralytics does), or a [1,3,H,W] float32 .npy in [0,1] (used as it is); default: built-in test image"),
        ("imgsz", "input size N, a multiple of 32 (the long side of a letterboxed image; N x N for the test image); default 640, or the .npy's own size"),
        ImageInput.option,
        ("bn-eps", "BatchNorm eps for files that do not record it (default 1e-3)"),
        ("threads", "worker threads (default: all processors); results do not depend on it"),
    ]

    /// The files these options read (`--model`, `--input`), for `OutputCheck`.
    static func inputFiles(_ args: ParsedArguments) -> [String?] {
        [args.string("model"), args.string("input"), args.string("events"), args.string("labels"), args.string("frames")]
    }

    /// The loaded model.
    var model: SpikeYOLOModel
    /// The input image at the model's input size (frame 0 of event frames).
    var image: InputImage
    /// The input as the model's timesteps see it: event frames (`EventInput`), or the image.
    var frames: InputFrames
    /// What the input was, for reports.
    var inputName: String
    /// How a decoded image was letterboxed into `image` (nil for a tensor or the test image).
    var geometry: LetterboxGeometry?
    /// Worker threads.
    var threads: Int

    /// Resolves the options.
    init(_ args: ParsedArguments, progress: ProgressLine? = nil) throws {
        threads = try args.int("threads", in: 1...256) ?? Parallel.defaultThreads
        let scale = args.string("scale")
        if let s = scale, !BuiltinArchitecture.scales.contains(s) {
            throw CLIError.invalid("--scale must be one of \(BuiltinArchitecture.scales.joined(separator: ", ")), got '\(s)'")
        }
        let eps = try args.double("bn-eps", in: 1e-12...0.5)
        let imgsz = try args.int("imgsz", in: 32...8192)
        if let n = imgsz, n % 32 != 0 {
            throw CLIError.invalid("--imgsz \(n) is not a multiple of 32 (the network's largest stride)")
        }
        if let path = args.string("model") {
            if args.string("seed") != nil || args.string("nc") != nil {
                throw CLIError.invalid("--seed and --nc apply to synthetic weights, not to --model")
            }
            progress?.update("loading \(path)")
            var m = try SpikeYOLOModel.load(path: path, scale: scale, batchNormEps: eps)
            if let scale, m.blueprint.spec.scale != scale, case .checkpoint = m.origin {
                throw CLIError.invalid("\(path): --scale \(scale) contradicts the checkpoint's own scale \(m.blueprint.spec.scale)")
            }
            m.weights.defaultEpsilon = eps ?? m.weights.defaultEpsilon
            model = m
        } else {
            let seed = try args.int("seed", in: 0...Int(Int32.max)) ?? Int(SyntheticWeights.defaultSeed)
            let nc = try args.int("nc", in: 1...1000) ?? 80
            progress?.update("calibrating synthetic SpikeYOLO-\(scale ?? "s")")
            model = try SpikeYOLOModel.synthetic(scale: scale ?? "s", seed: UInt64(seed), classCount: nc)
        }
        if let events = try EventInput(args) {
            frames = events.frames
            image = try frames.frame(0)
            inputName = events.name
            return
        }
        let mode = try ImageInput.mode(args)
        if let path = args.string("input") {
            let input = try ImageInput.load(path: path, imgsz: imgsz, mode: mode, letterboxGiven: args.string("letterbox") != nil)
            image = input.image
            geometry = input.geometry
            guard image.channels == model.blueprint.spec.inputChannels else {
                throw ModelFileError(path: path, error: .input(
                    "image has \(image.channels) channels, the model expects \(model.blueprint.spec.inputChannels)"))
            }
            guard image.height % 32 == 0, image.width % 32 == 0 else {
                throw ModelFileError(path: path, error: .input(
                    "image is \(image.height)x\(image.width), not a multiple of 32 (the network's largest stride)"))
            }
            inputName = path.split(separator: "/").last.map(String.init) ?? path
        } else {
            let size = imgsz ?? 640
            image = TestImage.make(height: size, width: size)
            inputName = "built-in test image"
        }
        frames = InputFrames(image)
    }
}
