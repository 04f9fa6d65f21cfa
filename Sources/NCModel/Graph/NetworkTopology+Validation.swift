import NCFormats

extension NetworkTopology {
    /// Checks that every index and shape in the topology is consistent, so code that walks it
    /// (the engines, replay of a trace from an untrusted file) cannot index out of range,
    /// overflow or allocate absurd amounts, and that the steps are a schedule: every convolution
    /// runs and every population fires exactly once per timestep, derived buffers are derived
    /// once and before anything reads or adds to them (a derive copies its source as it is at
    /// that step: SpikeYOLO adds residuals to a buffer after upsampling it), and a
    /// convolution reads a population only after it fired. Throws `ModelError.architecture`
    /// naming the first problem. `validateComplete()` adds what a whole network must hold.
    public func validate() throws {
        func fail(_ m: String) -> ModelError { .architecture("topology: \(m)") }
        guard (1...64).contains(timesteps) else { throw fail("timesteps \(timesteps) out of range 1...64") }
        guard (1...255).contains(spikeLevels) else { throw fail("spike levels D = \(spikeLevels) out of range 1...255") }
        if neuron == .integrateAndFire {
            guard let n = integrateAndFire else { throw fail("integrate-and-fire neurons without their parameters") }
            guard n.threshold.isFinite, n.threshold >= 0, n.threshold <= 1e9, n.leak.isFinite, (0...1).contains(n.leak) else {
                throw fail("integrate-and-fire threshold \(n.threshold) (0...1e9) or leak \(n.leak) (0...1) out of range")
            }
        }
        guard (1...64).contains(inputChannels), (1...8192).contains(inputHeight), (1...8192).contains(inputWidth) else {
            throw fail("input \(inputChannels)x\(inputHeight)x\(inputWidth) out of range")
        }
        var neurons = 0
        for (i, b) in buffers.enumerated() {
            guard (1...65536).contains(b.channels), (1...8192).contains(b.height), (1...8192).contains(b.width) else {
                throw fail("buffer \(i) (\(name(b.name))) has shape \(b.channels)x\(b.height)x\(b.width)")
            }
            neurons += b.count
            // A timestep's spikes are held in memory: a billion neurons is far beyond SpikeYOLO-l.
            guard neurons <= 1 << 30 else { throw fail("more than 2^30 neurons") }
            switch b.initial {
            case .zero: break
            case let .upsample(of, fy, fx):
                guard (1...16).contains(fy), (1...16).contains(fx) else { throw fail("buffer \(i) upsamples by \(fy)x\(fx)") }
                guard b.height % fy == 0, b.width % fx == 0 else { throw fail("buffer \(i) is not a whole upsample of its source") }
                try check(of, channels: b.channels, height: b.height / fy, width: b.width / fx, what: "buffer \(i)")
                guard of.allSatisfy({ $0.buffer < i }) else { throw fail("buffer \(i) upsamples a later buffer") }
            case let .maxPool(source, kernel):
                guard source >= 0, source < i, buffers[source].channels == b.channels, buffers[source].height == b.height,
                    buffers[source].width == b.width, kernel >= 1, kernel % 2 == 1, kernel <= 31
                else { throw fail("buffer \(i) max-pools an incompatible buffer") }
            }
        }
        var populationNeurons = 0
        for (i, p) in populations.enumerated() {
            populationNeurons += p.count
            guard populationNeurons <= 1 << 30 else { throw fail("more than 2^30 population neurons") }
            try check(p.input, channels: p.channels, height: p.height, width: p.width, what: "population \(i) (\(name(p.name)))")
            if let a = p.aliasOf {
                guard a >= 0, a < i, populations[a].input == p.input else { throw fail("population \(i) aliases an incompatible population") }
            }
        }
        var totalMACs = 0
        for (i, c) in convs.enumerated() {
            let what = "convolution \(i) (\(name(c.name)))"
            guard c.kernel >= 1, c.kernel <= 31, c.stride >= 1, c.stride <= 16, c.padding >= 0, c.padding < c.kernel,
                c.groups >= 1, c.inChannels % c.groups == 0, c.outChannels % c.groups == 0,
                c.groups == 1 || (c.groups == c.inChannels && c.inChannels == c.outChannels)
            else { throw fail("\(what) has kernel \(c.kernel), stride \(c.stride), padding \(c.padding), groups \(c.groups)") }
            guard c.outHeight == (c.inHeight + 2 * c.padding - c.kernel) / c.stride + 1,
                c.outWidth == (c.inWidth + 2 * c.padding - c.kernel) / c.stride + 1, c.outHeight >= 1, c.outWidth >= 1
            else { throw fail("\(what): output size does not follow from its input size") }
            switch c.source {
            case .image:
                guard c.inChannels == inputChannels, c.inHeight == inputHeight, c.inWidth == inputWidth else {
                    throw fail("\(what) reads the image with the wrong shape")
                }
            case .population(let p):
                guard p >= 0, p < populations.count, populations[p].channels == c.inChannels,
                    populations[p].height == c.inHeight, populations[p].width == c.inWidth
                else { throw fail("\(what) reads an incompatible population") }
            }
            try check(c.output, channels: c.outChannels, height: c.outHeight, width: c.outWidth, what: what)
            // Every count derived from the shapes (MACs, weights, SOPs over T timesteps) must fit an Int.
            let (weights, o1) = (c.inChannels / c.groups).multipliedReportingOverflow(by: c.outChannels * c.kernel * c.kernel)
            let (macs, o2) = weights.multipliedReportingOverflow(by: c.outHeight * c.outWidth)
            guard !o1, !o2, weights <= 1 << 32, macs <= NetworkTopology.maximumMACs - totalMACs else {
                throw fail("\(what) and the layers before it need more than 2^\(NetworkTopology.maximumMACs.trailingZeroBitCount) multiply-accumulates")
            }
            totalMACs += macs
        }
        for s in steps {
            switch s {
            case .derive(let b): guard b >= 0, b < buffers.count else { throw fail("a step derives buffer \(b)") }
            case .conv(let c): guard c >= 0, c < convs.count else { throw fail("a step runs convolution \(c)") }
            case .fire(let p): guard p >= 0, p < populations.count else { throw fail("a step fires population \(p)") }
            }
        }
        try checkSchedule()
        guard (1...65536).contains(classCount) else { throw fail("\(classCount) classes") }
        guard heads.count == headStrides.count else { throw fail("heads and strides differ in count") }
        for (i, h) in heads.enumerated() {
            guard let first = h.first, first.buffer >= 0, first.buffer < buffers.count else { throw fail("head \(i) is empty") }
            let b = buffers[first.buffer]
            try check(h, channels: h.reduce(0) { $0 + $1.channelCount }, height: b.height, width: b.width, what: "head \(i)")
            guard headStrides[i] >= 1 else { throw fail("head \(i) has stride \(headStrides[i])") }
        }
    }

