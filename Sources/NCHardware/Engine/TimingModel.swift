import NCModel

/// The cycle-level timing of a whole inference, driven only by the topology, the mapping and
/// every population's spikes: `simulate` and `replay` both call it, so a replayed trace gives
/// exactly the numbers of the full simulation. It holds the chip's state (mesh, cores, clock,
/// counts); the schedule component (`LayerBarrierSchedule`, `PipelinedSchedule`) decides when
/// each step's work happens.
struct TimingModel<NoC: NetworkOnChip> {
    let topology: NetworkTopology
    /// Where buffers live; a streamed pipelined run swaps in each segment's placement.
    var mapping: Mapping
    let config: HardwareConfig
    let packets: SpikePackets
    /// Non-zero weights, when synaptic memory stores only those (`mapping.skip_zero_weights`).
    let synapses: SynapseMask?
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
    /// Whether each layer has started (its `startCycle` is set).
    var started: [Bool]
    /// Where each timestep's work ended (`markTimestep`): the cycle and the actions counted by then.
    var timestepMarks: [(clock: Int, actions: ActionCounts)] = []
    /// Threads the schedules may use to time layer-barrier steps ahead (results do not depend on it).
    var threads = 1
    /// The layer-barrier steps of the current timestep timed ahead (nil: each is timed in turn).
    var lookahead: StepLookahead<NoC>?
    /// Layer-barrier steps taken from the lookahead, and timed in their turn.
    var stepsTimedAhead = 0, stepsTimedInTurn = 0
    /// Pipelined segments of a streamed mapping simulated ahead (`SegmentLookahead`), and in their turn.
    var segmentsSimulatedAhead = 0, segmentsSimulatedInTurn = 0

    init(topology: NetworkTopology, mapping: Mapping, config: HardwareConfig, synapses: SynapseMask? = nil) {
        self.topology = topology
        self.mapping = mapping
        self.config = config
        self.synapses = config.mapping.skipZeroWeights ? synapses : nil
        packets = SpikePackets(config.noc)
        mesh = NoC(config: config)
        cores = Self.emptyCores(config)
        result = TimingResult(layers: topology.convs.map { LayerTiming(name: $0.name) },
                              cores: (0..<config.coreCount).map { CoreTiming(id: $0) }, mappingMode: mapping.mode,
                              schedule: config.chip.schedule)
        started = [Bool](repeating: false, count: topology.convs.count)
        if mapping.mode == .resident { result.preloadWeightBytes = mapping.convWeightBytes.reduce(0, +) }
    }

    /// Every core of `config`'s chip, idle with empty queues.
    static func emptyCores(_ config: HardwareConfig) -> [CoreTimeline] {
        (0..<config.coreCount).map { _ in CoreTimeline(depth: config.core.eventQueueDepthEvents, routerBuffer: config.noc.routerBufferPackets) }
    }

    /// Runs every timestep with the config's schedule; `spikesAt(t)[p]` are population `p`'s
    /// spikes at timestep `t` (asked for in order of `t`, each once).
    mutating func run(spikesAt: (Int) throws -> [[UInt8]], progress: ((String) -> Void)? = nil) rethrows -> TimingResult {
        switch config.chip.schedule {
        case .layerBarrier: try LayerBarrierSchedule().run(&self, spikesAt: spikesAt, progress: progress)
        case .pipelined: try PipelinedSchedule().run(&self, spikesAt: spikesAt, progress: progress)
        }
        return finish()
    }

    /// Copies the cores' counters into the result and adds up the totals.
    mutating func finish() -> TimingResult {
        let occupied = mapping.occupiedCores
        for i in cores.indices {
            result.cores[i].busy = cores[i].busy
            result.cores[i].stall = cores[i].stall
            result.cores[i].blocked = cores[i].blocked
            result.cores[i].queueHighWater = cores[i].highWater
            result.cores[i].accepted = cores[i].accepted
            result.cores[i].waited = cores[i].waited
            result.cores[i].sops = cores[i].sops
            result.cores[i].occupied = occupied[i]
            result.cores[i].actions = config.withAccesses(cores[i].actions)
        }
        result.cycles = clock
        result.flitHops = mesh.statistics.flitHops
        result.busiestLinkFlits = mesh.statistics.busiestLinkFlits
        result.actions = ActionCounts()
        for i in result.layers.indices {
            result.layers[i].actions = config.withAccesses(result.layers[i].actions)
            result.actions.add(result.layers[i].actions)
        }
        result.timesteps = timestepTimings()
        return result
    }

    /// All actions counted so far (every layer's and those pending for the next convolution),
    /// before word accesses are derived.
    var countedActions: ActionCounts {
        var now = pending
        for l in result.layers { now.add(l.actions) }
        return now
    }

