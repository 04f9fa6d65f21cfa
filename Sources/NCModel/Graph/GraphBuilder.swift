/// Turns a blueprint and its weights into the folded spiking graph for one input size: every
/// linear chain between two neurons becomes one convolution with bias (SPEC §6), and every layer
/// and neuron population keeps the checkpoint's module name.
public struct GraphBuilder {
    let blueprint: Blueprint
    let store: WeightStore
    var buffers = [CurrentBuffer]()
    var populations = [NeuronPopulation]()
    var convs = [ConvLayer]()
    var steps = [NetworkTopology.Step]()
    var chains = [LinearChain]()
    /// Writes seen by each buffer, so two populations reading unchanged currents are aliases.
    var versions = [Int]()
    var fired = [[Int]: Int]()

    /// A view of currents: channel slices of buffers sharing one spatial size.
    struct View {
        var slices: [BufferSlice]
        var height: Int
        var width: Int
        var channels: Int { slices.reduce(0) { $0 + $1.channelCount } }
    }

    /// Builds the graph for an input of `height` x `width` pixels. Throws when the weights do not
    /// fit the blueprint or the input size does not fit the network.
    public static func build(
        blueprint: Blueprint, weights: WeightStore, inputHeight: Int, inputWidth: Int,
        spikeLevels: Int? = nil, timesteps: Int? = nil, keepChains: Bool = false
    ) throws -> SpikingGraph {
        let (topology, chains) = try GraphBuilder.chains(blueprint: blueprint, weights: weights, inputHeight: inputHeight,
                                                        inputWidth: inputWidth, spikeLevels: spikeLevels, timesteps: timesteps)
        // Chains fold independently, each in a fixed order, so they fold on several threads with
        // the same bits; the first failing chain (in network order) gives the error. A few
        // RepConvs hold most of the work, so chains are handed out one at a time, largest first.
        var results = [Result<ConvWeights, any Error>?](repeating: nil, count: chains.count)
        let work = chains.map(\.foldingWork)
        let largestFirst = chains.indices.sorted { work[$0] > work[$1] }
        results.withUnsafeMutableBufferPointer { slots in
            let box = UncheckedSendable(slots)
            Parallel.forEachRange(chains.count, threads: Parallel.defaultThreads, chunks: chains.count) { range in
                for k in range {
                    let i = largestFirst[k]
                    box.value[i] = Result { try foldedWeights(chains[i]) }
                }
            }
        }
        let folded = try results.map { try $0!.get() }
        return SpikingGraph(topology: topology, weights: folded, chains: keepChains ? chains : [])
    }

    /// `chain` folded, refused when a value does not fit FP32.
    private static func foldedWeights(_ chain: LinearChain) throws -> ConvWeights {
        let f = try chain.fold()
        // Finite tensors can still fold into values beyond FP32 (huge gamma over a zero variance).
        guard f.weight.allSatisfy({ Float($0).isFinite }), f.bias.allSatisfy({ Float($0).isFinite }) else {
            throw ModelError.weights("\(chain.name): folding BatchNorm into the convolution gives values beyond FP32 (check running_var and weight)")
        }
        return ConvWeights(weight: f.weight, bias: f.bias)
    }

