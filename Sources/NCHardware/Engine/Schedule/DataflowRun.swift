import NCModel

/// One pipelined segment run as a discrete-event simulation: row tasks (`DataflowGraph`) become
/// ready when what they wait for has finished, and then take the resources they need — a core's
/// pipeline (fire), the encoder, the port, the mesh's links and the cores' queues (spike bursts)
/// — in the order of the cycle they are ready at (ties in the order they were scheduled). Events
/// of different layers and timesteps interleave and contend exactly as events of one layer do in
/// the layer-barrier schedule; only the time at which work may start differs.
struct DataflowRun<NoC: NetworkOnChip> {
    /// What a streamed segment exchanges with DRAM while it runs.
    struct Streams {
        /// Convolutions whose input population fired in another segment: the cycle its spikes
        /// start arriving from DRAM at the port.
        var portFed = [Int: Int]()
        /// Populations whose spikes a later segment reads: each fired row is written to DRAM.
        var storesSpikes = Set<Int>()
    }

    /// One convolution at one timestep: its routing, sources and progress.
    struct ConvRun {
        let t: Int, c: Int, population: Int, channels: Int, width: Int
        let sources: [ConvStepSimulator.Source]
        let emitBase: Int
        /// Per output row: the cycle its last accumulation so far completes.
        var rowDone: [Int]
        /// Per input row: the cycle it was released, or -1.
        var released: [Int]
        /// Per input row: cursors that have not finished it.
        var left: [Int]
        /// Per input row: cursors waiting for its release.
        var parked: [[Int]]
        var cursorsMade = false
        /// For a source streamed from DRAM: its sweep (`sweeps`), the rows released so far, and the
        /// rows whose events have all been sent.
        var sweep: Int?
        var releasedRows = 0, completedRows = 0
        var outcome = ConvStepSimulator.Outcome()
        var flitHops = 0
    }

    let topology: NetworkTopology
    let segment: MappingSegment
    let streams: Streams
    /// For each step, the layer its work is counted with.
    let attributed: [Int]
    var graph: DataflowGraph
    var queue = EventQueue()
    var runs = [ConvRun]()
    /// Each run's delivery (kept apart from `runs`, which bursts update while delivering).
    var sims = [ConvStepSimulator]()
    var runIndex = [DataflowGraph.Pair: Int]()
    var runSpikes = [[UInt8]]()
    var cursors = [RowCursor]()
    /// Sources streamed from DRAM walk their whole input virtual step by virtual step, as in the
    /// layer-barrier schedule: it is all there, and sweeping spreads the work over the output
    /// tiles, where row by row would pile a row's virtual steps onto the same few cores.
    var sweeps = [Cursor]()
    /// The run each sweep feeds.
    var sweepRun = [Int]()
    var scratch = ConvStepSimulator.Scratch()
    /// Spikes of the timesteps in flight, and how many emit tasks of each are not done.
    var spikes = [Int: [[UInt8]]]()
    var loaded: Int
    var emitsLeft = [Int: Int]()
    var encoderFree = 0, portFree = 0
    /// Latest cycle anything of the segment finished.
    var end: Int
    /// Per (timestep, layer): the first cycle it worked (`Int.max` until known) and the cycle its
    /// last output row was integrated (the read-out counted with the last layer).
    var spans = [DataflowGraph.Pair: (start: Int, end: Int)]()
    /// Actions the convolutions' events did, per timestep (known once `run` returns).
    var actionsByTimestep = [Int: ActionCounts]()
    /// Cores that worked for each layer (its outputs, and the firing counted with it).
    var layerCores: [Set<Int>]
    /// The layer each population's firing is counted with.
    let fireLayer: [Int: Int]

    init(topology: NetworkTopology, segment: MappingSegment, timesteps: Range<Int>, start: Int, streams: Streams,
         model: TimingModel<NoC>) {
        self.topology = topology
        self.segment = segment
        self.streams = streams
        attributed = topology.attributedConv
        var fireLayer = [Int: Int]()
        for k in segment.steps { if case .fire(let p) = topology.steps[k] { fireLayer[p] = attributed[k] } }
        self.fireLayer = fireLayer
        let seg = segment
        graph = DataflowBuilder.build(topology, steps: segment.steps, timesteps: timesteps, inSegment: { seg.tiling(of: $0) != nil })
        loaded = timesteps.lowerBound
        end = start
        encoderFree = start
        portFree = start
        layerCores = topology.convs.map { _ in [] }
        for (i, kind) in graph.kinds.enumerated() {
            if case .emit(let t, _, _) = kind { emitsLeft[t, default: 0] += 1 }
            if graph.pending[i] == 0 { queue.push(start, task: i) }
        }
        makeRuns(timesteps, model)
    }

