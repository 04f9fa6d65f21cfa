import NCModel

/// `spread`: balances the estimated work over every core, packs small tiles of several layers
/// into one core, and keeps producers next to their consumers.
///
/// 1. Work per buffer, in one unit: its writers' MACs at an assumed mean integer spike of
///    `assumedRate` over the accumulate units, plus its neurons over the fire unit once per
///    population that reads it (`load`).
/// 2. Each buffer starts from the fewest tiles that fit a core and is cut into more channel
///    groups (then row bands) until no tile carries more than `1 / cores` of the work.
/// 3. Tiles, in buffer order (which follows the network) and group-major within a buffer, are cut
///    into consecutive runs, one run per core, so that the busiest core's work is the least
///    possible (a binary search on that bound) while every core's neuron and synaptic memory
///    holds its run (`pack`).
/// 4. Runs take cores in serpentine order, so consecutive layers sit on neighbouring cores.
///
/// When the network does not fit at once, consecutive steps whose buffers fit together form a
/// segment (steps 2-4 per segment); a step too large for the whole chip runs alone in passes.
/// Everything is deterministic: no randomness, ties by index.
struct SpreadMapping: MappingStrategy {
    static let name = "spread"

    /// The mean integer spike per neuron and timestep the work estimate assumes (SpikeYOLO's
    /// populations fire 0.4 to 1.3), as a fraction `assumedRateNumerator / 2`.
    static let assumedRateNumerator = 1

    func plan(_ topology: NetworkTopology, on config: HardwareConfig) throws -> Mapping {
        let demand = WeightDemand(topology, config)
        let need = try topology.buffers.indices.map { try demand.bytesPerChannel($0, resident: true) }
        let minimal = try topology.buffers.enumerated().map { b, buffer in
            try BufferTiling.fewest(b, buffer, weightBytesPerChannel: need[b], config: config)
        }
        let packer = Packer(config: config, widths: topology.buffers.map(\.width))
        let everyStep = 0..<topology.steps.count
        var segments = [MappingSegment]()
        if packer.fits(minimal) {
            let buffers = place(Array(topology.buffers.indices), steps: everyStep, topology, minimal, packer)
            segments = [MappingSegment(kind: .pipelined, steps: everyStep, buffers: buffers)]
        } else {
            segments = try streamedSegments(topology, minimal, demand, packer)
        }
        var buffers = minimal
        var placed = [Bool](repeating: false, count: buffers.count)
        for segment in segments {
            for tiling in segment.buffers where !placed[tiling.buffer] {
                buffers[tiling.buffer] = tiling
                placed[tiling.buffer] = true
            }
        }
        let resident = segments.count == 1 && segments[0].kind == .pipelined
        return Mapping(mode: resident ? .resident : .streamed, strategy: .spread, weightStorage: config.mapping.weights,
                       buffers: buffers, convWeightBytes: demand.convBytes(config), coreCount: config.coreCount, segments: segments)
    }

    /// Segments of consecutive steps whose buffers' fewest tiles fit the chip together.
    func streamedSegments(_ topology: NetworkTopology, _ minimal: [BufferTiling], _ demand: WeightDemand,
                          _ packer: Packer) throws -> [MappingSegment] {
        var segments = [MappingSegment]()
        var start = 0
        var touched = Set<Int>()
        func close(_ end: Int) {
            guard end > start else { return }
            let list = touched.sorted()
            segments.append(MappingSegment(kind: .pipelined, steps: start..<end,
                                           buffers: place(list, steps: start..<end, topology, minimal, packer)))
        }
        for (k, step) in topology.steps.enumerated() {
            let mine = Self.buffers(touchedBy: step, topology)
            let union = touched.union(mine)
            if packer.fits(union.sorted().map { minimal[$0] }) {
                touched = union
                continue
            }
            close(k)
            if packer.fits(mine.sorted().map { minimal[$0] }) {
                start = k
                touched = mine
            } else {
                // Too large for the whole chip: the step runs alone, in passes, one writer's
                // kernels at a time, tiles taking the cores in serpentine order.
                let order = FewestCoresMapping.serpentine(packer.config)
                let tilings = try mine.sorted().map { b -> BufferTiling in
                    var t = try BufferTiling.fewest(b, topology.buffers[b], weightBytesPerChannel: demand.bytesPerChannel(b, resident: false),
                                                    config: packer.config)
                    for i in t.tiles.indices {
                        t.tiles[i].core = order[i % order.count]
                        t.tiles[i].pass = i / order.count
                    }
                    return t
                }
                segments.append(MappingSegment(kind: .passes, steps: k..<(k + 1), buffers: tilings))
                start = k + 1
                touched = []
            }
        }
        close(topology.steps.count)
        return segments
    }

