/// A word the event loops add binary events into: `Int32` for fixed point (saturating adds). The
/// loops are written per concrete type because Swift's SIMD operators only vectorise on concrete
/// vector types.
protocol MembraneWord: Sendable, Comparable {
    /// Adds every binary event under the kernel window of one output pixel to
    /// `acc[o0 ..< o0 + lanes]` (weights `w[(tap * cin + channel) * padded + o]`), virtual step by
    /// virtual step; returns the lanes done (32, 16 or 8, whatever fits).
    static func accumulate(_ g: EventWindow, _ o0: Int, _ w: UnsafePointer<Self>, _ acc: UnsafeMutablePointer<Self>,
                           low: Self, high: Self, clamp: Bool) -> Int

    /// Depthwise: adds `w[tap][c]` to `acc[c]` for the 8 channels at `c0` whose spike exceeds `level`.
    static func depthwise8(_ spikes: UnsafePointer<UInt8>, level: UInt8, _ w: UnsafePointer<Self>,
                           _ acc: UnsafeMutablePointer<Self>, low: Self, high: Self)

    /// Scalar saturating add (tails).
    static func add(_ a: Self, _ b: Self, low: Self, high: Self) -> Self
}

/// The binary events under one output pixel's kernel window.
struct EventWindow {
    var starts: [UnsafePointer<Int32>]
    var channels: [UnsafePointer<Int32>]
    var kernel: Int, inChannels: Int, inWidth: Int, padded: Int
    var y0: Int, x0: Int, kyLo: Int, kyHi: Int, kxLo: Int, kxHi: Int
}

extension Int32: MembraneWord {
    @inline(__always)
    static func accumulate(_ g: EventWindow, _ o0: Int, _ w: UnsafePointer<Int32>, _ acc: UnsafeMutablePointer<Int32>,
                           low: Int32, high: Int32, clamp: Bool) -> Int {
        typealias V = SIMD8<Int32>
        let lo = V(repeating: low), hi = V(repeating: high)
        let wide = g.padded - o0 >= 32
        let base = UnsafeMutableRawPointer(acc + o0)
        var a0 = base.loadUnaligned(as: V.self)
        var a1 = wide ? base.loadUnaligned(fromByteOffset: 32, as: V.self) : V()
        var a2 = wide ? base.loadUnaligned(fromByteOffset: 64, as: V.self) : V()
        var a3 = wide ? base.loadUnaligned(fromByteOffset: 96, as: V.self) : V()
        for j in 0..<g.starts.count {
            let start = g.starts[j], channel = g.channels[j]
            for ky in g.kyLo..<g.kyHi {
                let rowPixel = (g.y0 + ky) * g.inWidth + g.x0
                for kx in g.kxLo..<g.kxHi {
                    let p = rowPixel + kx
                    let tap = (ky * g.kernel + kx) * g.inChannels
                    var e = Int(start[p])
                    let end = Int(start[p + 1])
                    if !clamp {
                        // No sum can reach the saturation bounds (checked per layer): plain adds.
                        while e < end {
                            let row = UnsafeRawPointer(w + (tap + Int(channel[e])) * g.padded + o0)
                            a0 &+= row.loadUnaligned(as: V.self)
                            if wide {
                                a1 &+= row.loadUnaligned(fromByteOffset: 32, as: V.self)
                                a2 &+= row.loadUnaligned(fromByteOffset: 64, as: V.self)
                                a3 &+= row.loadUnaligned(fromByteOffset: 96, as: V.self)
                            }
                            e += 1
                        }
                        continue
                    }
                    while e < end {
                        // Membranes stay within 30 bits and weights within 16, so the wrapping add
                        // cannot overflow before the clamp saturates it.
                        let row = UnsafeRawPointer(w + (tap + Int(channel[e])) * g.padded + o0)
                        a0 = pointwiseMin(pointwiseMax(a0 &+ row.loadUnaligned(as: V.self), lo), hi)
                        if wide {
                            a1 = pointwiseMin(pointwiseMax(a1 &+ row.loadUnaligned(fromByteOffset: 32, as: V.self), lo), hi)
                            a2 = pointwiseMin(pointwiseMax(a2 &+ row.loadUnaligned(fromByteOffset: 64, as: V.self), lo), hi)
                            a3 = pointwiseMin(pointwiseMax(a3 &+ row.loadUnaligned(fromByteOffset: 96, as: V.self), lo), hi)
                        }
                        e += 1
                    }
                }
            }
        }
        base.storeBytes(of: a0, as: V.self)
        guard wide else { return 8 }
        base.storeBytes(of: a1, toByteOffset: 32, as: V.self)
        base.storeBytes(of: a2, toByteOffset: 64, as: V.self)
        base.storeBytes(of: a3, toByteOffset: 96, as: V.self)
        return 32
    }

    @inline(__always)
    static func depthwise8(_ spikes: UnsafePointer<UInt8>, level: UInt8, _ w: UnsafePointer<Int32>,
                           _ acc: UnsafeMutablePointer<Int32>, low: Int32, high: Int32) {
        for k in 0..<8 where spikes[k] > level { acc[k] = Swift.min(Swift.max(acc[k] &+ w[k], low), high) }
    }

