/// The mutable state of one reference run in precision `S`: current buffers, spikes, membranes
/// and counters. `ReferenceEngine` drives it step by step.
struct RunState<S: KernelScalar> {
    var graph: SpikingGraph
    let options: ReferenceOptions
    var topo: NetworkTopology { graph.topology }
    /// Channels-last currents per buffer.
    var buffers: [[S]]
    /// Current timestep's spikes per population, channels-last.
    var spikes: [[UInt8]]
    /// Membrane after the previous timestep per population (only kept when T > 1).
    var membranes: [[S]]
    var populationStats: [PopulationStatistics]
    var convStats: [ConvStatistics]
    var heads: [[Double]]
    var kept: [[[UInt8]]] = []
    /// The encoding layer's output is the same every timestep (the image repeats): computed once.
    var encodingCache: [Int: [S]] = [:]
    /// Prepared (re-laid, padded) weights per convolution.
    var layouts: [Int: [S]] = [:]
    /// Called before each convolution with its index; calibration uses it to adjust weights.
    var beforeConv: ((inout RunState<S>, Int) -> Void)? = nil
    /// Computes a convolution's output (channels-last, `outChannels` per pixel, bias included)
    /// instead of the folded weights; calibration evaluates the unfolded chains this way.
    var convOverride: ((RunState<S>, Int) -> [S])? = nil
    /// The image, channels-last, for hooks that need the encoding layer's input.
    var imagePixels: [S] = []

    init(graph: SpikingGraph, options: ReferenceOptions) {
        self.graph = graph
        self.options = options
        let t = graph.topology
        buffers = t.buffers.map { [S](repeating: 0, count: $0.count) }
        spikes = t.populations.map { [UInt8](repeating: 0, count: $0.count) }
        membranes = t.timesteps > 1 ? t.populations.map { [S](repeating: 0, count: $0.count) } : []
        populationStats = t.populations.map {
            PopulationStatistics(name: $0.name, count: $0.count, spikes: 0,
                                 histogram: [Int](repeating: 0, count: t.spikeLevels + 1), timesteps: t.timesteps)
        }
        convStats = t.convs.map {
            ConvStatistics(name: $0.name, macs: $0.macs, sops: 0, nonzeroSOPs: 0, inputRate: nil, timesteps: t.timesteps)
        }
        heads = t.emptyHeadSums()
    }

    mutating func run(_ image: InputImage) -> ReferenceRun {
        let pixels: [S] = image.channelsLast()
        imagePixels = pixels
        for t in 0..<topo.timesteps {
            startTimestep()
            for step in topo.steps { execute(step, t: t, image: pixels) }
            accumulateHeads()
            if options.keepSpikes { kept.append(spikes) }
        }
        for (i, conv) in topo.convs.enumerated() {
            if case .population(let p) = conv.source { convStats[i].inputRate = populationStats[p].meanRate }
        }
        return ReferenceRun(populations: populationStats, convs: convStats, heads: headOutputs(), spikes: kept)
    }

    mutating func startTimestep() {
        for (b, buffer) in topo.buffers.enumerated() where buffer.initial == .zero {
            for i in buffers[b].indices { buffers[b][i] = 0 }
        }
    }

    mutating func execute(_ step: NetworkTopology.Step, t: Int, image: [S]) {
        switch step {
        case .derive(let b): derive(b)
        case .conv(let c):
            if let hook = beforeConv { hook(&self, c) }
            convolve(c, image: image)
        case .fire(let p): fire(p, t: t)
        }
    }

    // MARK: - Steps

    mutating func derive(_ b: Int) {
        let dst = topo.buffers[b]
        switch dst.initial {
        case .zero: break
        case .upsample:
            topo.upsample(b, in: &buffers)
        case let .maxPool(of: source, kernel: k):
            // MaxPool2d(k, stride 1, padding k/2): padding never wins (PyTorch pads with -inf).
            let src = topo.buffers[source], r = k / 2
            for y in 0..<dst.height {
                for x in 0..<dst.width {
                    for c in 0..<dst.channels {
                        var m = -S.infinity
                        for yy in max(0, y - r)...min(src.height - 1, y + r) {
                            for xx in max(0, x - r)...min(src.width - 1, x + r) {
                                m = max(m, buffers[source][(yy * src.width + xx) * src.channels + c])
                            }
                        }
                        buffers[b][(y * dst.width + x) * dst.channels + c] = m
                    }
                }
            }
        }
    }

