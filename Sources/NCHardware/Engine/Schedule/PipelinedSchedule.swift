import NCModel

/// `pipelined`: the chip as a dataflow machine. Every layer resident on the chip works as soon
/// as the input rows it needs are integrated (`DataflowGraph` says what each row waits for,
/// `DataflowRun` times it): an output row of a population fires once every input row it depends
/// on (through kernels, strides, residual additions, concatenations, upsampling and pooling) has
/// been integrated for the current timestep; its spikes then travel the mesh while earlier
/// layers keep working, and timesteps overlap the same way.
///
/// A streamed mapping runs its segments one after another, each timestep: a segment's weights,
/// and the membranes it continues from earlier segments, come from DRAM before it starts; spikes
/// it needs from earlier segments stream in at the port; what later segments need goes back to
/// DRAM. The next segment's weights load while the current one computes (double buffering)
/// when every core has room for both; a segment of one oversized step runs in passes with the
/// layer-barrier rules. A fewest-cores streamed mapping gives every step its own turn on the
/// same cores, which is the layer-barrier schedule.
struct PipelinedSchedule: ScheduleStrategy {
    static let name = "pipelined"

    func run<NoC: NetworkOnChip>(_ model: inout TimingModel<NoC>, spikesAt: (Int) throws -> [[UInt8]],
                                 progress: ((String) -> Void)?) rethrows {
        let mapping = model.mapping
        guard let first = mapping.segments.first else {
            return try LayerBarrierSchedule().run(&model, spikesAt: spikesAt, progress: progress)
        }
        let topology = model.topology
        var dram = DRAMChannel(model.config.dram)
        var ends = [(end: Int, conv: Int)]()
        if mapping.mode == .resident {
            progress?("pipelined: every layer resident, \(topology.timesteps) timestep(s) overlapped")
            var counted = [ActionCounts]()
            for t in 0..<topology.timesteps {
                countActions(&model, first, t: t)
                counted.append(model.countedActions)
            }
            var run = DataflowRun(topology: topology, segment: first, timesteps: 0..<topology.timesteps, start: 0,
                                  streams: .init(), model: model)
            model.clock = try run.run(&model, dram: &dram, spikesAt: spikesAt)
            collect(run, &model, &ends)
            // Timesteps overlap: each ends when its last layer's last row is integrated.
            var timestepEnds = [Int](repeating: 0, count: topology.timesteps)
            for (key, span) in run.spans where timestepEnds.indices.contains(key.t) {
                timestepEnds[key.t] = max(timestepEnds[key.t], span.end)
            }
            // Actions counted before the run (firing, memories) plus those of each timestep's events.
            var byEvents = ActionCounts()
            for t in 0..<topology.timesteps {
                byEvents.add(run.actionsByTimestep[t] ?? ActionCounts())
                var actions = counted[t]
                actions.add(byEvents)
                model.markTimestep(end: timestepEnds[t], actions: actions)
            }
        } else {
            try runStreamed(&model, &dram, &ends, spikesAt: spikesAt, progress: progress)
        }
        attributeCycles(&model, ends)
    }

