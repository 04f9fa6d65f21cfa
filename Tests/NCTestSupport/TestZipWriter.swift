import NCFormats

/// Writes minimal zip archives with stored entries, so tests can build torch checkpoints from
/// bytes without torch. Only what `ZipArchive` reads: local headers, central directory, end record.
public struct TestZipWriter {
    private var entries: [(name: String, data: [UInt8], crc: UInt32?)] = []

    /// Adds an entry; `crc` overrides the correct checksum (to test CRC failures).
    public mutating func add(_ name: String, _ data: [UInt8], crc: UInt32? = nil) {
        entries.append((name, data, crc))
    }

    /// The archive's bytes.
    public func bytes() -> [UInt8] {
        var out = [UInt8]()
        var central = [UInt8]()
        func le16(_ v: Int, _ a: inout [UInt8]) { a += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func le32(_ v: UInt32, _ a: inout [UInt8]) { for k in 0..<4 { a.append(UInt8(v >> (8 * k) & 0xFF)) } }
        for e in entries {
            let name = Array(e.name.utf8)
            let crc = e.crc ?? CRC32.checksum(e.data)
            let offset = UInt32(out.count)
            le32(0x0403_4B50, &out)
            le16(20, &out); le16(0, &out); le16(0, &out); le16(0, &out); le16(0, &out)
            le32(crc, &out); le32(UInt32(e.data.count), &out); le32(UInt32(e.data.count), &out)
            le16(name.count, &out); le16(0, &out)
            out += name
            out += e.data
            le32(0x0201_4B50, &central)
            le16(20, &central); le16(20, &central); le16(0, &central); le16(0, &central)
            le16(0, &central); le16(0, &central)
            le32(crc, &central); le32(UInt32(e.data.count), &central); le32(UInt32(e.data.count), &central)
            le16(name.count, &central); le16(0, &central); le16(0, &central); le16(0, &central); le16(0, &central)
            le32(0, &central); le32(offset, &central)
            central += name
        }
        let cdOffset = UInt32(out.count)
        out += central
        le32(0x0605_4B50, &out)
        le16(0, &out); le16(0, &out); le16(entries.count, &out); le16(entries.count, &out)
        le32(UInt32(central.count), &out); le32(cdOffset, &out); le16(0, &out)
        return out
    }

    /// An empty archive.
    public init() {}
}
