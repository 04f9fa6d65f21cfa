import NCModel

/// The cycle-level timing of a whole inference, driven only by the topology, the mapping and
/// every population's spikes: `simulate` and `replay` both call it, so a replayed trace gives
/// exactly the numbers of the full simulation. Layers run one after another with a barrier per
/// layer and timestep.
struct TimingModel<NoC: NetworkOnChip> {
    let topology: NetworkTopology
    let mapping: Mapping
    let config: HardwareConfig
    var mesh: NoC
    var cores: [CoreTimeline]
    var clock = 0
    var result: TimingResult
    /// Actions and cycles of steps that prepare the next convolution's input.
    var pending = ActionCounts()
    var pendingCycles = 0
    var pendingCores = Set<Int>()
    /// Buffers written earlier in this timestep (their membranes exist; streamed mode reloads them).
    var written = Set<Int>()

    init(topology: NetworkTopology, mapping: Mapping, config: HardwareConfig) {
        self.topology = topology
        self.mapping = mapping
        self.config = config
        mesh = NoC(config: config)
        cores = (0..<config.coreCount).map { _ in CoreTimeline(depth: config.core.eventQueueDepthEvents, routerBuffer: config.noc.routerBufferPackets) }
        result = TimingResult(layers: topology.convs.map { LayerTiming(name: $0.name) },
                              cores: (0..<config.coreCount).map { CoreTiming(id: $0) }, mappingMode: mapping.mode)
        if mapping.mode == .resident { result.preloadWeightBytes = mapping.convWeightBytes.reduce(0, +) }
    }

    /// Runs every timestep; `spikesAt(t)[p]` are population `p`'s spikes at timestep `t` (asked
    /// for one timestep at a time, so a replay never holds more than one timestep in memory).
    mutating func run(spikesAt: (Int) throws -> [[UInt8]], progress: ((String) -> Void)? = nil) rethrows -> TimingResult {
        let lastConv = topology.steps.lastIndex { if case .conv = $0 { return true } else { return false } }
        var before = (clock: 0, actions: ActionCounts())
        for t in 0..<topology.timesteps {
            let spikes = try spikesAt(t)
            written.removeAll()
            for (k, step) in topology.steps.enumerated() {
                switch step {
                case .derive(let b): derive(b)
                case .fire(let p): fire(p, t: t)
                case .conv(let c):
                    progress?("timestep \(t + 1)/\(topology.timesteps): \(topology.convs[c].name)")
                    conv(c, spikes: spikes)
                    if k == lastConv { readout(into: c) }
                }
            }
            before = recordTimestep(since: before)
        }
        for i in cores.indices {
            result.cores[i].busy = cores[i].busy
            result.cores[i].stall = cores[i].stall
            result.cores[i].blocked = cores[i].blocked
            result.cores[i].queueHighWater = cores[i].highWater
            result.cores[i].sops = cores[i].sops
            result.cores[i].actions = cores[i].actions
        }
        result.cycles = clock
        result.flitHops = mesh.statistics.flitHops
        result.busiestLinkFlits = mesh.statistics.busiestLinkFlits
        for l in result.layers { result.actions.add(l.actions) }
        return result
    }

    /// Appends the cycles and actions since `before` (the clock and all actions counted so far
    /// at the end of the previous timestep) to `result.timesteps`; returns the new totals.
    mutating func recordTimestep(since before: (clock: Int, actions: ActionCounts)) -> (clock: Int, actions: ActionCounts) {
        var now = pending
        for l in result.layers { now.add(l.actions) }
        var step = ActionCounts()
        for a in Action.allCases { step[a] = now[a] - before.actions[a] }
        result.timesteps.append(TimestepTiming(cycles: clock - before.clock, actions: step))
        return (clock, now)
    }

    // MARK: - Steps

    /// Starts a step: every queue is empty and every link free at the barrier.
    mutating func barrier() {
        mesh.drain(to: clock)
        for i in cores.indices { cores[i].reset(at: clock) }
    }

