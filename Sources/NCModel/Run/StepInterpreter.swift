/// Runs a folded network's step program (`NetworkTopology.steps`: derive, fire, convolve)
/// timestep by timestep, in one arithmetic, with one neuron model and one synaptic model. The
/// integer reference, the chip's functional model and calibration are all this interpreter; only
/// the arithmetic, the synapses and the observers differ.
public struct StepInterpreter<A: MembraneArithmetic, N: NeuronModel, Synapses: SynapticModel> where Synapses.Arithmetic == A {
    /// The network.
    public let topology: NetworkTopology
    /// How membranes are represented and added.
    public let arithmetic: A
    /// The neuron model of every population.
    public let neuron: N
    /// What the convolutions add.
    public var synapses: Synapses
    /// Worker threads; results are identical for any value.
    public let threads: Int
    /// Called at fixed points of every timestep.
    public var observers: [any RunObserver]
    /// Populations whose spikes are given instead of fired (a layer workload's input neurons):
    /// `given[p](t)` is population `p`'s spikes at timestep `t`, channels-last.
    public var given: [Int: (Int) -> [UInt8]] = [:]

    /// Whether every buffer is still allocated after `run` (for reading membranes back); when
    /// false (the default) a buffer lives only from the step that first touches it to the step
    /// that last reads it in each timestep, which bounds a run's memory by the widest point of the
    /// network instead of the sum of all its layers.
    public var keepsBuffers = false

    /// Channels-last currents per buffer; empty outside a buffer's lifetime (`keepsBuffers`).
    var buffers: [[A.Word]]
    /// The current timestep's spikes per population, channels-last.
    var spikes: [[UInt8]]
    /// Membranes kept between timesteps per population (only when T > 1).
    var states: [[A.Word]]
    var populations: [PopulationStatistics]
    var heads: [[Double]]
    var saturated = 0

    /// An interpreter for `topology`.
    public init(topology: NetworkTopology, arithmetic: A, neuron: N, synapses: Synapses, threads: Int,
                observers: [any RunObserver] = []) {
        self.topology = topology
        self.arithmetic = arithmetic
        self.neuron = neuron
        self.synapses = synapses
        self.threads = threads
        self.observers = observers
        buffers = topology.buffers.map { _ in [] }
        spikes = topology.populations.map { [UInt8](repeating: 0, count: $0.count) }
        states = topology.timesteps > 1 ? topology.populations.map { [A.Word](repeating: arithmetic.zero, count: $0.count) } : []
        populations = topology.populations.map {
            PopulationStatistics(name: $0.name, count: $0.count, spikes: 0,
                                 histogram: [Int](repeating: 0, count: topology.spikeLevels + 1), timesteps: topology.timesteps)
        }
        heads = topology.emptyHeadSums()
    }

    /// What a run produced.
    public struct Outcome: Sendable {
        /// Spike statistics per population, in topology order.
        public var populations: [PopulationStatistics]
        /// Raw head outputs per detection level, averaged over timesteps.
        public var heads: [HeadOutput]
        /// Convolution outputs that ended at a saturation bound (fixed point), summed over timesteps.
        public var saturated: Int
    }

    /// Runs every timestep on `frames`: one image repeated at every timestep (a photo), or one
    /// frame per timestep (event-camera windows); none when no convolution reads the image (a
    /// layer driven by `given` spikes).
    public mutating func run(_ frames: [InputImage]) throws -> Outcome {
        let t = topology
        let readsImage = t.convs.contains(where: \.isEncoding)
        guard frames.count == 1 || frames.count == t.timesteps || (frames.isEmpty && !readsImage) else {
            throw ModelError.input("\(frames.count) input frames for a model of \(t.timesteps) timesteps")
        }
        for f in frames where f.channels != t.inputChannels || f.height != t.inputHeight || f.width != t.inputWidth {
            throw ModelError.input(
                "image is \(f.channels)x\(f.height)x\(f.width) but the model was built for \(t.inputChannels)x\(t.inputHeight)x\(t.inputWidth)")
        }
        var pixels = frames.count == 1 ? [frames[0].channelsLast() as [Double]] : []
        let lifetimes = t.bufferLifetimes()
        let zero = arithmetic.zero
        for step in 0..<t.timesteps {
            if frames.count > 1 { pixels = [frames[step].channelsLast()] }
            let frame = frames.count > 1 ? step : 0
            // Currents do not carry over between timesteps (membranes do, in `states`).
            for (b, buffer) in t.buffers.enumerated() where buffer.initial == .zero && !buffers[b].isEmpty {
                buffers[b].withUnsafeMutableBufferPointer { $0.update(repeating: zero) }
            }
            for (i, s) in t.steps.enumerated() {
                for b in lifetimes.starting[i] where buffers[b].isEmpty {
                    buffers[b] = [A.Word](repeating: zero, count: t.buffers[b].count)
                }
                switch s {
                case .derive(let b): derive(b)
                case .fire(let p): try fire(p, timestep: step)
                case .conv(let c): try convolve(c, timestep: step, image: (frame, pixels.first ?? []))
                }
                if !keepsBuffers {
                    for b in lifetimes.ending[i] { buffers[b] = [] }
                }
            }
            for h in t.heads.indices {
                let a = arithmetic
                t.accumulateHead(h, from: buffers, into: &heads[h]) { w, b, c in a.real(w, a.unit(buffer: b, channel: c)) }
            }
            for o in observers { o.didFinish(timestep: step, spikes: spikes) }
        }
        return Outcome(populations: populations, heads: t.heads.indices.map { t.headOutput($0, sums: heads[$0]) },
                       saturated: saturated)
    }

