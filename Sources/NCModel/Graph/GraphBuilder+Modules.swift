extension GraphBuilder {
    /// Adds a neuron population reading `view`; detects aliases (same currents, no write between).
    mutating func fire(_ name: String, _ view: View) -> Int {
        var key = [Int]()
        for s in view.slices { key += [s.buffer, s.channelStart, s.channelCount, versions[s.buffer]] }
        let alias = fired[key]
        let index = populations.count
        populations.append(NeuronPopulation(name: name, input: view.slices, height: view.height, width: view.width, aliasOf: alias))
        if alias == nil { fired[key] = index }
        steps.append(.fire(index))
        return index
    }

    /// Adds a buffer computed from another (upsample, max-pool) and the step that computes it.
    mutating func derive(_ buffer: CurrentBuffer) -> Int {
        buffers.append(buffer)
        versions.append(1)
        steps.append(.derive(buffer: buffers.count - 1))
        return buffers.count - 1
    }

    /// Adds the folded convolution of `chain`; it accumulates into `target`, or into a new
    /// zero-initialised buffer when `target` is nil. Returns the output view.
    mutating func convolve(
        _ chain: LinearChain, source: ConvLayer.Source, input: View, into target: View?, name: String,
        origin: ConvLayer.Origin
    ) throws -> View {
        let geometry = try chain.foldedGeometry()
        let outH = (input.height + 2 * geometry.padding - geometry.kernel) / geometry.stride + 1
        let outW = (input.width + 2 * geometry.padding - geometry.kernel) / geometry.stride + 1
        guard outH >= 1, outW >= 1, input.height + 2 * geometry.padding >= geometry.kernel,
            input.width + 2 * geometry.padding >= geometry.kernel
        else {
            throw ModelError.input("\(name): a \(input.height)x\(input.width) input is smaller than its \(geometry.kernel)x\(geometry.kernel) kernel")
        }
        let out: View
        if let target {
            guard target.channels == geometry.outChannels, target.height == outH, target.width == outW else {
                throw ModelError.architecture(
                    "\(name) produces \(geometry.outChannels)x\(outH)x\(outW) but adds into \(target.channels)x\(target.height)x\(target.width)")
            }
            out = target
        } else {
            buffers.append(CurrentBuffer(name: name, channels: geometry.outChannels, height: outH, width: outW, initial: .zero))
            versions.append(0)
            out = View(slices: [BufferSlice(buffer: buffers.count - 1, channelStart: 0, channelCount: geometry.outChannels)],
                       height: outH, width: outW)
        }
        for s in out.slices { versions[s.buffer] += 1 }
        convs.append(ConvLayer(
            name: name, source: source, output: out.slices, inChannels: chain.inChannels,
            outChannels: geometry.outChannels, kernel: geometry.kernel, stride: geometry.stride,
            padding: geometry.padding, groups: geometry.groups, inHeight: input.height, inWidth: input.width,
            outHeight: outH, outWidth: outW, origin: origin))
        chains.append(chain)
        steps.append(.conv(convs.count - 1))
        return out
    }

    /// `L -> conv(k, s, pad) -> BN` (`MS_StandardConv`, `SpikeConv`): module `path` with `.lif`, `.conv`, `.bn`.
    mutating func standardConv(
        _ path: String, _ x: View, _ cin: Int, _ cout: Int, k: Int, s: Int, pad: Int, into target: View?
    ) throws -> View {
        guard x.channels == cin else {
            throw ModelError.architecture("\(path) expects \(cin) input channels, gets \(x.channels)")
        }
        let spikes = fire(path + ".lif", x)
        let chain = LinearChain(name: path + ".conv", inChannels: cin, ops: [
            try conv(path + ".conv", cin, cout, k, stride: s, padding: pad, bias: false),
            try batchNorm(path + ".bn", cout),
        ])
        return try convolve(chain, source: .population(spikes), input: x, into: target, name: path + ".conv", origin: .conv)
    }

    /// `SepConv(dim)` at `path`, its output accumulated into `x` (the residual `SepConv(x) + x`).
    mutating func sepConv(_ path: String, _ x: View, _ dim: Int, _ k: Int) throws {
        guard x.channels == dim else { throw ModelError.architecture("\(path) expects \(dim) channels, gets \(x.channels)") }
        let med = 2 * dim
        let s1 = fire(path + ".lif1", x)
        let a = try convolve(LinearChain(name: path + ".pwconv1", inChannels: dim, ops: [
            try conv(path + ".pwconv1", dim, med, 1, stride: 1, padding: 0, bias: false),
            try batchNorm(path + ".bn1", med),
        ]), source: .population(s1), input: x, into: nil, name: path + ".pwconv1", origin: .conv)
        let s2 = fire(path + ".lif2", a)
        let b = try convolve(LinearChain(name: path + ".dwconv2", inChannels: med, ops: [
            try conv(path + ".dwconv2", med, med, k, stride: 1, padding: k / 2, bias: false, groups: med),
            try batchNorm(path + ".bn2", med),
        ]), source: .population(s2), input: a, into: nil, name: path + ".dwconv2", origin: .conv)
        let s3 = fire(path + ".lif3", b)
        _ = try convolve(LinearChain(name: path + ".pwconv3", inChannels: med, ops: [
            try batchNormPad(path + ".pwconv3.body.0.bn", med, pad: 1),
            try conv(path + ".pwconv3.body.1.0", med, dim, 1, stride: 1, padding: 0, bias: false),
            try conv(path + ".pwconv3.body.1.1", dim, dim, 3, stride: 1, padding: 0, bias: false, groups: dim),
            try batchNorm(path + ".bn3", dim),
        ]), source: .population(s3), input: b, into: x, name: path + ".pwconv3", origin: .sepRepConv)
    }

    /// `RepConv(cin, cout)` at `path` followed by the block's own BatchNorm `extraBN`.
    func repConv(_ path: String, _ cin: Int, _ cout: Int, extraBN: String) throws -> LinearChain {
        LinearChain(name: path, inChannels: cin, ops: [
            try conv(path + ".body.0", cin, cin, 1, stride: 1, padding: 0, bias: false),
            try batchNormPad(path + ".body.1.bn", cin, pad: 1),
            try conv(path + ".body.2.0", cin, cin, 3, stride: 1, padding: 0, bias: false, groups: cin),
            try conv(path + ".body.2.1", cin, cout, 1, stride: 1, padding: 0, bias: false),
            try batchNorm(path + ".body.2.2", cout),
            try batchNorm(extraBN, cout),
        ])
    }

    /// Refuses in-place accumulation into currents that a later row still reads: residual blocks
    /// add into their input's buffers, which is only correct if no later row reads those buffers
    /// through an earlier row's output.
    func checkInPlace(_ block: Block, _ x: View, rows: [View]) throws {
        let mine = Set(x.slices.map(\.buffer))
        for later in blueprint.blocks where later.index > block.index {
            for f in later.from where f < block.index && !mine.isDisjoint(with: rows[f].slices.map(\.buffer)) {
                throw ModelError.architecture(
                    "row \(block.index) adds its residual into currents that row \(later.index) still reads (through row \(f)); this layout is not supported")
            }
        }
    }

    // MARK: - Unfolded operations read from the weight store

    func conv(_ path: String, _ cin: Int, _ cout: Int, _ k: Int, stride: Int, padding: Int, bias: Bool, groups: Int = 1)
        throws -> LinearChain.Op
    {
        let w = try store.tensor(path + ".weight", shape: [cout, cin / groups, k, k], for: path)
        let b = bias ? try store.tensor(path + ".bias", shape: [cout], for: path) : nil
        return .conv(name: path, weight: GraphBuilder.widened(w), bias: b?.map(Double.init), inChannels: cin,
                     outChannels: cout, kernel: k, stride: stride, padding: padding, groups: groups)
    }

    /// `values` as `Double`, element by element; on every thread for large tensors (a RepConv's
    /// weights run to millions, and the graph is otherwise built on one thread).
    static func widened(_ values: [Float]) -> [Double] {
        let n = values.count
        // Every element is written exactly once below, so the array is not zeroed first.
        var out = [Double](unsafeUninitializedCapacity: n) { _, count in count = n }
        values.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                let box = UncheckedSendable((src, dst))
                Parallel.forEachRange(n, threads: Parallel.defaultThreads, grain: 1 << 16) { range in
                    let (src, dst) = box.value
                    for i in range { dst[i] = Double(src[i]) }
                }
            }
        }
        return out
    }

    func batchNorm(_ path: String, _ c: Int) throws -> LinearChain.Op {
        let (scale, shift) = try bnAffine(path, c)
        return .batchNorm(name: path, scale: scale, shift: shift)
    }

    func batchNormPad(_ path: String, _ c: Int, pad: Int) throws -> LinearChain.Op {
        let (scale, shift) = try bnAffine(path, c)
        return .batchNormPad(name: path, scale: scale, shift: shift, pad: pad)
    }

    private func bnAffine(_ path: String, _ c: Int) throws -> ([Double], [Double]) {
        let w = try store.tensor(path + ".weight", shape: [c], for: path)
        let b = try store.tensor(path + ".bias", shape: [c], for: path)
        let m = try store.tensor(path + ".running_mean", shape: [c], for: path)
        let v = try store.tensor(path + ".running_var", shape: [c], for: path)
        let eps = store.eps(path)
        if let bad = v.firstIndex(where: { Double($0) + eps <= 0 }) {
            throw ModelError.weights("\(path): running_var[\(bad)] + eps is not positive")
        }
        return LinearChain.batchNorm(weight: w, bias: b, mean: m, variance: v, eps: eps)
    }
}