    mutating func derive(_ b: Int) {
        let buffer = topology.buffers[b]
        guard case let .upsample(of: slices, _, _) = buffer.initial else { return }
        let mb = config.membraneBitsEffective
        let bits = buffer.count * mb
        var actions = ActionCounts()
        var cycles: Int
        if mapping.mode == .streamed {
            // Read the source membranes from DRAM and write the upsampled copy back.
            let sourceBits = slices.reduce(0) { $0 + topology.buffers[$1.buffer].height * topology.buffers[$1.buffer].width * $1.channelCount } * mb
            actions[.dram] = sourceBits + bits
            cycles = dramCycles(bits: sourceBits + bits)
        } else {
            // Each destination tile receives its neurons' values from the source tiles.
            cycles = 0
            let source = mapping.buffers[slices[0].buffer].tiles.first?.core ?? 0
            for tile in mapping.buffers[b].tiles {
                let tileBits = tile.neurons(width: buffer.width) * mb
                let flits = (tileBits + config.noc.linkWidthBits - 1) / config.noc.linkWidthBits
                let hops = mesh.hops(from: source, to: tile.core)
                actions[.flitHop] += flits * hops
                cycles = max(cycles, flits + hops * config.noc.hopLatencyCycles)
                pendingCores.insert(tile.core)
            }
            chargeTiles([BufferSlice(buffer: b, channelStart: 0, channelCount: buffer.channels)],
                        readBitsPerNeuron: mb, writeBitsPerNeuron: mb, into: &actions)
            mesh.charge(flitHops: actions[.flitHop])
        }
        pending.add(actions)
        pendingCycles += cycles
        clock += cycles
        written.insert(b)
    }

    mutating func fire(_ p: Int, t: Int) {
        let pop = topology.populations[p]
        guard pop.aliasOf == nil else { return }  // computed once, its spikes multicast
        let mb = config.membraneBitsEffective
        var actions = ActionCounts()
        var perCore = [Int: (neurons: Int, compares: Int)]()
        for s in pop.input {
            let buffer = topology.buffers[s.buffer]
            // SPPF's pooled currents: the largest of k x k inputs, k^2 - 1 comparisons per neuron.
            var comparesPerNeuron = 0
            if case let .maxPool(_, k) = buffer.initial { comparesPerNeuron = k * k - 1 }
            for tile in mapping.buffers[s.buffer].tiles {
                let lo = max(tile.channelStart, s.channelStart), hi = min(tile.channelStart + tile.channelCount, s.channelStart + s.channelCount)
                guard hi > lo else { continue }
                let n = (hi - lo) * tile.rowCount * buffer.width
                perCore[tile.core, default: (0, 0)].neurons += n
                perCore[tile.core, default: (0, 0)].compares += n * comparesPerNeuron
            }
        }
        var cycles = 0
        for (core, work) in perCore.sorted(by: { $0.key < $1.key }) {
            var local = ActionCounts()
            local[.membraneRead] = work.neurons * mb
            if topology.timesteps > 1 { local[.membraneWrite] = work.neurons * mb }  // I-LIF state
            local[.poolCompare] = work.compares
            let c = (work.neurons + config.core.fireNeuronsPerCycle - 1) / config.core.fireNeuronsPerCycle
                + (work.compares + config.core.accumulateUnits - 1) / config.core.accumulateUnits
            cores[core].busy += c
            cores[core].actions.add(local)
            actions.add(local)
            cycles = max(cycles, c)
            pendingCores.insert(core)
        }
        if mapping.mode == .streamed {
            // Membranes come from DRAM; spikes (and T > 1 membrane state) go back to it.
            let spikeBits = pop.count * config.spikeBits(levels: topology.spikeLevels)
            let stateBits = topology.timesteps > 1 ? actions[.membraneRead] : 0
            actions[.dram] += actions[.membraneRead] + spikeBits + stateBits
            cycles += dramCycles(bits: actions[.membraneRead] + spikeBits + stateBits)
        }
        pending.add(actions)
        pendingCycles += cycles
        clock += cycles
    }

    /// Charges `bits` of membrane reads and writes to every tile of `slices`' buffers, in
    /// proportion to the neurons each tile holds.
    mutating func chargeTiles(_ slices: [BufferSlice], readBitsPerNeuron: Int, writeBitsPerNeuron: Int, into actions: inout ActionCounts) {
        for s in slices {
            let width = topology.buffers[s.buffer].width
            for tile in mapping.buffers[s.buffer].tiles {
                let lo = max(tile.channelStart, s.channelStart), hi = min(tile.channelStart + tile.channelCount, s.channelStart + s.channelCount)
                guard hi > lo else { continue }
                let n = (hi - lo) * tile.rowCount * width
                var local = ActionCounts()
                local[.membraneRead] = n * readBitsPerNeuron
                local[.membraneWrite] = n * writeBitsPerNeuron
                cores[tile.core].actions.add(local)
                actions.add(local)
            }
        }
    }

    /// DRAM transfer time for `bits`, one access latency included.
    func dramCycles(bits: Int) -> Int {
        guard bits > 0 else { return 0 }
        return config.dram.latencyCycles + Cycles.ceiling(Double(bits) / 8 / config.dram.bandwidthBytesPerCycle)
    }
}

/// Cycle counts from real-valued durations.
enum Cycles {
    /// `ceil(x)` as an `Int`, saturating far below `Int.max` so sums of them cannot overflow.
    static func ceiling(_ x: Double) -> Int {
        guard x.isFinite else { return 1 << 52 }
        return Int(min(max(x.rounded(.up), 0), Double(1 << 52)))
    }
}
