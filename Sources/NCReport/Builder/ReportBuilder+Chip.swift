import NCHardware
import NCModel
import NCSimulation

extension ReportBuilder {
    /// The hardware section of a chip outcome.
    static func hardware(_ chip: ChipOutcome, topology: NetworkTopology) -> HardwareSection {
        let t = chip.result.timing
        let config = chip.config
        let cores = t.cores.map { c -> CoreRow in
            let (x, y) = config.coordinates(of: c.id)
            return CoreRow(id: c.id, x: x, y: y, busyCycles: c.busy, stallCycles: c.stall, idleCycles: t.idleCycles(of: c),
                           utilisation: t.utilisation(of: c), queueHighWater: c.queueHighWater, sops: c.sops,
                           energyMillijoules: chip.energy.cores[c.id].millijoules)
        }
        let differences = chip.comparison.map { c -> Differences in
            var d = Differences(spikes: c.differingSpikes, detections: c.unmatchedDetections, saturations: c.saturations,
                                neuronTimesteps: c.spikes.neuronTimesteps, mostMoved: c.spikes.mostMoved())
            d.chipDetections = c.detections
            d.referenceDetections = c.referenceDetections.count
            return d
        }
        return HardwareSection(
            config: config.name, clockHz: config.chip.clockHz, meshWidth: config.chip.meshWidthCores,
            meshHeight: config.chip.meshHeightCores, mappingMode: t.mappingMode.rawValue, arithmetic: config.arithmeticLabel,
            cycles: t.cycles, latencySeconds: chip.result.latencySeconds, cores: cores,
            noc: NoCStats(packets: t.packets, flitHops: t.flitHops, flits: t.flits, busiestLinkFlits: t.busiestLinkFlits,
                          meanQueueWaitCycles: t.meanQueueWaitCycles),
            actions: Dictionary(uniqueKeysWithValues: t.actions.named.map { ($0.key, $0.value) }), differences: differences,
            components: components(chip), segments: segments(chip, topology), placement: placement(chip),
            placementBuffers: topology.buffers.map(\.name), packetComparison: packetRows(chip))
    }
}

extension ReportBuilder {
    /// The numerics section of an outcome compared with FP64.
    static func numerics(_ n: NumericSensitivity) -> NumericsSection {
        let (spikes, reference) = n.spikes.spikes
        return NumericsSection(
            arithmetic: n.arithmetic, reference: n.spikes.reference, neuronTimesteps: n.spikes.neuronTimesteps,
            differing: n.spikes.differing, spikes: spikes, referenceSpikes: reference, sops: n.sops, referenceSOPs: n.sopsFP64,
            paperMillijoules: n.paperMillijoules, referencePaperMillijoules: n.paperMillijoulesFP64,
            chipMillijoules: n.chipMillijoules, referenceChipMillijoules: n.chipMillijoulesFP64, cycles: n.cycles,
            referenceCycles: n.cyclesFP64, populations: n.spikes.populations,
            mostMoved: n.spikes.mostMoved())
    }
}
