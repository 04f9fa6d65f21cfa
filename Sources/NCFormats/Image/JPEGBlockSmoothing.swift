/// libjpeg's interblock smoothing for progressive JPEGs whose low-frequency coefficients are not
/// all fully known (jdcoefct.c `decompress_smooth_data`, on by default): the first nine AC
/// coefficients that are still zero are estimated from the DC values of the 5 × 5 neighbouring
/// blocks, and when no AC data arrived at all the DC value is interpolated too. A progressive
/// file whose scans complete every coefficient (every encoder's full script) is never smoothed;
/// one that stops early, or never sends some bands, is.
///
/// The neighbourhood is replicated at the image edges exactly as libjpeg does it, including its
/// bottom-edge test computed per iMCU row (which near the bottom can reach a padding block row).
struct JPEGBlockSmoothing {
    let frame: JPEGFrame
    /// Per component: libjpeg's `coef_bits` of zig-zag positions 0...9 after the last scan.
    let bits: [[Int]]

    /// The smoothing for an image whose components reached `coefficientBits` (indexed by
    /// zig-zag position), or nil when libjpeg would not smooth: all components' DC must be known
    /// and some component must have one of the first nine AC coefficients incomplete.
    init?(frame: JPEGFrame, coefficientBits: [[Int]]) {
        guard coefficientBits.allSatisfy({ $0[0] >= 0 }),
              coefficientBits.contains(where: { $0[1...9].contains { $0 != 0 } })
        else { return nil }
        self.frame = frame
        bits = coefficientBits.map { Array($0[0...9]) }
    }

    /// Whether blocks of component `c` can change: some of its first nine AC coefficients are
    /// incomplete (otherwise every estimate is skipped).
    func applies(to c: Int) -> Bool { bits[c][1...9].contains { $0 != 0 } }

    /// Calls `body` for each block of block row `by` of component `c` with its coefficients
    /// after smoothing (in a scratch block valid during the call).
    func smoothRow(
        component c: Int, by: Int, coefficients: UnsafeMutablePointer<Int16>, quant: UnsafePointer<Int32>,
        scratch out: UnsafeMutablePointer<Int16>, _ body: (_ bx: Int, _ block: UnsafePointer<Int16>) -> Void
    ) {
        let comp = frame.components[c]
        let perLine = comp.blocksPerLine
        // Which block rows stand for the rows above and below: libjpeg tests its image_block_row,
        // counted with the block rows of the current iMCU row (fewer in a partial last one).
        let v = comp.v, totalRows = frame.mcuRows
        let imcu = by / v
        var blockRows = v
        if imcu == totalRows - 1 {
            blockRows = comp.heightInBlocks % v
            if blockRows == 0 { blockRows = v }
        }
        let imageRows = blockRows * totalRows
        let imageRow = imcu * blockRows + by % v
        let prev = imageRow > 0 ? by - 1 : by
        let prevPrev = imageRow > 1 ? by - 2 : prev
        let next = imageRow < imageRows - 1 ? by + 1 : by
        let nextNext = imageRow < imageRows - 2 ? by + 2 : next
        let rows = [prevPrev, prev, by, next, nextNext]

        // The window slides right with the same register updates as libjpeg's DC01...DC25, so
        // narrow images and the right edge replicate identically. window[5r + k] = DC(5r + k + 1).
        let lastColumn = comp.widthInBlocks - 1
        func dc(_ row: Int, _ col: Int) -> Int64 { Int64(coefficients[(row * perLine + col) * 64]) }
        var window = [Int64](repeating: 0, count: 25)
        for r in 0..<5 { for k in 0..<5 { window[5 * r + k] = dc(rows[r], 0) } }
        for bx in 0...lastColumn {
            if bx == 0 && bx < lastColumn {
                for r in 0..<5 {
                    window[5 * r + 3] = dc(rows[r], 1)
                    window[5 * r + 4] = window[5 * r + 3]
                }
            }
            if bx + 1 < lastColumn {
                for r in 0..<5 { window[5 * r + 4] = dc(rows[r], bx + 2) }
            }
            out.update(from: coefficients + (by * perLine + bx) * 64, count: 64)
            estimate(bits[c], window, quant, out)
            body(bx, UnsafePointer(out))
            for r in 0..<5 {
                for k in 0..<4 { window[5 * r + k] = window[5 * r + k + 1] }
            }
        }
    }

