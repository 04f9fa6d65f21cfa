import Foundation

@testable import NCFormats

/// Writes minimal zip archives with stored entries, so tests can build torch checkpoints from
/// bytes without torch. Only what `ZipArchive` reads: local headers, central directory, end record.
struct TestZipWriter {
    private var entries: [(name: String, data: [UInt8], crc: UInt32?)] = []

    /// Adds an entry; `crc` overrides the correct checksum (to test CRC failures).
    mutating func add(_ name: String, _ data: [UInt8], crc: UInt32? = nil) {
        entries.append((name, data, crc))
    }

    /// The archive's bytes.
    func bytes() -> [UInt8] {
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

    /// A torch.save-style archive: `<prefix>/data.pkl`, `byteorder`, `data/<key>` entries.
    static func torchArchive(
        pickle: [UInt8], storages: [(key: String, bytes: [UInt8])], byteorder: String? = "little",
        prefix: String = "archive", pickleCRC: UInt32? = nil
    ) -> [UInt8] {
        var z = TestZipWriter()
        z.add(prefix + "/data.pkl", pickle, crc: pickleCRC)
        if let byteorder { z.add(prefix + "/byteorder", Array(byteorder.utf8)) }
        for s in storages { z.add(prefix + "/data/" + s.key, s.bytes) }
        z.add(prefix + "/version", Array("3\n".utf8))
        return z.bytes()
    }
}

/// Decodes a hex literal from a test vector.
func hexBytes(_ hex: String) -> [UInt8] {
    let digits = Array(hex.utf8).filter { !($0 == 0x20 || $0 == 0x0A) }
    precondition(digits.count % 2 == 0, "odd hex literal")
    func nibble(_ c: UInt8) -> UInt8 { c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x61 + 10 }
    return stride(from: 0, to: digits.count, by: 2).map { nibble(digits[$0]) << 4 | nibble(digits[$0 + 1]) }
}
