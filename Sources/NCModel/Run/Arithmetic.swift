/// The number representations a run can use, by name; each is one `MembraneArithmetic` type.
public enum Arithmetic: Sendable, Equatable, Hashable {
    /// FP32 weights and FP32 accumulation, as PyTorch computes on CPU (`model.float()`).
    case fp32
    /// FP64 end to end: weights folded and kept in FP64, FP64 accumulation, as PyTorch computes
    /// with `model.double()`. Rounding noise is ~1e-16, so spikes do not depend on summation order.
    case fp64
    /// Integer weights of `weightBits` and saturating integer membranes of `membraneBits`, in
    /// units chosen per buffer channel (`FixedPointFormat`).
    case fixed(weightBits: Int, membraneBits: Int)

    /// `fp32`, `fp64`, `int8/int24`.
    public var name: String {
        switch self {
        case .fp32: return "fp32"
        case .fp64: return "fp64"
        case let .fixed(w, m): return "int\(w)/int\(m)"
        }
    }
}

/// Runs a folded graph with the step interpreter in a named arithmetic and neuron model: the
/// one place where names become types (the registration of arithmetics and neuron models).
public enum Interpreter {
    /// What to run and what to keep.
    public struct Options: Sendable {
        /// Number representation.
        public var arithmetic: Arithmetic
        /// Neuron model of every population; nil runs the one the topology records.
        public var neuron: NeuronKind?
        /// Worker threads; results are identical for any value.
        public var threads: Int
        /// Keep every population's spikes of every timestep.
        public var keepSpikes: Bool
        /// Count each convolution's synaptic operations.
        public var countOperations: Bool
        /// Run the simple convolution loops that define the arithmetic (events one by one, narrow
        /// chunks) instead of the fast ones proven equal to them; for tests.
        var definitionKernels = false
        /// Keep the last timestep's current buffers as real numbers (`ReferenceRun.membranes`); for tests.
        var keepMembranes = false

        /// Options.
        public init(arithmetic: Arithmetic, neuron: NeuronKind? = nil, threads: Int = Parallel.defaultThreads,
                    keepSpikes: Bool = false, countOperations: Bool = true) {
            self.arithmetic = arithmetic
            self.neuron = neuron
            self.threads = threads
            self.keepSpikes = keepSpikes
            self.countOperations = countOperations
        }
    }

    /// Runs `graph` on `frames` (one image for every timestep, or one frame per timestep; none
    /// when every input population's spikes are `given`), with extra `observers`.
    public static func run(_ graph: SpikingGraph, frames: [InputImage], options: Options, given: [Int: (Int) -> [UInt8]] = [:],
                           observers: [any RunObserver] = []) throws -> ReferenceRun {
        let extra = Extras(given: given, observers: observers)
        switch options.neuron ?? graph.topology.neuron {
        case .ilif: return try run(graph, frames, options, extra, neuron: ILIF())
        case .gen1LIF: return try run(graph, frames, options, extra, neuron: Gen1LIF())
        case .integrateAndFire:
            guard let neuron = graph.topology.integrateAndFire else {
                throw ModelError.architecture("topology: an integrate-and-fire network without its neuron parameters")
            }
            return try run(graph, frames, options, extra, neuron: neuron)
        }
    }

    /// What a caller adds to a run besides its options: given spikes and observers.
    struct Extras {
        var given: [Int: (Int) -> [UInt8]]
        var observers: [any RunObserver]
    }

    static func run<N: NeuronModel>(_ graph: SpikingGraph, _ frames: [InputImage], _ options: Options, _ extra: Extras,
                                    neuron: N) throws -> ReferenceRun {
        let topology = graph.topology
        switch options.arithmetic {
        case .fp32:
            var a = FloatArithmetic<Float>(roundsWeightsToFloat: true)
            a.narrowChunks = options.definitionKernels
            return try run(graph, frames, options, extra, a, neuron)
        case .fp64:
            var a = FloatArithmetic<Double>(roundsWeightsToFloat: false)
            a.narrowChunks = options.definitionKernels
            return try run(graph, frames, options, extra, a, neuron)
        case let .fixed(weightBits, membraneBits):
            guard (2...16).contains(weightBits), (8...30).contains(membraneBits), membraneBits >= weightBits else {
                throw ModelError.option(
                    "fixed point needs weights of 2...16 bits and membranes of 8...30 bits, at least as wide; got int\(weightBits)/int\(membraneBits)")
            }
            var a = FixedPointArithmetic(topology: topology, weights: graph.weights, weightBits: weightBits, membraneBits: membraneBits,
                                         threads: options.threads)
            a.eventsOnly = options.definitionKernels
            return try run(graph, frames, options, extra, a, neuron)
        }
    }

    static func run<A: MembraneArithmetic, N: NeuronModel>(_ graph: SpikingGraph, _ frames: [InputImage], _ options: Options,
                                                           _ extra: Extras, _ arithmetic: A, _ neuron: N) throws -> ReferenceRun {
        let topology = graph.topology
        let recorder = options.keepSpikes ? SpikeRecorder() : nil
        let counter = options.countOperations ? OperationCounter(convolutions: topology.convs.count) : nil
        var interpreter = StepInterpreter(
            topology: topology, arithmetic: arithmetic, neuron: neuron,
            synapses: FoldedSynapses<A>(weights: graph.weights, timesteps: topology.timesteps), threads: options.threads,
            observers: ([recorder] as [(any RunObserver)?] + [counter]).compactMap { $0 } + extra.observers)
        interpreter.given = extra.given
        interpreter.keepsBuffers = options.keepMembranes
        let outcome = try interpreter.run(frames)
        let convs = topology.convs.enumerated().map { i, conv -> ConvStatistics in
            var rate: Double?
            if case .population(let p) = conv.source { rate = outcome.populations[p].meanRate }
            let n = counter?.counts[i] ?? (sops: 0, nonzero: 0)
            return ConvStatistics(name: conv.name, macs: conv.macs, sops: n.sops, nonzeroSOPs: n.nonzero, inputRate: rate,
                                  timesteps: topology.timesteps)
        }
        var timestepSOPs = counter?.timestepSOPs ?? []
        if counter != nil { timestepSOPs += [Int](repeating: 0, count: max(0, topology.timesteps - timestepSOPs.count)) }
        var run = ReferenceRun(populations: outcome.populations, convs: convs, heads: outcome.heads,
                               spikes: recorder?.spikes ?? [], saturated: outcome.saturated, timestepSOPs: timestepSOPs)
        if options.keepMembranes {
            // Every word is exactly a Double (a float, or an integer times a power of two).
            run.membranes = topology.buffers.indices.map { b in
                let channels = topology.buffers[b].channels
                return interpreter.buffers[b].enumerated().map { i, w in arithmetic.real(w, arithmetic.unit(buffer: b, channel: i % channels)) }
            }
        }
        return run
    }
}
