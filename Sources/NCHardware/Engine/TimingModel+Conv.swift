import NCModel

extension TimingModel {
    mutating func conv(_ c: Int, spikes: [[UInt8]]) {
        let layer = topology.convs[c]
        var timing = result.layers[c]
        var actions = pending
        var used = pendingCores
        let start = clock - pendingCycles
        pending = ActionCounts()
        pendingCycles = 0
        pendingCores = []
        let mb = config.membraneBitsEffective, wb = config.weightBitsEffective
        let outNeurons = layer.outChannels * layer.outHeight * layer.outWidth
        // Every output membrane gets the bias once per timestep (read-modify-write, in its core).
        chargeTiles(layer.output, readBitsPerNeuron: mb, writeBitsPerNeuron: mb, into: &actions)

        switch layer.source {
        case .image:
            barrier()
            let macs = layer.macs
            actions[.encoderMAC] += macs
            var cycles = (macs + config.encoder.macsPerCycle - 1) / config.encoder.macsPerCycle
            let bits = outNeurons * mb
            if mapping.mode == .streamed {
                actions[.dram] += bits
                cycles += dramCycles(bits: bits)
            } else {
                // The encoder's currents enter at the port and travel to the output tiles.
                var flits = 0, farthest = 0
                for s in layer.output {
                    for tile in mapping.buffers[s.buffer].tiles {
                        let f = (tile.neurons(width: topology.buffers[s.buffer].width) * mb + config.noc.linkWidthBits - 1) / config.noc.linkWidthBits
                        let h = mesh.hops(from: NoCPort.id, to: tile.core)
                        flits += f
                        farthest = max(farthest, h)
                        actions[.flitHop] += f * h
                        used.insert(tile.core)
                    }
                }
                mesh.charge(flitHops: actions[.flitHop])
                cycles = max(cycles, flits) + farthest * config.noc.hopLatencyCycles
            }
            clock += cycles
        case .population(let p):
            let pop = topology.populations[p]
            let passes = layer.output.map { mapping.buffers[$0.buffer].passes }.max() ?? 1
            timing.passes = passes
            let bytesPerNeuron = Double(config.spikeBits(levels: topology.spikeLevels)) / 8
            for pass in 0..<passes {
                var destinations = [ConvStepSimulator.Destination]()
                var co = 0
                var passNeurons = 0, passWeightBytes = 0
                for s in layer.output {
                    let tiling = mapping.buffers[s.buffer]
                    for tile in tiling.tiles where tile.pass == pass {
                        let lo = max(tile.channelStart, s.channelStart), hi = min(tile.channelStart + tile.channelCount, s.channelStart + s.channelCount)
                        guard hi > lo else { continue }
                        destinations.append(.init(core: tile.core, channelLo: co + lo - s.channelStart, channelHi: co + hi - s.channelStart,
                                                  rowLo: tile.rowStart, rowHi: tile.rowStart + tile.rowCount))
                        passNeurons += (hi - lo) * tile.rowCount * layer.outWidth
                        passWeightBytes += ((hi - lo) * (layer.inChannels / layer.groups) * layer.kernel * layer.kernel * wb + 7) / 8
                        used.insert(tile.core)
                    }
                    co += s.channelCount
                }
                barrier()
                var sources = [ConvStepSimulator.Source]()
                if mapping.mode == .streamed {
                    // Weights, and membranes that already hold currents, come from DRAM first.
                    var preload = passWeightBytes * 8
                    if layer.output.contains(where: { written.contains($0.buffer) }) { preload += passNeurons * mb }
                    // Only the input rows whose fan-out reaches this pass's output rows are streamed in.
                    let rows = inputRows(reaching: destinations, layer)
                    actions[.dram] += preload + rows.count * pop.width * pop.channels * config.spikeBits(levels: topology.spikeLevels)
                    clock += dramCycles(bits: preload)
                    barrier()
                    sources = rows.isEmpty ? [] : [.init(node: NoCPort.id, channelLo: 0, channelHi: pop.channels,
                                                         rowLo: rows.lowerBound, rowHi: rows.upperBound,
                                                         cyclesPerNeuron: bytesPerNeuron / config.dram.bandwidthBytesPerCycle,
                                                         dramStart: clock + config.dram.latencyCycles)]
                } else {
                    sources = residentSources(p)
                }
                let flitsBefore = mesh.statistics.flitHops
                let sim = ConvStepSimulator(config: config, layer: layer, levels: topology.spikeLevels)
                let o = sim.run(start: clock, spikes: spikes[p], channels: pop.channels, sources: sources,
                                destinations: destinations, mesh: &mesh, cores: &cores)
                clock = max(o.end, clock)
                timing.events += o.events
                timing.deliveries += o.deliveries
                timing.sops += o.sops
                // Passes split the destination tiles, so each pass adds its own share.
                timing.nonzeroSOPs += o.nonzeroSOPs
                actions[.spike] += o.events
                actions[.accumulate] += o.sops
                actions[.synapticRead] += o.sops * wb
                actions[.membraneRead] += o.sops * mb
                actions[.membraneWrite] += o.sops * mb
                actions[.flitHop] += mesh.statistics.flitHops - flitsBefore
                result.packets += o.events
                result.flits += o.events * config.flitsPerPacket
                if mapping.mode == .streamed {
                    // The pass's membranes go back to DRAM for the neurons that will read them.
                    actions[.dram] += passNeurons * mb
                    clock += dramCycles(bits: passNeurons * mb)
                }
            }
        }
        for s in layer.output { written.insert(s.buffer) }
        timing.cycles += clock - start
        timing.cores = max(timing.cores, used.count)
        timing.actions.add(actions)
        result.layers[c] = timing
    }

