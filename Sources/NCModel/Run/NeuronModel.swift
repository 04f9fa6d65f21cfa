/// A spiking neuron: how one neuron's membrane and integer spike evolve from timestep to timestep,
/// written once for every `MembraneArithmetic`. Adding a neuron model is one conforming type and
/// one case of `NeuronKind`.
public protocol NeuronModel: Sendable {
    /// Updates one neuron at one timestep: `x` is its input current, `state` the membrane kept from
    /// the previous timestep (zero before the first) and `spike` its previous spike (0 before the
    /// first); `first` is true at timestep 0. Sets the new membrane and spike.
    func update<A: MembraneArithmetic>(_ a: A, input x: A.Word, state: inout A.Word, spike: inout UInt8, first: Bool,
                                       unit: A.Unit, levels: Int)
}

/// The neuron models a network can use, by name (what a topology records).
public enum NeuronKind: String, Sendable, Equatable, Codable, CaseIterable {
    /// SpikeYOLO's integer LIF for COCO (`ILIF`).
    case ilif = "i-lif"
    /// The LIF of the Gen1 event-camera models (`Gen1LIF`: tau 2, decayed input, soft reset).
    case gen1LIF = "gen1-lif"
    /// A binary integrate-and-fire neuron (`IntegrateAndFire`); its parameters are the
    /// topology's `integrateAndFire`.
    case integrateAndFire = "integrate-and-fire"
}
