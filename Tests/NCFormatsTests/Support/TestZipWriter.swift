import Foundation
import NCTestSupport

@testable import NCFormats

extension TestZipWriter {
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
