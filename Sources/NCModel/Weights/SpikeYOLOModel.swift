import NCFormats

/// A SpikeYOLO model ready to be built into a graph: its resolved architecture, its weights, and
/// where they came from.
public struct SpikeYOLOModel: Sendable {
    /// Where the weights came from.
    public enum Origin: Sendable, Equatable {
        /// A checkpoint file (`.pt` or `.safetensors`) at a path.
        case checkpoint(path: String, kind: String)
        /// Deterministic synthetic weights, calibrated on the built-in test image.
        case synthetic(scale: String, seed: UInt64)
    }

    /// The resolved architecture.
    public var blueprint: Blueprint
    /// The weights (FP32 values plus BatchNorm eps and D).
    public var weights: WeightStore
    /// Where they came from.
    public var origin: Origin
    /// Class names by index (COCO's when the file has none).
    public var classNames: [String]

    /// A short description for reports (`spikeyolo-t.pt`, `synthetic s (seed 2024)`).
    public var displayName: String {
        switch origin {
        case .checkpoint(let path, _): return path.split(separator: "/").last.map(String.init) ?? path
        case .synthetic(let scale, let seed): return "synthetic SpikeYOLO-\(scale) (seed \(seed))"
        }
    }

    /// Builds the folded graph for a `height` x `width` input of `timesteps` frames (nil: the
    /// blueprint's T, the only choice for a COCO model; see `timesteps(for:)`).
    /// A problem with the weights or the architecture of a checkpoint names the file.
    public func graph(height: Int, width: Int, timesteps: Int? = nil, keepChains: Bool = false) throws -> SpikingGraph {
        do {
            return try GraphBuilder.build(blueprint: blueprint, weights: weights, inputHeight: height, inputWidth: width,
                                          timesteps: timesteps, keepChains: keepChains)
        } catch let error as ModelError {
            switch (origin, error) {
            case (.checkpoint(let path, _), .weights), (.checkpoint(let path, _), .architecture):
                throw ModelFileError(path: path, error: error)
            default:
                throw error
            }
        }
    }

    /// The neuron model of every population.
    public var neuron: NeuronKind { weights.neuron ?? .ilif }

    /// Whether `MS_GetT` takes T from a 5-D `[B, T, C, H, W]` input: the Gen1 fork's version
    /// transposes it to `[T, B, C, H, W]`, while COCO's always repeats a 4-D image T times.
    public var readsFrameSequences: Bool { neuron == .gen1LIF }

    /// T of the input the model is made for, when no input is given (`estimate`, `map`): a Gen1
    /// model's event framing (4 windows), otherwise the blueprint's.
    public var inputTimesteps: Int { readsFrameSequences ? Gen1Framing.gen1.timesteps : blueprint.timesteps }

    /// T for `frames`: the blueprint's for one image, the frames' own for a Gen1 model.
    /// Throws for several frames given to a model whose `MS_GetT` only repeats one image.
    public func timesteps(for frames: InputFrames) throws -> Int {
        if frames.timesteps == 1 { return blueprint.timesteps }
        guard readsFrameSequences else {
            throw ModelError.input(
                "\(frames.timesteps) input frames for a COCO model, whose MS_GetT repeats one image over T = \(blueprint.timesteps); frame sequences need a Gen1 (MultiStepLIFNode) model")
        }
        guard frames.timesteps <= 64 else { throw ModelError.input("\(frames.timesteps) input frames; at most 64 timesteps are supported") }
        return frames.timesteps
    }

    /// Builds the folded graph for `frames`: their size, and T as `timesteps(for:)` decides.
    public func graph(for frames: InputFrames, keepChains: Bool = false) throws -> SpikingGraph {
        try graph(height: frames.height, width: frames.width, timesteps: timesteps(for: frames), keepChains: keepChains)
    }

    /// A model from the architecture alone: synthetic weights drawn with `seed`, BatchNorm
    /// statistics calibrated on the built-in test image so every layer fires realistically.
    public static func synthetic(scale: String, seed: UInt64 = SyntheticWeights.defaultSeed, classCount: Int = 80) throws -> SpikeYOLOModel {
        let blueprint = try Blueprint(spec: BuiltinArchitecture.spec(scale: scale, classCount: classCount))
        var store = SyntheticWeights.random(blueprint, seed: seed)
        try Calibration.calibrate(&store, blueprint: blueprint, image: TestImage.make(height: 128, width: 128))
        let names = classCount == 80 ? COCO.names : (0..<classCount).map { "class \($0)" }
        return SpikeYOLOModel(blueprint: blueprint, weights: store, origin: .synthetic(scale: scale, seed: seed), classNames: names)
    }

