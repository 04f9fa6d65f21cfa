/// The two accumulation precisions of the reference kernels. The innermost loops are written per
/// concrete type because Swift's SIMD operators only compile to vector instructions when the
/// vector type is concrete; in generic code they fall back to element-by-element loops.
protocol KernelScalar: BinaryFloatingPoint, SparseValue, Codable {
    /// Adds `Σ value[e] * w[(tap + channel[e]) * outPadded + o0 ..< +lanes]` over the sparse
    /// inputs under the kernel to `dst[o0 ..< o0 + lanes]`, for the largest supported `lanes`
    /// that fits in `outPadded - o0` (a multiple of 8); returns `lanes`.
    static func gatherChunk(
        _ g: GatherGeometry, _ o0: Int, _ start: UnsafePointer<Int32>, _ channel: UnsafePointer<Int32>,
        _ value: UnsafePointer<Self>, _ w: UnsafePointer<Self>, _ dst: UnsafeMutablePointer<Self>
    ) -> Int

    /// Lanes `gatherWide` computes at once.
    static var wideLanes: Int { get }

    /// `gatherChunk` for `wideLanes` lanes at once (eight vector accumulators instead of four),
    /// continuing the sums already in `dst[o0 ..< o0 + wideLanes]`: called tap by tap, it adds the
    /// same products in the same order per output as `gatherChunk`, so the same sums bit for bit.
    static func gatherWide(
        _ g: GatherGeometry, _ o0: Int, _ start: UnsafePointer<Int32>, _ channel: UnsafePointer<Int32>,
        _ value: UnsafePointer<Self>, _ w: UnsafePointer<Self>, _ dst: UnsafeMutablePointer<Self>
    )

    /// The I-LIF spike of membrane `u` (`IntegerSpike.of`, through the concrete conversion).
    static func spike(_ u: Self, levels: Int) -> UInt8

    /// `dst[0..<8] += spikes[0..<8] * w[0..<8]` (eight channels of a depthwise tap).
    static func depthwiseLanes(_ spikes: UnsafePointer<UInt8>, _ w: UnsafePointer<Self>, _ dst: UnsafeMutablePointer<Self>)
}

/// Where one output pixel's kernel window lies in the input.
struct GatherGeometry {
    var kernel: Int
    var inChannels: Int
    var inWidth: Int
    var outPadded: Int
    /// Top-left input coordinate of the window (may be negative: padding).
    var y0: Int, x0: Int
    /// Kernel rows and columns that fall inside the input.
    var kyLo: Int, kyHi: Int, kxLo: Int, kxHi: Int
}

extension Float: KernelScalar {
    @inline(__always)
    static func spike(_ u: Float, levels: Int) -> UInt8 { IntegerSpike.of(u, levels: levels) }

    @inline(__always)
    static func gatherChunk(
        _ g: GatherGeometry, _ o0: Int, _ start: UnsafePointer<Int32>, _ channel: UnsafePointer<Int32>,
        _ value: UnsafePointer<Float>, _ w: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>
    ) -> Int {
        typealias V = SIMD8<Float>
        let wide = g.outPadded - o0 >= 32
        var a0 = V(), a1 = V(), a2 = V(), a3 = V()
        for ky in g.kyLo..<g.kyHi {
            let rowPixel = (g.y0 + ky) * g.inWidth + g.x0
            for kx in g.kxLo..<g.kxHi {
                let pixel = rowPixel + kx
                let tap = (ky * g.kernel + kx) * g.inChannels
                var e = Int(start[pixel])
                let end = Int(start[pixel + 1])
                while e < end {
                    let row = UnsafeRawPointer(w + (tap + Int(channel[e])) * g.outPadded + o0)
                    let v = V(repeating: value[e])
                    a0 += v * row.loadUnaligned(as: V.self)
                    if wide {
                        a1 += v * row.loadUnaligned(fromByteOffset: 32, as: V.self)
                        a2 += v * row.loadUnaligned(fromByteOffset: 64, as: V.self)
                        a3 += v * row.loadUnaligned(fromByteOffset: 96, as: V.self)
                    }
                    e += 1
                }
            }
        }
        let d = UnsafeMutableRawPointer(dst + o0)
        d.storeBytes(of: a0, as: V.self)
        guard wide else { return 8 }
        d.storeBytes(of: a1, toByteOffset: 32, as: V.self)
        d.storeBytes(of: a2, toByteOffset: 64, as: V.self)
        d.storeBytes(of: a3, toByteOffset: 96, as: V.self)
        return 32
    }

    static var wideLanes: Int { 64 }

