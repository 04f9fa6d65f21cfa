/// Int8 weight rows summed in 16-bit lanes. A spike count times an int8 weight fits 16 bits
/// (255 × 128 < 2^15), so a run of inputs whose products cannot carry a 16-bit lane past its
/// bounds is summed sixteen lanes per instruction (vector multiplies and adds of `Int16`), and
/// only then widened into the 32-bit membranes: half the vector work of widening every weight to
/// 32 bits. The sums are exact integers either way, so they are the same.
///
/// Rows keep the sign extension free: 32 bytes are loaded as sixteen 16-bit lanes, whose low
/// bytes (shifted up and back, sign-extending) and high bytes (shifted down) are two vectors of
/// products; widening those to 32 bits takes the low and high halves again. For the four vectors
/// that come out to be lanes 0–7, 8–15, 16–23 and 24–31 in order, each full group of 32 lanes of
/// a row is stored with lane `8r + j` at byte `4j + r` (`Int8Rows.grouped`).
enum Int8Rows {
    /// Lanes in a group.
    static let group = 32

    /// Lane (in natural order) stored at byte `q` of a group.
    @inline(__always)
    static func lane(at q: Int) -> Int { 8 * (q & 3) + (q >> 2) }

    /// `layout` (rows of `padded` lanes, every value in Int8's range) with each row's full groups
    /// of 32 lanes reordered; the lanes after the last full group stay in order.
    static func grouped(_ layout: [Int32], padded: Int) -> [Int8] {
        var out = [Int8](repeating: 0, count: layout.count)
        forEachLane(count: layout.count, padded: padded) { stored, natural in out[stored] = Int8(truncatingIfNeeded: layout[natural]) }
        return out
    }

    /// `grouped(ConvKernels.gatherLayout(w, layer, padTo: padded), padded:)` written straight from
    /// the weights `w` (`[out][in][k][k]`, every value in Int8's range) on up to `threads`
    /// threads, without the 32-bit layout between: 64 output channels per block, whose stored
    /// lanes stay inside the block's two groups (one cache line of each row).
    static func gatherLayout(_ w: [Int32], _ layer: ConvLayer, padTo padded: Int, threads: Int) -> [Int8] {
        let kk = layer.kernel * layer.kernel, cin = layer.inChannels, cout = layer.outChannels
        precondition(layer.groups == 1 && cout <= padded && w.count == cout * cin * kk, "weights do not match the layer")
        var storedAt = [Int](repeating: 0, count: padded)
        forEachLane(count: padded, padded: padded) { stored, natural in storedAt[natural] = stored }
        var out = [Int8](repeating: 0, count: kk * cin * padded)
        out.withUnsafeMutableBufferPointer { out in
            w.withUnsafeBufferPointer { w in
                storedAt.withUnsafeBufferPointer { storedAt in
                    let box = UncheckedSendable((out, w, storedAt))
                    Parallel.forEachRange((cout + 2 * group - 1) / (2 * group), threads: threads) { blocks in
                        let (out, w, storedAt) = box.value
                        for b in blocks {
                            let channels = (b * 2 * group)..<min(cout, (b + 1) * 2 * group)
                            for i in 0..<cin {
                                for t in 0..<kk {
                                    let row = (t * cin + i) * padded
                                    for o in channels { out[row + storedAt[o]] = Int8(truncatingIfNeeded: w[(o * cin + i) * kk + t]) }
                                }
                            }
                        }
                    }
                }
            }
        }
        return out
    }

    /// The natural order back (the 32-bit fallback reads rows lane by lane).
    static func natural(_ grouped: [Int8], padded: Int) -> [Int8] {
        var out = [Int8](repeating: 0, count: grouped.count)
        forEachLane(count: grouped.count, padded: padded) { stored, natural in out[natural] = grouped[stored] }
        return out
    }

    /// Calls `body(stored, natural)` for every element of `count` (whole rows of `padded` lanes):
    /// where the grouped order stores the element that the natural order has at `natural`.
    private static func forEachLane(count: Int, padded: Int, _ body: (_ stored: Int, _ natural: Int) -> Void) {
        let full = padded / group * group
        for r in stride(from: 0, to: count - padded + 1, by: max(padded, 1)) {
            for q in 0..<padded { body(r + q, r + (q < full ? q / group * group + lane(at: q % group) : q)) }
        }
    }
}

