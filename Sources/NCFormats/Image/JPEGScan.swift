/// A scan header (SOS, T.81 B.2.3) resolved against the frame.
struct JPEGScan {
    /// One component of the scan: its index in the frame and its Huffman table destinations.
    struct Entry {
        let component: Int
        let dcTable: Int
        let acTable: Int
    }

    let entries: [Entry]
    /// Spectral selection start and end (zig-zag indices) and successive approximation bits.
    let ss: Int, se: Int, ah: Int, al: Int
    /// 1-based number of this scan in the file, and the offset of its SOS marker, for messages.
    let number: Int
    let offset: Int

    /// Parses an SOS body. Component ids must exist in `frame` and appear once; an interleaved
    /// scan's MCU may hold at most 10 blocks (libjpeg's limit).
    init(_ body: UnsafeRawBufferPointer, frame: JPEGFrame, number: Int, offset: Int) throws {
        var r = ByteReader(body, context: "JPEG SOS segment at byte \(offset)")
        let n = Int(try r.u8("component count"))
        guard (1...4).contains(n), body.count == 4 + 2 * n else {
            throw FormatError.malformed(
                "JPEG scan at byte \(offset) has \(n) components in a \(body.count)-byte header (1 to 4 components, 4 + 2 per component bytes)")
        }
        var entries = [Entry]()
        for _ in 0..<n {
            let id = try r.u8("component id")
            let tables = try r.u8("table selectors")
            guard let index = frame.components.firstIndex(where: { $0.id == id }) else {
                throw FormatError.malformed(
                    "JPEG scan at byte \(offset) refers to component \(id), which the frame does not have (it has \(frame.components.map { String($0.id) }.joined(separator: ", ")))")
            }
            guard !entries.contains(where: { $0.component == index }) else {
                throw FormatError.malformed("JPEG scan at byte \(offset) lists component \(id) twice")
            }
            let dc = Int(tables >> 4), ac = Int(tables & 0x0F)
            guard dc <= 3, ac <= 3 else {
                throw FormatError.malformed(
                    "JPEG scan at byte \(offset) selects Huffman tables DC \(dc) / AC \(ac) for component \(id) (0 to 3)")
            }
            entries.append(Entry(component: index, dcTable: dc, acTable: ac))
        }
        ss = Int(try r.u8("spectral selection start"))
        se = Int(try r.u8("spectral selection end"))
        let a = try r.u8("successive approximation")
        ah = Int(a >> 4)
        al = Int(a & 0x0F)
        if n > 1 {
            let blocks = entries.reduce(0) { $0 + frame.components[$1.component].h * frame.components[$1.component].v }
            guard blocks <= JPEGFrame.maxBlocksInMCU else {
                throw FormatError.unsupported(
                    "JPEG scan at byte \(offset) interleaves \(blocks) blocks per MCU (libjpeg allows at most \(JPEGFrame.maxBlocksInMCU))")
            }
        }
        self.entries = entries
        self.number = number
        self.offset = offset
    }

    /// Whether several components are interleaved (MCUs of h × v blocks each) rather than one
    /// component coded block by block.
    var isInterleaved: Bool { entries.count > 1 }
}

/// Decodes the blocks of one scan; `JPEGScanWalker` calls it for each block in coding order.
protocol JPEGBlockDecoder {
    /// Decodes the block at column `bx`, row `by` of scan component `index` (position in the scan).
    mutating func decode(_ reader: inout JPEGBitReader, component index: Int, bx: Int, by: Int) throws
    /// Resets the predictions at a restart marker (DC predictions, EOB run).
    mutating func restart()
}

/// Visits the MCUs of a scan in order, handles restart markers and detects data that ends early.
enum JPEGScanWalker {
    /// Decodes the entropy-coded data of `scan` starting at `start`; returns the offset of the
    /// marker that follows it (or the end of the data).
    static func walk<D: JPEGBlockDecoder>(
        _ decoder: inout D, scan: JPEGScan, frame: JPEGFrame, data: UnsafeRawBufferPointer, start: Int,
        restartInterval: Int
    ) throws -> Int {
        var reader = JPEGBitReader(data: data, position: start)
        let components = scan.entries.map { frame.components[$0.component] }
        let interleaved = scan.isInterleaved
        let mcusPerLine = interleaved ? frame.mcusPerLine : components[0].widthInBlocks
        let mcuRows = interleaved ? frame.mcuRows : components[0].heightInBlocks
        var restartsLeft = restartInterval
        var nextRestart = 0
        for my in 0..<mcuRows {
            for mx in 0..<mcusPerLine {
                if restartInterval > 0 {
                    if restartsLeft == 0 {
                        try expectRestart(&reader, number: nextRestart, scan: scan, data: data)
                        nextRestart = (nextRestart + 1) & 7
                        restartsLeft = restartInterval
                        decoder.restart()
                    }
                    restartsLeft -= 1
                }
                if interleaved {
                    for (s, c) in components.enumerated() {
                        for v in 0..<c.v {
                            for h in 0..<c.h {
                                try decoder.decode(&reader, component: s, bx: mx * c.h + h, by: my * c.v + v)
                            }
                        }
                    }
                } else {
                    try decoder.decode(&reader, component: 0, bx: mx, by: my)
                }
                if reader.isExhausted {
                    throw FormatError.truncated(
                        "JPEG scan \(scan.number) (SOS at byte \(scan.offset)): compressed data ends inside MCU \(mx), \(my) of \(mcusPerLine) × \(mcuRows)")
                }
            }
        }
        return reader.finishSegment()
    }

    /// Consumes the restart marker RST`number` that must follow a restart interval's data.
    static func expectRestart(_ reader: inout JPEGBitReader, number: Int, scan: JPEGScan, data: UnsafeRawBufferPointer) throws {
        var p = reader.finishSegment()
        while p < data.count && data[p] == 0xFF { p += 1 }
        guard p < data.count else {
            throw FormatError.truncated(
                "JPEG scan \(scan.number) (SOS at byte \(scan.offset)) ends where restart marker RST\(number) was expected")
        }
        let code = data[p]
        guard code == 0xD0 + UInt8(number) else {
            throw FormatError.malformed(
                "JPEG scan \(scan.number) (SOS at byte \(scan.offset)) has \(JPEGMarkerReader.name(code)) at byte \(p - 1) where restart marker RST\(number) was expected")
        }
        reader.restart(at: p + 1)
    }
}
