import NCModel

extension PipelinedSchedule {
    /// Kernel bytes a segment loads into its cores: for each of its convolutions, one copy per
    /// core and channel group (shared kernels) or per tile; in total and per core.
    func segmentWeights<NoC: NetworkOnChip>(_ model: TimingModel<NoC>, _ segment: MappingSegment) -> (total: Int, perCore: [Int: Int]) {
        var total = 0
        var perCore = [Int: Int]()
        for k in segment.steps {
            guard case .conv(let c) = model.topology.steps[k], !model.topology.convs[c].isEncoding else { continue }
            let destinations = model.destinations(c, tilings: { segment.tiling(of: $0) }, pass: nil).destinations
            for core in Set(destinations.map(\.core)).sorted() {
                let bytes = model.passWeightBytes(c, destinations.filter { $0.core == core })
                perCore[core, default: 0] += bytes
                total += bytes
            }
        }
        return (total, perCore)
    }

    /// Whether every core's synaptic memory holds both segments' kernels at once.
    func fitTogether(_ a: (total: Int, perCore: [Int: Int]), _ b: (total: Int, perCore: [Int: Int]), _ config: HardwareConfig) -> Bool {
        for (core, bytes) in b.perCore where bytes + (a.perCore[core] ?? 0) > config.core.synapticMemoryBytes { return false }
        return true
    }

    /// Populations (originals) that fire in `segment`.
    func firedPopulations(_ topology: NetworkTopology, _ segment: MappingSegment) -> [Int] {
        segment.steps.compactMap { k in
            if case .fire(let p) = topology.steps[k], topology.populations[p].aliasOf == nil { return p }
            return nil
        }
    }

    /// Whether a convolution outside `segment` reads population `p` (or an alias of it).
    func readLater(_ topology: NetworkTopology, _ p: Int, after segment: MappingSegment) -> Bool {
        topology.steps.indices.contains { k in
            guard !segment.steps.contains(k), case .conv(let c) = topology.steps[k], case .population(let q) = topology.convs[c].source else {
                return false
            }
            return (topology.populations[q].aliasOf ?? q) == p
        }
    }

    /// Buffers a segment's convolutions and derives write.
    func writtenBuffers(_ topology: NetworkTopology, _ segment: MappingSegment) -> Set<Int> {
        var written = Set<Int>()
        for k in segment.steps {
            switch topology.steps[k] {
            case .conv(let c): written.formUnion(topology.convs[c].output.map(\.buffer))
            case .derive(let b): written.insert(b)
            case .fire: break
            }
        }
        return written
    }

    /// Whether a segment after `index` uses buffer `b` (or reads it out as a head).
    func neededLater(_ topology: NetworkTopology, _ b: Int, after index: Int, _ segments: [MappingSegment]) -> Bool {
        if segments[(index + 1)...].contains(where: { $0.tiling(of: b) != nil }) { return true }
        guard let last = topology.lastConvStep, topology.heads.contains(where: { $0.contains { $0.buffer == b } }) else { return false }
        return segments[(index + 1)...].contains { $0.steps.contains(last) }
    }

    /// What pipelined segment `index` streams: the bits of input spikes each convolution fed
    /// from another segment's population reads from DRAM (in step order), and the populations it
    /// fires whose spikes a later segment reads.
    func spikeStreams<NoC: NetworkOnChip>(_ model: TimingModel<NoC>, _ segment: MappingSegment,
                                          index: Int) -> SegmentLookahead<NoC>.Plan {
        let topology = model.topology
        let spikeBits = model.config.spikeBits(levels: topology.spikeLevels)
        let fired = firedPopulations(topology, segment)
        var portFed = [(c: Int, bits: Int)]()
        for k in segment.steps {
            guard case .conv(let c) = topology.steps[k], case .population(let p) = topology.convs[c].source else { continue }
            let origin = topology.populations[p].aliasOf ?? p
            guard !fired.contains(origin) else { continue }
            portFed.append((c, topology.populations[p].count * spikeBits))
        }
        return .init(index: index, segment: segment, portFed: portFed,
                     storesSpikes: Set(fired.filter { readLater(topology, $0, after: segment) }))
    }

    /// The pipelined segments of timestep `t` simulated ahead (nil with fewer than two).
    func segmentsAhead<NoC: NetworkOnChip>(_ model: TimingModel<NoC>, t: Int, spikes: [[UInt8]]) -> SegmentLookahead<NoC>? {
        let plans = model.mapping.segments.enumerated().filter { $0.element.kind == .pipelined }
            .map { spikeStreams(model, $0.element, index: $0.offset) }
        return plans.count > 1 ? SegmentLookahead(plans, model: model, t: t, spikes: spikes) : nil
    }

