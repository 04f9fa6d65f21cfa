import NCModel

extension TimingModel {
    /// Runs convolution `c` with the layer-barrier rules: a barrier, then its events (per pass).
    mutating func conv(_ c: Int, spikes: [[UInt8]]) {
        let layer = topology.convs[c]
        let placed = mapping.buffers
        var timing = result.layers[c]
        var actions = pending
        var used = pendingCores
        let start = clock - pendingCycles
        pending = ActionCounts()
        pendingCycles = 0
        pendingCores = []
        let mb = config.membraneBitsEffective
        // Every output membrane gets the bias once per timestep (read-modify-write, in its core).
        chargeTiles(layer.output, tilings: { placed[$0] }, readBitsPerNeuron: mb, writeBitsPerNeuron: mb, into: &actions)

        switch layer.source {
        case .image:
            barrier()
            actions.add(encoderActions(c, tilings: { placed[$0] }, streamed: mapping.mode == .streamed))
            var cycles = (layer.macs + config.encoder.macsPerCycle - 1) / config.encoder.macsPerCycle
            if mapping.mode == .streamed {
                cycles += dramCycles(bits: layer.outChannels * layer.outHeight * layer.outWidth * mb)
            } else {
                // The encoder's currents enter at the port and travel to the output tiles.
                var flits = 0, farthest = 0
                for transfer in encoderTransfers(c, tilings: { placed[$0] }) {
                    flits += transfer.flits
                    farthest = max(farthest, transfer.hops)
                    used.insert(transfer.core)
                }
                cycles = max(cycles, flits) + farthest * config.noc.hopLatencyCycles
            }
            clock += cycles
        case .population(let p):
            let pop = topology.populations[p]
            let passes = layer.output.map { mapping.buffers[$0.buffer].passes }.max() ?? 1
            timing.passes = passes
            for pass in 0..<passes {
                let (destinations, passNeurons) = self.destinations(c, tilings: { placed[$0] }, pass: pass)
                for d in destinations { used.insert(d.core) }
                barrier()
                if mapping.mode == .streamed {
                    // Weights, and membranes that already hold currents, come from DRAM first.
                    var preload = passWeightBytes(c, destinations) * 8
                    if layer.output.contains(where: { written.contains($0.buffer) }) { preload += passNeurons * mb }
                    // Only the input rows whose fan-out reaches this pass's output rows are streamed in.
                    let rows = inputRows(reaching: destinations, layer)
                    actions[.dram] += preload + rows.count * pop.width * pop.channels * config.spikeBits(levels: topology.spikeLevels)
                    clock += dramCycles(bits: preload)
                    barrier()
                }
                let sources = stepSources(c, destinations, tilings: { placed[$0] }, barrier: clock)
                let flitsBefore = mesh.statistics.flitHops
                let o = timeStep(c, pass: pass, destinations: destinations, sources: sources, spikes: spikes[p])
                clock = max(o.end, clock)
                record(o, into: &timing, actions: &actions)
                actions[.flitHop] += mesh.statistics.flitHops - flitsBefore
                if mapping.mode == .streamed {
                    // The pass's membranes go back to DRAM for the neurons that will read them.
                    actions[.dram] += passNeurons * mb
                    clock += dramCycles(bits: passNeurons * mb)
                }
            }
        }
        for s in layer.output { written.insert(s.buffer) }
        timing.cycles += clock - start
        if !started[c] {
            started[c] = true
            timing.startCycle = start
        }
        timing.endCycle = clock
        timing.cores = max(timing.cores, used.count)
        timing.actions.add(actions)
        result.layers[c] = timing
    }

    /// Where convolution `c`'s events come from when its pass reaching `destinations` starts
    /// after a barrier at cycle `barrier`: the cores holding its input population, or (streamed)
    /// the port, streaming in from DRAM the input rows whose fan-out reaches them.
    func stepSources(_ c: Int, _ destinations: [ConvStepSimulator.Destination], tilings: (Int) -> BufferTiling?,
                     barrier: Int) -> [ConvStepSimulator.Source] {
        let layer = topology.convs[c]
        guard case .population(let p) = layer.source else { return [] }
        guard mapping.mode == .streamed else { return residentSources(p, tilings: tilings) }
        let pop = topology.populations[p]
        let rows = inputRows(reaching: destinations, layer)
        let bytesPerNeuron = Double(config.spikeBits(levels: topology.spikeLevels)) / 8
        return rows.isEmpty ? [] : [.init(node: NoCPort.id, channelLo: 0, channelHi: pop.channels, rowLo: rows.lowerBound, rowHi: rows.upperBound,
                                          cyclesPerNeuron: bytesPerNeuron / config.dram.bandwidthBytesPerCycle,
                                          dramStart: barrier + config.dram.latencyCycles)]
    }

