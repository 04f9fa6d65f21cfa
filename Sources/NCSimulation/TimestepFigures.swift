import NCEnergy
import NCHardware
import NCModel

/// One timestep of a run: its spikes, synaptic operations and energy under each accounting.
/// Over all timesteps these sum to the run's totals (the paper's energy up to FP rounding).
public struct TimestepFigures: Sendable, Equatable {
    /// Integer spikes of every population (aliases counted, as the authors count).
    public var spikes: Int
    /// Event-exact synaptic operations (nil when not counted).
    public var sops: Int?
    /// The paper's SNN energy of this timestep, mJ: `E_MAC × MACs(encoding) + E_AC × Σ MACs × fr_t`,
    /// with `fr_t` each input population's mean integer output at this timestep.
    public var paperMillijoules: Double
    /// The chip's energy during this timestep (chip runs), mJ.
    public var chipMillijoules: Double?
    /// The chip's cycles during this timestep (chip runs).
    public var cycles: Int?
}

extension Simulation {
    /// Per timestep: the run's figures, and for every population the paper-convention energy of
    /// the synaptic operations its spikes cause (`E_AC × Σ MACs of the convolutions it feeds × fr_t`,
    /// mJ). Empty without per-timestep spike counts (an estimate).
    static func timesteps(_ topology: NetworkTopology, _ populations: [PopulationStatistics], timestepSOPs: [Int]?,
                          chip: ChipOutcome?, settings: RunSettings) -> (figures: [TimestepFigures], populations: [[Double]]) {
        let count = topology.timesteps
        guard !populations.isEmpty, populations.allSatisfy({ $0.perTimestep.count == count }) else { return ([], []) }
        // MACs of the convolutions each population feeds.
        var fedMACs = [Int](repeating: 0, count: populations.count)
        for conv in topology.convs { if case .population(let p) = conv.source { fedMACs[p] += conv.macs } }
        var perPopulation = populations.map { _ in [Double](repeating: 0, count: count) }
        let figures = (0..<count).map { t -> TimestepFigures in
            func rate(_ p: Int) -> Double {
                populations[p].count > 0 ? Double(populations[p].perTimestep[t].spikes) / Double(populations[p].count) : 0
            }
            for p in populations.indices {
                perPopulation[p][t] = settings.paperACPicojoules * Double(fedMACs[p]) * rate(p) * 1e-9
            }
            let layers = topology.convs.map { conv -> PaperEstimate.Layer in
                var r = 0.0
                if case .population(let p) = conv.source { r = rate(p) }
                return (macs: conv.macs, isEncoding: conv.isEncoding, inputRate: r)
            }
            let paper = PaperEstimate(layers: layers, timesteps: 1, macPicojoules: settings.paperMACPicojoules,
                                      acPicojoules: settings.paperACPicojoules)
            let timing = chip.flatMap { t < $0.result.timing.timesteps.count ? $0.result.timing.timesteps[t] : nil }
            let energy = chip.flatMap { t < $0.energy.timesteps.count ? $0.energy.timesteps[t] : nil }
            return TimestepFigures(
                spikes: populations.reduce(0) { $0 + $1.perTimestep[t].spikes },
                sops: timing.map { $0.actions[.accumulate] } ?? timestepSOPs.flatMap { t < $0.count ? $0[t] : nil },
                paperMillijoules: paper.snnMillijoules, chipMillijoules: energy.map { $0.totalPicojoules * 1e-9 },
                cycles: timing?.cycles)
        }
        return (figures, perPopulation)
    }
}
