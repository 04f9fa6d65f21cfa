/// The byte that opens each table of a DHT or DQT segment (ITU T.81 B.2.4.1–B.2.4.2): a 4-bit
/// kind in the high nibble (DHT: class 0 = DC, 1 = AC; DQT: precision 0 = 8-bit, 1 = 16-bit) and
/// a 4-bit destination 0…3 in the low nibble. Both segments refuse the same out-of-range values,
/// so they read it here once.
struct JPEGTableSelector {
    /// Class (DHT) or precision (DQT): 0 or 1.
    let kind: UInt8
    /// Destination index 0…3.
    let destination: Int

    /// Reads the selector at `r`'s cursor; `kindName` names the high nibble in the error, which
    /// the segment's caller prefixes with the segment and its offset.
    init(_ r: inout ByteReader, kindName: String) throws {
        let byte = try r.u8("table \(kindName) and destination")
        kind = byte >> 4
        destination = Int(byte & 0x0F)
        guard kind <= 1, destination <= 3 else {
            throw FormatError.malformed(
                "table \(kindName) \(kind), destination \(destination) is out of range (\(kindName) 0 or 1, destination 0 to 3)")
        }
    }
}