    /// Input rows whose kernel window reaches any output row of `destinations`.
    func inputRows(reaching destinations: [ConvStepSimulator.Destination], _ layer: ConvLayer) -> Range<Int> {
        guard let lo = destinations.map(\.rowLo).min(), let hi = destinations.map(\.rowHi).max(), hi > lo else { return 0..<0 }
        let first = max(0, lo * layer.stride - layer.padding)
        let last = min(layer.inHeight, (hi - 1) * layer.stride - layer.padding + layer.kernel)
        return first < last ? first..<last : 0..<0
    }

    /// The cores holding population `p`'s neurons, each with its block of them.
    func residentSources(_ p: Int) -> [ConvStepSimulator.Source] {
        let pop = topology.populations[p]
        let origin = pop.aliasOf ?? p
        var sources = [ConvStepSimulator.Source]()
        var c0 = 0
        for s in topology.populations[origin].input {
            for tile in mapping.buffers[s.buffer].tiles {
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
        let mb = config.membraneBitsEffective
        var actions = ActionCounts()
        var cycles = 0
        for slices in topology.heads {
            for s in slices {
                let buffer = topology.buffers[s.buffer]
                let bits = s.channelCount * buffer.height * buffer.width * mb
                if mapping.mode == .streamed {
                    actions[.dram] += bits
                    cycles += dramCycles(bits: bits)
                } else {
                    chargeTiles([s], readBitsPerNeuron: mb, writeBitsPerNeuron: 0, into: &actions)
                    for tile in mapping.buffers[s.buffer].tiles {
                        let f = (tile.neurons(width: buffer.width) * mb + config.noc.linkWidthBits - 1) / config.noc.linkWidthBits
                        let h = mesh.hops(from: NoCPort.id, to: tile.core)
                        actions[.flitHop] += f * h
                        cycles += f
                    }
                }
            }
        }
        mesh.charge(flitHops: actions[.flitHop])
        clock += cycles
        result.layers[c].cycles += cycles
        result.layers[c].actions.add(actions)
    }
}