    @inline(__always)
    static func gatherWide(
        _ g: GatherGeometry, _ o0: Int, _ start: UnsafePointer<Int32>, _ channel: UnsafePointer<Int32>,
        _ value: UnsafePointer<Float>, _ w: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>
    ) {
        typealias V = SIMD8<Float>
        let d = UnsafeMutableRawPointer(dst + o0)
        var a0 = d.loadUnaligned(as: V.self), a1 = d.loadUnaligned(fromByteOffset: 32, as: V.self)
        var a2 = d.loadUnaligned(fromByteOffset: 64, as: V.self), a3 = d.loadUnaligned(fromByteOffset: 96, as: V.self)
        var a4 = d.loadUnaligned(fromByteOffset: 128, as: V.self), a5 = d.loadUnaligned(fromByteOffset: 160, as: V.self)
        var a6 = d.loadUnaligned(fromByteOffset: 192, as: V.self), a7 = d.loadUnaligned(fromByteOffset: 224, as: V.self)
        for ky in g.kyLo..<g.kyHi {
            let rowPixel = (g.y0 + ky) * g.inWidth + g.x0
            for kx in g.kxLo..<g.kxHi {
                let pixel = rowPixel + kx
                let tap = (ky * g.kernel + kx) * g.inChannels
                var e = Int(start[pixel])
                let end = Int(start[pixel + 1])
                while e < end {
                    let row = UnsafeRawPointer(w + (tap + Int(channel[e])) * g.outPadded + o0)
                    let v = V(repeating: value[e])
                    a0 += v * row.loadUnaligned(as: V.self)
                    a1 += v * row.loadUnaligned(fromByteOffset: 32, as: V.self)
                    a2 += v * row.loadUnaligned(fromByteOffset: 64, as: V.self)
                    a3 += v * row.loadUnaligned(fromByteOffset: 96, as: V.self)
                    a4 += v * row.loadUnaligned(fromByteOffset: 128, as: V.self)
                    a5 += v * row.loadUnaligned(fromByteOffset: 160, as: V.self)
                    a6 += v * row.loadUnaligned(fromByteOffset: 192, as: V.self)
                    a7 += v * row.loadUnaligned(fromByteOffset: 224, as: V.self)
                    e += 1
                }
            }
        }
        d.storeBytes(of: a0, as: V.self)
        d.storeBytes(of: a1, toByteOffset: 32, as: V.self)
        d.storeBytes(of: a2, toByteOffset: 64, as: V.self)
        d.storeBytes(of: a3, toByteOffset: 96, as: V.self)
        d.storeBytes(of: a4, toByteOffset: 128, as: V.self)
        d.storeBytes(of: a5, toByteOffset: 160, as: V.self)
        d.storeBytes(of: a6, toByteOffset: 192, as: V.self)
        d.storeBytes(of: a7, toByteOffset: 224, as: V.self)
    }

    @inline(__always)
    static func depthwiseLanes(_ spikes: UnsafePointer<UInt8>, _ w: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>) {
        let r = UnsafeRawPointer(spikes).loadUnaligned(as: SIMD8<UInt8>.self)
        let s = SIMD8<Float>(Float(r[0]), Float(r[1]), Float(r[2]), Float(r[3]), Float(r[4]), Float(r[5]), Float(r[6]), Float(r[7]))
        let wv = UnsafeRawPointer(w).loadUnaligned(as: SIMD8<Float>.self)
        let d = UnsafeMutableRawPointer(dst)
        d.storeBytes(of: d.loadUnaligned(as: SIMD8<Float>.self) + s * wv, as: SIMD8<Float>.self)
    }
}

extension Double: KernelScalar {
    @inline(__always)
    static func spike(_ u: Double, levels: Int) -> UInt8 { IntegerSpike.of(u, levels: levels) }

    @inline(__always)
    static func gatherChunk(
        _ g: GatherGeometry, _ o0: Int, _ start: UnsafePointer<Int32>, _ channel: UnsafePointer<Int32>,
        _ value: UnsafePointer<Double>, _ w: UnsafePointer<Double>, _ dst: UnsafeMutablePointer<Double>
    ) -> Int {
        typealias V = SIMD4<Double>
        let wide = g.outPadded - o0 >= 16
        var a0 = V(), a1 = V(), a2 = V(), a3 = V()
        for ky in g.kyLo..<g.kyHi {
            let rowPixel = (g.y0 + ky) * g.inWidth + g.x0
            for kx in g.kxLo..<g.kxHi {
                let pixel = rowPixel + kx
                let tap = (ky * g.kernel + kx) * g.inChannels
                var e = Int(start[pixel])
                let end = Int(start[pixel + 1])
                while e < end {
                    let row = UnsafeRawPointer(w + (tap + Int(channel[e])) * g.outPadded + o0)
                    let v = V(repeating: value[e])
                    a0 += v * row.loadUnaligned(as: V.self)
                    a1 += v * row.loadUnaligned(fromByteOffset: 32, as: V.self)
                    if wide {
                        a2 += v * row.loadUnaligned(fromByteOffset: 64, as: V.self)
                        a3 += v * row.loadUnaligned(fromByteOffset: 96, as: V.self)
                    }
                    e += 1
                }
            }
        }
        let d = UnsafeMutableRawPointer(dst + o0)
        d.storeBytes(of: a0, as: V.self)
        d.storeBytes(of: a1, toByteOffset: 32, as: V.self)
        guard wide else { return 8 }
        d.storeBytes(of: a2, toByteOffset: 64, as: V.self)
        d.storeBytes(of: a3, toByteOffset: 96, as: V.self)
        return 16
    }

