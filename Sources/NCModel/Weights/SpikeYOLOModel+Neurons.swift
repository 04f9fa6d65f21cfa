import NCFormats

extension SpikeYOLOModel {
    /// The neuron model and D the checkpoint's neuron modules implement, read from their classes
    /// and attributes (nothing is executed):
    ///
    /// - COCO: `mem_update` with a `qtrick` quantiser `MultiSpikeD` → I-LIF, D from the class name;
    /// - Gen1: spikingjelly's `MultiStepLIFNode` (tau 2, `decay_input`, surrogate `Sigmoid` with
    ///   `spiking`) → the Gen1 LIF with D = 4: the authors' bundled spikingjelly makes that
    ///   surrogate's forward `quant4 = round(clamp(v, 0, 4))` (fixtures/gen1/SEMANTICS.md §2), which
    ///   no attribute records.
    ///
    /// Returns nils for a file without modules (a state_dict or safetensors): I-LIF is assumed.
    static func neurons(of checkpoint: TorchCheckpoint) throws -> (neuron: NeuronKind?, levels: Int?) {
        var levels = Set<Int>()
        var kinds = Set<NeuronKind>()
        for (path, cls) in checkpoint.moduleClasses {
            if path.hasSuffix(".qtrick") {
                guard let r = cls.range(of: "MultiSpike"), let d = Int(cls[r.upperBound...]), d >= 1, d <= 255 else {
                    throw ModelError.architecture("\(path) uses an unsupported spike function \(cls)")
                }
                levels.insert(d)
                kinds.insert(.ilif)
            } else if cls.hasSuffix(".MultiStepLIFNode") {
                try checkGen1LIF(path, checkpoint)
                levels.insert(gen1SpikeLevels)
                kinds.insert(.gen1LIF)
            }
        }
        guard levels.count <= 1 else {
            throw ModelError.architecture("neurons use different spike limits \(levels.sorted()); one D per model is supported")
        }
        guard kinds.count <= 1 else {
            throw ModelError.architecture("the model mixes I-LIF (mem_update) and Gen1 LIF (MultiStepLIFNode) neurons; one neuron model per network is supported")
        }
        return (kinds.first, levels.first)
    }

    /// D of the Gen1 neuron (`quant4`).
    static let gen1SpikeLevels = 4

    /// Refuses a `MultiStepLIFNode` whose pickled attributes describe another neuron than the one
    /// `Gen1LIF` implements.
    private static func checkGen1LIF(_ path: String, _ checkpoint: TorchCheckpoint) throws {
        let a = checkpoint.moduleAttributes[path] ?? [:]
        func fail(_ what: String) -> ModelError {
            .architecture("\(path): MultiStepLIFNode with \(what) is not supported (the Gen1 neuron has tau 2, decay_input True, a spiking Sigmoid surrogate)")
        }
        if let tau = a["tau"], tau.doubleValue != 2 { throw fail("tau \(tau.doubleValue.map { "\($0)" } ?? "?")") }
        if let d = a["decay_input"], d != .bool(true) { throw fail("decay_input False") }
        let surrogatePath = path + ".surrogate_function"
        if let cls = checkpoint.moduleClasses.first(where: { $0.path == surrogatePath })?.className {
            guard cls.hasSuffix(".Sigmoid") else { throw fail("surrogate \(cls)") }
            if let s = checkpoint.moduleAttributes[surrogatePath]?["spiking"], s != .bool(true) { throw fail("a non-spiking surrogate") }
        }
    }
}