    mutating func fire(_ p: Int, t: Int) {
        let pop = topo.populations[p]
        let levels = topo.spikeLevels
        if let a = pop.aliasOf {
            spikes[p] = spikes[a]
            if !membranes.isEmpty { membranes[p] = membranes[a] }
        } else {
            let hw = pop.height * pop.width
            let leak = t > 0 && !membranes.isEmpty
            let keep = !membranes.isEmpty
            var membrane = keep ? membranes[p] : []
            var c0 = 0
            for s in pop.input {
                let srcChannels = topo.buffers[s.buffer].channels
                let (cs, cn, pc) = (s.channelStart, s.channelCount, pop.channels)
                let offset = c0
                buffers[s.buffer].withUnsafeBufferPointer { src in
                    spikes[p].withUnsafeMutableBufferPointer { out in
                        membrane.withUnsafeMutableBufferPointer { mem in
                            let box = UncheckedSendable((src, out, mem))
                            Parallel.forEachRange(hw, threads: options.threads, grain: 256) { range in
                                let (src, out, mem) = box.value
                                for px in range {
                                    for c in 0..<cn {
                                        let x = src[px * srcChannels + cs + c]
                                        let i = px * pc + offset + c
                                        let u = leak ? ILIF.integrate(previous: mem[i], spike: out[i], input: x) : x
                                        if keep { mem[i] = u }
                                        out[i] = S.spike(u, levels: levels)
                                    }
                                }
                            }
                        }
                    }
                }
                c0 += s.channelCount
            }
            if keep { membranes[p] = membrane }
        }
        var histogram = [Int](repeating: 0, count: levels + 1)
        spikes[p].withUnsafeBufferPointer { sp in
            for v in sp { histogram[Int(v)] += 1 }
        }
        var total = 0
        for (v, n) in histogram.enumerated() {
            total += v * n
            populationStats[p].histogram[v] += n
        }
        populationStats[p].spikes += total
    }

    mutating func convolve(_ c: Int, image: [S]) {
        let layer = topo.convs[c]
        if let override = convOverride {
            if case .population(let p) = layer.source { countOperations(c, layer, p) }
            let values = override(self, c)
            addIntoOutputs(layer, values, stride: layer.outChannels, bias: [S](repeating: 0, count: layer.outChannels))
            return
        }
        let padded = (layer.outChannels + 7) / 8 * 8
        let pixelsOut = layer.outHeight * layer.outWidth
        var out: [S]
        switch layer.source {
        case .image:
            if let cached = encodingCache[c] {
                out = cached
            } else {
                let sparse = SparseInput<S>(dense: image, pixels: layer.inHeight * layer.inWidth, channels: layer.inChannels)
                out = gatherOutput(c, layer, sparse, padded)
                encodingCache[c] = out
            }
        case .population(let p):
            countOperations(c, layer, p)
            if layer.groups == 1 {
                let threads = options.threads
                let sparse = spikes[p].withUnsafeBufferPointer {
                    SparseInput<S>(spikes: $0, pixels: layer.inHeight * layer.inWidth, channels: layer.inChannels, threads: threads)
                }
                out = gatherOutput(c, layer, sparse, padded)
            } else {
                let w = layout(c, layer, padded)
                out = [S](repeating: 0, count: pixelsOut * padded)
                let threads = options.threads
                spikes[p].withUnsafeBufferPointer { sp in
                    w.withUnsafeBufferPointer { wp in
                        out.withUnsafeMutableBufferPointer { op in
                            ConvKernels.depthwise(spikes: sp, layer, weights: wp, channelsPadded: padded, out: op, threads: threads)
                        }
                    }
                }
            }
        }
        addIntoOutputs(layer, out, stride: padded, bias: graph.weights[c].bias.map { S($0) })
    }