    /// A model from a checkpoint: an ultralytics `.pt` (architecture from its own `yaml`), a plain
    /// state_dict `.pt`, or a `.safetensors` file (architecture from `scale`, or inferred from the
    /// tensor shapes). `batchNormEps` overrides every BatchNorm's eps.
    public static func load(path: String, scale: String? = nil, batchNormEps: Double? = nil) throws -> SpikeYOLOModel {
        let checkpoint = try UltralyticsCheckpoint.load(path: path)
        do {
            return try model(from: checkpoint, scale: scale, batchNormEps: batchNormEps)
        } catch let error as ModelError {
            throw ModelFileError(path: path, error: error)
        }
    }

    static func model(from checkpoint: UltralyticsCheckpoint, scale: String?, batchNormEps: Double?) throws -> SpikeYOLOModel {
        var store = WeightStore()
        for (name, tensor) in checkpoint.file.tensors {
            store.set(name, shape: tensor.shape, values: tensor.floats())
        }
        // eps lives in each BatchNorm module's pickled state; a plain tensor map has none.
        for (path, attributes) in checkpoint.file.moduleAttributes {
            if let eps = attributes["eps"]?.doubleValue, eps > 0, eps < 1 { store.epsilon[path] = eps }
        }
        if let eps = batchNormEps {
            guard eps > 0, eps < 1 else { throw ModelError.option("--bn-eps must lie in (0, 1), got \(eps)") }
            store.epsilon = [:]
            store.defaultEpsilon = eps
        }
        // The neuron model and D come from the neuron modules' classes (MultiSpike4 -> 4).
        (store.neuron, store.spikeLevels) = try neurons(of: checkpoint.file)
        let spec: ArchitectureSpec
        if let yaml = checkpoint.yaml {
            spec = try ArchitectureSpec(yaml: yaml, scale: scale)
        } else {
            spec = try BuiltinArchitecture.spec(scale: scale ?? inferScale(store), classCount: inferClassCount(store))
        }
        let blueprint = try Blueprint(spec: spec)
        try store.validate(blueprint)
        // Weights and BatchNorm statistics are real numbers. An integer tensor under such a name
        // (a storage class changed to IntStorage, say) would be widened into nonsense weights.
        for t in blueprint.tensors where !t.name.hasSuffix("num_batches_tracked") {
            if let dtype = checkpoint.file.tensor(named: t.name)?.dtype, !dtype.isFloatingPoint {
                throw ModelError.weights("tensor \(t.name) holds \(dtype.rawValue) integers; weights must be floating point")
            }
        }
        let names = checkpoint.names.map { n in (0..<spec.classCount).map { n[$0] ?? "class \($0)" } }
            ?? (spec.classCount == 80 ? COCO.names : (0..<spec.classCount).map { "class \($0)" })
        return SpikeYOLOModel(blueprint: blueprint, weights: store,
                              origin: .checkpoint(path: checkpoint.path, kind: checkpoint.kind.rawValue), classNames: names)
    }

    /// The scale whose first layer has as many channels as the file's encoding convolution.
    static func inferScale(_ store: WeightStore) throws -> String {
        guard let shape = store.shapes["model.1.encode_conv.weight"], shape.count == 4 else {
            throw ModelError.architecture("the file has no architecture description and no model.1.encode_conv.weight; pass --scale")
        }
        for scale in BuiltinArchitecture.scales {
            if let bp = try? Blueprint(spec: BuiltinArchitecture.spec(scale: scale)),
                bp.tensors.first(where: { $0.name == "model.1.encode_conv.weight" })?.shape == shape
            {
                return scale
            }
        }
        throw ModelError.architecture("model.1.encode_conv.weight has shape \(shape), which matches no SpikeYOLO scale; pass --scale")
    }

    /// Classes from the first class branch's last convolution.
    static func inferClassCount(_ store: WeightStore) -> Int {
        store.shapes["model.26.cv3.0.2.conv.weight"]?.first ?? 80
    }
}

/// A model error found while reading a file: the message names the file.
public struct ModelFileError: Error, CustomStringConvertible, Sendable {
    /// The file.
    public let path: String
    /// What is wrong with it.
    public let error: ModelError
    /// `path: problem`.
    public var description: String { "\(path): \(error)" }

    /// The error `error` found in `path`.
    public init(path: String, error: ModelError) {
        self.path = path
        self.error = error
    }
}
