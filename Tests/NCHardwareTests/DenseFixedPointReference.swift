import Foundation

@testable import NCHardware
@testable import NCModel

/// A second, independent implementation of the chip's fixed-point arithmetic, written densely
/// and plainly: every output neuron loops over every input under its kernel, virtual step by
/// virtual step, adding the integer weight and saturating after each addition, in the order the
/// chip delivers events (virtual step, kernel row, kernel column, input channel). Spikes use
/// floating-point rounding of `u / 2^f` instead of the engine's integer rounding; the leak
/// across timesteps is `round((u - s * 2^f) / 4)` in floating point.
struct DenseFixedPointReference {
    let topology: NetworkTopology
    let weights: [ConvWeights]
    let fractionBits: [[Int]]
    let low: Int64, high: Int64

    init(topology: NetworkTopology, weights: [ConvWeights], weightBits: Int, membraneBits: Int) {
        self.topology = topology
        self.weights = weights
        fractionBits = FixedPointFormat(topology: topology, weights: weights, weightBits: weightBits,
                                        membraneBits: membraneBits) { Double(Float($0)) }.fractionBits
        high = (Int64(1) << Int64(membraneBits - 1)) - 1
        low = -high - 1
    }

    func q(_ x: Double, _ f: Int) -> Int64 {
        let v = (x * pow(2.0, Double(f))).rounded(.toNearestOrEven)
        return Int64(max(Double(low), min(Double(high), v)))
    }

    func sat(_ v: Int64) -> Int64 { max(low, min(high, v)) }

    /// Spikes of every population at every timestep for `image`: `[t][p]`.
    func run(_ image: InputImage) -> [[[UInt8]]] {
        let t = topology
        var buffers = t.buffers.map { [Int64](repeating: 0, count: $0.count) }
        var spikes = t.populations.map { [UInt8](repeating: 0, count: $0.count) }
        var membranes = t.populations.map { [Int64](repeating: 0, count: $0.count) }
        var history = [[[UInt8]]]()
        let pixels = DenseConvolution.channelsLast(image)
        for timestep in 0..<t.timesteps {
        for (b, buffer) in t.buffers.enumerated() where buffer.initial == .zero {
            for i in buffers[b].indices { buffers[b][i] = 0 }
        }
        for step in t.steps {
            switch step {
            case .derive(let b):
                if case let .maxPool(source, k) = t.buffers[b].initial {
                    // SPPF pools the currents before the neuron.
                    let d = t.buffers[b], r = k / 2
                    for y in 0..<d.height { for x in 0..<d.width { for c in 0..<d.channels {
                        var m = Int64.min
                        for yy in max(0, y - r)...min(d.height - 1, y + r) {
                            for xx in max(0, x - r)...min(d.width - 1, x + r) { m = max(m, buffers[source][(yy * d.width + xx) * d.channels + c]) }
                        }
                        buffers[b][(y * d.width + x) * d.channels + c] = m
                    } } }
                    continue
                }
                guard case let .upsample(of, fy, fx) = t.buffers[b].initial else { continue }
                let dst = t.buffers[b]
                var c0 = 0
                for s in of {
                    let src = t.buffers[s.buffer]
                    for y in 0..<dst.height { for x in 0..<dst.width { for c in 0..<s.channelCount {
                        buffers[b][(y * dst.width + x) * dst.channels + c0 + c] =
                            buffers[s.buffer][((y / fy) * src.width + x / fx) * src.channels + s.channelStart + c]
                    } } }
                    c0 += s.channelCount
                }
            case .conv(let ci):
                let L = t.convs[ci]
                let w = weights[ci]
                let encoded: [Double]? = L.isEncoding
                    ? DenseConvolution.evaluate(L, weights: w.weight.map { Double(Float($0)) }, input: pixels, threads: 1)
                    : nil
                var o = 0
                for s in L.output {
                    let dst = t.buffers[s.buffer]
                    for oc in s.channelStart..<(s.channelStart + s.channelCount) {
                        let f = fractionBits[s.buffer][oc]
                        let cinG = L.inChannels / L.groups
                        let firstIn = L.groups == 1 ? 0 : o
                        for oy in 0..<L.outHeight {
                            for ox in 0..<L.outWidth {
                                let idx = (oy * dst.width + ox) * dst.channels + oc
                                var u = sat(buffers[s.buffer][idx] + q(Double(Float(w.bias[o])), f))
                                if let encoded {
                                    u = sat(u + q(encoded[(oy * L.outWidth + ox) * L.outChannels + o], f))
                                } else if case .population(let p) = L.source {
                                    let sp = spikes[p], pc = t.populations[p].channels
                                    for j in 0..<t.spikeLevels {
                                        for ky in 0..<L.kernel {
                                            let iy = oy * L.stride - L.padding + ky
                                            if iy < 0 || iy >= L.inHeight { continue }
                                            for kx in 0..<L.kernel {
                                                let ix = ox * L.stride - L.padding + kx
                                                if ix < 0 || ix >= L.inWidth { continue }
                                                for k in 0..<cinG where sp[(iy * L.inWidth + ix) * pc + firstIn + k] > UInt8(j) {
                                                    let weight = w.weight[((o * cinG + k) * L.kernel + ky) * L.kernel + kx]
                                                    u = sat(u + q(Double(Float(weight)), f))
                                                }
                                            }
                                        }
                                    }
                                }
                                buffers[s.buffer][idx] = u
                            }
                        }
                        o += 1
                    }
                }
            case .fire(let p):
                let pop = t.populations[p]
                if let a = pop.aliasOf { spikes[p] = spikes[a]; membranes[p] = membranes[a]; continue }
                var c0 = 0
                for s in pop.input {
                    let src = t.buffers[s.buffer]
                    for px in 0..<(pop.height * pop.width) {
                        for c in 0..<s.channelCount {
                            let ch = s.channelStart + c
                            let i = px * pop.channels + c0 + c
                            let unit = pow(2.0, Double(fractionBits[s.buffer][ch]))
                            var u = buffers[s.buffer][px * src.channels + ch]
                            if timestep > 0 {
                                let leaked = ((Double(membranes[p][i]) - Double(spikes[p][i]) * unit) / 4).rounded(.toNearestOrEven)
                                u = sat(Int64(leaked) + u)
                            }
                            membranes[p][i] = u
                            spikes[p][i] = UInt8(min(Double(t.spikeLevels), max(0, Double(u) / unit)).rounded(.toNearestOrEven))
                        }
                    }
                    c0 += s.channelCount
                }
            }
        }
        history.append(spikes)
        }
        return history
    }
}
