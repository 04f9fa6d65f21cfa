import NCModel

/// What the chip computes, event by event: each integer spike becomes binary events on virtual
/// steps `0 ..< s`; every event adds one weight to the membranes it reaches (saturating in fixed
/// point); residual additions accumulate into the same membranes; max-pool acts on spikes.
/// Produces every population's spikes (for the timing model) and the head outputs.
struct ChipFunctional<M: MembraneWord> {
    let topology: NetworkTopology
    let weights: [ConvWeights]
    let threads: Int
    /// Converts weights and currents to membrane words for buffer `b`, channel `c`.
    let toWord: (Double, Int, Int) -> M
    /// Converts a membrane word back to a real current.
    let fromWord: (M, Int, Int) -> Double
    /// The integer spike of a membrane word.
    let spikeOf: (M, Int, Int, Int) -> UInt8
    /// The I-LIF leak: `(u - s) * 0.25 + x` in membrane words.
    let leak: (M, UInt8, M, Int, Int) -> M
    let low: M, high: M

    var buffers: [[M]]
    var spikes: [[UInt8]]
    var membranes: [[M]]
    var heads: [[Double]]
    /// Spikes of every timestep, `[t][population]`, channels-last.
    var history: [[[UInt8]]] = []
    var populationStats: [PopulationStatistics]
    /// Neurons that ended a convolution at a saturation bound (fixed point).
    var saturated = 0
    var layouts: [Int: [M]] = [:]
    var encoded: [Int: [Double]] = [:]
    /// Largest sum of |weights| into one output channel, per convolution.
    var weightSums: [Int: Double] = [:]

    init(topology: NetworkTopology, weights: [ConvWeights], threads: Int, low: M, high: M,
         toWord: @escaping (Double, Int, Int) -> M, fromWord: @escaping (M, Int, Int) -> Double,
         spikeOf: @escaping (M, Int, Int, Int) -> UInt8, leak: @escaping (M, UInt8, M, Int, Int) -> M, zero: M) {
        self.topology = topology
        self.weights = weights
        self.threads = threads
        self.low = low
        self.high = high
        self.toWord = toWord
        self.fromWord = fromWord
        self.spikeOf = spikeOf
        self.leak = leak
        buffers = topology.buffers.map { [M](repeating: zero, count: $0.count) }
        spikes = topology.populations.map { [UInt8](repeating: 0, count: $0.count) }
        membranes = topology.timesteps > 1 ? topology.populations.map { [M](repeating: zero, count: $0.count) } : []
        heads = topology.emptyHeadSums()
        populationStats = topology.populations.map {
            PopulationStatistics(name: $0.name, count: $0.count, spikes: 0,
                                 histogram: [Int](repeating: 0, count: topology.spikeLevels + 1), timesteps: topology.timesteps)
        }
        zeroWord = zero
    }

    let zeroWord: M

    mutating func run(_ image: InputImage) {
        let pixels = DenseConvolution.channelsLast(image)
        for t in 0..<topology.timesteps {
            for (b, buffer) in topology.buffers.enumerated() where buffer.initial == .zero {
                for i in buffers[b].indices { buffers[b][i] = zeroWord }
            }
            for step in topology.steps {
                switch step {
                case .derive(let b): derive(b)
                case .conv(let c): convolve(c, image: pixels)
                case .fire(let p): fire(p, t: t)
                }
            }
            accumulateHeads()
            history.append(spikes)
        }
    }

    /// Upsampled buffers copy membranes; max-pooled buffers (SPPF) take the largest input current
    /// in each window, as PyTorch pools before the neuron. (Pooling the spikes instead gives the
    /// same result only when T = 1, because the I-LIF neuron keeps state across timesteps.)
    mutating func derive(_ b: Int) {
        let dst = topology.buffers[b]
        guard case let .maxPool(of: source, kernel: k) = dst.initial else {
            topology.upsample(b, in: &buffers)
            return
        }
        let r = k / 2, c = dst.channels
        for y in 0..<dst.height {
            for x in 0..<dst.width {
                for ch in 0..<c {
                    var m = buffers[source][(y * dst.width + x) * c + ch]
                    for yy in max(0, y - r)...min(dst.height - 1, y + r) {
                        for xx in max(0, x - r)...min(dst.width - 1, x + r) {
                            m = max(m, buffers[source][(yy * dst.width + xx) * c + ch])
                        }
                    }
                    buffers[b][(y * dst.width + x) * c + ch] = m
                }
            }
        }
    }

