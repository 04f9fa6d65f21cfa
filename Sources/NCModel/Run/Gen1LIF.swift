/// The LIF neuron of SpikeYOLO's Gen1 (event-camera) models: spikingjelly's `MultiStepLIFNode`
/// with `tau = 2`, `decay_input = True`, `v_reset = None`, whose surrogate in the authors' bundled
/// spikingjelly fires the integer `round(clamp(v, 0, 4))` (`quant4`). Per timestep, with `v = 0`
/// before the first (fixtures/gen1/SEMANTICS.md §2):
///
///     v ← v + (x − v) / 2             charge: the input is decayed too, so t = 0 sees x / 2
///     s = round(clamp(v, 0, D))       fire: half to even; the threshold (1.0) is never used
///     v ← v − s                       soft reset by the spike itself
///
/// The operations run in that order in every arithmetic, as PyTorch evaluates them: in floating
/// point `v + (x − v)·½` is not `(v + x)·½` in the last bit. In fixed point `(x − v) / 2` of an odd
/// difference is a tie, rounded half to even (`MembraneArithmetic.halve`).
public struct Gen1LIF: NeuronModel {
    /// A Gen1 LIF neuron.
    public init() {}

    /// `1 / tau` as a power of two: tau = 2 = 2^1.
    public static let decayShift = 1

    @inline(__always)
    public func update<A: MembraneArithmetic>(_ a: A, input x: A.Word, state: inout A.Word, spike: inout UInt8, first: Bool,
                                              unit: A.Unit, levels: Int) {
        // `state` is the potential after the previous reset (zero before the first timestep).
        let before = a.widen(state)
        let charged = a.narrow(a.add(before, a.halve(a.subtract(a.widen(x), before), times: Gen1LIF.decayShift)))
        spike = a.spike(charged, unit, levels: levels)
        state = a.narrow(a.subtract(a.widen(charged), a.level(spike, unit)))
    }
}
