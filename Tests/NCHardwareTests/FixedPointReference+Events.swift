import NCModel

/// One folded convolution with its weights and bias in fixed point (rule 3): each output
/// channel's values in the unit of the buffer channel it writes.
struct QuantisedConv {
    let conv: ConvLayer
    /// The folded FP64 weights `[out][in / groups][k][k]` (the encoding layer rounds them to FP32
    /// itself).
    let real: [Double]
    /// Quantised weights laid out `[k][k][in / groups][out]`, so one input reaches its output
    /// channels contiguously.
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
                        w[Self.index(ky, kx, ic, o, conv)] = quantise(weights.weight[((o * perGroup + ic) * k + ky) * k + kx], o)
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

    /// Index in `weight` of kernel position (`ky`, `kx`), input channel `ic` within its group,
    /// output channel `o`.
    static func index(_ ky: Int, _ kx: Int, _ ic: Int, _ o: Int, _ conv: ConvLayer) -> Int {
        ((ky * conv.kernel + kx) * (conv.inChannels / conv.groups) + ic) * conv.outChannels + o
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
        // The non-zero spikes of each input pixel, in channel order.
        var first = [0], channels = [Int](), counts = [Int64]()
        for px in 0..<(conv.inHeight * conv.inWidth) {
            for c in 0..<conv.inChannels where spikes[px * conv.inChannels + c] != 0 {
                channels.append(c)
                counts.append(Int64(spikes[px * conv.inChannels + c]))
            }
            first.append(channels.count)
        }
        var total = [Int64](repeating: 0, count: conv.outChannels)
        var bound = [UInt64](repeating: 0, count: conv.outChannels)
        for oy in 0..<conv.outHeight {
            let rows = (0..<k).filter { (0..<conv.inHeight).contains(oy * conv.stride - conv.padding + $0) }
            for ox in 0..<conv.outWidth {
                let columns = (0..<k).filter { (0..<conv.inWidth).contains(ox * conv.stride - conv.padding + $0) }
                func pixel(_ ky: Int, _ kx: Int) -> Int {
                    (oy * conv.stride - conv.padding + ky) * conv.inWidth + ox * conv.stride - conv.padding + kx
                }
                if !alwaysInEventOrder {
                    for o in 0..<conv.outChannels { (total[o], bound[o]) = (0, 0) }
                    for ky in rows {
                        for kx in columns {
                            let px = pixel(ky, kx)
                            for n in first[px]..<first[px + 1] {
                                let group = channels[n] / perGroup, s = counts[n]
                                let w0 = QuantisedConv.index(ky, kx, channels[n] - group * perGroup, 0, conv)
                                for o in (group * conv.outChannelsPerGroup)..<((group + 1) * conv.outChannelsPerGroup) {
                                    let w = layer.weight[w0 + o]
                                    total[o] += s * w
                                    bound[o] += UInt64(s) * w.magnitude
                                }
                            }
                        }
                    }
                }
                for o in 0..<conv.outChannels {
                    let target = layer.targets[o]
                    let i = (oy * conv.outWidth + ox) * topology.buffers[target.buffer].channels + target.channel
                    let start = ExactFixedPoint.saturate(currents[target.buffer][i] + layer.bias[o], membraneBits: membraneBits)
                    if !alwaysInEventOrder, start.magnitude + bound[o] <= UInt64(high) {
                        currents[target.buffer][i] = start + total[o]
                        continue
                    }
                    let firstInput = (o / conv.outChannelsPerGroup) * perGroup
                    var u = start
                    for j in 0..<topology.spikeLevels {
                        for ky in rows {
                            for kx in columns {
                                let s0 = pixel(ky, kx) * conv.inChannels + firstInput
                                for ic in 0..<perGroup where Int(spikes[s0 + ic]) > j {
                                    let w = layer.weight[QuantisedConv.index(ky, kx, ic, o, conv)]
                                    u = ExactFixedPoint.saturate(u + w, membraneBits: membraneBits)
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
