/// The I-LIF neuron of SpikeYOLO (SPEC §2), one timestep at a time:
///
///     u_0 = x_0
///     u_t = (u_{t-1} - s_{t-1}) * 0.25 + x_t      (t >= 1)
///     s_t = round(clamp(u_t, 0, D))               (round half to even, as torch.round)
public enum ILIF {
    /// The membrane decay between timesteps.
    public static let decay = 0.25

    /// The integer spike for membrane `u` with at most `levels` (D).
    @inlinable
    public static func spike<S: BinaryFloatingPoint>(_ u: S, levels: Int) -> UInt8 {
        let d = S(levels)
        let c = u < 0 ? 0 : (u > d ? d : u)
        // NaN compares false above and would pass through: treat it as silence.
        guard c == c else { return 0 }
        // c lies in [0, D], D <= 255: the integer conversion cannot trap.
        return UInt8(truncatingIfNeeded: Int(c.rounded(.toNearestOrEven)))
    }

    /// `spike` for `Float`: the same rule with the hardware float-to-integer conversion (the
    /// generic conversion is an order of magnitude slower in the fire loop).
    @inlinable
    public static func spike(_ u: Float, levels: Int) -> UInt8 {
        let c = u < 0 ? 0 : (u > Float(levels) ? Float(levels) : u)
        guard c == c else { return 0 }
        return UInt8(truncatingIfNeeded: Int(c.rounded(.toNearestOrEven)))
    }

    /// `spike` for `Double`.
    @inlinable
    public static func spike(_ u: Double, levels: Int) -> UInt8 {
        let c = u < 0 ? 0 : (u > Double(levels) ? Double(levels) : u)
        guard c == c else { return 0 }
        return UInt8(truncatingIfNeeded: Int(c.rounded(.toNearestOrEven)))
    }

    /// The membrane after the leak: `(u - s) * 0.25 + x`, in the arithmetic of `S`.
    @inlinable
    public static func integrate<S: BinaryFloatingPoint>(previous u: S, spike s: UInt8, input x: S) -> S {
        (u - S(s)) * S(decay) + x
    }
}