    /// Times convolution `c`'s pass reaching `destinations` from the barrier at `clock` (cores
    /// reset there): taken from the lookahead when it timed this very step, else timed now.
    mutating func timeStep(_ c: Int, pass: Int, destinations: [ConvStepSimulator.Destination], sources: [ConvStepSimulator.Source],
                           spikes: [UInt8]) -> ConvStepSimulator.Outcome {
        guard case .population(let p) = topology.convs[c].source else { return ConvStepSimulator.Outcome() }
        let channels = topology.populations[p].channels
        let relative = sources.map { var s = $0; if s.node == NoCPort.id { s.dramStart -= clock }; return s }
        if let timed = lookahead?.take(c: c, pass: pass, destinations: destinations, sources: relative), mesh.isDrained(at: clock) {
            mesh.absorb(timed.network, at: clock)
            for i in cores.indices { cores[i].absorb(timed.cores[i], at: clock) }
            var o = timed.outcome
            o.end += clock
            stepsTimedAhead += 1
            return o
        }
        stepsTimedInTurn += 1
        let sim = ConvStepSimulator(config: config, routing: routing(c, channels: channels, destinations: destinations), levels: topology.spikeLevels)
        return sim.run(start: clock, spikes: spikes, channels: channels, sources: sources, mesh: &mesh, cores: &cores)
    }

    /// Times `steps` ahead for `conv` (on `threads` threads).
    mutating func lookAhead(_ steps: [StepLookahead<NoC>.Step]) {
        lookahead = StepLookahead(steps, topology: topology, config: config, synapses: synapses, threads: threads)
    }

    /// The convolution passes of steps `ks` with placement `placed`, as `conv` will time them.
    func barrierSteps(_ ks: some Sequence<Int>, placed: [BufferTiling], spikes: [[UInt8]]) -> [StepLookahead<NoC>.Step] {
        var steps = [StepLookahead<NoC>.Step]()
        for k in ks {
            guard case .conv(let c) = topology.steps[k], case .population(let p) = topology.convs[c].source else { continue }
            let passes = topology.convs[c].output.map { placed[$0.buffer].passes }.max() ?? 1
            for pass in 0..<passes {
                let destinations = self.destinations(c, tilings: { placed[$0] }, pass: pass).destinations
                steps.append(.init(c: c, pass: pass, destinations: destinations,
                                   sources: stepSources(c, destinations, tilings: { placed[$0] }, barrier: 0), spikes: spikes[p],
                                   channels: topology.populations[p].channels))
            }
        }
        return steps
    }

    /// Adds a delivery outcome's counts to a layer and its actions.
    mutating func record(_ o: ConvStepSimulator.Outcome, into timing: inout LayerTiming, actions: inout ActionCounts) {
        timing.events += o.events
        timing.deliveries += o.deliveries
        timing.sops += o.sops
        // Passes split the destination tiles, so each pass adds its own share.
        timing.nonzeroSOPs += o.nonzeroSOPs
        timing.skippedSOPs += o.skipped
        if config.chip.spikeEnergy == .packet { actions[.spike] += o.events }
        actions[.message] += o.messages
        actions[.tileHopX] += o.tileHopsX
        actions[.tileHopY] += o.tileHopsY
        actions[.accumulate] += o.adds
        actions[.synapticRead] += o.visits * config.weightBitsEffective
        actions[.membraneRead] += o.visits * config.membraneBitsEffective
        actions[.membraneWrite] += o.visits * config.membraneBitsEffective
        result.packets += o.events
        result.flits += o.events * config.flitsPerPacket
    }

    /// The output tiles of convolution `c` in `pass` (all tiles when nil) as destinations, in
    /// output-slice then tile order, and the neurons they hold.
    func destinations(_ c: Int, tilings: (Int) -> BufferTiling?, pass: Int?) -> (destinations: [ConvStepSimulator.Destination], neurons: Int) {
        let layer = topology.convs[c]
        var destinations = [ConvStepSimulator.Destination]()
        var co = 0, neurons = 0
        for s in layer.output {
            for tile in tilings(s.buffer)?.tiles ?? [] where pass == nil || tile.pass == pass {
                let lo = max(tile.channelStart, s.channelStart), hi = min(tile.channelStart + tile.channelCount, s.channelStart + s.channelCount)
                guard hi > lo else { continue }
                destinations.append(.init(core: tile.core, channelLo: co + lo - s.channelStart, channelHi: co + hi - s.channelStart,
                                          rowLo: tile.rowStart, rowHi: tile.rowStart + tile.rowCount))
                neurons += (hi - lo) * tile.rowCount * layer.outWidth
            }
            co += s.channelCount
        }
        return (destinations, neurons)
    }

    /// Bytes of convolution `c`'s kernels that `destinations` need loaded: one copy per core and
    /// channel group with shared kernels, one per tile otherwise.
    func passWeightBytes(_ c: Int, _ destinations: [ConvStepSimulator.Destination]) -> Int {
        let layer = topology.convs[c]
        let wb = config.weightBitsEffective
        var seen = Set<[Int]>()
        var bytes = 0
        for d in destinations {
            if mapping.weightStorage == .sharedKernel && !seen.insert([d.core, d.channelLo, d.channelHi]).inserted { continue }
            // Sparse synaptic memory holds (and loads) only the non-zero weights.
            let weights = synapses.map { $0.weights(c, channels: d.channelLo, d.channelHi) }
                ?? (d.channelHi - d.channelLo) * (layer.inChannels / layer.groups) * layer.kernel * layer.kernel
            bytes += (weights * wb + 7) / 8
        }
        return bytes
    }