    @inline(__always)
    static func add(_ a: Int32, _ b: Int32, low: Int32, high: Int32) -> Int32 { Swift.min(Swift.max(a &+ b, low), high) }
}

/// The event loops over whole layers, parallel over output rows (each output is computed by one
/// thread in the canonical event order, so results do not depend on the thread count).
enum EventKernels {
    /// Dense (groups 1) convolution: `acc` (channels-last, `padded` per pixel) starts with the
    /// membranes after the bias and receives every binary event.
    static func dense<M: MembraneWord>(_ events: BinarySpikes, _ layer: ConvLayer, weights: [M], padded: Int,
                                       acc: inout [M], low: M, high: M, clamp: Bool, threads: Int) {
        withPointers(events) { starts, channels in
            weights.withUnsafeBufferPointer { wp in
                acc.withUnsafeMutableBufferPointer { ap in
                    let box = UncheckedSendable((starts, channels, wp, ap))
                    Parallel.forEachRange(layer.outHeight, threads: threads) { rows in
                        let (starts, channels, wp, ap) = box.value
                        guard let w = wp.baseAddress, let a = ap.baseAddress else { return }
                        let k = layer.kernel
                        var g = EventWindow(starts: starts, channels: channels, kernel: k, inChannels: layer.inChannels,
                                            inWidth: layer.inWidth, padded: padded, y0: 0, x0: 0, kyLo: 0, kyHi: 0, kxLo: 0, kxHi: 0)
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
                                    lanes = M.accumulate(g, o0, w, a + (oy * layer.outWidth + ox) * padded, low: low, high: high,
                                                         clamp: clamp)
                                }
                                o0 += lanes
                            }
                        }
                    }
                }
            }
        }
    }

    /// Depthwise convolution over an HWC spike map, virtual step by virtual step.
    static func depthwise<M: MembraneWord>(_ spikes: UnsafeBufferPointer<UInt8>, _ layer: ConvLayer, levels: Int, weights: [M], padded: Int,
                                           acc: inout [M], low: M, high: M, threads: Int) {
        let sp = spikes
        weights.withUnsafeBufferPointer { wp in
            acc.withUnsafeMutableBufferPointer { ap in
                let box = UncheckedSendable((sp, wp, ap))
                Parallel.forEachRange(layer.outHeight, threads: threads) { rows in
                    let (sp, wp, ap) = box.value
                    guard let s = sp.baseAddress, let w = wp.baseAddress, let a = ap.baseAddress else { return }
                    let k = layer.kernel, c = layer.inChannels
                    for oy in rows {
                        for ox in 0..<layer.outWidth {
                            let y0 = oy * layer.stride - layer.padding, x0 = ox * layer.stride - layer.padding
                            let dst = a + (oy * layer.outWidth + ox) * padded
                            for j in 0..<levels {
                                let level = UInt8(j)
                                for ky in max(0, -y0)..<min(k, layer.inHeight - y0) {
                                    for kx in max(0, -x0)..<min(k, layer.inWidth - x0) {
                                        let src = s + ((y0 + ky) * layer.inWidth + x0 + kx) * c
                                        let tap = w + (ky * k + kx) * padded
                                        var ch = 0
                                        while ch + 8 <= c {
                                            M.depthwise8(src + ch, level: level, tap + ch, dst + ch, low: low, high: high)
                                            ch += 8
                                        }
                                        while ch < c {
                                            if src[ch] > level { dst[ch] = M.add(dst[ch], tap[ch], low: low, high: high) }
                                            ch += 1
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func withPointers<R>(_ e: BinarySpikes, _ body: ([UnsafePointer<Int32>], [UnsafePointer<Int32>]) -> R) -> R {
        // Keep every per-step array alive for the duration of the call.
        var starts = [UnsafeBufferPointer<Int32>](), channels = [UnsafeBufferPointer<Int32>]()
        var keep = [ContiguousArray<Int32>]()
        for j in 0..<e.start.count {
            keep.append(ContiguousArray(e.start[j]))
            keep.append(ContiguousArray(e.channel[j].isEmpty ? [0] : e.channel[j]))
        }
        return keep.withUnsafeBufferPointers { buffers in
            for j in 0..<e.start.count {
                starts.append(buffers[2 * j])
                channels.append(buffers[2 * j + 1])
            }
            return body(starts.compactMap(\.baseAddress), channels.compactMap(\.baseAddress))
        }
    }
}

extension Array where Element == ContiguousArray<Int32> {
    /// Calls `body` with stable buffer pointers to every element.
    fileprivate func withUnsafeBufferPointers<R>(_ body: ([UnsafeBufferPointer<Int32>]) -> R) -> R {
        func go(_ i: Int, _ acc: [UnsafeBufferPointer<Int32>]) -> R {
            if i == count { return body(acc) }
            return self[i].withUnsafeBufferPointer { go(i + 1, acc + [$0]) }
        }
        return go(0, [])
    }
}
