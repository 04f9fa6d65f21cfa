/// A word the event loops add binary events into: `Int32` for fixed point (saturating adds). The
/// loops are written per concrete type because Swift's SIMD operators only vectorise on concrete
/// vector types.
protocol MembraneWord: Sendable, Comparable {
    /// Adds every binary event of `steps` under the kernel window `g` of one output pixel to
    /// `acc[o0 ..< o0 + lanes]` (weights `w[(tap * cin + channel) * padded + o]`), virtual step by
    /// virtual step; returns the lanes done (32 or 8, whatever fits).
    static func accumulate(_ g: GatherGeometry, _ steps: EventSteps, _ o0: Int, _ w: UnsafePointer<Self>,
                           _ acc: UnsafeMutablePointer<Self>, low: Self, high: Self, clamp: Bool) -> Int

    /// Depthwise: adds `w[tap][c]` to `acc[c]` for the 8 channels at `c0` whose spike exceeds `level`.
    static func depthwise8(_ spikes: UnsafePointer<UInt8>, level: UInt8, _ w: UnsafePointer<Self>,
                           _ acc: UnsafeMutablePointer<Self>, low: Self, high: Self)

    /// Scalar saturating add (tails).
    static func add(_ a: Self, _ b: Self, low: Self, high: Self) -> Self
}

/// The binary events of every virtual step, as compressed sparse rows (`starts[j]`,
/// `channels[j]` for step `j`).
struct EventSteps {
    var starts: [UnsafePointer<Int32>]
    var channels: [UnsafePointer<Int32>]
}

extension Int32: MembraneWord {
    @inline(__always)
    static func accumulate(_ g: GatherGeometry, _ steps: EventSteps, _ o0: Int, _ w: UnsafePointer<Int32>,
                           _ acc: UnsafeMutablePointer<Int32>, low: Int32, high: Int32, clamp: Bool) -> Int {
        let sums = g.outPadded - o0 >= 32
            ? accumulate(LaneSums(loading: acc + o0, count: 4), g, steps, o0, w, low: low, high: high, clamp: clamp)
            : accumulate(LaneSums(loading: acc + o0, count: 1), g, steps, o0, w, low: low, high: high, clamp: clamp)
        return sums.store(to: acc + o0)
    }

    /// `sums` plus every event's weight row from lane `o0` (`sums.count` is a constant at each
    /// call, so each call gets its own branch-free loop).
    @inline(__always)
    private static func accumulate(_ sums: LaneSums<SIMD8<Int32>>, _ g: GatherGeometry, _ steps: EventSteps, _ o0: Int,
                                   _ w: UnsafePointer<Int32>, low: Int32, high: Int32, clamp: Bool) -> LaneSums<SIMD8<Int32>> {
        typealias V = SIMD8<Int32>
        let lo = V(repeating: low), hi = V(repeating: high)
        var sums = sums
        for j in 0..<steps.starts.count {
            if !clamp {
                // No sum can reach the saturation bounds (checked per layer): plain adds.
                g.forEachInput(steps.starts[j], steps.channels[j]) { rowStart, _ in
                    let row = w + rowStart + o0
                    sums.update { sum, lane in sum &+= UnsafeRawPointer(row + lane).loadUnaligned(as: V.self) }
                }
                continue
            }
            // Membranes stay within 30 bits and weights within 16, so the wrapping add cannot
            // overflow before the clamp saturates it.
            g.forEachInput(steps.starts[j], steps.channels[j]) { rowStart, _ in
                let row = w + rowStart + o0
                sums.update { sum, lane in
                    sum = pointwiseMin(pointwiseMax(sum &+ UnsafeRawPointer(row + lane).loadUnaligned(as: V.self), lo), hi)
                }
            }
        }
        return sums
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
                        let steps = EventSteps(starts: starts, channels: channels)
                        for oy in rows {
                            GatherGeometry(layer, outPadded: padded, row: oy).forEachPixelChunk(of: layer) { g, ox, o0 in
                                M.accumulate(g, steps, o0, w, a + (oy * layer.outWidth + ox) * padded, low: low, high: high, clamp: clamp)
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
        let c = layer.inChannels
        GatherGeometry.forEachPixel(of: layer, spikes: spikes, weights: weights, acc: &acc, outPadded: padded, threads: threads) {
            g, s, w, dst in
            for j in 0..<levels {
                let level = UInt8(j)
                g.forEachTap { pixel, tap in
                    let src = s + pixel * c, tapWeights = w + tap * padded
                    var ch = 0
                    while ch + 8 <= c {
                        M.depthwise8(src + ch, level: level, tapWeights + ch, dst + ch, low: low, high: high)
                        ch += 8
                    }
                    while ch < c {
                        if src[ch] > level { dst[ch] = M.add(dst[ch], tapWeights[ch], low: low, high: high) }
                        ch += 1
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