    static var wideLanes: Int { 32 }

    @inline(__always)
    static func gatherWide(
        _ g: GatherGeometry, _ o0: Int, _ start: UnsafePointer<Int32>, _ channel: UnsafePointer<Int32>,
        _ value: UnsafePointer<Double>, _ w: UnsafePointer<Double>, _ dst: UnsafeMutablePointer<Double>
    ) {
        typealias V = SIMD4<Double>
        let d = UnsafeMutableRawPointer(dst + o0)
        var a0 = d.loadUnaligned(as: V.self), a1 = d.loadUnaligned(fromByteOffset: 32, as: V.self)
        var a2 = d.loadUnaligned(fromByteOffset: 64, as: V.self), a3 = d.loadUnaligned(fromByteOffset: 96, as: V.self)
        var a4 = d.loadUnaligned(fromByteOffset: 128, as: V.self), a5 = d.loadUnaligned(fromByteOffset: 160, as: V.self)
        var a6 = d.loadUnaligned(fromByteOffset: 192, as: V.self), a7 = d.loadUnaligned(fromByteOffset: 224, as: V.self)
        for ky in g.kyLo..<g.kyHi {
            let rowPixel = (g.y0 + ky) * g.inWidth + g.x0
            for kx in g.kxLo..<g.kxHi {
                let pixel = rowPixel + kx
                let tap = (ky * g.kernel + kx) * g.inChannels
                var e = Int(start[pixel])
                let end = Int(start[pixel + 1])
                while e < end {
                    let row = UnsafeRawPointer(w + (tap + Int(channel[e])) * g.outPadded + o0)
                    let v = V(repeating: value[e])
                    a0 += v * row.loadUnaligned(as: V.self)
                    a1 += v * row.loadUnaligned(fromByteOffset: 32, as: V.self)
                    a2 += v * row.loadUnaligned(fromByteOffset: 64, as: V.self)
                    a3 += v * row.loadUnaligned(fromByteOffset: 96, as: V.self)
                    a4 += v * row.loadUnaligned(fromByteOffset: 128, as: V.self)
                    a5 += v * row.loadUnaligned(fromByteOffset: 160, as: V.self)
                    a6 += v * row.loadUnaligned(fromByteOffset: 192, as: V.self)
                    a7 += v * row.loadUnaligned(fromByteOffset: 224, as: V.self)
                    e += 1
                }
            }
        }
        d.storeBytes(of: a0, as: V.self)
        d.storeBytes(of: a1, toByteOffset: 32, as: V.self)
        d.storeBytes(of: a2, toByteOffset: 64, as: V.self)
        d.storeBytes(of: a3, toByteOffset: 96, as: V.self)
        d.storeBytes(of: a4, toByteOffset: 128, as: V.self)
        d.storeBytes(of: a5, toByteOffset: 160, as: V.self)
        d.storeBytes(of: a6, toByteOffset: 192, as: V.self)
        d.storeBytes(of: a7, toByteOffset: 224, as: V.self)
    }

    @inline(__always)
    static func depthwiseLanes(_ spikes: UnsafePointer<UInt8>, _ w: UnsafePointer<Double>, _ dst: UnsafeMutablePointer<Double>) {
        let raw = UnsafeRawPointer(spikes).loadUnaligned(as: SIMD8<UInt8>.self)
        let lo = SIMD4<Double>(Double(raw[0]), Double(raw[1]), Double(raw[2]), Double(raw[3]))
        let hi = SIMD4<Double>(Double(raw[4]), Double(raw[5]), Double(raw[6]), Double(raw[7]))
        let d = UnsafeMutableRawPointer(dst)
        d.storeBytes(of: d.loadUnaligned(as: SIMD4<Double>.self) + lo * UnsafeRawPointer(w).loadUnaligned(as: SIMD4<Double>.self),
                     as: SIMD4<Double>.self)
        d.storeBytes(of: d.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self)
                         + hi * UnsafeRawPointer(w).loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self),
                     toByteOffset: 32, as: SIMD4<Double>.self)
    }
}