    /// The encoding layer's actions: its MACs, and the flit-hops that carry its currents from the
    /// port to the output tiles (`streamed`: the bits written to DRAM instead).
    mutating func encoderActions(_ c: Int, tilings: (Int) -> BufferTiling?, streamed: Bool) -> ActionCounts {
        let layer = topology.convs[c]
        var actions = ActionCounts()
        actions[.encoderMAC] = layer.macs
        if streamed {
            actions[.dram] = layer.outChannels * layer.outHeight * layer.outWidth * config.membraneBitsEffective
        } else {
            for transfer in encoderTransfers(c, tilings: tilings) { actions[.flitHop] += transfer.flits * transfer.hops }
            mesh.charge(flitHops: actions[.flitHop])
        }
        return actions
    }

    /// The encoder's currents on their way to each output tile: flits and hops from the port.
    func encoderTransfers(_ c: Int, tilings: (Int) -> BufferTiling?) -> [(core: Int, rowStart: Int, rowCount: Int, flits: Int, hops: Int)] {
        let layer = topology.convs[c]
        var transfers = [(core: Int, rowStart: Int, rowCount: Int, flits: Int, hops: Int)]()
        for s in layer.output {
            for tile in tilings(s.buffer)?.tiles ?? [] {
                let f = (tile.neurons(width: topology.buffers[s.buffer].width) * config.membraneBitsEffective + config.noc.linkWidthBits - 1)
                    / config.noc.linkWidthBits
                transfers.append((tile.core, tile.rowStart, tile.rowCount, f, mesh.hops(from: NoCPort.id, to: tile.core)))
            }
        }
        return transfers
    }

    /// Input rows whose kernel window reaches any output row of `destinations`.
    func inputRows(reaching destinations: [ConvStepSimulator.Destination], _ layer: ConvLayer) -> Range<Int> {
        guard let lo = destinations.map(\.rowLo).min(), let hi = destinations.map(\.rowHi).max(), hi > lo else { return 0..<0 }
        let first = max(0, lo * layer.stride - layer.padding)
        let last = min(layer.inHeight, (hi - 1) * layer.stride - layer.padding + layer.kernel)
        return first < last ? first..<last : 0..<0
    }

    /// The cores holding population `p`'s neurons, each with its block of them.
    func residentSources(_ p: Int, tilings: (Int) -> BufferTiling?) -> [ConvStepSimulator.Source] {
        let origin = topology.populations[p].aliasOf ?? p
        var sources = [ConvStepSimulator.Source]()
        var c0 = 0
        for s in topology.populations[origin].input {
            for tile in tilings(s.buffer)?.tiles ?? [] {
                let lo = max(tile.channelStart, s.channelStart), hi = min(tile.channelStart + tile.channelCount, s.channelStart + s.channelCount)
                guard hi > lo else { continue }
                sources.append(.init(node: tile.core, channelLo: c0 + lo - s.channelStart, channelHi: c0 + hi - s.channelStart,
                                     rowLo: tile.rowStart, rowHi: tile.rowStart + tile.rowCount))
            }
            c0 += s.channelCount
        }
        return sources.sorted { $0.node < $1.node }
    }

    /// Head outputs leave for the host after the last layer of each timestep.
    mutating func readout(into c: Int) {
        let placed = mapping.buffers
        let (actions, cycles) = readoutWork(tilings: { placed[$0] }, streamed: mapping.mode == .streamed)
        clock += cycles
        result.layers[c].cycles += cycles
        result.layers[c].endCycle = clock
        result.layers[c].actions.add(actions)
    }

    /// The read-out's actions and its cycles when serialised on the port: head membranes read
    /// from their tiles and sent to the port (or, `streamed`, read from DRAM).
    mutating func readoutWork(tilings: (Int) -> BufferTiling?, streamed: Bool) -> (ActionCounts, Int) {
        let mb = config.membraneBitsEffective
        var actions = ActionCounts()
        var cycles = 0
        for slices in topology.heads {
            for s in slices {
                let buffer = topology.buffers[s.buffer]
                let bits = s.channelCount * buffer.height * buffer.width * mb
                if streamed {
                    actions[.dram] += bits
                    cycles += dramCycles(bits: bits)
                } else {
                    chargeTiles([s], tilings: tilings, readBitsPerNeuron: mb, writeBitsPerNeuron: 0, into: &actions)
                    for tile in tilings(s.buffer)?.tiles ?? [] {
                        let f = (tile.neurons(width: buffer.width) * mb + config.noc.linkWidthBits - 1) / config.noc.linkWidthBits
                        let h = mesh.hops(from: NoCPort.id, to: tile.core)
                        actions[.flitHop] += f * h
                        cycles += f
                    }
                }
            }
        }
        mesh.charge(flitHops: actions[.flitHop])
        return (actions, cycles)
    }
}
