import Foundation
/// The fixed-point format of the chip's membranes: each buffer channel counts in units of
/// `2^-fractionBits[b][c]`. All weights into a channel share its unit (so residual additions add
/// like integers) and are rounded to `weightBits` signed integers: the unit is the finest one
/// at which the channel's largest weight still fits. Buffers derived from others (nearest
/// upsampling, SPPF's max-pooling) share their sources' units channel by channel.
public struct FixedPointFormat: Sendable {
    /// Fractional bits per buffer, per channel.
    var fractionBits: [[Int]]
    /// Largest and smallest membrane value (saturation bounds).
    let high: Int32, low: Int32

    /// The format of `topology`'s buffers for `weights` (rounded to FP32 first when
    /// `roundsWeightsToFloat`); each channel's largest weight is found on up to `threads` threads.
    init(topology: NetworkTopology, weights: [ConvWeights], weightBits: Int, membraneBits: Int, roundsWeightsToFloat: Bool,
         threads: Int = 1) {
        high = Int32((1 << (membraneBits - 1)) - 1)
        low = -high - 1
        // Union-find over (buffer, channel): upsampled buffers copy their sources' values.
        var offset = [Int](), total = 0
        for b in topology.buffers { offset.append(total); total += b.channels }
        var parent = Array(0..<total)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        // Derived buffers copy raw words from their sources (upsampling copies, max-pooling picks
        // one of them), so each of their channels shares its source channel's unit.
        for (b, buffer) in topology.buffers.enumerated() {
            switch buffer.initial {
            case .zero:
                break
            case let .upsample(of: slices, _, _):
                var c0 = 0
                for s in slices {
                    for c in 0..<s.channelCount { parent[find(offset[b] + c0 + c)] = find(offset[s.buffer] + s.channelStart + c) }
                    c0 += s.channelCount
                }
            case let .maxPool(of: source, _):
                for c in 0..<buffer.channels { parent[find(offset[b] + c)] = find(offset[source] + c) }
            }
        }
        let channelLargest = FixedPointFormat.largestWeights(topology, weights, roundsWeightsToFloat: roundsWeightsToFloat,
                                                             threads: threads)
        var largest = [Double](repeating: 0, count: total)
        for (i, conv) in topology.convs.enumerated() {
            var c0 = 0
            for s in conv.output {
                for c in 0..<s.channelCount {
                    let root = find(offset[s.buffer] + s.channelStart + c)
                    largest[root] = max(largest[root], channelLargest[i][c0 + c])
                }
                c0 += s.channelCount
            }
        }
        let top = Double((1 << (weightBits - 1)) - 1)
        fractionBits = topology.buffers.enumerated().map { b, buffer in
            (0..<buffer.channels).map { c in
                let m = largest[find(offset[b] + c)]
                // The finest unit at which the largest weight still fits; capped so that the
                // membrane keeps integer headroom for D (and so that all-zero weights stay sane).
                guard m > 0, m.isFinite else { return 8 }
                let f = Int((log2(top / m)).rounded(.down))
                return min(max(f, -16), membraneBits - 4)
            }
        }
    }

    /// The largest |weight| of each output channel of each convolution (`[conv][channel]`), each
    /// weight rounded to FP32 first when `roundsWeightsToFloat`. Channels are independent, so they
    /// are shared out over the threads (this scan of every weight ran on one thread before each
    /// chip run).
    static func largestWeights(_ topology: NetworkTopology, _ weights: [ConvWeights], roundsWeightsToFloat: Bool,
                               threads: Int) -> [[Double]] {
        var start = [0]
        for conv in topology.convs { start.append(start[start.count - 1] + conv.outChannels) }
        var flat = [Double](repeating: 0, count: start[start.count - 1])
        flat.withUnsafeMutableBufferPointer { out in
            let box = UncheckedSendable(out)
            // Channel ranges across convolutions of very different sizes: many small chunks.
            Parallel.forEachRange(out.count, threads: threads, chunks: 64) { range in
                var i = 0
                for f in range {
                    while start[i + 1] <= f { i += 1 }
                    let conv = topology.convs[i], o = f - start[i]
                    let per = (conv.inChannels / conv.groups) * conv.kernel * conv.kernel
                    // Folding sized the weights from the topology; the scan below reads raw memory.
                    precondition(weights[i].weight.count == conv.outChannels * per, "weights do not match convolution \(conv.name)")
                    box.value[f] = weights[i].weight.withUnsafeBufferPointer { w in
                        var m = 0.0
                        if roundsWeightsToFloat {
                            for k in (o * per)..<((o + 1) * per) { m = max(m, abs(Double(Float(w[k])))) }
                        } else {
                            for k in (o * per)..<((o + 1) * per) { m = max(m, abs(w[k])) }
                        }
                        return m
                    }
                }
            }
        }
        return topology.convs.indices.map { Array(flat[start[$0]..<start[$0 + 1]]) }
    }

    /// `x` in units of `2^-f`, rounded half to even and saturated.
    @inline(__always)
    func quantize(_ x: Double, _ f: Int) -> Int32 { quantize(x, scale: pow2(f)) }

    /// `quantize(x, f)` given `scale = pow2(f)` (computed once per channel by callers that
    /// quantize many values in one unit).
    @inline(__always)
    func quantize(_ x: Double, scale: Double) -> Int32 {
        let v = (x * scale).rounded(.toNearestOrEven)
        return Int32(max(Double(low), min(Double(high), v)))
    }

    /// `2^f` as a double.
    func pow2(_ f: Int) -> Double { f >= 0 ? Double(1 << f) : 1 / Double(1 << -f) }

    /// The integer spike of membrane `u` (units of `2^-f`): `round(clamp(u / 2^f, 0, D))` with
    /// round half to even, in integer arithmetic.
    @inline(__always)
    static func spike(_ u: Int32, _ f: Int, levels: Int) -> UInt8 {
        if u <= 0 { return 0 }
        let v = Int64(u)
        if f <= 0 { return UInt8(min(Int64(levels), v << Int64(-f))) }
        if v >= Int64(levels) << Int64(f) { return UInt8(levels) }
        let q = v >> Int64(f), rem = v - (q << Int64(f)), half = Int64(1) << Int64(f - 1)
        let r = rem > half || (rem == half && q & 1 == 1) ? q + 1 : q
        return UInt8(min(Int64(levels), r))
    }

    /// `spike` on eight membranes at once, for units `f` in 1...30 (the caller checks: beyond,
    /// the 32-bit lanes could overflow). For `u > 0`: `q = u >> f`, the remainder's low `f` bits
    /// against half a unit decide rounding half to even, and `min(D, ·)` covers `u ≥ D << f` as
    /// `spike` does.
    @inline(__always)
    static func spike8(_ u: SIMD8<Int32>, _ f: SIMD8<Int32>, levels: Int) -> SIMD8<UInt8> {
        assert(!any((f .< 1) .| (f .> 30)), "units outside 1...30")
        let one = SIMD8<Int32>(repeating: 1)
        let d = SIMD8<Int32>(repeating: Int32(levels))
        let q = u &>> f
        let rem = u & ((one &<< f) &- one), half = one &<< (f &- one)
        let up = (rem .> half) .| ((rem .== half) .& ((q & one) .== one))
        var r = q.replacing(with: q &+ one, where: up)
        r = r.replacing(with: d, where: r .> d)
        // Vector operands throughout: forms with a scalar operand build their masks lane by lane.
        let zero = SIMD8<Int32>()
        r = r.replacing(with: zero, where: u .<= zero)
        return SIMD8<UInt8>(truncatingIfNeeded: r)
    }
}