    /// Notes where a timestep's work ended: at cycle `end`, with `actions` (default: all counted
    /// so far) counted by then. Schedules call it once per timestep, in order.
    mutating func markTimestep(end: Int, actions: ActionCounts? = nil) {
        timestepMarks.append((end, actions ?? countedActions))
    }

    /// Per-timestep cycles and actions from the marks: each timestep takes what happened since
    /// the previous one ended, and the last takes the rest, so they sum to the totals exactly.
    /// (In the pipelined schedule timesteps overlap: a timestep's cycles are those by which it
    /// moved the completion frontier.)
    func timestepTimings() -> [TimestepTiming] {
        guard !timestepMarks.isEmpty else { return [] }
        var timings = [TimestepTiming]()
        var clockBefore = 0, actionsBefore = ActionCounts()
        var sumActions = ActionCounts()
        for (i, mark) in timestepMarks.enumerated() {
            let end = max(clockBefore, min(mark.clock, result.cycles))
            var step = ActionCounts()
            if i + 1 < timestepMarks.count {
                for a in Action.allCases { step[a] = mark.actions[a] - actionsBefore[a] }
                step = config.withAccesses(step)
                timings.append(TimestepTiming(cycles: end - clockBefore, actions: step))
            } else {
                for a in Action.allCases { step[a] = result.actions[a] - sumActions[a] }
                timings.append(TimestepTiming(cycles: result.cycles - clockBefore, actions: step))
            }
            sumActions.add(step)
            clockBefore = end
            actionsBefore = mark.actions
        }
        return timings
    }

