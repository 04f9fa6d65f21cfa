/// The integer operations of the chip's fixed-point rule (`docs/hardware-model.md`, section
/// "Arithmetic"), written for the tests from that text alone: `Int64` throughout, every rounding
/// and saturation spelled out. It shares no code with NCModel's fixed-point arithmetic, so the
/// tests that compare the two can catch a mistake in either.
enum ExactFixedPoint {
    /// `2^k` for `k` in `0...62`.
    static func power(_ k: Int) -> Int64 {
        precondition((0...62).contains(k), "2^\(k) does not fit Int64")
        return Int64(1) << Int64(k)
    }

    /// `2^k` as a Double (exact for every `k` used here).
    static func scale(_ k: Int) -> Double { Double(sign: .plus, exponent: k, significand: 1) }

    /// Largest word of an `m`-bit two's-complement membrane.
    static func largest(membraneBits m: Int) -> Int64 { power(m - 1) - 1 }

    /// Smallest word of an `m`-bit two's-complement membrane.
    static func smallest(membraneBits m: Int) -> Int64 { -power(m - 1) }

    /// Rule 3's saturation: `v` clamped to `[-2^(m-1), 2^(m-1) - 1]`.
    static func saturate(_ v: Int64, membraneBits m: Int) -> Int64 {
        min(max(v, smallest(membraneBits: m)), largest(membraneBits: m))
    }

    /// `n / 2^k` rounded to the nearest integer, ties to even, for `k >= 0`.
    static func roundHalfEven(_ n: Int64, dividedByPowerOfTwo k: Int) -> Int64 {
        guard k > 0 else { return n }
        let quotient = n >> Int64(k)  // arithmetic shift: the floor, also for negative n
        let remainder = n - quotient * power(k)  // 0 ..< 2^k
        let half = power(k - 1)
        if remainder > half || (remainder == half && quotient & 1 != 0) { return quotient + 1 }
        return quotient
    }

    /// `x` rounded to the nearest integer, ties to even, without `rounded(.toNearestOrEven)`:
    /// `x - floor(x)` is exact for every finite Double (it is 0 once `|x| >= 2^52`).
    static func roundHalfEven(_ x: Double) -> Double {
        let low = x.rounded(.down)
        let fraction = x - low
        let lowIsOdd = low.truncatingRemainder(dividingBy: 2) != 0
        if fraction > 0.5 || (fraction == 0.5 && lowIsOdd) { return low + 1 }
        return low
    }

    /// Rule 3: `round_half_even(x × 2^f)` saturated to an `m`-bit membrane word.
    static func quantise(_ x: Double, fractionBits f: Int, membraneBits m: Int) -> Int64 {
        precondition(x.isFinite, "quantising a non-finite value")
        // x × 2^f is exact (a power of two); a result so small that it is subnormal rounds to 0.
        let rounded = roundHalfEven(x * scale(f))
        let low = Double(smallest(membraneBits: m)), high = Double(largest(membraneBits: m))
        return Int64(min(max(rounded, low), high))
    }

    /// Rule 2: `floor(log2(top / m))` with `top = 2^(W-1) - 1`, clamped to `[-16, M - 4]`; 8 when
    /// `m` is 0 or not finite. `floor(log2(top / m))` is the largest integer `f` with
    /// `m × 2^f <= top`, found by exact comparisons rather than a rounded logarithm.
    static func fractionBits(largestWeight m: Double, weightBits w: Int, membraneBits mb: Int) -> Int {
        guard m.isFinite, m > 0 else { return 8 }
        let top = Double(power(w - 1) - 1)
        var f = 0
        while m * scale(f) > top { f -= 1 }
        while m * scale(f + 1) <= top { f += 1 }
        return min(max(f, -16), mb - 4)
    }

    /// Rule 5's leak: `round_half_even((u' - s'·2^f) / 4)`, where `s'·2^f` is `s' >> -f` when
    /// `f < 0`.
    static func leak(membrane u: Int64, spike s: Int64, fractionBits f: Int) -> Int64 {
        let reset = f >= 0 ? s * power(f) : s >> Int64(-f)
        return roundHalfEven(u - reset, dividedByPowerOfTwo: 2)
    }

    /// Rule 5's Gen1 LIF charge: `sat(v' + round_half_even((x - v') / 2))`.
    static func gen1Charge(potential v: Int64, input x: Int64, membraneBits m: Int) -> Int64 {
        saturate(v + roundHalfEven(x - v, dividedByPowerOfTwo: 1), membraneBits: m)
    }

    /// Rule 5's Gen1 LIF reset: `sat(v - s·2^f)`, `s·2^f` being `s >> -f` when `f < 0`.
    static func gen1Reset(potential v: Int64, spike s: Int64, fractionBits f: Int, membraneBits m: Int) -> Int64 {
        saturate(v - (f >= 0 ? s * power(f) : s >> Int64(-f)), membraneBits: m)
    }

    /// Rule 5's spike: `round_half_even(clamp(u / 2^f, 0, D))`, in integers.
    static func spike(membrane u: Int64, fractionBits f: Int, levels d: Int) -> UInt8 {
        let ceiling = Int64(d)
        if f <= 0 {
            // u / 2^f = u × 2^-f is already an integer.
            return UInt8(min(max(u * power(-f), 0), ceiling))
        }
        if u <= 0 { return 0 }
        if u >= ceiling * power(f) { return UInt8(d) }
        return UInt8(roundHalfEven(u, dividedByPowerOfTwo: f))
    }
}