    mutating func convolve(_ c: Int, image: [Double]) {
        let layer = topology.convs[c]
        let padded = (layer.outChannels + 7) / 8 * 8
        let pixels = layer.outHeight * layer.outWidth
        // The membranes this layer adds into, with the bias preloaded (once per timestep).
        var acc = [M](repeating: zeroWord, count: pixels * padded)
        var c0 = 0
        for s in layer.output {
            let dst = topology.buffers[s.buffer]
            let bias = (0..<s.channelCount).map { toWord(Double(weights[c].bias[c0 + $0]), s.buffer, s.channelStart + $0) }
            let (offset, start, count, channels) = (c0, s.channelStart, s.channelCount, dst.channels)
            let (lo, hi) = (low, high)
            buffers[s.buffer].withUnsafeBufferPointer { src in
                acc.withUnsafeMutableBufferPointer { a in
                    for p in 0..<pixels {
                        for j in 0..<count { a[p * padded + offset + j] = M.add(src[p * channels + start + j], bias[j], low: lo, high: hi) }
                    }
                }
            }
            c0 += s.channelCount
        }
        switch layer.source {
        case .image:
            // The encoder MAC array computes the real-valued first layer; its output is
            // written into the membranes (rounded to the membrane format).
            let out = encoded[c] ?? DenseConvolution.evaluate(layer, weights: ConvWeights(weight: weights[c].weight, bias: [Float](repeating: 0, count: layer.outChannels)), input: image, threads: threads)
            encoded[c] = out
            forEachOutput(layer) { p, o, b, ch in
                acc[p * padded + o] = M.add(acc[p * padded + o], toWord(out[p * layer.outChannels + o], b, ch), low: low, high: high)
            }
        case .population(let src):
            let w = layout(c, layer, padded)
            if layer.groups == 1 {
                let events = BinarySpikes(spikes: spikes[src], pixels: layer.inHeight * layer.inWidth,
                                          channels: layer.inChannels, levels: topology.spikeLevels)
                EventKernels.dense(events, layer, weights: w, padded: padded, acc: &acc, low: low, high: high,
                                   clamp: mayReachBounds(c, layer, padded, acc), threads: threads)
            } else {
                EventKernels.depthwise(spikes[src], layer, levels: topology.spikeLevels, weights: w, padded: padded,
                                       acc: &acc, low: low, high: high, threads: threads)
            }
        }
        c0 = 0
        for s in layer.output {
            let dst = topology.buffers[s.buffer]
            for p in 0..<pixels {
                for j in 0..<s.channelCount {
                    let v = acc[p * padded + c0 + j]
                    if v == low || v == high { saturated += 1 }
                    buffers[s.buffer][p * dst.channels + s.channelStart + j] = v
                }
            }
            c0 += s.channelCount
        }
    }

    /// Whether any membrane of the layer could reach a saturation bound: its largest starting
    /// magnitude plus D times the largest sum of |weights| into one neuron. When not, the event
    /// loop skips the clamps; the result is identical because no clamp would act.
    mutating func mayReachBounds(_ c: Int, _ layer: ConvLayer, _ padded: Int, _ acc: [M]) -> Bool {
        guard let bound = high.saturatingMagnitude else { return false }
        var start = 0.0
        for v in acc { start = max(start, v.saturatingMagnitude ?? 0) }
        if weightSums[c] == nil {
            var sums = [Double](repeating: 0, count: padded)
            let w = layout(c, layer, padded)
            for (i, v) in w.enumerated() { sums[i % padded] += v.saturatingMagnitude ?? 0 }
            weightSums[c] = sums.max() ?? 0
        }
        return start + Double(topology.spikeLevels) * (weightSums[c] ?? 0) >= bound
    }

    /// Calls `body(pixel, outputChannel, buffer, bufferChannel)` for every output of `layer`.
    func forEachOutput(_ layer: ConvLayer, _ body: (Int, Int, Int, Int) -> Void) {
        var c0 = 0
        for s in layer.output {
            for p in 0..<(layer.outHeight * layer.outWidth) {
                for j in 0..<s.channelCount { body(p, c0 + j, s.buffer, s.channelStart + j) }
            }
            c0 += s.channelCount
        }
    }

    /// Weights as membrane words, `[tap][inChannel][outPadded]` (dense) or `[tap][outPadded]`
    /// (depthwise), each in the unit of the output channel it feeds.
    mutating func layout(_ c: Int, _ layer: ConvLayer, _ padded: Int) -> [M] {
        if let l = layouts[c] { return l }
        let k2 = layer.kernel * layer.kernel
        let cinG = layer.inChannels / layer.groups
        var out = [M](repeating: zeroWord, count: (layer.groups == 1 ? k2 * layer.inChannels : k2) * padded)
        var owner = [(Int, Int)]()  // (buffer, channel) of each output channel
        for s in layer.output { for j in 0..<s.channelCount { owner.append((s.buffer, s.channelStart + j)) } }
        let w = weights[c].weight
        for o in 0..<layer.outChannels {
            let (b, ch) = owner[o]
            for i in 0..<cinG {
                for t in 0..<k2 {
                    let v = toWord(Double(w[(o * cinG + i) * k2 + t]), b, ch)
                    if layer.groups == 1 { out[(t * layer.inChannels + i) * padded + o] = v } else { out[t * padded + o] = v }
                }
            }
        }
        layouts[c] = out
        return out
    }

    mutating func fire(_ p: Int, t: Int) {
        let pop = topology.populations[p]
        let levels = topology.spikeLevels
        if let a = pop.aliasOf {
            spikes[p] = spikes[a]
            if !membranes.isEmpty { membranes[p] = membranes[a] }
        } else {
            let hw = pop.height * pop.width
            var c0 = 0
            for s in pop.input {
                let src = topology.buffers[s.buffer]
                for px in 0..<hw {
                    for j in 0..<s.channelCount {
                        let ch = s.channelStart + j
                        let x = buffers[s.buffer][px * src.channels + ch]
                        let i = px * pop.channels + c0 + j
                        var u = x
                        if !membranes.isEmpty {
                            if t > 0 { u = leak(membranes[p][i], spikes[p][i], x, s.buffer, ch) }
                            membranes[p][i] = u
                        }
                        spikes[p][i] = spikeOf(u, s.buffer, ch, levels)
                    }
                }
                c0 += s.channelCount
            }
        }
        for v in spikes[p] {
            populationStats[p].histogram[Int(v)] += 1
            populationStats[p].spikes += Int(v)
        }
    }

    mutating func accumulateHeads() {
        for h in topology.heads.indices { topology.accumulateHead(h, from: buffers, into: &heads[h], value: fromWord) }
    }

    /// Head outputs averaged over timesteps.
    func headOutputs() -> [HeadOutput] {
        topology.heads.indices.map { topology.headOutput($0, sums: heads[$0]) }
    }
}