    /// The placement of buffer `b` in this segment.
    func tiling(_ b: Int) -> BufferTiling? { segment.tiling(of: b) }

    private mutating func makeRuns(_ timesteps: Range<Int>, _ model: TimingModel<NoC>) {
        var routings = [Int: ConvRouting]()
        for t in timesteps {
            for k in segment.steps {
                guard case .conv(let c) = topology.steps[k], case .population(let p) = topology.convs[c].source,
                      let emit = graph.emitBase[.init(t: t, index: c)] else { continue }
                let layer = topology.convs[c]
                let pop = topology.populations[p]
                let routing = routings[c] ?? model.routing(c, channels: pop.channels,
                                                           destinations: model.destinations(c, tilings: tiling, pass: nil).destinations)
                routings[c] = routing
                var sources: [ConvStepSimulator.Source]
                if let dramStart = streams.portFed[c] {
                    let bytesPerNeuron = Double(model.config.spikeBits(levels: topology.spikeLevels)) / 8
                    sources = [.init(node: NoCPort.id, channelLo: 0, channelHi: pop.channels, rowLo: 0, rowHi: pop.height,
                                     cyclesPerNeuron: bytesPerNeuron / model.config.dram.bandwidthBytesPerCycle, dramStart: dramStart)]
                } else {
                    sources = model.residentSources(p, tilings: tiling)
                }
                var left = [Int](repeating: 0, count: layer.inHeight)
                for s in sources where s.channelLo < s.channelHi {
                    for r in max(0, s.rowLo)..<min(layer.inHeight, s.rowHi) { left[r] += 1 }
                }
                runIndex[.init(t: t, index: c)] = runs.count
                sims.append(ConvStepSimulator(config: model.config, routing: routing, levels: topology.spikeLevels))
                runs.append(ConvRun(t: t, c: c, population: p, channels: pop.channels, width: layer.inWidth, sources: sources,
                                    emitBase: emit, rowDone: [Int](repeating: 0, count: layer.outHeight),
                                    released: [Int](repeating: -1, count: layer.inHeight), left: left,
                                    parked: [[Int]](repeating: [], count: layer.inHeight)))
                runSpikes.append([])
            }
        }
    }

    /// Runs every task and burst of the segment and records what its convolutions did in
    /// `model`'s layers; returns the cycle the last one finished.
    mutating func run(_ model: inout TimingModel<NoC>, dram: inout DRAMChannel, spikesAt: (Int) throws -> [[UInt8]]) rethrows -> Int {
        try simulate(&model, dram: &dram, spikesAt: spikesAt)
        record(into: &model)
        return end
    }

    /// Runs every task and burst of the segment on `model`'s cores and network (its layers are
    /// left to `record`).
    mutating func simulate(_ model: inout TimingModel<NoC>, dram: inout DRAMChannel, spikesAt: (Int) throws -> [[UInt8]]) rethrows {
        while let event = queue.pop() {
            if event.task >= 0 {
                try execute(event.task, at: event.time, &model, &dram, spikesAt)
            } else {
                let k = -event.task - 1
                if k % 2 == 0 { burst(k / 2, at: event.time, &model) } else { sweepBurst(k / 2, at: event.time, &model) }
            }
        }
    }

    // MARK: - Tasks