    /// The most multiply-accumulates of one timestep (2^50, 3,000 times SpikeYOLO-l at
    /// 640 x 640): with T <= 64 every MAC and SOP count stays far below `Int.max`.
    public static let maximumMACs = 1 << 50

    /// Everything `validate()` checks, and what a whole network — as `GraphBuilder` builds it
    /// and as a trace must hold — needs besides: an encoding convolution reading the image,
    /// every buffer a population, a derived buffer or a head reads is written (or derived) before
    /// it is read, every buffer written is read by something, and at least one detection head,
    /// each with the stride its size implies (input rows / map rows). A trace whose topology lost its heads or a step
    /// fails here instead of replaying into wrong numbers.
    public func validateComplete() throws {
        try validate()
        func fail(_ m: String) -> ModelError { .architecture("topology: \(m)") }
        guard convs.contains(where: \.isEncoding) else { throw fail("no convolution reads the image") }
        let schedule = Schedule(self)
        var read = [Bool](repeating: false, count: buffers.count)
        for (p, pop) in populations.enumerated() {
            for s in pop.input {
                read[s.buffer] = true
                guard let first = schedule.firstWrite[s.buffer], first < schedule.fire[p] else {
                    throw fail("population \(p) (\(name(pop.name))) reads buffer \(s.buffer) (\(name(buffers[s.buffer].name))) before anything writes it")
                }
            }
        }
        for (b, buffer) in buffers.enumerated() {
            for source in buffer.initial.sources {
                read[source] = true
                guard let first = schedule.firstWrite[source], let d = schedule.derive[b], first < d else {
                    throw fail("buffer \(b) (\(name(buffer.name))) is derived from buffer \(source) before anything writes it")
                }
            }
        }
        guard !heads.isEmpty else { throw fail("there is no detection head") }
        for (h, slices) in heads.enumerated() {
            let b = buffers[slices[0].buffer]
            // The stride places the head's anchors; GraphBuilder sets it to input rows / map rows.
            guard headStrides[h] == inputHeight / b.height else {
                throw fail("head \(h) has stride \(headStrides[h]), but its \(b.height)-row map of a \(inputHeight)-row input implies \(inputHeight / b.height)")
            }
            for s in slices {
                read[s.buffer] = true
                guard schedule.firstWrite[s.buffer] != nil else { throw fail("head \(h) reads buffer \(s.buffer), which nothing writes") }
            }
        }
        if let b = buffers.indices.first(where: { schedule.firstWrite[$0] != nil && !read[$0] }) {
            throw fail("buffer \(b) (\(name(buffers[b].name))) is written but nothing reads it (a head or a population missing?)")
        }
    }

