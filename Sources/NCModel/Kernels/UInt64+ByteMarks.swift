extension UInt64 {
    /// Each byte's top bit set where that byte is not zero, all eight bytes at once (for scans of
    /// spike maps, which are mostly zeros): `(b & 0x7F) + 0x7F` carries into the top bit for any
    /// non-zero low seven bits, `| b` adds the top bit itself.
    @inline(__always)
    var nonZeroByteMarks: UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return (((self & low) &+ low) | self) & ~low
    }
}
