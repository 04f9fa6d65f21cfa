import NCSimulation

/// One population's spike count in a run and in a reference run of another arithmetic (JSON
/// keys in `SpikeComparison.Population.CodingKeys`).
public typealias PopulationDifference = SpikeComparison.Population

/// This run against the same network in FP64 (`--compare-fp64`): how much its spike counts, SOPs
/// and energies owe to rounding — an error bar on every other number of the report.
public struct NumericsSection: Codable, Sendable, Equatable {
    /// This run's arithmetic (`fp32`, `int8/int24`).
    public var arithmetic: String
    /// The reference arithmetic (`fp64`).
    public var reference: String
    /// Neuron-timesteps compared, and how many differ.
    public var neuronTimesteps: Int, differing: Int
    /// Spikes here and in the reference.
    public var spikes: Int, referenceSpikes: Int
    /// Event-exact SOPs here and in the reference.
    public var sops: Int, referenceSOPs: Int
    /// The paper's SNN energy here and in the reference, mJ.
    public var paperMillijoules: Double, referencePaperMillijoules: Double
    /// The chip's energy here and with the reference's spikes replayed on the same chip, mJ.
    public var chipMillijoules: Double?, referenceChipMillijoules: Double?
    /// The chip's cycles here and with the reference's spikes.
    public var cycles: Int?, referenceCycles: Int?
    /// Every population, in topology order.
    public var populations: [PopulationDifference]
    /// The populations that moved most (at most 5, largest relative change first).
    public var mostMoved: [PopulationDifference]

    /// Share of neuron-timesteps that differ, 0...1.
    public var differingShare: Double { neuronTimesteps > 0 ? Double(differing) / Double(neuronTimesteps) : 0 }

    enum CodingKeys: String, CodingKey {
        case arithmetic, reference, neuronTimesteps = "neuron_timesteps", differing, spikes
        case referenceSpikes = "reference_spikes", sops, referenceSOPs = "reference_sops"
        case paperMillijoules = "paper_snn_mJ", referencePaperMillijoules = "reference_paper_snn_mJ"
        case chipMillijoules = "chip_mJ", referenceChipMillijoules = "reference_chip_mJ", cycles
        case referenceCycles = "reference_cycles", populations, mostMoved = "most_moved"
    }
}