    /// A segment of one step too large for the chip: the layer-barrier rules, on its own placement.
    func runPasses<NoC: NetworkOnChip>(_ model: inout TimingModel<NoC>, _ segment: MappingSegment, t: Int, spikes: [[UInt8]],
                                      _ ends: inout [(end: Int, conv: Int)], _ progress: ((String) -> Void)?) {
        let saved = model.mapping.buffers
        for tiling in segment.buffers { model.mapping.buffers[tiling.buffer] = tiling }
        let lastConv = model.topology.lastConvStep
        for k in segment.steps {
            model.runBarrierStep(k, t: t, spikes: spikes, lastConv: lastConv, progress: progress)
            if case .conv(let c) = model.topology.steps[k] { ends.append((model.clock, c)) }
        }
        // A lone fire or derive: its work is counted with the convolution it prepares.
        model.attributePending(to: model.topology.attributedConv[segment.steps.upperBound - 1])
        model.mapping.buffers = saved
    }

    /// Every action of `segment`'s steps at timestep `t` that does not depend on time: firing,
    /// copies, bias preloads, the encoder, the read-out; each counted with its layer.
    func countActions<NoC: NetworkOnChip>(_ model: inout TimingModel<NoC>, _ segment: MappingSegment, t: Int) {
        let topology = model.topology
        let attributed = topology.attributedConv
        let mb = model.config.membraneBitsEffective
        let tiling: (Int) -> BufferTiling? = { segment.tiling(of: $0) }
        for k in segment.steps {
            var actions = ActionCounts()
            let layer = attributed[k]
            switch topology.steps[k] {
            case .fire(let p):
                guard topology.populations[p].aliasOf == nil else { continue }
                for work in model.fireWork(p, tilings: tiling) {
                    let local = model.fireActions(work)
                    model.cores[work.core].actions.add(local)
                    actions.add(local)
                }
            case .derive(let b):
                guard case .upsample = topology.buffers[b].initial else { continue }
                for copy in model.upsampleCopies(b, tilings: tiling) { actions[.flitHop] += copy.flits * copy.hops }
                model.mesh.charge(flitHops: actions[.flitHop])
                model.chargeTiles([BufferSlice(buffer: b, channelStart: 0, channelCount: topology.buffers[b].channels)], tilings: tiling,
                                  readBitsPerNeuron: mb, writeBitsPerNeuron: mb, into: &actions)
            case .conv(let c):
                model.chargeTiles(topology.convs[c].output, tilings: tiling, readBitsPerNeuron: mb, writeBitsPerNeuron: mb, into: &actions)
                if topology.convs[c].isEncoding { actions.add(model.encoderActions(c, tilings: tiling, streamed: false)) }
                let cores = Set(model.destinations(c, tilings: tiling, pass: nil).destinations.map(\.core))
                model.result.layers[c].cores = max(model.result.layers[c].cores, cores.count)
            }
            if k == topology.lastConvStep {
                for slices in topology.heads {
                    for s in slices {
                        let buffer = topology.buffers[s.buffer]
                        guard let placed = tiling(s.buffer) else {
                            actions[.dram] += s.channelCount * buffer.height * buffer.width * mb
                            continue
                        }
                        model.chargeTiles([s], tilings: tiling, readBitsPerNeuron: mb, writeBitsPerNeuron: 0, into: &actions)
                        var hops = 0
                        for tile in placed.tiles {
                            let f = (tile.neurons(width: buffer.width) * mb + model.config.noc.linkWidthBits - 1) / model.config.noc.linkWidthBits
                            hops += f * model.mesh.hops(from: NoCPort.id, to: tile.core)
                        }
                        actions[.flitHop] += hops
                        model.mesh.charge(flitHops: hops)
                    }
                }
            }
            model.result.layers[layer].actions.add(actions)
        }
    }

    /// A finished run's layer ends (for the frontier) and the cores that worked for each layer.
    func collect<NoC: NetworkOnChip>(_ run: DataflowRun<NoC>, _ model: inout TimingModel<NoC>, _ ends: inout [(end: Int, conv: Int)]) {
        for (key, span) in run.spans { ends.append((span.end, key.index)) }
        for (c, cores) in run.layerCores.enumerated() where !cores.isEmpty {
            model.result.layers[c].cores = max(model.result.layers[c].cores, cores.count)
        }
    }

    /// Gives every cycle of the run to exactly one layer: layers in the order their last output
    /// row was integrated, each taking the cycles by which it moved that completion frontier
    /// (cycles after the last one, e.g. DRAM write-back, go to the last layer).
    func attributeCycles<NoC: NetworkOnChip>(_ model: inout TimingModel<NoC>, _ ends: [(end: Int, conv: Int)]) {
        for i in model.result.layers.indices { model.result.layers[i].cycles = 0 }
        var frontier = 0
        for e in ends.sorted(by: { $0.end != $1.end ? $0.end < $1.end : $0.conv < $1.conv }) where e.end > frontier {
            model.result.layers[e.conv].cycles += e.end - frontier
            frontier = e.end
        }
        if model.clock > frontier, !model.result.layers.isEmpty {
            model.result.layers[model.result.layers.count - 1].cycles += model.clock - frontier
        }
    }
}
