/// The I-LIF neuron of SpikeYOLO (SPEC §2), one timestep at a time:
///
///     u_0 = x_0
///     u_t = (u_{t-1} - s_{t-1}) * 0.25 + x_t      (t >= 1)
///     s_t = round(clamp(u_t, 0, D))               (round half to even, as torch.round)
public struct ILIF: NeuronModel {
    /// An I-LIF neuron.
    public init() {}

    /// The membrane decay between timesteps, as a power of two: 0.25 = 2^-2.
    public static let decayShift = 2

    @inline(__always)
    public func update<A: MembraneArithmetic>(_ a: A, input x: A.Word, state: inout A.Word, spike: inout UInt8, first: Bool,
                                              unit: A.Unit, levels: Int) {
        if first {
            state = x
        } else {
            let leaked = a.halve(a.subtract(a.widen(state), a.level(spike, unit)), times: ILIF.decayShift)
            state = a.narrow(a.add(leaked, a.widen(x)))
        }
        spike = a.spike(state, unit, levels: levels)
    }

    /// At the first timestep the membrane is the input and the spike its integer spike, for
    /// every neuron at once (`MembraneArithmetic.spikes`); later timesteps neuron by neuron.
    @inline(__always)
    public func update<A: MembraneArithmetic>(_ a: A, inputs: UnsafePointer<A.Word>, states: UnsafeMutablePointer<A.Word>?,
                                              spikes: UnsafeMutablePointer<UInt8>, first: Bool, units: UnsafeBufferPointer<A.Unit>,
                                              levels: Int) {
        guard first else {
            updateEach(a, inputs: inputs, states: states, spikes: spikes, first: first, units: units, levels: levels)
            return
        }
        states?.update(from: inputs, count: units.count)
        a.spikes(inputs, units: units, levels: levels, into: spikes)
    }
}