    // MARK: - Steps

    /// Upsampled buffers copy their sources; max-pooled buffers (SPPF) take the largest current
    /// of each window (stride 1, same size; padding never wins), as PyTorch pools before the neuron.
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

    mutating func convolve(_ c: Int, timestep: Int, image: (frame: Int, pixels: [Double])) throws {
        let layer = topology.convs[c]
        switch layer.source {
        case .image:
            let input = ConvolutionInput.image(frame: image.frame, pixels: image.pixels)
            for o in observers { o.willConvolve(c, timestep: timestep, input: input, topology: topology, threads: threads) }
            saturated += try synapses.convolve(c, topology, arithmetic, input: input, buffers: &buffers, threads: threads)
        case .population(let p):
            let source = spikes[p]
            try source.withUnsafeBufferPointer { sp in
                let input = ConvolutionInput.spikes(sp)
                for o in observers { o.willConvolve(c, timestep: timestep, input: input, topology: topology, threads: threads) }
                saturated += try synapses.convolve(c, topology, arithmetic, input: input, buffers: &buffers, threads: threads)
            }
        }
    }

    /// Population `p`'s neurons update from their input currents; aliases copy the population
    /// they alias (the same currents give the same spikes).
    mutating func fire(_ p: Int, timestep: Int) throws {
        let pop = topology.populations[p]
        let levels = topology.spikeLevels
        let first = timestep == 0
        if let spikesAt = given[p] {
            let s = spikesAt(timestep)
            guard s.count == pop.count, s.allSatisfy({ Int($0) <= levels }) else {
                throw ModelError.input("population \(pop.name), timestep \(timestep): \(s.count) given spikes for \(pop.count) neurons, or a spike above D = \(levels)")
            }
            spikes[p] = s
        } else if let a = pop.aliasOf {
            spikes[p] = spikes[a]
            if !states.isEmpty { states[p] = states[a] }
        } else {
            let keep = !states.isEmpty
            var state = [A.Word]()
            if keep { swap(&state, &states[p]) }
            // Taken out of `spikes` (not copied) while the neurons write it.
            var fired = [UInt8]()
            swap(&fired, &spikes[p])
            var c0 = 0
            for s in pop.input {
                let srcChannels = topology.buffers[s.buffer].channels
                let (cs, cn, pc, offset) = (s.channelStart, s.channelCount, pop.channels, c0)
                let units = (0..<cn).map { arithmetic.unit(buffer: s.buffer, channel: cs + $0) }
                let (a, n) = (arithmetic, neuron)
                buffers[s.buffer].withUnsafeBufferPointer { src in
                    fired.withUnsafeMutableBufferPointer { out in
                        state.withUnsafeMutableBufferPointer { mem in
                            units.withUnsafeBufferPointer { un in
                                let box = UncheckedSendable((src, out, mem, un))
                                Parallel.forEachRange(pop.height * pop.width, threads: threads, grain: 256) { range in
                                    let (src, out, mem, un) = box.value
                                    guard let sb = src.baseAddress, let ob = out.baseAddress else { return }
                                    let mb = keep ? mem.baseAddress : nil
                                    // One pixel's channels of this slice at a time: contiguous in
                                    // the currents, the spikes and the membranes.
                                    for px in range {
                                        let i = px * pc + offset
                                        n.update(a, inputs: sb + px * srcChannels + cs, states: mb.map { $0 + i }, spikes: ob + i,
                                                 first: first, units: un, levels: levels)
                                    }
                                }
                            }
                        }
                    }
                }
                c0 += s.channelCount
            }
            if keep { states[p] = state }
            spikes[p] = fired
        }
        let histogram = spikes[p].withUnsafeBufferPointer { IntegerSpike.histogram($0, levels: levels, threads: threads) }
        populations[p].record(timestepHistogram: histogram)
        if !observers.isEmpty {
            let (kept, zero) = (states.isEmpty ? [] : states[p], arithmetic.zero)
            for o in observers { o.didFire(p, timestep: timestep, isResting: { kept.isEmpty || kept[$0] == zero }) }
        }
    }
}
