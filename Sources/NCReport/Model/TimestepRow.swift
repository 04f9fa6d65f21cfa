/// One timestep of the whole run (`per_timestep[]`): what the totals are the sums of.
public struct TimestepRow: Codable, Sendable, Equatable {
    /// Timestep index (model step t; for Gen1 event frames, window T − 1 − t).
    public var timestep: Int
    /// Integer spikes over all populations.
    public var spikes: Int
    /// Event-exact synaptic operations (absent when not counted).
    public var sops: Int?
    /// The paper's SNN energy of this timestep, mJ (`E_MAC × MACs(encoding) + E_AC × Σ MACs × fr_t`).
    public var paperMillijoules: Double
    /// The chip's energy during this timestep, mJ (chip runs).
    public var hardwareMillijoules: Double?
    /// The chip's cycles during this timestep (chip runs).
    public var cycles: Int?

    enum CodingKeys: String, CodingKey {
        case timestep, spikes, sops, paperMillijoules = "paper_snn_mJ", hardwareMillijoules = "hardware_mJ", cycles
    }
}

/// One population at one timestep (`neurons[].per_timestep[]`).
public struct NeuronTimestep: Codable, Sendable, Equatable {
    /// Integer spikes over the population's neurons.
    public var spikes: Int
    /// Neurons that emitted 0, 1, ..., D.
    public var histogram: [Int]
    /// The paper-convention energy of the synaptic operations these spikes cause, mJ
    /// (`E_AC × MACs of the convolutions the population feeds × its mean rate at this timestep`).
    public var paperMillijoules: Double?

    enum CodingKeys: String, CodingKey {
        case spikes, histogram, paperMillijoules = "paper_mJ"
    }
}
