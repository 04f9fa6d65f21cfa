/// Numeric precision of the reference engine's accumulation.
public enum Precision: String, Sendable, CaseIterable, Codable {
    /// FP32 accumulation, as PyTorch computes on CPU.
    case fp32
    /// FP64 end to end (weights folded and kept in FP64, FP64 accumulation), as PyTorch computes
    /// with `model.double()`: independent of summation order to ~1e-16.
    case fp64

    /// The arithmetic of a reference run in this precision.
    public var arithmetic: Arithmetic {
        switch self {
        case .fp32: return .fp32
        case .fp64: return .fp64
        }
    }
}

/// Options of a reference run.
public struct ReferenceOptions: Sendable {
    /// Accumulation precision.
    public var precision: Precision = .fp32
    /// Worker threads; results are identical for any value.
    public var threads: Int = Parallel.defaultThreads
    /// Keep every population's spikes of every timestep in the result.
    public var keepSpikes = false
    /// Count each convolution's synaptic operations (`ReferenceRun.convs`' SOPs and
    /// `timestepSOPs`); a run that only compares spikes and detections skips the count.
    public var countOperations = true

    /// Default options.
    public init(precision: Precision = .fp32, threads: Int = Parallel.defaultThreads, keepSpikes: Bool = false,
                countOperations: Bool = true) {
        self.precision = precision
        self.threads = threads
        self.keepSpikes = keepSpikes
        self.countOperations = countOperations
    }
}

/// Everything a run of the step interpreter produces.
public struct ReferenceRun: Sendable {
    /// Per neuron population, in execution order.
    public var populations: [PopulationStatistics]
    /// Per folded convolution, in execution order.
    public var convs: [ConvStatistics]
    /// Raw head outputs per detection level.
    public var heads: [HeadOutput]
    /// `spikes[t][p]`: population `p`'s integer spikes at timestep `t`, channels-last
    /// (`[height][width][channels]`); empty unless `keepSpikes` was set.
    public var spikes: [[[UInt8]]]
    /// Convolution outputs that ended at a saturation bound (fixed point), summed over timesteps.
    public var saturated: Int = 0
    /// Event-exact SOPs of all convolutions per timestep (empty when operations were not counted).
    public var timestepSOPs: [Int] = []
    /// The last timestep's current buffers as real numbers (only when a test asks for them).
    var membranes: [[Double]] = []

    /// Total spikes over all populations (aliases counted, as the authors count).
    public var totalSpikes: Int { populations.reduce(0) { $0 + $1.spikes } }
    /// Total neurons over all populations.
    public var totalNeurons: Int { populations.reduce(0) { $0 + $1.count } }
    /// Total MACs of the folded graph (one dense evaluation per timestep).
    public var totalMACs: Int { convs.reduce(0) { $0 + $1.macs * $1.timesteps } }
    /// Total event-exact SOPs (the encoding layer, which does MACs, is excluded).
    public var totalSOPs: Int { convs.reduce(0) { $0 + $1.sops } }
}

/// The integer reference: runs the folded SpikeYOLO graph with its neuron model (I-LIF, SPEC §2,
/// or the Gen1 LIF) exactly as the authors' code computes it, counting spikes per population and exact synaptic operations per convolution.
public final class ReferenceEngine: @unchecked Sendable {
    /// The graph being run.
    public let graph: SpikingGraph
    /// Options.
    public let options: ReferenceOptions

    /// An engine for `graph`.
    public init(graph: SpikingGraph, options: ReferenceOptions = ReferenceOptions()) {
        self.graph = graph
        self.options = options
    }

    /// Runs one image through every timestep.
    public func run(_ image: InputImage) throws -> ReferenceRun {
        try run(InputFrames(image))
    }

    /// Runs `frames` (one image for every timestep, or one frame per timestep).
    public func run(_ frames: InputFrames) throws -> ReferenceRun {
        try Interpreter.run(graph, frames: frames.images, options: Interpreter.Options(
            arithmetic: options.precision.arithmetic, threads: options.threads, keepSpikes: options.keepSpikes,
            countOperations: options.countOperations))
    }
}
