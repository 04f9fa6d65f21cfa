import NCModel

/// One folded convolution with its weights and bias in fixed point (rule 3): each output
/// channel's values in the unit of the buffer channel it writes.
struct QuantisedConv {
    let conv: ConvLayer
    /// The folded FP64 weights `[out][in / groups][k][k]` (the encoding layer rounds them to FP32
    /// itself).
    let real: [Double]
    /// Quantised weights laid out `[out][k][k][in / groups]`, matching channels-last spikes.
    let weight: [Int64]
    /// Quantised bias per output channel.
    let bias: [Int64]
    /// Buffer and channel each output channel writes.
    let targets: [(buffer: Int, channel: Int)]
    /// `f` of each output channel.
    let fractionBits: [Int]

    init(_ conv: ConvLayer, _ weights: ConvWeights, _ units: FixedPointUnits, _ membraneBits: Int) {
        let targets = FixedPointUnits.targets(of: conv)
        let f = targets.map { units.fractionBits[$0.buffer][$0.channel] }
        func quantise(_ x: Double, _ o: Int) -> Int64 {
            ExactFixedPoint.quantise(Double(Float(x)), fractionBits: f[o], membraneBits: membraneBits)
        }
        let k = conv.kernel, perGroup = conv.inChannels / conv.groups
        var w = [Int64](repeating: 0, count: weights.weight.count)
        for o in 0..<conv.outChannels {
            for ic in 0..<perGroup {
                for ky in 0..<k {
                    for kx in 0..<k {
                        w[((o * k + ky) * k + kx) * perGroup + ic] = quantise(weights.weight[((o * perGroup + ic) * k + ky) * k + kx], o)
                    }
                }
            }
        }
        self.conv = conv
        self.real = weights.weight
        self.targets = targets
        self.fractionBits = f
        self.bias = (0..<conv.outChannels).map { quantise(weights.bias[$0], $0) }
        self.weight = w
    }
}

extension FixedPointReference {
    /// Rule 4 for a convolution reading spikes: each output membrane becomes `sat(current +
    /// bias)`, then every event adds its weight with a saturating add in the canonical order
    /// (virtual step `j`, output pixel, kernel row, kernel column, input channel).
    ///
    /// Shortcut: when `|sat(current + bias)| + Σ s·|w|` is at most the largest word, no partial
    /// sum of that sequence can leave the membrane's range, so no add saturates and the result is
    /// the exact sum `Σ s·w`, whatever the order. Only the other membranes walk the event order.
    func accumulate(_ layer: QuantisedConv, spikes: [UInt8], into currents: inout [[Int64]]) {
        let conv = layer.conv
        let k = conv.kernel, perGroup = conv.inChannels / conv.groups
        let high = ExactFixedPoint.largest(membraneBits: membraneBits)
        for oy in 0..<conv.outHeight {
            let rows = (0..<k).filter { ky in (0..<conv.inHeight).contains(oy * conv.stride - conv.padding + ky) }
            for ox in 0..<conv.outWidth {
                let columns = (0..<k).filter { kx in (0..<conv.inWidth).contains(ox * conv.stride - conv.padding + kx) }
                for o in 0..<conv.outChannels {
                    let firstInput = (o / conv.outChannelsPerGroup) * perGroup
                    // Index of the spike and of the weight of input channel 0 at kernel position (ky, kx).
                    func spikeBase(_ ky: Int, _ kx: Int) -> Int {
                        let iy = oy * conv.stride - conv.padding + ky, ix = ox * conv.stride - conv.padding + kx
                        return (iy * conv.inWidth + ix) * conv.inChannels + firstInput
                    }
                    func weightBase(_ ky: Int, _ kx: Int) -> Int { ((o * k + ky) * k + kx) * perGroup }
                    let target = layer.targets[o]
                    let i = (oy * conv.outWidth + ox) * topology.buffers[target.buffer].channels + target.channel
                    let start = ExactFixedPoint.saturate(currents[target.buffer][i] + layer.bias[o], membraneBits: membraneBits)
                    if !alwaysInEventOrder {
                        var total: Int64 = 0, bound = start.magnitude
                        for ky in rows {
                            for kx in columns {
                                let s0 = spikeBase(ky, kx), w0 = weightBase(ky, kx)
                                for ic in 0..<perGroup where spikes[s0 + ic] != 0 {
                                    let s = Int64(spikes[s0 + ic]), w = layer.weight[w0 + ic]
                                    total += s * w
                                    bound += UInt64(s) * w.magnitude
                                }
                            }
                        }
                        if bound <= UInt64(high) {
                            currents[target.buffer][i] = start + total
                            continue
                        }
                    }
                    var u = start
                    for j in 0..<topology.spikeLevels {
                        for ky in rows {
                            for kx in columns {
                                let s0 = spikeBase(ky, kx), w0 = weightBase(ky, kx)
                                for ic in 0..<perGroup where Int(spikes[s0 + ic]) > j {
                                    u = ExactFixedPoint.saturate(u + layer.weight[w0 + ic], membraneBits: membraneBits)
                                }
                            }
                        }
                    }
                    currents[target.buffer][i] = u
                }
            }
        }
    }
}
