import NCModel

/// The result of running a network on the chip.
public struct SimulationResult: Sendable {
    /// The chip simulated.
    public var config: HardwareConfig
    /// Where everything lived.
    public var mapping: Mapping
    /// Cycles, per layer, per core, network, actions.
    public var timing: TimingResult
    /// Spike statistics per population (aliases counted, as the authors count).
    public var populations: [PopulationStatistics]
    /// `spikes[t][p]`: population `p`'s integer spikes at timestep `t`, channels-last.
    public var spikes: [[[UInt8]]]
    /// Raw head outputs, when the network's weights were run (nil for a replayed trace).
    public var heads: [HeadOutput]?
    /// Neurons that ended a convolution at a saturation bound (fixed point).
    public var saturatedMembranes: Int

    /// Latency in seconds.
    public var latencySeconds: Double { Double(timing.cycles) / config.chip.clockHz }
}

/// Runs a folded SpikeYOLO network on a chip: the functional model computes every membrane and
/// spike event by event in the chip's arithmetic, then the timing model replays those spikes on
/// the mesh cycle by cycle.
public struct ChipEngine: Sendable {
    /// The chip.
    public var config: HardwareConfig
    /// Worker threads of the functional model and of the timing model's step lookahead (results
    /// do not depend on it).
    public var threads: Int

    /// An engine for the chip `config` describes (validated).
    public init(config: HardwareConfig, threads: Int = Parallel.defaultThreads) {
        self.config = config
        self.threads = threads
    }

    /// Simulates `graph` on `image`.
    public func simulate(_ graph: SpikingGraph, image: InputImage, progress: ((String) -> Void)? = nil) throws -> SimulationResult {
        try simulate(graph, frames: InputFrames(image), progress: progress)
    }

    /// Simulates `graph` on `frames`: one image for every timestep, or one frame per timestep.
    /// `beside`, if given, runs on another thread while the chip's functional and timing models
    /// do (when `threads` ≥ 2): work that needs no result of the chip, such as a comparison run;
    /// both sides spread their work over the threads.
    public func simulate(_ graph: SpikingGraph, frames: InputFrames, progress: ((String) -> Void)? = nil,
                         beside: (() throws -> Void)? = nil) throws -> SimulationResult {
        let topology = graph.topology
        guard frames.height == topology.inputHeight, frames.width == topology.inputWidth, frames.channels == topology.inputChannels else {
            throw ModelError.input("image is \(frames.channels)x\(frames.height)x\(frames.width) but the model was built for \(topology.inputChannels)x\(topology.inputHeight)x\(topology.inputWidth)")
        }
        let mapping = try Mapping.plan(topology, on: config)
        let (result, _) = try Parallel.pair(threads: threads, { () throws -> SimulationResult in
            progress?("computing spikes event by event (\(config.arithmeticLabel))")
            let functional = try runFunctional(graph, frames.images)
            let synapses = config.mapping.skipZeroWeights ? SynapseMask(graph: graph, arithmetic: config.arithmetic) : nil
            var timing = TimingModel<Mesh>(topology: topology, mapping: mapping, config: config, synapses: synapses)
            timing.threads = threads
            let t = timing.run(spikesAt: { functional.spikes[$0] }, progress: progress)
            return SimulationResult(config: config, mapping: mapping, timing: t, populations: functional.stats,
                                    spikes: functional.spikes, heads: functional.heads, saturatedMembranes: functional.saturated)
        }, { try beside?() })
        return result
    }

