/// The binary integrate-and-fire neuron of SANA-FE's `loihi_lif` and most binary-SNN chips
/// (`../shared/fixtures/sanafe/README.md`, "Neuron semantics"). Per timestep, with `v = 0`
/// before the first:
///
///     v ← v · leak                   (leak 1 = none; skipped at the first timestep, where v = 0)
///     v ← v + x                      x: this timestep's synaptic input
///     s = v > θ   (or v ≥ θ)         binary spike
///     if s: v ← 0 (hard) or v − θ (subtract)
///
/// There is no floor: `v` may go, and stay, negative. SANA-FE delivers a spike one timestep
/// after it is emitted; that delay is a fixed shift of the timestep index (output `t` comes
/// from input `t`), which the layer workload documents, not the neuron.
public struct IntegrateAndFire: NeuronModel, Codable, Equatable, Hashable {
    /// What a spike does to the membrane.
    public enum Reset: String, Sendable, Codable, CaseIterable {
        /// `v ← 0` (SANA-FE `reset_mode: hard`, reset 0).
        case zero
        /// `v ← v − θ` (SANA-FE `reset_mode: soft`).
        case subtract
    }

    /// The threshold θ, in the units of the input currents (non-negative, finite).
    public var threshold: Double
    /// Fire on `v ≥ θ` instead of SANA-FE's strict `v > θ`.
    public var firesAtThreshold: Bool
    /// Reset after a spike.
    public var reset: Reset
    /// The factor the membrane is multiplied by before each timestep's input, in [0, 1].
    public var leak: Double

    /// A neuron with threshold θ, its comparison, reset and leak factor (1 = no leak).
    public init(threshold: Double, firesAtThreshold: Bool = false, reset: Reset = .zero, leak: Double = 1) {
        self.threshold = threshold
        self.firesAtThreshold = firesAtThreshold
        self.reset = reset
        self.leak = leak
    }

    @inline(__always)
    public func update<A: MembraneArithmetic>(_ a: A, input x: A.Word, state: inout A.Word, spike: inout UInt8, first: Bool,
                                              unit: A.Unit, levels: Int) {
        let kept = first ? a.widen(a.zero) : a.scale(a.widen(state), by: leak)
        let v = a.add(kept, a.widen(x))
        let theta = a.constant(threshold, unit)
        if a.exceeds(v, theta, orEqual: firesAtThreshold) {
            spike = 1
            state = reset == .zero ? a.zero : a.narrow(a.subtract(v, theta))
        } else {
            spike = 0
            state = a.narrow(v)
        }
    }
}
