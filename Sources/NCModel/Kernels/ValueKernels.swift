/// A narrow integer type fixed-point weight rows can be stored in (`Int8`, `Int16`): a row of 32
/// lanes is then 32 or 64 bytes instead of 128, so a layer's rows stay in the inner caches.
/// Loading widens to `Int32` lanes; the loops are written on concrete vector types (Swift's SIMD
/// operators only vectorise there), so each scalar type provides its own load.
protocol NarrowWeight: SIMDScalar, FixedWidthInteger, Codable, Sendable {
    /// Eight weights at `p + offset` elements, sign-extended.
    static func lanes8(_ p: UnsafePointer<Self>, _ offset: Int) -> SIMD8<Int32>
}

extension Int8: NarrowWeight {
    @inline(__always)
    static func lanes8(_ p: UnsafePointer<Int8>, _ offset: Int) -> SIMD8<Int32> {
        let v = UnsafeRawPointer(p + offset).loadUnaligned(as: SIMD8<Int8>.self)  // lane by lane, as Int16's
        return SIMD8<Int32>(Int32(v[0]), Int32(v[1]), Int32(v[2]), Int32(v[3]), Int32(v[4]), Int32(v[5]), Int32(v[6]), Int32(v[7]))
    }
}

extension Int16: NarrowWeight {
    @inline(__always)
    static func lanes8(_ p: UnsafePointer<Int16>, _ offset: Int) -> SIMD8<Int32> {
        // Lane by lane: the generic `SIMD8(truncatingIfNeeded:)` was sometimes left as a call per
        // eight lanes; eight sign extensions into one vector compile to one instruction.
        let v = UnsafeRawPointer(p + offset).loadUnaligned(as: SIMD8<Int16>.self)
        return SIMD8<Int32>(Int32(v[0]), Int32(v[1]), Int32(v[2]), Int32(v[3]), Int32(v[4]), Int32(v[5]), Int32(v[6]), Int32(v[7]))
    }
}

extension Int32: NarrowWeight {
    @inline(__always)
    static func lanes8(_ p: UnsafePointer<Int32>, _ offset: Int) -> SIMD8<Int32> {
        UnsafeRawPointer(p + offset).loadUnaligned(as: SIMD8<Int32>.self)
    }
}

/// A dense fixed-point convolution's weights as rows of the narrowest integer type that holds
/// every one of them (`[k*k*inChannels][padded]`, like `FixedPointArithmetic.Kernel.layout`).
enum IntegerRows: Sendable {
    /// Int8 rows, each full group of 32 lanes in `Int8Rows.grouped` order (for 16-bit sums), and
    /// the largest weight magnitude (which bounds a run of 16-bit sums).
    case int8([Int8], largest: Int)
    case int16([Int16])
    case int32([Int32])

    /// `layout` (rows of `padded` lanes) in the narrowest type that holds all its values exactly.
    init(_ layout: [Int32], padded: Int) {
        var low = Int32(0), high = Int32(0)
        for v in layout {
            low = min(low, v)
            high = max(high, v)
        }
        if low >= Int32(Int8.min) && high <= Int32(Int8.max) {
            self = .int8(Int8Rows.grouped(layout, padded: padded), largest: max(Int(-low), Int(high)))
        } else if low >= Int32(Int16.min) && high <= Int32(Int16.max) {
            self = .int16(layout.map { Int16(truncatingIfNeeded: $0) })
        } else {
            self = .int32(layout)
        }
    }
}

/// Fixed-point convolutions whose membranes cannot reach a saturation bound: every sum is then an
/// exact integer sum, independent of order, so each non-zero input is visited once and adds
/// `s × weightRow` (its `s` binary events at once) instead of `s` separate events. The event
/// loops (`EventKernels`) stay the definition; tests prove these equal to them.
enum ValueKernels {
    /// Dense (groups 1): `acc` (channels-last, `padded` per pixel, membranes after the bias)
    /// receives `Σ s × w` over the non-zero inputs under each output's window.
    /// The caller guarantees that no partial sum can leave `Int32` (the no-clamp condition).
    static func dense(_ input: SparseInput<Int32>, _ layer: ConvLayer, rows: IntegerRows, padded: Int, acc: inout [Int32],
                      threads: Int) {
        switch rows {
        case let .int8(w, largest): denseInt8(input, layer, weights: w, largest: largest, padded: padded, acc: &acc, threads: threads)
        case .int16(let w): dense(input, layer, weights: w, padded: padded, acc: &acc, threads: threads)
        case .int32(let w): dense(input, layer, weights: w, padded: padded, acc: &acc, threads: threads)
        }
    }

    static func dense<W: NarrowWeight>(_ input: SparseInput<Int32>, _ layer: ConvLayer, weights: [W], padded: Int,
                                       acc: inout [Int32], threads: Int) {
        forEachRow(input, layer, weights: weights, padded: padded, acc: &acc, threads: threads) { oy, start, channel, value, w, a in
            GatherGeometry(layer, outPadded: padded, row: oy).forEachPixelChunk(of: layer) { g, ox, o0 in
                let dst = a + (oy * layer.outWidth + ox) * padded + o0
                // 64 lanes: half the loop overhead per lane of 32; 8 for the last lanes of a layer
                // whose padded width is not a multiple of 32. (Int8 rows have their own kernel,
                // `denseInt8`; tap by tap over the row, as there, made these wider rows slower.)
                let sums = padded - o0 >= 64 ? gather(LaneSums(loading: dst, count: 8), g, o0, start, channel, value, w)
                    : padded - o0 >= 32 ? gather(LaneSums(loading: dst, count: 4), g, o0, start, channel, value, w)
                    : gather(LaneSums(loading: dst, count: 1), g, o0, start, channel, value, w)
                return sums.store(to: dst)
            }
        }
    }