    private mutating func execute(_ task: Int, at now: Int, _ model: inout TimingModel<NoC>, _ dram: inout DRAMChannel,
                                  _ spikesAt: (Int) throws -> [[UInt8]]) rethrows {
        switch graph.kinds[task] {
        case let .fire(_, p, y):
            var finish = now
            let conv = fireLayer[p] ?? attributed.last ?? 0
            for work in model.fireWork(p, tilings: tiling, rows: y..<(y + 1)) {
                finish = max(finish, model.cores[work.core].run(cycles: model.fireCycles(work), notBefore: now))
                layerCores[conv].insert(work.core)
            }
            if streams.storesSpikes.contains(p) {
                let pop = topology.populations[p]
                let bits = pop.channels * pop.width * model.config.spikeBits(levels: topology.spikeLevels)
                end = max(end, dram.transfer(bits, at: finish).done)
            }
            complete(task, finish, now: now)
        case let .derive(_, b, y):
            var finish = now
            for copy in model.upsampleCopies(b, tilings: tiling) where y >= copy.rowStart && y < copy.rowStart + copy.rowCount {
                // One row of the tile's copy.
                let flits = (copy.flits + copy.rowCount - 1) / max(1, copy.rowCount)
                finish = max(finish, now + flits + copy.hops * model.config.noc.hopLatencyCycles)
            }
            complete(task, finish, now: now)
        case let .encode(t, c, y):
            let layer = topology.convs[c]
            let macs = layer.macs * (y + 1) / layer.outHeight - layer.macs * y / layer.outHeight
            let begin = max(now, encoderFree)
            encoderFree = begin + (macs + model.config.encoder.macsPerCycle - 1) / model.config.encoder.macsPerCycle
            var finish = encoderFree
            for transfer in model.encoderTransfers(c, tilings: tiling) where y >= transfer.rowStart && y < transfer.rowStart + transfer.rowCount {
                let flits = (transfer.flits + transfer.rowCount - 1) / transfer.rowCount
                let leave = max(encoderFree, portFree)
                portFree = leave + flits
                finish = max(finish, portFree + transfer.hops * model.config.noc.hopLatencyCycles)
            }
            note(t, c, start: begin, end: finish)
            complete(task, finish, now: now)
        case let .emit(t, c, r):
            guard let i = runIndex[.init(t: t, index: c)] else { return complete(task, now, now: now) }
            if !runs[i].cursorsMade { try makeCursors(i, spikesAt) }
            note(t, c, start: now, end: now)
            release(i, row: r, at: now)
        case let .readout(t):
            var finish = now
            for slices in topology.heads {
                for s in slices {
                    let buffer = topology.buffers[s.buffer]
                    guard let placed = tiling(s.buffer) else {
                        finish = max(finish, dram.transfer(s.channelCount * buffer.height * buffer.width * model.config.membraneBitsEffective,
                                                           at: now).done)
                        continue
                    }
                    for tile in placed.tiles {
                        let bits = tile.neurons(width: buffer.width) * model.config.membraneBitsEffective
                        let leave = max(now, portFree)
                        portFree = leave + (bits + model.config.noc.linkWidthBits - 1) / model.config.noc.linkWidthBits
                        finish = max(finish, portFree)
                    }
                }
            }
            if let last = topology.lastConvStep, case .conv(let c) = topology.steps[last] { note(t, c, start: nil, end: finish) }
            complete(task, finish, now: now)
        case .integrate, .sent:
            complete(task, now, now: now)
        }
    }

    /// Task `task` finished at `finish`: its successors learn it, and those with nothing left to
    /// wait for are scheduled (joins finish at once).
    private mutating func complete(_ task: Int, _ finish: Int, now: Int) {
        var stack = [(task, finish)]
        while let (i, f) = stack.popLast() {
            end = max(end, f)
            if case let .integrate(t, c, _) = graph.kinds[i] { note(t, c, start: nil, end: f) }
            if case let .emit(t, _, _) = graph.kinds[i] {
                emitsLeft[t, default: 1] -= 1
                if emitsLeft[t] == 0 { spikes[t] = nil }
            }
            for s in graph.successors(of: i) {
                let j = Int(s)
                graph.ready[j] = max(graph.ready[j], f)
                graph.pending[j] -= 1
                guard graph.pending[j] == 0 else { continue }
                switch graph.kinds[j] {
                case let .integrate(t, c, y):
                    let done = runIndex[.init(t: t, index: c)].map { runs[$0].rowDone[y] } ?? 0
                    stack.append((j, max(graph.ready[j], done)))
                case .sent:
                    stack.append((j, graph.ready[j]))
                default:
                    queue.push(max(graph.ready[j], now), task: j)
                }
            }
        }
    }

    /// Widens layer `c`'s span at timestep `t`.
    private mutating func note(_ t: Int, _ c: Int, start: Int?, end finish: Int) {
        let key = DataflowGraph.Pair(t: t, index: c)
        var span = spans[key] ?? (Int.max, finish)
        if let start { span.start = min(span.start, start) }
        span.end = max(span.end, finish)
        spans[key] = span
    }

    // MARK: - Bursts

