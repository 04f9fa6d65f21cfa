/// The integer spike of SpikeYOLO's neurons (the authors' `MultiSpike4` quantiser, shared by the
/// COCO and Gen1 neurons): `round(clamp(u, 0, D))`, rounding half to even as `torch.round` does.
public enum IntegerSpike {
    /// The integer spike for membrane `u` with at most `levels` (D).
    @inlinable
    public static func of<S: BinaryFloatingPoint>(_ u: S, levels: Int) -> UInt8 {
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
    public static func of(_ u: Float, levels: Int) -> UInt8 {
        let c = u < 0 ? 0 : (u > Float(levels) ? Float(levels) : u)
        guard c == c else { return 0 }
        return UInt8(truncatingIfNeeded: Int(c.rounded(.toNearestOrEven)))
    }

    /// `spike` for `Double`.
    @inlinable
    public static func of(_ u: Double, levels: Int) -> UInt8 {
        let c = u < 0 ? 0 : (u > Double(levels) ? Double(levels) : u)
        guard c == c else { return 0 }
        return UInt8(truncatingIfNeeded: Int(c.rounded(.toNearestOrEven)))
    }
}
