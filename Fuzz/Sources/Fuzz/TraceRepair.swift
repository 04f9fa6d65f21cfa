import NCFormats

/// Recomputes the CRCs of a mutated `.nctrace` file (header, every chunk the index points to,
/// index), so mutations reach the topology, index and payload checks instead of stopping at
/// the first CRC. Follows the layout in `traces/README.md`; where the structure it needs is
/// missing (the file is too short, an offset points outside), it leaves the bytes as they are.
enum TraceRepair {
    static func repaired(_ input: UnsafeRawBufferPointer) -> [UInt8] {
        var b = [UInt8](input)
        guard b.count >= 20 else { return b }
        let headerEnd = 16 + Int(u32(b, 12))
        guard headerEnd + 4 <= b.count else { return b }
        put32(&b, headerEnd, crc(b, 0..<headerEnd))
        guard b.count >= headerEnd + 4 + 24 else { return b }
        let footer = b.count - 24
        let x = u64(b, footer), l = u64(b, footer + 8)
        guard x <= UInt64(footer), l <= UInt64(footer), x + l + 4 <= UInt64(footer) else { return b }
        let indexStart = Int(x), indexEnd = Int(x + l)
        // Chunks first: the index CRC does not cover them.
        if l >= 8 {
            let listed = Int(u32(b, indexStart))
            var entry = indexStart + 8
            for _ in 0..<min(listed, 1 << 16) {
                guard entry + 32 <= indexEnd else { break }
                let offset = u64(b, entry + 8)
                entry += 32
                guard offset <= UInt64(indexStart), Int(offset) + 17 <= indexStart else { continue }
                let c = Int(offset)
                let payload = Int(u32(b, c + 13))
                guard payload <= indexStart - c - 21 else { continue }
                let end = c + 17 + payload
                put32(&b, end, crc(b, c..<end))
            }
        }
        put32(&b, indexEnd, crc(b, indexStart..<indexEnd))
        return b
    }

    private static func crc(_ b: [UInt8], _ range: Range<Int>) -> UInt32 {
        b.withUnsafeBytes { CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }

    private static func u32(_ b: [UInt8], _ o: Int) -> UInt32 {
        UInt32(b[o]) | UInt32(b[o + 1]) << 8 | UInt32(b[o + 2]) << 16 | UInt32(b[o + 3]) << 24
    }

    private static func u64(_ b: [UInt8], _ o: Int) -> UInt64 { UInt64(u32(b, o)) | UInt64(u32(b, o + 4)) << 32 }

    private static func put32(_ b: inout [UInt8], _ o: Int, _ v: UInt32) {
        for i in 0..<4 { b[o + i] = UInt8(truncatingIfNeeded: v >> (8 * i)) }
    }
}