    /// The topology and the unfolded chain of every convolution, without folding them.
    /// `timesteps` overrides the blueprint's T (a Gen1 model takes T from its input frames).
    public static func chains(
        blueprint: Blueprint, weights: WeightStore, inputHeight: Int, inputWidth: Int, spikeLevels: Int? = nil,
        timesteps: Int? = nil
    ) throws -> (topology: NetworkTopology, chains: [LinearChain]) {
        guard inputHeight > 0, inputWidth > 0, inputHeight % 32 == 0, inputWidth % 32 == 0 else {
            throw ModelError.input("image size \(inputHeight)x\(inputWidth) is not a multiple of 32 (the network's largest stride)")
        }
        guard inputHeight <= 8192, inputWidth <= 8192 else {
            throw ModelError.input("image size \(inputHeight)x\(inputWidth) is larger than 8192x8192")
        }
        let levels = spikeLevels ?? weights.spikeLevels ?? 4
        guard levels >= 1, levels <= 255 else { throw ModelError.option("spike levels D = \(levels) out of range 1...255") }
        var b = GraphBuilder(blueprint: blueprint, store: weights)
        var rows = [View]()
        var heads = [[BufferSlice]](), strides = [Int]()
        for block in blueprint.blocks {
            let inputs = block.from.map { rows[$0] }
            let out: View
            switch block.kind {
            case .getT:
                out = View(slices: [], height: inputHeight, width: inputWidth)
            case let .downSampling(cin, cout, k, s, p, first):
                let x = inputs[0]
                let path = block.path(repeat: 0)
                let source: ConvLayer.Source
                if first {
                    guard cin == blueprint.spec.inputChannels else {
                        throw ModelError.architecture("row \(block.index): the first MS_DownSampling must read the \(blueprint.spec.inputChannels)-channel image")
                    }
                    source = .image
                } else {
                    source = .population(b.fire(path + ".encode_lif", x))
                }
                let chain = LinearChain(name: path + ".encode_conv", inChannels: cin, ops: [
                    try b.conv(path + ".encode_conv", cin, cout, k, stride: s, padding: p, bias: true),
                    try b.batchNorm(path + ".encode_bn", cout),
                ])
                out = try b.convolve(chain, source: source, input: x, into: nil, name: path + ".encode_conv", origin: .conv)
            case let .allConvBlock(c, hidden, k), let .convBlock(c, hidden, k):
                var x = inputs[0]
                try b.checkInPlace(block, x, rows: rows)
                let isRep: Bool
                if case .convBlock = block.kind { isRep = true } else { isRep = false }
                for j in 0..<block.repeats {
                    let p = block.path(repeat: j)
                    try b.sepConv(p + ".Conv", x, c, k)
                    if isRep {
                        let s1 = b.fire(p + ".lif1", x)
                        let h = try b.convolve(try b.repConv(p + ".conv1", c, hidden, extraBN: p + ".bn1"),
                                               source: .population(s1), input: x, into: nil, name: p + ".conv1", origin: .repConv)
                        let s2 = b.fire(p + ".lif2", h)
                        x = try b.convolve(try b.repConv(p + ".conv2", hidden, c, extraBN: p + ".bn2"),
                                           source: .population(s2), input: h, into: x, name: p + ".conv2", origin: .repConv)
                    } else {
                        let h = try b.standardConv(p + ".conv1", x, c, hidden, k: 3, s: 1, pad: 1, into: nil)
                        x = try b.standardConv(p + ".conv2", h, hidden, c, k: 3, s: 1, pad: 1, into: x)
                    }
                }
                out = x
            case let .standardConv(cin, cout, k, s, p):
                out = try b.standardConv(block.path(repeat: 0), inputs[0], cin, cout, k: k, s: s, pad: p, into: nil)
            case let .sppf(cin, cout, k):
                let p = block.path(repeat: 0)
                let a = try b.standardConv(p + ".cv1", inputs[0], cin, cin / 2, k: 1, s: 1, pad: 0, into: nil)
                var parts = a.slices
                var last = a.slices[0].buffer
                for m in 1...3 {
                    last = b.derive(CurrentBuffer(name: "\(p).m(\(m))", channels: cin / 2, height: a.height, width: a.width,
                                                  initial: .maxPool(of: last, kernel: k)))
                    parts.append(BufferSlice(buffer: last, channelStart: 0, channelCount: cin / 2))
                }
                out = try b.standardConv(p + ".cv2", View(slices: parts, height: a.height, width: a.width), 2 * cin, cout,
                                         k: 1, s: 1, pad: 0, into: nil)
            case let .upsample(fy, fx):
                let x = inputs[0]
                let up = b.derive(CurrentBuffer(name: block.path(repeat: 0), channels: x.channels, height: x.height * fy,
                                                width: x.width * fx, initial: .upsample(of: x.slices, factorY: fy, factorX: fx)))
                out = View(slices: [BufferSlice(buffer: up, channelStart: 0, channelCount: x.channels)],
                           height: x.height * fy, width: x.width * fx)
            case .concat:
                guard inputs.allSatisfy({ $0.height == inputs[0].height && $0.width == inputs[0].width }) else {
                    let sizes = inputs.map { "\($0.height)x\($0.width)" }.joined(separator: " and ")
                    throw ModelError.input("row \(block.index) (Concat) joins maps of \(sizes); the input size does not fit the network")
                }
                out = View(slices: inputs.flatMap(\.slices), height: inputs[0].height, width: inputs[0].width)
            case let .detect(nc, chs, c2, c3):
                let p = block.path(repeat: 0)
                for (i, x) in inputs.enumerated() {
                    var level = [BufferSlice]()
                    for (branch, width, outCh) in [("cv2", c2, 64), ("cv3", c3, nc)] {
                        let q = "\(p).\(branch).\(i)"
                        let h0 = try b.standardConv(q + ".0", x, chs[i], width, k: 3, s: 1, pad: 1, into: nil)
                        let h1 = try b.standardConv(q + ".1", h0, width, width, k: 3, s: 1, pad: 1, into: nil)
                        let s2 = b.fire(q + ".2.lif", h1)
                        let chain = LinearChain(name: q + ".2.conv", inChannels: width, ops: [
                            try b.conv(q + ".2.conv", width, outCh, 1, stride: 1, padding: 0, bias: true)
                        ])
                        let o = try b.convolve(chain, source: .population(s2), input: h1, into: nil, name: q + ".2.conv", origin: .conv)
                        level += o.slices
                    }
                    heads.append(level)
                    strides.append(inputHeight / x.height)
                }
                out = inputs[0]
            }
            rows.append(out)
        }
        let topology = NetworkTopology(
            buffers: b.buffers, populations: b.populations, convs: b.convs, steps: b.steps,
            heads: heads, headStrides: strides, timesteps: timesteps ?? blueprint.timesteps, spikeLevels: levels,
            classCount: blueprint.spec.classCount, inputChannels: blueprint.spec.inputChannels,
            inputHeight: inputHeight, inputWidth: inputWidth, neuron: weights.neuron ?? .ilif)
        // The same checks an untrusted trace's topology gets: a built graph must pass them too.
        try topology.validate()
        return (topology, b.chains)
    }
}
