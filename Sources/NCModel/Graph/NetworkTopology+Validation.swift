extension NetworkTopology {
    /// Checks that every index and shape in the topology is consistent, so code that walks it
    /// (the engines, replay of a trace from an untrusted file) cannot index out of range or
    /// allocate absurd amounts. Throws `ModelError.architecture` naming the first problem.
    public func validate() throws {
        func fail(_ m: String) -> ModelError { .architecture("topology: \(m)") }
        guard (1...64).contains(timesteps) else { throw fail("timesteps \(timesteps) out of range 1...64") }
        guard (1...255).contains(spikeLevels) else { throw fail("spike levels D = \(spikeLevels) out of range 1...255") }
        guard (1...64).contains(inputChannels), (1...8192).contains(inputHeight), (1...8192).contains(inputWidth) else {
            throw fail("input \(inputChannels)x\(inputHeight)x\(inputWidth) out of range")
        }
        var neurons = 0
        for (i, b) in buffers.enumerated() {
            guard (1...65536).contains(b.channels), (1...8192).contains(b.height), (1...8192).contains(b.width) else {
                throw fail("buffer \(i) (\(b.name)) has shape \(b.channels)x\(b.height)x\(b.width)")
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
            try check(p.input, channels: p.channels, height: p.height, width: p.width, what: "population \(i) (\(p.name))")
            if let a = p.aliasOf {
                guard a >= 0, a < i, populations[a].input == p.input else { throw fail("population \(i) aliases an incompatible population") }
            }
        }
        for (i, c) in convs.enumerated() {
            let what = "convolution \(i) (\(c.name))"
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
        }
        for s in steps {
            switch s {
            case .derive(let b): guard b >= 0, b < buffers.count else { throw fail("a step derives buffer \(b)") }
            case .conv(let c): guard c >= 0, c < convs.count else { throw fail("a step runs convolution \(c)") }
            case .fire(let p): guard p >= 0, p < populations.count else { throw fail("a step fires population \(p)") }
            }
        }
        guard heads.count == headStrides.count else { throw fail("heads and strides differ in count") }
        for (i, h) in heads.enumerated() {
            guard let first = h.first, first.buffer >= 0, first.buffer < buffers.count else { throw fail("head \(i) is empty") }
            let b = buffers[first.buffer]
            try check(h, channels: h.reduce(0) { $0 + $1.channelCount }, height: b.height, width: b.width, what: "head \(i)")
            guard headStrides[i] >= 1 else { throw fail("head \(i) has stride \(headStrides[i])") }
        }
    }

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