    /// The buffers a step reads or writes: a convolution its outputs, a population its inputs
    /// (aliases none: they fire with their original), a derived buffer itself and its sources.
    static func buffers(touchedBy step: NetworkTopology.Step, _ topology: NetworkTopology) -> Set<Int> {
        switch step {
        case .conv(let c): return Set(topology.convs[c].output.map(\.buffer))
        case .fire(let p):
            let pop = topology.populations[p]
            return pop.aliasOf == nil ? Set(pop.input.map(\.buffer)) : []
        case .derive(let b):
            switch topology.buffers[b].initial {
            case .zero: return [b]
            case .upsample(let slices, _, _): return Set(slices.map(\.buffer) + [b])
            case .maxPool(let source, _): return [b, source]
            }
        }
    }

    /// `list`'s buffers cut for balance and packed onto cores (falling back to their fewest tiles
    /// when the finer cut does not fit), in buffer order.
    func place(_ list: [Int], steps: Range<Int>, _ topology: NetworkTopology, _ minimal: [BufferTiling],
               _ packer: Packer) -> [BufferTiling] {
        let load = Self.load(topology, steps: steps, packer.config)
        let total = list.reduce(0) { $0 + load[$1] }
        let share = max(1, (total + packer.config.coreCount - 1) / packer.config.coreCount)
        let fine = list.map { b -> BufferTiling in
            let m = minimal[b], buffer = topology.buffers[b]
            let pieces = max(m.tiles.count, (load[b] + share - 1) / share)
            guard pieces > m.tiles.count else { return m }
            // Channel groups first: every row's work is then shared by several cores, which is
            // what shortens a pipeline (row bands of one layer work one after another as its
            // rows arrive), and a depthwise layer's events go to one group only.
            let groups = min(buffer.channels, max(m.groups, (pieces + m.bands - 1) / m.bands))
            let bands = max(m.bands, min(buffer.height, (pieces + groups - 1) / groups))
            return BufferTiling.cut(b, buffer, groups: groups, bands: bands, weightBytesPerChannel: m.weightBytesPerChannel)
        }
        if let placed = packer.balanced(fine, load: list.map { load[$0] }) { return placed }
        if let placed = packer.balanced(list.map { minimal[$0] }, load: list.map { load[$0] }) { return placed }
        return list.map { minimal[$0] }  // unreachable: the caller checked that the fewest tiles fit
    }

    /// Estimated work of each buffer over `steps`: for every convolution writing it, its MACs
    /// (the share landing in this buffer) times the assumed rate over the accumulate units; for
    /// every population firing from it, its neurons over the fire unit. In units of
    /// `1 / (2 × accumulate units × fire neurons per cycle)` cycles, so it stays an integer.
    static func load(_ topology: NetworkTopology, steps: Range<Int>, _ config: HardwareConfig) -> [Int] {
        var load = [Int](repeating: 0, count: topology.buffers.count)
        let units = config.core.accumulateUnits, fire = config.core.fireNeuronsPerCycle
        for k in steps {
            switch topology.steps[k] {
            case .conv(let c):
                let conv = topology.convs[c]
                guard !conv.isEncoding, conv.outChannels > 0 else { continue }
                for s in conv.output { load[s.buffer] += conv.macs / conv.outChannels * s.channelCount * assumedRateNumerator * fire }
            case .fire(let p):
                let pop = topology.populations[p]
                guard pop.aliasOf == nil else { continue }
                for s in pop.input { load[s.buffer] += s.channelCount * pop.height * pop.width * 2 * units }
            case .derive:
                continue
            }
        }
        return load
    }
}