    // MARK: - Steps (the layer-barrier rules; the pipelined schedule uses them for passes)

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
        let placed = mapping.buffers
        var actions = ActionCounts()
        var cycles: Int
        if mapping.mode == .streamed {
            // Read the source membranes from DRAM and write the upsampled copy back.
            let sourceBits = slices.reduce(0) { $0 + topology.buffers[$1.buffer].height * topology.buffers[$1.buffer].width * $1.channelCount } * mb
            actions[.dram] = sourceBits + bits
            cycles = dramCycles(bits: sourceBits + bits)
        } else {
            cycles = 0
            for copy in upsampleCopies(b, tilings: { placed[$0] }) {
                actions[.flitHop] += copy.flits * copy.hops
                cycles = max(cycles, copy.flits + copy.hops * config.noc.hopLatencyCycles)
                pendingCores.insert(copy.core)
            }
            chargeTiles([BufferSlice(buffer: b, channelStart: 0, channelCount: buffer.channels)], tilings: { placed[$0] },
                        readBitsPerNeuron: mb, writeBitsPerNeuron: mb, into: &actions)
            mesh.charge(flitHops: actions[.flitHop])
        }
        pending.add(actions)
        pendingCycles += cycles
        clock += cycles
        written.insert(b)
    }

    /// The membrane copies of an upsampled buffer `b` on the mesh: each destination tile
    /// receives its neurons' values from the first source tile.
    func upsampleCopies(_ b: Int, tilings: (Int) -> BufferTiling?) -> [(core: Int, rowStart: Int, rowCount: Int, flits: Int, hops: Int)] {
        let buffer = topology.buffers[b]
        guard case let .upsample(of: slices, _, _) = buffer.initial, let destination = tilings(b) else { return [] }
        let source = tilings(slices[0].buffer)?.tiles.first?.core ?? 0
        let mb = config.membraneBitsEffective
        return destination.tiles.map { tile in
            let flits = (tile.neurons(width: buffer.width) * mb + config.noc.linkWidthBits - 1) / config.noc.linkWidthBits
            return (tile.core, tile.rowStart, tile.rowCount, flits, mesh.hops(from: source, to: tile.core))
        }
    }

    /// Fires population `p` at timestep `t`; `spikes` (its spikes, when known) give the `spike`
    /// count of `chip.spike_energy: fired-neuron`.
    mutating func fire(_ p: Int, t: Int, spikes: [UInt8]? = nil) {
        let pop = topology.populations[p]
        guard pop.aliasOf == nil else { return }  // computed once, its spikes multicast
        let placed = mapping.buffers
        var actions = ActionCounts()
        var cycles = 0
        if config.chip.spikeEnergy == .firedNeuron {
            guard !topology.holdsGivenSpikes(p) else { return }  // a stimulus: SANA-FE's input units cost nothing
            actions[.spike] = spikes?.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } ?? 0
        }
        for work in fireWork(p, tilings: { placed[$0] }) {
            let local = fireActions(work)
            let c = fireCycles(work)
            cores[work.core].busy += c
            cores[work.core].actions.add(local)
            actions.add(local)
            cycles = max(cycles, c)
            pendingCores.insert(work.core)
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

    /// What firing population `p` asks of each core holding its neurons (restricted to rows
    /// `rows` when given): neurons to update and SPPF max-pool comparisons (`k² − 1` per neuron
    /// of a pooled buffer), in core order.
    func fireWork(_ p: Int, tilings: (Int) -> BufferTiling?, rows: Range<Int>? = nil) -> [FireWork] {
        let pop = topology.populations[p]
        var perCore = [Int: FireWork]()
        for s in pop.input {
            let buffer = topology.buffers[s.buffer]
            var comparesPerNeuron = 0
            if case let .maxPool(_, k) = buffer.initial { comparesPerNeuron = k * k - 1 }
            for tile in tilings(s.buffer)?.tiles ?? [] {
                let lo = max(tile.channelStart, s.channelStart), hi = min(tile.channelStart + tile.channelCount, s.channelStart + s.channelCount)
                guard hi > lo else { continue }
                var rowCount = tile.rowCount
                if let rows { rowCount = max(0, min(rows.upperBound, tile.rowStart + tile.rowCount) - max(rows.lowerBound, tile.rowStart)) }
                guard rowCount > 0 else { continue }
                let n = (hi - lo) * rowCount * buffer.width
                perCore[tile.core, default: FireWork(core: tile.core)].neurons += n
                perCore[tile.core, default: FireWork(core: tile.core)].compares += n * comparesPerNeuron
            }
        }
        return perCore.values.sorted { $0.core < $1.core }
    }

    /// A fire phase's actions on one core: each neuron's membrane read (and, for T > 1, its
    /// state written back), its update, and the pooling comparisons.
    func fireActions(_ work: FireWork) -> ActionCounts {
        let mb = config.membraneBitsEffective
        var local = ActionCounts()
        local[.membraneRead] = work.neurons * mb
        if topology.timesteps > 1 { local[.membraneWrite] = work.neurons * mb }  // I-LIF state
        local[.poolCompare] = work.compares
        local[.neuronUpdate] = work.neurons
        return local
    }

    /// Cycles of a fire phase on one core: neurons at `fire_neurons_per_cycle`, comparisons at
    /// `accumulate_units`.
    func fireCycles(_ work: FireWork) -> Int {
        (work.neurons + config.core.fireNeuronsPerCycle - 1) / config.core.fireNeuronsPerCycle
            + (work.compares + config.core.accumulateUnits - 1) / config.core.accumulateUnits
    }

    /// How convolution `c`'s events reach `destinations` (with their non-zero weights when
    /// synaptic memory is sparse).
    func routing(_ c: Int, channels: Int, destinations: [ConvRouting.Destination]) -> ConvRouting {
        Self.routing(c, channels: channels, destinations: destinations, topology: topology, synapses: synapses)
    }

    /// `routing` from the pieces it needs (the lookahead builds it on its own threads).
    static func routing(_ c: Int, channels: Int, destinations: [ConvRouting.Destination], topology: NetworkTopology,
                        synapses: SynapseMask?) -> ConvRouting {
        let layer = topology.convs[c]
        return ConvRouting(layer: layer, channels: channels, destinations: destinations,
                           nonzero: synapses?.counts(c, layer, destinations) ?? [])
    }

    /// Charges `bits` of membrane reads and writes to every tile of `slices`' buffers, in
    /// proportion to the neurons each tile holds.
    mutating func chargeTiles(_ slices: [BufferSlice], tilings: (Int) -> BufferTiling?, readBitsPerNeuron: Int, writeBitsPerNeuron: Int,
                              into actions: inout ActionCounts) {
        for s in slices {
            let width = topology.buffers[s.buffer].width
            for tile in tilings(s.buffer)?.tiles ?? [] {
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

extension NetworkTopology {
    /// Whether population `p`'s spikes are given rather than computed: no convolution writes
    /// and no step derives any of its buffers (a layer workload's input population).
    func holdsGivenSpikes(_ p: Int) -> Bool {
        let buffers = Set(populations[p].input.map(\.buffer))
        for conv in convs where conv.output.contains(where: { buffers.contains($0.buffer) }) { return false }
        for step in steps {
            if case .derive(let b) = step, buffers.contains(b) { return false }
        }
        return true
    }
}

/// One core's share of a fire phase.
struct FireWork {
    var core: Int
    var neurons = 0
    var compares = 0
}

/// Cycle counts from real-valued durations.
enum Cycles {
    /// A cycle before any: when a core or link that has not worked yet in a step simulated on a
    /// chip of its own was last busy (every maximum with it is the other operand).
    static let never = Int.min / 4

    /// `ceil(x)` as an `Int`, saturating far below `Int.max` so sums of them cannot overflow.
    static func ceiling(_ x: Double) -> Int {
        guard x.isFinite else { return 1 << 52 }
        return Int(min(max(x.rounded(.up), 0), Double(1 << 52)))
    }
}