extension ValueKernels {
    /// `dense` for int8 rows in `Int8Rows.grouped` order: groups of 32 lanes in 16-bit sums tap
    /// by tap over each output row, the last lanes (fewer than 32) as 32-bit sums. `largest` is
    /// the largest weight magnitude (`IntegerRows` finds it when it narrows the rows).
    static func denseInt8(_ input: SparseInput<Int32>, _ layer: ConvLayer, weights: [Int8], largest: Int, padded: Int,
                          acc: inout [Int32], threads: Int) {
        var largestValue: Int32 = 0
        for v in input.value { largestValue = max(largestValue, v) }
        let bound = Int(largestValue) * largest
        guard largestValue >= 0, bound <= Int(Int16.max) else {
            // Inputs too large for 16-bit products (spike counts never are): 32-bit sums.
            return dense(input, layer, weights: Int8Rows.natural(weights, padded: padded), padded: padded, acc: &acc, threads: threads)
        }
        // Inputs per run of 16-bit sums: each adds at most `bound` to a lane's magnitude.
        let perRun = bound == 0 ? Int.max : Int(Int16.max) / bound
        forEachRow(input, layer, weights: weights, padded: padded, acc: &acc, threads: threads) { oy, start, channel, value, w, a in
            let g = GatherGeometry(layer, outPadded: padded, row: oy)
            let row = a + oy * layer.outWidth * padded
            var o0 = 0
            // One or two groups tap by tap over the whole row: one tap's rows (inChannels of 32 or
            // 64 bytes) stay in L1, where all k*k taps' rows would come from L2 for every output;
            // integer sums do not depend on the order.
            while padded - o0 >= Int8Rows.group {
                let two = padded - o0 >= 2 * Int8Rows.group
                for ky in g.kyLo..<g.kyHi {
                    let inRow = (g.y0 + ky) * layer.inWidth
                    for kx in 0..<layer.kernel {
                        let rowBase = (ky * layer.kernel + kx) * layer.inChannels
                        for ox in 0..<layer.outWidth {
                            let x = ox * layer.stride - layer.padding + kx
                            guard x >= 0 && x < layer.inWidth else { continue }
                            var lo = Int(start[inRow + x])
                            let hi = Int(start[inRow + x + 1]), dst = row + ox * padded + o0
                            while lo < hi {
                                let end = hi - lo <= perRun ? hi : lo + perRun
                                if two {
                                    sums16(groups: 2, lo, end, rowBase, padded, o0, channel, value, w, dst)
                                } else {
                                    sums16(groups: 1, lo, end, rowBase, padded, o0, channel, value, w, dst)
                                }
                                lo = end
                            }
                        }
                    }
                }
                o0 += two ? 2 * Int8Rows.group : Int8Rows.group
            }
            // The last lanes (a multiple of 8 below 32) are in natural order.
            g.forEachPixelChunk(from: o0, of: layer) { g, ox, o0 in
                let dst = row + ox * padded + o0
                return gather(LaneSums(loading: dst, count: 1), g, o0, start, channel, value, w).store(to: dst)
            }
        }
    }

    /// `dst[0 ..< 32 × groups] += Σ s × w` over the entries `lo ..< hi` of one input pixel under
    /// one tap (`rowBase` is `tap * inChannels`), summed in 16-bit lanes (the caller keeps every
    /// partial sum within them) and widened once at the end. `groups` is 1 or 2, a constant at
    /// each call.
    @inline(__always)
    static func sums16(groups: Int, _ lo: Int, _ hi: Int, _ rowBase: Int, _ padded: Int, _ o0: Int,
                       _ channel: UnsafePointer<Int32>, _ value: UnsafePointer<Int32>, _ w: UnsafePointer<Int8>,
                       _ dst: UnsafeMutablePointer<Int32>) {
        var even0 = SIMD16<Int16>(), odd0 = SIMD16<Int16>(), even1 = SIMD16<Int16>(), odd1 = SIMD16<Int16>()
        for e in lo..<hi {
            let p = UnsafeRawPointer(w + (rowBase + Int(channel[e])) * padded + o0)
            let s = SIMD16<Int16>(repeating: Int16(truncatingIfNeeded: value[e]))
            let x0 = p.loadUnaligned(as: SIMD16<Int16>.self)
            even0 &+= s &* ((x0 &<< 8) &>> 8)
            odd0 &+= s &* (x0 &>> 8)
            if groups == 2 {
                let x1 = p.loadUnaligned(fromByteOffset: 32, as: SIMD16<Int16>.self)
                even1 &+= s &* ((x1 &<< 8) &>> 8)
                odd1 &+= s &* (x1 &>> 8)
            }
        }
        widenAdd(even0, odd0, to: dst)
        if groups == 2 { widenAdd(even1, odd1, to: dst + Int8Rows.group) }
    }

    /// Adds a group's 16-bit sums of its even and odd bytes into 32 membranes in lane order.
    @inline(__always)
    static func widenAdd(_ even: SIMD16<Int16>, _ odd: SIMD16<Int16>, to dst: UnsafeMutablePointer<Int32>) {
        let e = unsafeBitCast(even, to: SIMD8<Int32>.self), o = unsafeBitCast(odd, to: SIMD8<Int32>.self)
        let d = UnsafeMutableRawPointer(dst)
        // Low halves of the even and odd sums are lanes 0–7 and 8–15, high halves 16–23 and 24–31.
        for (k, lanes) in [(e &<< 16) &>> 16, (o &<< 16) &>> 16, e &>> 16, o &>> 16].enumerated() {
            d.storeBytes(of: d.loadUnaligned(fromByteOffset: 32 * k, as: SIMD8<Int32>.self) &+ lanes,
                         toByteOffset: 32 * k, as: SIMD8<Int32>.self)
        }
    }
}
