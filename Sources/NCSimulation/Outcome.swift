import NCEnergy
import NCHardware
import NCModel

/// Everything one job produced, computed and priced: what a report presents (and nothing a report
/// has to compute).
public struct Outcome: Sendable {
    /// The network run.
    public var topology: NetworkTopology
    /// Spike statistics per population (empty for an estimate).
    public var populations: [PopulationStatistics]
    /// Operation counts per folded convolution.
    public var convs: [ConvStatistics]
    /// Detections, when the network's weights were run.
    public var detections: [Detection]?
    /// The paper's estimate from these counts.
    public var paper: PaperEstimate
    /// SOPs under each tool's convention.
    public var conventions: SOPCounts
    /// pJ per MAC of the ANN baseline.
    public var annMACPicojoules: Double
    /// The chip's timing and energy (simulate and replay).
    public var chip: ChipOutcome?
    /// This run against FP64 (when asked for).
    public var numerics: NumericSensitivity?
    /// `spikes[t][p]`, when kept (for recording a trace).
    public var spikes: [[[UInt8]]]
    /// Facts about how the numbers were made, one sentence each.
    public var notes: [String]
    /// Per timestep: spikes, SOPs, energies (empty for an estimate).
    public var timesteps: [TimestepFigures] = []
    /// Per population and timestep: the paper-convention energy of the synaptic operations its
    /// spikes cause, mJ (`populationTimestepMillijoules[p][t]`; empty for an estimate).
    public var populationTimestepMillijoules: [[Double]] = []
    /// How the input was letterboxed from a decoded image (nil for a tensor input): `detections`
    /// are then in the original image's pixels and `inputDetections` in the model input's.
    public var geometry: LetterboxGeometry? = nil
    /// The detections in model-input pixels, when `detections` were mapped to the original image.
    public var inputDetections: [Detection]? = nil

    /// Total spikes over all populations (aliases counted, as the authors count).
    public var totalSpikes: Int { populations.reduce(0) { $0 + $1.spikes } }
}

/// The chip's side of an outcome.
public struct ChipOutcome: Sendable {
    /// The chip simulated.
    public var config: HardwareConfig
    /// Mapping, cycles, per-layer and per-core counts.
    public var result: SimulationResult
    /// Every action priced, per layer, per core and in total, and the same-chip dense ANN.
    public var energy: ChipEnergy
    /// How a fixed-point chip's run differs from the FP32 reference (when compared).
    public var comparison: FixedPointComparison?
    /// The same spikes with binary and with graded packets (`--compare-packets`).
    public var packets: PacketComparison?
}

/// A fixed-point chip's run against the FP32 reference on the same input.
public struct FixedPointComparison: Sendable, Equatable {
    /// The spikes, neuron by neuron.
    public var spikes: SpikeComparison
    /// Detections present in one run and not matched in the other.
    public var unmatchedDetections: Int
    /// Convolution outputs that ended at a saturation bound.
    public var saturations: Int
    /// Detections of the fixed-point run (compare `referenceDetections.count`).
    public var detections = 0
    /// The FP32 reference's detections (input pixels), for accuracy against labels.
    public var referenceDetections: [Detection] = []

    /// Neuron-timesteps whose integer spike differs.
    public var differingSpikes: Int { spikes.differing }
}

/// A run against the same network in FP64 on the same input: the numeric uncertainty of its
/// spike counts, SOPs and energies (`--compare-fp64`).
public struct NumericSensitivity: Sendable, Equatable {
    /// This run's arithmetic.
    public var arithmetic: String
    /// The spikes against FP64's, neuron by neuron.
    public var spikes: SpikeComparison
    /// Event-exact SOPs here and in FP64.
    public var sops: Int, sopsFP64: Int
    /// The paper's SNN energy here and in FP64, mJ.
    public var paperMillijoules: Double, paperMillijoulesFP64: Double
    /// The chip's energy here and with FP64's spikes replayed on the same chip, mJ (chip runs).
    public var chipMillijoules: Double?, chipMillijoulesFP64: Double?
    /// The chip's cycles here and with FP64's spikes (chip runs).
    public var cycles: Int?, cyclesFP64: Int?
}

/// The ANN the paper compares with, priced two ways.
public struct ANNBaselineFigures: Sendable, Equatable {
    /// Every MAC of the folded graph at the baseline's pJ per MAC, mJ.
    public var macMillijoules: Double
    /// The same dense ANN on the simulated chip (weights read, accumulators updated, leakage), mJ.
    public var sameChipMillijoules: Double?
    /// The paper's SNN energy over `macMillijoules`.
    public var paperRatio: Double
    /// The chip's SNN energy over `sameChipMillijoules`.
    public var chipRatio: Double?
}

extension Outcome {
    /// The ANN baseline of this outcome.
    public var annBaseline: ANNBaselineFigures {
        let annMJ = annMACPicojoules * Double(paper.totalMACs) * 1e-9
        let sameChip = chip.map { $0.energy.sameChipANNPicojoules * 1e-9 }
        let chipRatio = chip.flatMap { c in sameChip.map { $0 > 0 ? c.energy.total.totalPicojoules * 1e-9 / $0 : 0 } }
        return ANNBaselineFigures(macMillijoules: annMJ, sameChipMillijoules: sameChip,
                                  paperRatio: annMJ > 0 ? paper.snnMillijoules / annMJ : 0, chipRatio: chipRatio)
    }
}