    /// Calls `body(oy, start, channel, value, weights, membranes)` for every output row `oy` of a
    /// dense layer, on up to `threads` threads (each row on one), with pointers to the sparse
    /// input, the weight rows and the membranes (`padded` per output pixel).
    @inline(__always)
    static func forEachRow<W>(
        _ input: SparseInput<Int32>, _ layer: ConvLayer, weights: [W], padded: Int, acc: inout [Int32], threads: Int,
        _ body: (_ oy: Int, _ start: UnsafePointer<Int32>, _ channel: UnsafePointer<Int32>, _ value: UnsafePointer<Int32>,
                 _ w: UnsafePointer<W>, _ a: UnsafeMutablePointer<Int32>) -> Void
    ) {
        precondition(weights.count == layer.kernel * layer.kernel * layer.inChannels * padded, "weight rows do not match the layer")
        precondition(acc.count == layer.outHeight * layer.outWidth * padded, "membranes do not match the layer")
        input.withPointers { start, channel, value in
            weights.withUnsafeBufferPointer { wp in
                acc.withUnsafeMutableBufferPointer { ap in
                    let box = UncheckedSendable((start, channel, value, wp, ap))
                    Parallel.forEachRange(layer.outHeight, threads: threads) { rows in
                        let (start, channel, value, wp, ap) = box.value
                        guard let w = wp.baseAddress, let a = ap.baseAddress else { return }
                        for oy in rows { body(oy, start, channel, value, w, a) }
                    }
                }
            }
        }
    }

    /// `sums` plus `Σ s × w[row][o0 ..< o0 + lanes]` over the window's inputs (`sums.count` is a
    /// constant at each call, so each call gets its own branch-free loop).
    @inline(__always)
    static func gather<W: NarrowWeight>(_ sums: LaneSums<SIMD8<Int32>>, _ g: GatherGeometry, _ o0: Int,
                                        _ start: UnsafePointer<Int32>, _ channel: UnsafePointer<Int32>,
                                        _ value: UnsafePointer<Int32>, _ w: UnsafePointer<W>) -> LaneSums<SIMD8<Int32>> {
        var sums = sums
        g.forEachInput(start, channel) { rowStart, e in
            let row = w + rowStart + o0, s = SIMD8<Int32>(repeating: value[e])
            sums.update { sum, lane in sum &+= s &* W.lanes8(row, lane) }
        }
        return sums
    }

    /// Depthwise: `acc[c] += Σ_taps s[c] × w[tap][c]` over an HWC spike map, eight channels at a
    /// time (the caller guarantees no partial sum can saturate).
    static func depthwise(_ spikes: UnsafeBufferPointer<UInt8>, _ layer: ConvLayer, weights: [Int32], padded: Int,
                          acc: inout [Int32], threads: Int) {
        precondition(spikes.count == layer.inHeight * layer.inWidth * layer.inChannels, "spikes do not match the layer")
        precondition(weights.count == layer.kernel * layer.kernel * padded && padded >= layer.inChannels, "weights do not match the layer")
        precondition(acc.count == layer.outHeight * layer.outWidth * padded, "membranes do not match the layer")
        let c = layer.inChannels
        GatherGeometry.forEachPixel(of: layer, spikes: spikes, weights: weights, acc: &acc, outPadded: padded, threads: threads) {
            g, s, w, dst in
            var ch = 0
            while ch < c {
                let n = min(8, c - ch)
                var sum = SIMD8<Int32>()
                g.forEachTap { pixel, tap in
                    let lanes = UnsafeRawPointer(w + tap * padded + ch).loadUnaligned(as: SIMD8<Int32>.self)
                    sum &+= spikeLanes(s + pixel * c + ch, n) &* lanes
                }
                if n == 8 {
                    let d = UnsafeMutableRawPointer(dst + ch)
                    d.storeBytes(of: d.loadUnaligned(as: SIMD8<Int32>.self) &+ sum, as: SIMD8<Int32>.self)
                } else {
                    for j in 0..<n { dst[ch + j] &+= sum[j] }
                }
                ch += 8
            }
        }
    }

    /// The spike counts of `n` (≤ 8) consecutive channels as lanes (missing lanes zero).
    @inline(__always)
    static func spikeLanes(_ p: UnsafePointer<UInt8>, _ n: Int) -> SIMD8<Int32> {
        if n == 8 { return SIMD8<Int32>(truncatingIfNeeded: UnsafeRawPointer(p).loadUnaligned(as: SIMD8<UInt8>.self)) }
        var v = SIMD8<Int32>()
        for j in 0..<n { v[j] = Int32(p[j]) }
        return v
    }
}
