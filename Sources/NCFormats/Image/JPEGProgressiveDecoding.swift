/// The four kinds of progressive scan (T.81 G.1.2), with libjpeg's (jdphuff.c) handling of the
/// corner cases: coefficients keep the low 16 bits of their shifted values, a run that passes the
/// band's end lands on the padded zig-zag entries, a new coefficient of a refinement scan with a
/// size other than 1 counts as size 1.
struct JPEGProgressiveDecoder: JPEGBlockDecoder {
    enum Kind { case dcFirst, dcRefine, acFirst, acRefine }

    let kind: Kind
    let scan: JPEGScan
    /// DC tables of the scan components (first DC scans) or the AC table of the one component.
    let tables: [JPEGHuffmanTable]
    let zigzag: UnsafePointer<UInt8>
    let coefficients: [UnsafeMutablePointer<Int16>]
    let blocksPerLine: [Int]
    let blocksPerColumn: [Int]
    var predictions: [Int32]
    /// Blocks left in the current end-of-band run (AC scans).
    var eobRun = 0

    mutating func restart() {
        for i in predictions.indices { predictions[i] = 0 }
        eobRun = 0
    }

    mutating func decode(_ reader: inout JPEGBitReader, component s: Int, bx: Int, by: Int) throws {
        assert(bx >= 0 && bx < blocksPerLine[s] && by >= 0 && by < blocksPerColumn[s], "block outside the padded grid")
        let block = coefficients[s] + (by * blocksPerLine[s] + bx) * 64
        switch kind {
        case .dcFirst:
            guard let size = reader.decode(tables[s]) else { throw badCode(scan, "DC") }
            predictions[s] = predictions[s] &+ reader.signed(size)
            block[0] = Int16(truncatingIfNeeded: predictions[s] &<< Int32(scan.al))
        case .dcRefine:
            if reader.bits(1) != 0 { block[0] |= Int16(1 << scan.al) }
        case .acFirst:
            try decodeACFirst(&reader, block)
        case .acRefine:
            try decodeACRefine(&reader, block)
        }
    }

    /// G.1.2.2: the first bits of the band's coefficients, with runs of empty bands (EOBRUN).
    private mutating func decodeACFirst(_ reader: inout JPEGBitReader, _ block: UnsafeMutablePointer<Int16>) throws {
        if eobRun > 0 {
            eobRun -= 1
            return
        }
        let table = tables[0]
        var k = scan.ss
        while k <= scan.se {
            guard let rs = reader.decode(table) else { throw badCode(scan, "AC") }
            let r = rs >> 4, size = rs & 15
            if size != 0 {
                k += r
                block[Int(zigzag[k])] = Int16(truncatingIfNeeded: reader.signed(size) &<< Int32(scan.al))
            } else if r == 15 {
                k += 15
            } else {
                eobRun = (1 << r) + reader.bits(r) - 1
                break
            }
            k += 1
        }
    }

    /// G.1.2.3: one more bit of every coefficient already non-zero, and the coefficients that
    /// become non-zero at this bit (always ±1 shifted), skipping `r` still-zero positions first.
    private mutating func decodeACRefine(_ reader: inout JPEGBitReader, _ block: UnsafeMutablePointer<Int16>) throws {
        let plus = Int16(1 << scan.al)
        let minus = Int16(truncatingIfNeeded: -1 << scan.al)
        var k = scan.ss
        if eobRun == 0 {
            let table = tables[0]
            while k <= scan.se {
                guard let rs = reader.decode(table) else { throw badCode(scan, "AC") }
                var r = rs >> 4
                var value: Int16 = 0
                if rs & 15 != 0 {
                    value = reader.bits(1) != 0 ? plus : minus
                } else if r != 15 {
                    eobRun = (1 << r) + reader.bits(r)
                    break
                }
                // Walk to the r-th still-zero coefficient, refining the non-zero ones passed.
                repeat {
                    let position = Int(zigzag[k])
                    if block[position] != 0 {
                        refine(&reader, block + position, plus: plus, minus: minus)
                    } else {
                        if r == 0 { break }
                        r -= 1
                    }
                    k += 1
                } while k <= scan.se
                if value != 0 {
                    block[Int(zigzag[k])] = value
                }
                k += 1
            }
        }
        if eobRun > 0 {
            // Inside an end-of-band run only the correction bits of non-zero coefficients remain.
            while k <= scan.se {
                let position = Int(zigzag[k])
                if block[position] != 0 { refine(&reader, block + position, plus: plus, minus: minus) }
                k += 1
            }
            eobRun -= 1
        }
    }

    /// Adds a correction bit to a non-zero coefficient: away from zero when the bit is 1 and the
    /// coefficient does not have that bit yet.
    @inline(__always)
    private func refine(_ reader: inout JPEGBitReader, _ c: UnsafeMutablePointer<Int16>, plus: Int16, minus: Int16) {
        if reader.bits(1) != 0 && c.pointee & plus == 0 {
            c.pointee = c.pointee &+ (c.pointee >= 0 ? plus : minus)
        }
    }
}