    /// Adds `values + bias` (channels-last, `stride` values per pixel) into the layer's output
    /// slices: the residual addition is a membrane addition.
    mutating func addIntoOutputs(_ layer: ConvLayer, _ out: [S], stride padded: Int, bias: [S]) {
        let pixelsOut = layer.outHeight * layer.outWidth
        var c0 = 0
        for s in layer.output {
            let dstChannels = topo.buffers[s.buffer].channels
            let (start, count, offset) = (s.channelStart, s.channelCount, c0)
            out.withUnsafeBufferPointer { o in
                buffers[s.buffer].withUnsafeMutableBufferPointer { d in
                    let box = UncheckedSendable((o, d))
                    Parallel.forEachRange(pixelsOut, threads: options.threads, grain: 256) { range in
                        let (o, d) = box.value
                        for px in range {
                            let from = px * padded + offset
                            let to = px * dstChannels + start
                            for j in 0..<count { d[to + j] += o[from + j] + bias[offset + j] }
                        }
                    }
                }
            }
            c0 += s.channelCount
        }
    }

    mutating func gatherOutput(_ c: Int, _ layer: ConvLayer, _ sparse: SparseInput<S>, _ padded: Int) -> [S] {
        let w = layout(c, layer, padded)
        var out = [S](repeating: 0, count: layer.outHeight * layer.outWidth * padded)
        let threads = options.threads
        w.withUnsafeBufferPointer { wp in
            out.withUnsafeMutableBufferPointer { op in
                ConvKernels.gather(sparse, layer, weights: wp, outPadded: padded, out: op, threads: threads)
            }
        }
        return out
    }

    mutating func layout(_ c: Int, _ layer: ConvLayer, _ padded: Int) -> [S] {
        if let l = layouts[c] { return l }
        let w = graph.weights[c].weight
        let l: [S] = layer.groups == 1
            ? ConvKernels.gatherLayout(w, layer, padTo: padded)
            : ConvKernels.depthwiseLayout(w, layer, padTo: padded)
        layouts[c] = l
        return l
    }

    /// Event-exact SOPs (`s` times the real fan-out) and NeuroBench's non-zero count.
    mutating func countOperations(_ c: Int, _ layer: ConvLayer, _ p: Int) {
        let rows = (0..<layer.inHeight).map { layer.coverage(input: $0, inSize: layer.inHeight, outSize: layer.outHeight) }
        let cols = (0..<layer.inWidth).map { layer.coverage(input: $0, inSize: layer.inWidth, outSize: layer.outWidth) }
        let ch = layer.inChannels, w = layer.inWidth
        // Per input row, so threads write disjoint slots and the total is summed in order.
        var perRow = [(Int, Int)](repeating: (0, 0), count: layer.inHeight)
        spikes[p].withUnsafeBufferPointer { sp in
            perRow.withUnsafeMutableBufferPointer { pr in
                let box = UncheckedSendable((sp, pr))
                Parallel.forEachRange(layer.inHeight, threads: options.threads) { range in
                    let (sp, pr) = box.value
                    for y in range {
                        var sops = 0, nonzero = 0
                        for x in 0..<w {
                            let f = rows[y] * cols[x]
                            if f == 0 { continue }
                            var sum = 0, nz = 0
                            let base = (y * w + x) * ch
                            for i in 0..<ch {
                                let v = Int(sp[base + i])
                                sum += v
                                nz += v != 0 ? 1 : 0
                            }
                            sops += sum * f
                            nonzero += nz * f
                        }
                        pr[y] = (sops, nonzero)
                    }
                }
            }
        }
        let per = layer.outChannelsPerGroup
        convStats[c].sops += perRow.reduce(0) { $0 + $1.0 } * per
        convStats[c].nonzeroSOPs += perRow.reduce(0) { $0 + $1.1 } * per
    }

    mutating func accumulateHeads() {
        for h in topo.heads.indices { topo.accumulateHead(h, from: buffers, into: &heads[h]) { v, _, _ in Double(v) } }
    }

    func headOutputs() -> [HeadOutput] {
        topo.heads.indices.map { topo.headOutput($0, sums: heads[$0]) }
    }
}