    /// Checks that the steps form one timestep's schedule (see `validate()`); indices are
    /// already known to be in range.
    private func checkSchedule() throws {
        func fail(_ m: String) -> ModelError { .architecture("topology: \(m)") }
        var conv = [Int?](repeating: nil, count: convs.count)
        var fire = [Int?](repeating: nil, count: populations.count)
        var derive = [Int?](repeating: nil, count: buffers.count)
        for (k, step) in steps.enumerated() {
            switch step {
            case .conv(let c):
                guard conv[c] == nil else { throw fail("convolution \(c) (\(name(convs[c].name))) runs twice in a timestep") }
                conv[c] = k
            case .fire(let p):
                guard fire[p] == nil else { throw fail("population \(p) (\(name(populations[p].name))) fires twice in a timestep") }
                fire[p] = k
            case .derive(let b):
                guard buffers[b].initial != .zero else {
                    throw fail("a step derives buffer \(b) (\(name(buffers[b].name))), which is neither upsampled nor pooled")
                }
                guard derive[b] == nil else { throw fail("buffer \(b) (\(name(buffers[b].name))) is derived twice in a timestep") }
                derive[b] = k
            }
        }
        if let c = conv.firstIndex(of: nil) { throw fail("convolution \(c) (\(name(convs[c].name))) never runs") }
        if let p = fire.firstIndex(of: nil) { throw fail("population \(p) (\(name(populations[p].name))) never fires") }
        if let b = buffers.indices.first(where: { buffers[$0].initial != .zero && derive[$0] == nil }) {
            throw fail("buffer \(b) (\(name(buffers[b].name))) is never derived")
        }
        let schedule = Schedule(self)
        for (c, layer) in convs.enumerated() {
            if case .population(let p) = layer.source, schedule.fire[p] > schedule.conv[c] {
                throw fail("convolution \(c) (\(name(layer.name))) reads population \(p) before it fires")
            }
        }
        for (p, pop) in populations.enumerated() {
            if let a = pop.aliasOf, schedule.fire[a] > schedule.fire[p] {
                throw fail("population \(p) (\(name(pop.name))) fires before population \(a), which it aliases")
            }
        }
        for (b, buffer) in buffers.enumerated() {
            guard let d = schedule.derive[b] else { continue }
            if let w = schedule.writes[b].first(where: { $0 < d }) {
                throw fail("step \(w) adds to buffer \(b) (\(name(buffer.name))) before it is derived")
            }
        }
        for (p, pop) in populations.enumerated() {
            for s in pop.input where schedule.derive[s.buffer].map({ schedule.fire[p] < $0 }) ?? false {
                throw fail("population \(p) (\(name(pop.name))) reads buffer \(s.buffer) before it is derived")
            }
        }
    }

    /// A name from the topology as messages show it (a trace's names come from a file).
    private func name(_ text: String) -> String { TextElision.middle(text) }

    private func check(_ slices: [BufferSlice], channels: Int, height: Int, width: Int, what: String) throws {
        var total = 0
        for s in slices {
            guard s.buffer >= 0, s.buffer < buffers.count, s.channelStart >= 0, s.channelCount >= 1,
                s.channelStart + s.channelCount <= buffers[s.buffer].channels,
                buffers[s.buffer].height == height, buffers[s.buffer].width == width
            else { throw ModelError.architecture("topology: \(what) refers to channels or a buffer that do not fit") }
            total += s.channelCount
        }
        guard total == channels, !slices.isEmpty else {
            throw ModelError.architecture("topology: \(what) has \(total) channels in its slices, expected \(channels)")
        }
    }
}

/// Where each convolution, fire and derive sits in the steps, and which steps write each
/// buffer. Built only after `checkSchedule` found each exactly once.
private struct Schedule {
    let conv: [Int]
    let fire: [Int]
    let derive: [Int?]
    /// Steps that write each buffer (convolutions adding to it, its own derive), ascending.
    let writes: [[Int]]

    init(_ t: NetworkTopology) {
        var conv = [Int](repeating: 0, count: t.convs.count)
        var fire = [Int](repeating: 0, count: t.populations.count)
        var derive = [Int?](repeating: nil, count: t.buffers.count)
        var writes = [[Int]](repeating: [], count: t.buffers.count)
        for (k, step) in t.steps.enumerated() {
            switch step {
            case .conv(let c):
                conv[c] = k
                for s in t.convs[c].output where writes[s.buffer].last != k { writes[s.buffer].append(k) }
            case .fire(let p): fire[p] = k
            case .derive(let b):
                derive[b] = k
                writes[b].append(k)
            }
        }
        for b in writes.indices { writes[b].sort() }
        self.conv = conv
        self.fire = fire
        self.derive = derive
        self.writes = writes
        firstWrite = writes.map(\.first)
    }

    /// The first step that writes each buffer (nil when nothing does).
    let firstWrite: [Int?]
}

extension CurrentBuffer.Initial {
    /// The buffers this one is derived from (none for `.zero`).
    var sources: [Int] {
        switch self {
        case .zero: return []
        case .upsample(let of, _, _): return of.map(\.buffer)
        case .maxPool(let source, _): return [source]
        }
    }
}
