/// A spiking neuron: how one neuron's membrane and integer spike evolve from timestep to timestep,
/// written once for every `MembraneArithmetic`. Adding a neuron model is one conforming type and
/// one case of `NeuronKind`.
public protocol NeuronModel: Sendable {
    /// Updates one neuron at one timestep: `x` is its input current, `state` the membrane kept from
    /// the previous timestep (zero before the first) and `spike` its previous spike (0 before the
    /// first); `first` is true at timestep 0. Sets the new membrane and spike.
    func update<A: MembraneArithmetic>(_ a: A, input x: A.Word, state: inout A.Word, spike: inout UInt8, first: Bool,
                                       unit: A.Unit, levels: Int)

    /// `update` on neurons side by side (one pixel's channels), one per unit in `units`:
    /// `states` nil when no membrane is kept between timesteps (then each starts from zero),
    /// `spikes` the previous spikes in and the new ones out. `updateEach` is the definition; a
    /// model may give the same results faster.
    func update<A: MembraneArithmetic>(_ a: A, inputs: UnsafePointer<A.Word>, states: UnsafeMutablePointer<A.Word>?,
                                       spikes: UnsafeMutablePointer<UInt8>, first: Bool, units: UnsafeBufferPointer<A.Unit>,
                                       levels: Int)
}

extension NeuronModel {
    /// The many-neuron `update`: the one-neuron `update` on each in turn.
    @inline(__always)
    public func updateEach<A: MembraneArithmetic>(_ a: A, inputs: UnsafePointer<A.Word>, states: UnsafeMutablePointer<A.Word>?,
                                                  spikes: UnsafeMutablePointer<UInt8>, first: Bool,
                                                  units: UnsafeBufferPointer<A.Unit>, levels: Int) {
        for i in 0..<units.count {
            var u = states?[i] ?? a.zero
            var spike = spikes[i]
            update(a, input: inputs[i], state: &u, spike: &spike, first: first, unit: units[i], levels: levels)
            states?[i] = u
            spikes[i] = spike
        }
    }

    @inline(__always)
    public func update<A: MembraneArithmetic>(_ a: A, inputs: UnsafePointer<A.Word>, states: UnsafeMutablePointer<A.Word>?,
                                              spikes: UnsafeMutablePointer<UInt8>, first: Bool, units: UnsafeBufferPointer<A.Unit>,
                                              levels: Int) {
        updateEach(a, inputs: inputs, states: states, spikes: spikes, first: first, units: units, levels: levels)
    }
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