    /// Builds the cursors of run `i` (the timestep's spikes are loaded, in order, when first needed).
    private mutating func makeCursors(_ i: Int, _ spikesAt: (Int) throws -> [[UInt8]]) rethrows {
        let t = runs[i].t
        while loaded <= t {
            spikes[loaded] = try spikesAt(loaded)
            loaded += 1
        }
        runSpikes[i] = spikes[t]?[runs[i].population] ?? []
        runs[i].cursorsMade = true
        let steps = sims[i].packets.steps(levels: topology.spikeLevels)
        if runs[i].sources.count == 1, let s = runs[i].sources.first, s.node == NoCPort.id {
            runs[i].sweep = sweeps.count
            sweeps.append(Cursor(source: s, levels: steps))
            sweepRun.append(i)
            return
        }
        for s in runs[i].sources where s.channelLo < s.channelHi && s.rowLo < s.rowHi {
            let cursor = RowCursor(source: s, steps: steps, run: i)
            runs[i].parked[s.rowLo].append(cursors.count)
            cursors.append(cursor)
        }
    }

    /// Row `r` of run `i` may be sent from `now`: its parked cursors start on it.
    private mutating func release(_ i: Int, row r: Int, at now: Int) {
        runs[i].released[r] = now
        if let s = runs[i].sweep {
            runs[i].releasedRows += 1
            if runs[i].releasedRows == runs[i].released.count { startSweep(s, at: now) }
            return
        }
        let waiting = runs[i].parked[r]
        runs[i].parked[r] = []
        if runs[i].left[r] == 0 { complete(runs[i].emitBase + r, now, now: now) }
        for k in waiting {
            cursors[k].ready = max(cursors[k].ready, now)
            startRow(k, at: now)
        }
    }

    /// Cursor `k` is at the start of (or inside) a released row: schedules its next burst, or
    /// finishes the row (and any following released empty rows).
    private mutating func startRow(_ k: Int, at now: Int) {
        let i = cursors[k].run
        let width = runs[i].width, channels = runs[i].channels
        let spikes = runSpikes[i], groupEnd = sims[i].routing.groupEnd
        while true {
            let found = spikes.withUnsafeBufferPointer { sp -> Bool in
                guard let base = sp.baseAddress else { return false }
                return cursors[k].advance(spikes: base, channels: channels, width: width, groupEnd: groupEnd)
            }
            if found {
                queue.push(max(cursors[k].ready, now), task: -(2 * k) - 1)
                return
            }
            rowSent(i, cursors[k].y, at: now)
            cursors[k].nextRow()
            if cursors[k].finished { return }
            let next = cursors[k].y
            guard runs[i].released[next] >= 0 else {
                runs[i].parked[next].append(k)
                return
            }
            cursors[k].ready = max(cursors[k].ready, runs[i].released[next])
        }
    }

    /// Sends cursor `k`'s burst at `now`, then moves it on.
    private mutating func burst(_ k: Int, at now: Int, _ model: inout TimingModel<NoC>) {
        let i = cursors[k].run
        let b = cursors[k].burst
        let departed = deliver(b, of: i, from: cursors[k].source.node, at: now, &model)
        cursors[k].ready = departed + b.count * model.config.flitsPerPacket
        startRow(k, at: now)
    }

    /// Delivers burst `b` of run `i` from `node` at `now` (the run's counts and the completion
    /// of the output rows it reaches follow); returns the cycle it left.
    mutating func deliver(_ b: Cursor.Burst, of i: Int, from node: Int, at now: Int, _ model: inout TimingModel<NoC>) -> Int {
        let width = runs[i].width, channels = runs[i].channels
        let before = model.mesh.flitHops
        var outcome = runs[i].outcome
        let departed = runSpikes[i].withUnsafeBufferPointer { sp -> Int in
            guard let base = sp.baseAddress else { return now }
            return sims[i].deliver(b, node: node, ready: now, pixel: base + (b.y * width + b.x) * channels,
                                   scratch: &scratch, outcome: &outcome, mesh: &model.mesh, cores: &model.cores)
        }
        runs[i].outcome = outcome
        runs[i].flitHops += model.mesh.flitHops - before
        // The output rows each destination reached complete with its last accumulation.
        let buffers = scratch.buffers, count = scratch.count
        sims[i].routing.reaches.withUnsafeBufferPointer { reaches in
            runs[i].rowDone.withUnsafeMutableBufferPointer { rowDone in
                for n in 0..<count {
                    let reach = reaches[buffers.reaches[n]], done = buffers.completions[n]
                    for y in reach.rowLo...reach.rowHi where done > rowDone[y] { rowDone[y] = done }
                }
            }
        }
        return departed
    }

    /// Row `r` of run `i` has sent all its events by `now`.
    mutating func rowSent(_ i: Int, _ r: Int, at now: Int) {
        runs[i].left[r] -= 1
        if runs[i].left[r] == 0 && runs[i].released[r] >= 0 { complete(runs[i].emitBase + r, now, now: now) }
    }
}