    /// The estimates themselves, from the 5 × 5 DC window `d` (`d[i - 1]` = libjpeg's DC`i`).
    private func estimate(_ coefBits: [Int], _ d: [Int64], _ quant: UnsafePointer<Int32>, _ out: UnsafeMutablePointer<Int16>) {
        func q(_ pos: Int) -> Int64 { Int64(quant[pos]) }
        func dc(_ i: Int) -> Int64 { d[i - 1] }
        let changeDC = coefBits[1...9].allSatisfy { $0 == -1 }
        let q00 = q(0)

        // One estimate: pred = round(num / (Q << 8)) in libjpeg's form, limited below 2^Al.
        func predict(_ zigzag: Int, _ position: Int, _ num: Int64, limit: Bool = true) {
            let al = coefBits[zigzag]
            guard !limit || (al != 0 && out[position] == 0) else { return }
            let qk = q(position)
            var pred: Int64
            if num >= 0 {
                pred = ((qk << 7) + num) / (qk << 8)
                if limit && al > 0 && pred >= 1 << al { pred = (1 << al) - 1 }
            } else {
                pred = ((qk << 7) - num) / (qk << 8)
                if limit && al > 0 && pred >= 1 << al { pred = (1 << al) - 1 }
                pred = -pred
            }
            out[position] = Int16(truncatingIfNeeded: pred)
        }

        predict(1, 1, q00 * (changeDC
            ? -dc(1) - dc(2) + dc(4) + dc(5) - 3 * dc(6) + 13 * dc(7) - 13 * dc(9) + 3 * dc(10) - 3 * dc(11)
                + 38 * dc(12) - 38 * dc(14) + 3 * dc(15) - 3 * dc(16) + 13 * dc(17) - 13 * dc(19) + 3 * dc(20)
                - dc(21) - dc(22) + dc(24) + dc(25)
            : -7 * dc(11) + 50 * dc(12) - 50 * dc(14) + 7 * dc(15)))
        predict(2, 8, q00 * (changeDC
            ? -dc(1) - 3 * dc(2) - 3 * dc(3) - 3 * dc(4) - dc(5) - dc(6) + 13 * dc(7) + 38 * dc(8) + 13 * dc(9)
                - dc(10) + dc(16) - 13 * dc(17) - 38 * dc(18) - 13 * dc(19) + dc(20) + dc(21) + 3 * dc(22)
                + 3 * dc(23) + 3 * dc(24) + dc(25)
            : -7 * dc(3) + 50 * dc(8) - 50 * dc(18) + 7 * dc(23)))
        predict(3, 16, q00 * (changeDC
            ? dc(3) + 2 * dc(7) + 7 * dc(8) + 2 * dc(9) - 5 * dc(12) - 14 * dc(13) - 5 * dc(14) + 2 * dc(17)
                + 7 * dc(18) + 2 * dc(19) + dc(23)
            : -dc(3) + 13 * dc(8) - 24 * dc(13) + 13 * dc(18) - dc(23)))
        predict(4, 9, q00 * (changeDC
            ? -dc(1) + dc(5) + 9 * dc(7) - 9 * dc(9) - 9 * dc(17) + 9 * dc(19) + dc(21) - dc(25)
            : dc(10) + dc(16) - 10 * dc(17) + 10 * dc(19) - dc(2) - dc(20) + dc(22) - dc(24) + dc(4) - dc(6)
                + 10 * dc(7) - 10 * dc(9)))
        predict(5, 2, q00 * (changeDC
            ? 2 * dc(7) - 5 * dc(8) + 2 * dc(9) + dc(11) + 7 * dc(12) - 14 * dc(13) + 7 * dc(14) + dc(15)
                + 2 * dc(17) - 5 * dc(18) + 2 * dc(19)
            : -dc(11) + 13 * dc(12) - 24 * dc(13) + 13 * dc(14) - dc(15)))
        guard changeDC else { return }
        predict(6, 3, q00 * (dc(7) - dc(9) + 2 * dc(12) - 2 * dc(14) + dc(17) - dc(19)))
        predict(7, 10, q00 * (dc(7) - 3 * dc(8) + dc(9) - dc(17) + 3 * dc(18) - dc(19)))
        predict(8, 17, q00 * (dc(7) - dc(9) - 3 * dc(12) + 3 * dc(14) + dc(17) - dc(19)))
        predict(9, 24, q00 * (dc(7) + 2 * dc(8) + dc(9) - dc(17) - 2 * dc(18) - dc(19)))
        // The DC value itself, interpolated with a Gaussian-like kernel (no limit, always applied).
        let sumTerms: [Int64] = [
            -2, -6, -8, -6, -2, -6, 6, 42, 6, -6, -8, 42, 152, 42, -8, -6, 6, 42, 6, -6, -2, -6, -8, -6, -2,
        ]
        var sum: Int64 = 0
        for i in 1...25 { sum += sumTerms[i - 1] * dc(i) }
        predict(0, 0, q00 * sum, limit: false)
    }
}
