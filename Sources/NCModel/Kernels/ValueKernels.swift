/// A narrow integer type fixed-point weight rows can be stored in (`Int8`, `Int16`): a row of 32
/// lanes is then 32 or 64 bytes instead of 128, so a layer's rows stay in the inner caches.
/// Loading widens to `Int32` lanes; the loops are written on concrete vector types (Swift's SIMD
/// operators only vectorise there), so each scalar type provides its own load.
protocol NarrowWeight: SIMDScalar, FixedWidthInteger, Sendable {
    /// Eight weights at `p + offset` elements, sign-extended.
    static func lanes8(_ p: UnsafePointer<Self>, _ offset: Int) -> SIMD8<Int32>
}

extension Int8: NarrowWeight {
    @inline(__always)
    static func lanes8(_ p: UnsafePointer<Int8>, _ offset: Int) -> SIMD8<Int32> {
        SIMD8<Int32>(truncatingIfNeeded: UnsafeRawPointer(p + offset).loadUnaligned(as: SIMD8<Int8>.self))
    }
}

extension Int16: NarrowWeight {
    @inline(__always)
    static func lanes8(_ p: UnsafePointer<Int16>, _ offset: Int) -> SIMD8<Int32> {
        SIMD8<Int32>(truncatingIfNeeded: UnsafeRawPointer(p + offset).loadUnaligned(as: SIMD8<Int16>.self))
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
    case int8([Int8])
    case int16([Int16])
    case int32([Int32])

    /// `layout` in the narrowest type that holds all its values exactly.
    init(_ layout: [Int32]) {
        var low = Int32(0), high = Int32(0)
        for v in layout {
            low = min(low, v)
            high = max(high, v)
        }
        if low >= Int32(Int8.min) && high <= Int32(Int8.max) {
            self = .int8(layout.map { Int8(truncatingIfNeeded: $0) })
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
        case .int8(let w): dense(input, layer, weights: w, padded: padded, acc: &acc, threads: threads)
        case .int16(let w): dense(input, layer, weights: w, padded: padded, acc: &acc, threads: threads)
        case .int32(let w): dense(input, layer, weights: w, padded: padded, acc: &acc, threads: threads)
        }
    }

    static func dense<W: NarrowWeight>(_ input: SparseInput<Int32>, _ layer: ConvLayer, weights: [W], padded: Int,
                                       acc: inout [Int32], threads: Int) {
        precondition(weights.count == layer.kernel * layer.kernel * layer.inChannels * padded, "weight rows do not match the layer")
        precondition(acc.count == layer.outHeight * layer.outWidth * padded, "membranes do not match the layer")
        input.withPointers { start, channel, value in
            weights.withUnsafeBufferPointer { wp in
                acc.withUnsafeMutableBufferPointer { ap in
                    let box = UncheckedSendable((start, channel, value, wp, ap))
                    Parallel.forEachRange(layer.outHeight, threads: threads) { rows in
                        let (start, channel, value, wp, ap) = box.value
                        guard let w = wp.baseAddress, let a = ap.baseAddress else { return }
                        let k = layer.kernel
                        var g = GatherGeometry(kernel: k, inChannels: layer.inChannels, inWidth: layer.inWidth, outPadded: padded,
                                               y0: 0, x0: 0, kyLo: 0, kyHi: 0, kxLo: 0, kxHi: 0)
                        for oy in rows {
                            g.y0 = oy * layer.stride - layer.padding
                            g.kyLo = max(0, -g.y0)
                            g.kyHi = min(k, layer.inHeight - g.y0)
                            var o0 = 0
                            while o0 < padded {
                                var lanes = 8
                                for ox in 0..<layer.outWidth {
                                    g.x0 = ox * layer.stride - layer.padding
                                    g.kxLo = max(0, -g.x0)
                                    g.kxHi = min(k, layer.inWidth - g.x0)
                                    let dst = a + (oy * layer.outWidth + ox) * padded
                                    lanes = padded - o0 >= 64 ? gather64(g, o0, start, channel, value, w, dst)
                                        : padded - o0 >= 32 ? gather32(g, o0, start, channel, value, w, dst)
                                        : gather8(g, o0, start, channel, value, w, dst)
                                }
                                o0 += lanes
                            }
                        }
                    }
                }
            }
        }
    }

    /// Adds `Σ s × w[row][o0 ..< o0 + 64]` over the window's inputs to `dst[o0 ..< o0 + 64]`
    /// (one cache line of int8 weights per input: half the loop overhead per lane of `gather32`).
    @inline(__always)
    static func gather64<W: NarrowWeight>(_ g: GatherGeometry, _ o0: Int, _ start: UnsafePointer<Int32>,
                                          _ channel: UnsafePointer<Int32>, _ value: UnsafePointer<Int32>,
                                          _ w: UnsafePointer<W>, _ dst: UnsafeMutablePointer<Int32>) -> Int {
        typealias V = SIMD8<Int32>
        let base = UnsafeMutableRawPointer(dst + o0)
        var a0 = base.loadUnaligned(as: V.self), a1 = base.loadUnaligned(fromByteOffset: 32, as: V.self)
        var a2 = base.loadUnaligned(fromByteOffset: 64, as: V.self), a3 = base.loadUnaligned(fromByteOffset: 96, as: V.self)
        var a4 = base.loadUnaligned(fromByteOffset: 128, as: V.self), a5 = base.loadUnaligned(fromByteOffset: 160, as: V.self)
        var a6 = base.loadUnaligned(fromByteOffset: 192, as: V.self), a7 = base.loadUnaligned(fromByteOffset: 224, as: V.self)
        for ky in g.kyLo..<g.kyHi {
            let rowPixel = (g.y0 + ky) * g.inWidth + g.x0
            for kx in g.kxLo..<g.kxHi {
                let pixel = rowPixel + kx
                let tap = (ky * g.kernel + kx) * g.inChannels
                var e = Int(start[pixel])
                let end = Int(start[pixel + 1])
                while e < end {
                    let row = w + (tap + Int(channel[e])) * g.outPadded + o0
                    let s = V(repeating: value[e])
                    a0 &+= s &* W.lanes8(row, 0)
                    a1 &+= s &* W.lanes8(row, 8)
                    a2 &+= s &* W.lanes8(row, 16)
                    a3 &+= s &* W.lanes8(row, 24)
                    a4 &+= s &* W.lanes8(row, 32)
                    a5 &+= s &* W.lanes8(row, 40)
                    a6 &+= s &* W.lanes8(row, 48)
                    a7 &+= s &* W.lanes8(row, 56)
                    e += 1
                }
            }
        }
        base.storeBytes(of: a0, as: V.self)
        base.storeBytes(of: a1, toByteOffset: 32, as: V.self)
        base.storeBytes(of: a2, toByteOffset: 64, as: V.self)
        base.storeBytes(of: a3, toByteOffset: 96, as: V.self)
        base.storeBytes(of: a4, toByteOffset: 128, as: V.self)
        base.storeBytes(of: a5, toByteOffset: 160, as: V.self)
        base.storeBytes(of: a6, toByteOffset: 192, as: V.self)
        base.storeBytes(of: a7, toByteOffset: 224, as: V.self)
        return 64
    }

    /// Adds `Σ s × w[row][o0 ..< o0 + 32]` over the window's inputs to `dst[o0 ..< o0 + 32]`.
    @inline(__always)
    static func gather32<W: NarrowWeight>(_ g: GatherGeometry, _ o0: Int, _ start: UnsafePointer<Int32>,
                                          _ channel: UnsafePointer<Int32>, _ value: UnsafePointer<Int32>,
                                          _ w: UnsafePointer<W>, _ dst: UnsafeMutablePointer<Int32>) -> Int {
        typealias V = SIMD8<Int32>
        let base = UnsafeMutableRawPointer(dst + o0)
        var a0 = base.loadUnaligned(as: V.self), a1 = base.loadUnaligned(fromByteOffset: 32, as: V.self)
        var a2 = base.loadUnaligned(fromByteOffset: 64, as: V.self), a3 = base.loadUnaligned(fromByteOffset: 96, as: V.self)
        for ky in g.kyLo..<g.kyHi {
            let rowPixel = (g.y0 + ky) * g.inWidth + g.x0
            for kx in g.kxLo..<g.kxHi {
                let pixel = rowPixel + kx
                let tap = (ky * g.kernel + kx) * g.inChannels
                var e = Int(start[pixel])
                let end = Int(start[pixel + 1])
                while e < end {
                    let row = w + (tap + Int(channel[e])) * g.outPadded + o0
                    let s = V(repeating: value[e])
                    a0 &+= s &* W.lanes8(row, 0)
                    a1 &+= s &* W.lanes8(row, 8)
                    a2 &+= s &* W.lanes8(row, 16)
                    a3 &+= s &* W.lanes8(row, 24)
                    e += 1
                }
            }
        }
        base.storeBytes(of: a0, as: V.self)
        base.storeBytes(of: a1, toByteOffset: 32, as: V.self)
        base.storeBytes(of: a2, toByteOffset: 64, as: V.self)
        base.storeBytes(of: a3, toByteOffset: 96, as: V.self)
        return 32
    }

    /// `gather32` for the last 8 lanes of a layer whose padded width is not a multiple of 32.
    @inline(__always)
    static func gather8<W: NarrowWeight>(_ g: GatherGeometry, _ o0: Int, _ start: UnsafePointer<Int32>,
                                         _ channel: UnsafePointer<Int32>, _ value: UnsafePointer<Int32>,
                                         _ w: UnsafePointer<W>, _ dst: UnsafeMutablePointer<Int32>) -> Int {
        typealias V = SIMD8<Int32>
        let base = UnsafeMutableRawPointer(dst + o0)
        var a0 = base.loadUnaligned(as: V.self)
        for ky in g.kyLo..<g.kyHi {
            let rowPixel = (g.y0 + ky) * g.inWidth + g.x0
            for kx in g.kxLo..<g.kxHi {
                let pixel = rowPixel + kx
                let tap = (ky * g.kernel + kx) * g.inChannels
                var e = Int(start[pixel])
                let end = Int(start[pixel + 1])
                while e < end {
                    a0 &+= V(repeating: value[e]) &* W.lanes8(w + (tap + Int(channel[e])) * g.outPadded + o0, 0)
                    e += 1
                }
            }
        }
        base.storeBytes(of: a0, as: V.self)
        return 8
    }

    /// Depthwise: `acc[c] += Σ_taps s[c] × w[tap][c]` over an HWC spike map, eight channels at a
    /// time (the caller guarantees no partial sum can saturate).
    static func depthwise(_ spikes: UnsafeBufferPointer<UInt8>, _ layer: ConvLayer, weights: [Int32], padded: Int,
                          acc: inout [Int32], threads: Int) {
        precondition(spikes.count == layer.inHeight * layer.inWidth * layer.inChannels, "spikes do not match the layer")
        precondition(weights.count == layer.kernel * layer.kernel * padded && padded >= layer.inChannels, "weights do not match the layer")
        precondition(acc.count == layer.outHeight * layer.outWidth * padded, "membranes do not match the layer")
        let sp = spikes
        weights.withUnsafeBufferPointer { wp in
            acc.withUnsafeMutableBufferPointer { ap in
                let box = UncheckedSendable((sp, wp, ap))
                Parallel.forEachRange(layer.outHeight, threads: threads) { rows in
                    let (sp, wp, ap) = box.value
                    guard let s = sp.baseAddress, let w = wp.baseAddress, let a = ap.baseAddress else { return }
                    let k = layer.kernel, c = layer.inChannels
                    for oy in rows {
                        let y0 = oy * layer.stride - layer.padding
                        for ox in 0..<layer.outWidth {
                            let x0 = ox * layer.stride - layer.padding
                            let dst = a + (oy * layer.outWidth + ox) * padded
                            var ch = 0
                            while ch < c {
                                let n = min(8, c - ch)
                                var sum = SIMD8<Int32>()
                                for ky in max(0, -y0)..<min(k, layer.inHeight - y0) {
                                    for kx in max(0, -x0)..<min(k, layer.inWidth - x0) {
                                        let src = s + ((y0 + ky) * layer.inWidth + x0 + kx) * c + ch
                                        let tap = UnsafeRawPointer(w + (ky * k + kx) * padded + ch).loadUnaligned(as: SIMD8<Int32>.self)
                                        sum &+= spikeLanes(src, n) &* tap
                                    }
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
                }
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
