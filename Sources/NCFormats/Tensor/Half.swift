/// Conversions between IEEE binary16 / bfloat16 bit patterns and `Float`, written out so they
/// behave identically on every platform (Swift's `Float16` is unavailable on some x86 targets).
public enum Half {
    /// Widens an IEEE binary16 bit pattern to `Float` exactly (every half is a float).
    @inlinable
    public static func toFloat(_ h: UInt16) -> Float {
        let sign = UInt32(h & 0x8000) << 16
        let exp = Int((h >> 10) & 0x1F)
        let mant = UInt32(h & 0x03FF)
        if exp == 0 {
            if mant == 0 { return Float(bitPattern: sign) }
            // Subnormal half: value = mant * 2^-24, exactly representable as a normal float.
            let v = Float(mant) * Float(bitPattern: 0x3380_0000)  // 2^-24
            return sign != 0 ? -v : v
        }
        if exp == 0x1F {
            return Float(bitPattern: sign | 0x7F80_0000 | (mant << 13))
        }
        return Float(bitPattern: sign | UInt32(exp - 15 + 127) << 23 | (mant << 13))
    }

    /// Rounds a `Float` to the nearest binary16 (ties to even), returning the bit pattern.
    public static func fromFloat(_ f: Float) -> UInt16 {
        let bits = f.bitPattern
        let sign = UInt16((bits >> 16) & 0x8000)
        let exp = Int((bits >> 23) & 0xFF)
        var mant = bits & 0x7F_FFFF
        if exp == 0xFF {  // inf or nan
            return sign | 0x7C00 | (mant != 0 ? 0x0200 : 0)
        }
        var e = exp - 127 + 15
        if e >= 0x1F { return sign | 0x7C00 }
        if e <= 0 {
            if e < -10 { return sign }
            mant |= 0x80_0000
            let shift = UInt32(14 - e)
            let half = UInt32(1) << (shift - 1)
            var m = mant >> shift
            let rest = mant & ((UInt32(1) << shift) - 1)
            if rest > half || (rest == half && (m & 1) != 0) { m += 1 }
            return sign | UInt16(m)
        }
        var m = mant >> 13
        let rest = mant & 0x1FFF
        if rest > 0x1000 || (rest == 0x1000 && (m & 1) != 0) {
            m += 1
            if m == 0x400 {
                m = 0
                e += 1
                if e >= 0x1F { return sign | 0x7C00 }
            }
        }
        return sign | UInt16(e) << 10 | UInt16(m)
    }

    /// Widens a bfloat16 bit pattern to `Float` exactly.
    @inlinable
    public static func bfloat16ToFloat(_ b: UInt16) -> Float {
        Float(bitPattern: UInt32(b) << 16)
    }
}
