import NCHardware
import NCSimulation

extension ReportBuilder {
    /// The hardware section of a chip outcome.
    static func hardware(_ chip: ChipOutcome) -> HardwareSection {
        let t = chip.result.timing
        let config = chip.config
        let cores = t.cores.map { c -> CoreRow in
            let (x, y) = config.coordinates(of: c.id)
            return CoreRow(id: c.id, x: x, y: y, busyCycles: c.busy, stallCycles: c.stall, idleCycles: t.idleCycles(of: c),
                           utilisation: t.utilisation(of: c), queueHighWater: c.queueHighWater, sops: c.sops,
                           energyMillijoules: chip.energy.cores[c.id].millijoules)
        }
        let differences = chip.comparison.map {
            Differences(spikes: $0.differingSpikes, detections: $0.unmatchedDetections, saturations: $0.saturations)
        }
        return HardwareSection(
            config: config.name, clockHz: config.chip.clockHz, meshWidth: config.chip.meshWidthCores,
            meshHeight: config.chip.meshHeightCores, mappingMode: t.mappingMode.rawValue, arithmetic: config.arithmeticLabel,
            cycles: t.cycles, latencySeconds: chip.result.latencySeconds, cores: cores,
            noc: NoCStats(packets: t.packets, flitHops: t.flitHops, flits: t.flits, busiestLinkFlits: t.busiestLinkFlits),
            actions: Dictionary(uniqueKeysWithValues: t.actions.named.map { ($0.key, $0.value) }), differences: differences)
    }
}