    /// Replays recorded spikes on the chip: the timing model only, no weights needed (except
    /// for sparse synaptic memory, `mapping.skip_zero_weights`, which needs `synapses`).
    /// `spikesAt(t)` gives timestep `t`'s spikes of every population; it is called once per
    /// timestep, in order, so at most two timesteps are ever held in memory.
    public func replay(topology: NetworkTopology, spikesAt: (Int) throws -> [[UInt8]], synapses: SynapseMask? = nil,
                       progress: ((String) -> Void)? = nil) throws -> SimulationResult {
        try topology.validate()
        if config.mapping.skipZeroWeights && synapses == nil {
            throw MappingError.unsupported(
                "mapping.skip_zero_weights needs the network's weights to know which are zero; a replayed trace has none (use simulate, or set it to false)")
        }
        let mapping = try Mapping.plan(topology, on: config)
        var timing = TimingModel<Mesh>(topology: topology, mapping: mapping, config: config, synapses: synapses)
        timing.threads = threads
        var stats = topology.populations.map {
            PopulationStatistics(name: $0.name, count: $0.count, spikes: 0,
                                 histogram: [Int](repeating: 0, count: topology.spikeLevels + 1), timesteps: topology.timesteps)
        }
        let t = try timing.run(spikesAt: { t -> [[UInt8]] in
            let step = try spikesAt(t)
            guard step.count == topology.populations.count else {
                throw ModelError.input("timestep \(t): spikes for \(step.count) populations, the topology has \(topology.populations.count)")
            }
            // Each population checked and counted on its own thread; the first problem in order is thrown.
            let histograms = try Parallel.map(step.count, threads: threads) { p -> [Int] in
                let s = step[p]
                guard s.count == topology.populations[p].count else {
                    throw ModelError.input("timestep \(t), population \(topology.populations[p].name): \(s.count) spikes for \(topology.populations[p].count) neurons")
                }
                var histogram = [Int](repeating: 0, count: 256)
                for v in s { histogram[Int(v)] += 1 }
                guard histogram[(topology.spikeLevels + 1)...].allSatisfy({ $0 == 0 }) else {
                    throw ModelError.input("timestep \(t), population \(topology.populations[p].name): a spike exceeds D = \(topology.spikeLevels)")
                }
                return Array(histogram[0...topology.spikeLevels])
            }
            for (p, histogram) in histograms.enumerated() { stats[p].record(timestepHistogram: histogram) }
            return step
        }, progress: progress)
        return SimulationResult(config: config, mapping: mapping, timing: t, populations: stats, spikes: [],
                                heads: nil, saturatedMembranes: 0)
    }

    /// Replays spikes held in memory (`spikes[t][p]`).
    public func replay(topology: NetworkTopology, spikes: [[[UInt8]]], synapses: SynapseMask? = nil,
                       progress: ((String) -> Void)? = nil) throws -> SimulationResult {
        guard spikes.count == topology.timesteps else {
            throw ModelError.input("spikes for \(spikes.count) timesteps, the topology has \(topology.timesteps)")
        }
        return try replay(topology: topology, spikesAt: { spikes[$0] }, synapses: synapses, progress: progress)
    }

    /// The chip's functional model alone on `image` (every membrane and spike in its
    /// arithmetic, no timing): what `simulate` computes before its timing model, for measuring it
    /// apart. Returns the spikes, `spikes[t][p]`.
    public func functionalSpikes(_ graph: SpikingGraph, image: InputImage) throws -> [[[UInt8]]] {
        try runFunctional(graph, InputFrames(image).images).spikes
    }

    struct Functional {
        var spikes: [[[UInt8]]]
        var stats: [PopulationStatistics]
        var heads: [HeadOutput]
        var saturated: Int
    }

    /// Every membrane and spike in the chip's arithmetic: the step interpreter (the same one the
    /// integer reference runs), keeping every timestep's spikes for the timing model.
    func runFunctional(_ graph: SpikingGraph, _ frames: [InputImage]) throws -> Functional {
        let arithmetic = config.arithmetic
        if case let .fixed(weightBits, membraneBits) = arithmetic, membraneBits > 30 || weightBits > 16 || weightBits < 2 {
            throw MappingError.unsupported("fixed-point membranes wider than 30 bits or weights wider than 16 bits are not supported; use arithmetic fp32")
        }
        let run = try Interpreter.run(graph, frames: frames, options: Interpreter.Options(
            arithmetic: arithmetic, threads: threads, keepSpikes: true, countOperations: false))
        return Functional(spikes: run.spikes, stats: run.populations, heads: run.heads, saturated: run.saturated)
    }
}
