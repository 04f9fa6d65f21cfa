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
        let packer = Packer(config: config, widths: topology.buffers.map(\.width))
        let everyStep = 0..<topology.steps.count
        var segments = [MappingSegment]()
        // Resident when every buffer's tiles, each with all its writers' kernels, fit at once.
        if let minimal = try? fewest(Array(topology.buffers.indices), convs: nil, topology, demand, config), packer.fits(minimal) {
            let buffers = place(Array(topology.buffers.indices), steps: everyStep, topology, minimal, packer)
            segments = [MappingSegment(kind: .pipelined, steps: everyStep, buffers: buffers)]
        } else {
            segments = try streamedSegments(topology, demand, packer)
        }
        var buffers = try topology.buffers.indices.map { b in
            try BufferTiling.fewest(b, topology.buffers[b], weightBytesPerChannel: demand.bytesPerChannel(b, resident: false), config: config)
        }
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

    /// The fewest tiles of `list`'s buffers (in that order), each holding the kernels of its
    /// writers among `convs` (all writers when nil).
    func fewest(_ list: [Int], convs: Set<Int>?, _ topology: NetworkTopology, _ demand: WeightDemand,
                _ config: HardwareConfig) throws -> [BufferTiling] {
        try list.map { b in
            try BufferTiling.fewest(b, topology.buffers[b], weightBytesPerChannel: demand.bytesPerChannel(b, resident: true, convs: convs),
                                    config: config)
        }
    }

    /// Segments of consecutive steps whose buffers' fewest tiles (with the kernels of the
    /// segment's own convolutions) fit the chip together.
    func streamedSegments(_ topology: NetworkTopology, _ demand: WeightDemand, _ packer: Packer) throws -> [MappingSegment] {
        let config = packer.config
        var segments = [MappingSegment]()
        var start = 0
        var touched = Set<Int>(), convs = Set<Int>()
        var tilings = [BufferTiling]()
        func close(_ end: Int) {
            guard end > start else { return }
            let list = touched.sorted()
            segments.append(MappingSegment(kind: .pipelined, steps: start..<end, buffers: place(list, steps: start..<end, topology, tilings, packer)))
        }
        /// The fewest tiles of `buffers` with the kernels of `writers`, when they fit the chip.
        func fitting(_ buffers: Set<Int>, _ writers: Set<Int>) -> [BufferTiling]? {
            guard let t = try? fewest(buffers.sorted(), convs: writers, topology, demand, config), packer.fits(t) else { return nil }
            return t
        }
        for (k, step) in topology.steps.enumerated() {
            let mine = topology.buffers(touchedBy: step)
            var myConvs = Set<Int>()
            if case .conv(let c) = step { myConvs.insert(c) }
            if let t = fitting(touched.union(mine), convs.union(myConvs)) {
                touched.formUnion(mine)
                convs.formUnion(myConvs)
                tilings = t
                continue
            }
            close(k)
            if let t = fitting(mine, myConvs) {
                start = k
                touched = mine
                convs = myConvs
                tilings = t
            } else {
                // Too large for the whole chip: the step runs alone, in passes, one writer's
                // kernels at a time, tiles taking the cores in serpentine order.
                let lone = try mine.sorted().map { b -> BufferTiling in
                    var t = try BufferTiling.fewest(b, topology.buffers[b], weightBytesPerChannel: demand.bytesPerChannel(b, resident: false),
                                                    config: config)
                    for i in t.tiles.indices {
                        t.tiles[i].core = packer.order[i % packer.order.count]
                        t.tiles[i].pass = i / packer.order.count
                    }
                    return t
                }
                segments.append(MappingSegment(kind: .passes, steps: k..<(k + 1), buffers: lone))
                start = k + 1
                touched = []
                convs = []
                tilings = []
            }
        }
        close(topology.steps.count)
        return segments
    }

    /// `list`'s buffers (whose fewest tiles are `minimal`, in the same order) cut for balance and
    /// packed onto cores (falling back to the fewest tiles when the finer cut does not fit), in
    /// buffer order.
    func place(_ list: [Int], steps: Range<Int>, _ topology: NetworkTopology, _ minimal: [BufferTiling],
               _ packer: Packer) -> [BufferTiling] {
        let load = Self.load(topology, steps: steps, packer.config)
        let total = list.reduce(0) { $0 + load[$1] }
        let share = max(1, (total + packer.config.coreCount - 1) / packer.config.coreCount)
        let fine = zip(list, minimal).map { b, m -> BufferTiling in
            let buffer = topology.buffers[b]
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
        if let placed = packer.balanced(minimal, load: list.map { load[$0] }) { return placed }
        return minimal  // unreachable: the caller checked that the fewest tiles fit
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