    /// The segments in order, timestep after timestep.
    private func runStreamed<NoC: NetworkOnChip>(_ model: inout TimingModel<NoC>, _ dram: inout DRAMChannel,
                                                 _ ends: inout [(end: Int, conv: Int)],
                                                 spikesAt: (Int) throws -> [[UInt8]], progress: ((String) -> Void)?) rethrows {
        let topology = model.topology, segments = model.mapping.segments
        let attributed = topology.attributedConv
        let weights = segments.map { segmentWeights(model, $0) }
        var prefetched: Int?
        for t in 0..<topology.timesteps {
            let spikes = try spikesAt(t)
            model.written.removeAll()
            if model.threads > 1 {
                // The passes of oversized steps are layer-barrier steps: timed ahead, each segment's
                // with its placement (as `runPasses` places them).
                var steps = [StepLookahead<NoC>.Step]()
                for segment in segments where segment.kind == .passes {
                    var placed = model.mapping.buffers
                    for tiling in segment.buffers { placed[tiling.buffer] = tiling }
                    steps += model.barrierSteps(segment.steps, placed: placed, spikes: spikes)
                }
                model.lookAhead(steps)
            }
            var ahead = model.threads > 1 ? segmentsAhead(model, t: t, spikes: spikes) : nil
            for (si, segment) in segments.enumerated() {
                progress?("timestep \(t + 1)/\(topology.timesteps): segment \(si + 1)/\(segments.count) (\(segment.steps.count) steps)")
                let start = model.clock
                if segment.kind == .passes {
                    runPasses(&model, segment, t: t, spikes: spikes, &ends, progress)
                    model.result.segments.append(SegmentTiming(kind: .passes, steps: segment.steps, timestep: t, start: start,
                                                               end: model.clock, weightBytes: 0, prefetched: false))
                    prefetched = nil
                    continue
                }
                let usedPrefetch = prefetched != nil
                model.clock = start
                model.barrier()
                dram.forgetHistory()
                let mb = model.config.membraneBitsEffective
                let firstLayer = attributed[segment.steps.lowerBound], lastLayer = attributed[segment.steps.upperBound - 1]
                // Weights (unless already loaded behind the previous segment), continued
                // membranes and neuron state come in before the segment starts.
                var ready = start
                model.result.layers[firstLayer].actions[.dram] += weights[si].total * 8
                if let prefetched { ready = max(ready, prefetched) } else { ready = max(ready, dram.transfer(weights[si].total * 8, at: start).done) }
                var loads = 0
                for tiling in segment.buffers where model.written.contains(tiling.buffer) {
                    loads += topology.buffers[tiling.buffer].count * mb
                }
                let fired = firedPopulations(topology, segment)
                if t > 0 { loads += fired.reduce(0) { $0 + topology.populations[$1].count } * mb }
                ready = max(ready, dram.transfer(loads, at: start).done)
                model.result.layers[firstLayer].actions[.dram] += loads
                // Spikes from earlier segments stream in; spikes later segments need go out.
                var streams = DataflowRun<NoC>.Streams()
                let plan = spikeStreams(model, segment, index: si)
                for (c, bits) in plan.portFed {
                    streams.portFed[c] = dram.transfer(bits, at: ready).start + dram.latency
                    model.result.layers[c].actions[.dram] += bits
                }
                streams.storesSpikes = plan.storesSpikes
                let spikeBits = model.config.spikeBits(levels: topology.spikeLevels)
                for p in plan.storesSpikes.sorted() {
                    let k = segment.steps.first { topology.steps[$0] == .fire(p) } ?? segment.steps.lowerBound
                    model.result.layers[attributed[k]].actions[.dram] += topology.populations[p].count * spikeBits
                }
                countActions(&model, segment, t: t)
                var run: DataflowRun<NoC>
                var end: Int
                if let simulated = ahead?.take(si, ready: ready, streams: streams, dram: dram, network: model.mesh) {
                    // Simulated ahead from cycle 0 under the same conditions: moved to `ready`.
                    for i in model.cores.indices { model.cores[i].absorb(simulated.cores[i], at: ready) }
                    model.mesh.absorb(simulated.network, at: ready)
                    for transfer in simulated.transfers { dram.transfer(transfer.bits, at: transfer.at + ready) }
                    run = simulated.run
                    run.move(by: ready)
                    run.record(into: &model)
                    end = run.end
                    model.segmentsSimulatedAhead += 1
                } else {
                    run = DataflowRun(topology: topology, segment: segment, timesteps: t..<(t + 1), start: ready, streams: streams,
                                      model: model)
                    end = run.run(&model, dram: &dram, spikesAt: { _ in spikes })
                    model.segmentsSimulatedInTurn += 1
                }
                collect(run, &model, &ends)
                // Membranes later segments continue from, and neuron state, go back to DRAM.
                var stores = 0
                let writes = writtenBuffers(topology, segment)
                for b in writes where neededLater(topology, b, after: si, segments) { stores += topology.buffers[b].count * mb }
                if t + 1 < topology.timesteps { stores += fired.reduce(0) { $0 + topology.populations[$1].count } * mb }
                end = max(end, dram.transfer(stores, at: end).done)
                model.result.layers[lastLayer].actions[.dram] += stores
                model.written.formUnion(writes)
                // The next segment's weights load behind this one when every core holds both.
                let next = si + 1 < segments.count ? si + 1 : (t + 1 < topology.timesteps ? 0 : nil)
                prefetched = nil
                if let next, segments[next].kind == .pipelined, fitTogether(weights[si], weights[next], model.config) {
                    prefetched = dram.background(weights[next].total * 8, from: ready)
                }
                model.clock = end
                model.result.segments.append(SegmentTiming(kind: .pipelined, steps: segment.steps, timestep: t, start: ready, end: end,
                                                           weightBytes: weights[si].total, prefetched: usedPrefetch))
            }
            model.lookahead = nil
            model.markTimestep(end: model.clock)
        }
    }
}
