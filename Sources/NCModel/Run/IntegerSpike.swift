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

    /// `of` on eight FP32 membranes at once, the same spikes (tests compare every class of input:
    /// NaN, infinities, signed zeros, halves). After the clamp, `c + 2^23` lies in [2^23, 2^24),
    /// where floats are the integers: the addition rounds `c` half to even, as `rounded` does,
    /// and the sum's low mantissa bits are that integer (at most 255).
    @inlinable
    public static func float8(_ u: SIMD8<Float>, levels: Int) -> SIMD8<UInt8> {
        // Vector operands throughout: forms with a scalar operand build their masks lane by lane.
        let d = SIMD8<Float>(repeating: Float(levels)), zero = SIMD8<Float>()
        var c = u.replacing(with: zero, where: u .< zero)
        c = c.replacing(with: d, where: c .> d)
        c = c.replacing(with: zero, where: c .!= c)
        let shifted = c + SIMD8<Float>(repeating: 8_388_608)
        return SIMD8<UInt8>(truncatingIfNeeded: unsafeBitCast(shifted, to: SIMD8<UInt32>.self))
    }

    /// How many of `spikes` are 0, 1, …, `levels` (every spike is at most `levels`), counted on
    /// up to `threads` threads, eight at a time: silent neurons counted at once, the others one by one.
    public static func histogram(_ spikes: UnsafeBufferPointer<UInt8>, levels: Int, threads: Int) -> [Int] {
        let chunk = 1 << 16
        let parts = (spikes.count + chunk - 1) / chunk
        var counts = [Int](repeating: 0, count: parts * 256)
        counts.withUnsafeMutableBufferPointer { cp in
            let box = UncheckedSendable(cp)
            Parallel.forEachRange(parts, threads: threads) { range in
                guard let base = spikes.baseAddress, let all = box.value.baseAddress else { return }
                for part in range {
                    let bins = all + part * 256
                    var i = part * chunk
                    let end = min(spikes.count, i + chunk)
                    while i + 8 <= end {
                        let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                        var m = w.nonZeroByteMarks
                        bins[0] += 8 - m.nonzeroBitCount
                        while m != 0 {
                            bins[Int(base[i + m.trailingZeroBitCount >> 3])] += 1
                            m &= m &- 1
                        }
                        i += 8
                    }
                    while i < end {
                        bins[Int(base[i])] += 1
                        i += 1
                    }
                }
            }
        }
        var histogram = [Int](repeating: 0, count: 256)
        for part in 0..<parts { for v in 0..<256 { histogram[v] += counts[part * 256 + v] } }
        precondition(histogram[(levels + 1)...].allSatisfy { $0 == 0 }, "a spike above D = \(levels)")
        return Array(histogram[0...levels])
    }

    /// `spike` for `Double`.
    @inlinable
    public static func of(_ u: Double, levels: Int) -> UInt8 {
        let c = u < 0 ? 0 : (u > Double(levels) ? Double(levels) : u)
        guard c == c else { return 0 }
        return UInt8(truncatingIfNeeded: Int(c.rounded(.toNearestOrEven)))
    }
}
