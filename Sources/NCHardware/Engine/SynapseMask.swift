import NCModel

/// Which synapses carry a non-zero weight in the chip's arithmetic, for sparse synaptic memory
/// (`mapping.skip_zero_weights`): only those weights are stored, loaded and accumulated. A
/// weight is zero when it is 0 in FP32 or FP64, or when fixed point rounds it to 0 in the unit
/// of the channel it feeds (`|w × 2^f| ≤ 1/2`, round half to even).
public struct SynapseMask: Sendable {
    /// Per convolution: one flag per weight in `ConvWeights` order (`[out][in/groups][k][k]`);
    /// empty for the encoding layer.
    let nonzero: [[Bool]]
    /// Per convolution and output channel: its non-zero weights.
    let perOutputChannel: [[Int]]

    /// The mask of `graph`'s folded weights in `arithmetic`.
    public init(graph: SpikingGraph, arithmetic: Arithmetic) {
        let topology = graph.topology
        var fixed: FixedPointArithmetic?
        if case let .fixed(weightBits, membraneBits) = arithmetic {
            fixed = FixedPointArithmetic(topology: topology, weights: graph.weights, weightBits: weightBits, membraneBits: membraneBits)
        }
        var nonzero = [[Bool]](), perOutput = [[Int]]()
        for (c, layer) in topology.convs.enumerated() {
            guard !layer.isEncoding, c < graph.weights.count else {
                nonzero.append([])
                perOutput.append([])
                continue
            }
            var owner = [(Int, Int)]()  // (buffer, channel) of each output channel
            for s in layer.output { for j in 0..<s.channelCount { owner.append((s.buffer, s.channelStart + j)) } }
            let weights = graph.weights[c].weight
            let perChannel = (layer.inChannels / layer.groups) * layer.kernel * layer.kernel
            var flags = [Bool](repeating: false, count: weights.count)
            var counts = [Int](repeating: 0, count: layer.outChannels)
            for o in 0..<layer.outChannels {
                for i in 0..<perChannel {
                    let w = weights[o * perChannel + i]
                    let isNonzero: Bool
                    switch arithmetic {
                    case .fp32: isNonzero = Float(w) != 0
                    case .fp64: isNonzero = w != 0
                    case .fixed:
                        let f = fixed?.unit(buffer: owner[o].0, channel: owner[o].1) ?? 0
                        let scale = f >= 0 ? Double(1 << f) : 1 / Double(1 << -f)
                        isNonzero = (Double(Float(w)) * scale).rounded(.toNearestOrEven) != 0
                    }
                    flags[o * perChannel + i] = isNonzero
                    if isNonzero { counts[o] += 1 }
                }
            }
            nonzero.append(flags)
            perOutput.append(counts)
        }
        self.nonzero = nonzero
        perOutputChannel = perOutput
    }

    /// For each destination of convolution `layer` (index `c`): non-zero weights from input
    /// channel `i` at kernel position `t` into the destination's output channels, at
    /// `[i * k² + t]`.
    func counts(_ c: Int, _ layer: ConvLayer, _ destinations: [ConvRouting.Destination]) -> [[Int32]] {
        guard c < nonzero.count, !nonzero[c].isEmpty else { return [] }
        let k2 = layer.kernel * layer.kernel, cinG = layer.inChannels / layer.groups
        let flags = nonzero[c]
        return destinations.map { d in
            var counts = [Int32](repeating: 0, count: layer.inChannels * k2)
            for o in d.channelLo..<d.channelHi {
                for j in 0..<cinG {
                    // Depthwise: output channel o reads input channel o only.
                    let i = layer.groups > 1 ? o : j
                    for t in 0..<k2 where flags[(o * cinG + j) * k2 + t] { counts[i * k2 + t] += 1 }
                }
            }
            return counts
        }
    }

    /// Non-zero weights of convolution `c`'s output channels `lo ..< hi`.
    func weights(_ c: Int, channels lo: Int, _ hi: Int) -> Int {
        guard c < perOutputChannel.count, !perOutputChannel[c].isEmpty else { return 0 }
        return perOutputChannel[c][max(0, lo)..<min(hi, perOutputChannel[c].count)].reduce(0, +)
    }
}
