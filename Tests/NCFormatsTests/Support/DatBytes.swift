import Foundation

/// Builds Prophesee `.dat` images by hand, straight from the format description (text lines,
/// type byte, size byte, 8-byte little-endian events), sharing no code with the reader.
enum DatBytes {
    /// `x | y << 14 | p << 28`, the packing of the toolbox's `write_event_buffer`.
    static func word(x: UInt32, y: UInt32, p: UInt32) -> UInt32 { x | (y << 14) | (p << 28) }

    /// A file: `header` lines (each gets "\n"), then `type`/`size` unless `header` is empty, then
    /// the events as (t, packed word).
    static func file(
        header: [String] = ["% Data file containing Event2D events.", "% Version 2", "% Height 240", "% Width 304"],
        type: UInt8 = 0, size: UInt8 = 8, events: [(t: UInt32, w: UInt32)]
    ) -> [UInt8] {
        var out: [UInt8] = []
        for line in header { out += Array((line + "\n").utf8) }
        if !header.isEmpty { out += [type, size] }
        for e in events { out += le(e.t) + le(e.w) }
        return out
    }

    static func le(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }

    /// Writes `bytes` to a fresh file in a temporary directory and returns its path.
    static func write(_ bytes: [UInt8], name: String = "events.dat") throws -> String {
        let path = try Fixtures.temporaryDirectory() + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}
