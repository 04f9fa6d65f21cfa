import NCEnergy
import NCHardware
import NCModel

extension ReportBuilder {
    /// The report of a chip simulation or replay (`simulate`, `replay`).
    public static func chip(
        command: String, info: ModelInfo, topology: NetworkTopology, result: SimulationResult, config: HardwareConfig,
        detections: [Detection]?, classNames: [String], differences: Differences? = nil,
        macPicojoules: Double = PaperEstimate.paperMACPicojoules, acPicojoules: Double = PaperEstimate.paperACPicojoules,
        annMACPicojoules: Double = PaperEstimate.paperMACPicojoules, notes: [String] = []
    ) -> Report {
        let chipEnergy = ChipEnergy(result, topology: topology, table: config.energy)
        // The chip's operation counts double as the run's statistics (same spikes, same SOPs).
        let stats = zip(topology.convs, result.timing.layers).map { layer, t -> ConvStatistics in
            var rate: Double?
            if case .population(let p) = layer.source { rate = result.populations[p].meanRate }
            return ConvStatistics(name: layer.name, macs: layer.macs, sops: t.sops, nonzeroSOPs: t.nonzeroSOPs,
                                  inputRate: rate, timesteps: topology.timesteps)
        }
        let (estimate, counts) = paper(topology, stats, macPicojoules: macPicojoules, acPicojoules: acPicojoules)
        var layers = layerRows(topology, stats)
        for i in layers.indices {
            let t = result.timing.layers[i]
            layers[i].events = t.deliveries
            layers[i].cycles = t.cycles
            layers[i].cores = t.cores
            layers[i].energyMillijoules = chipEnergy.layers[i].millijoules
        }
        let total = result.timing.cycles
        let cores = result.timing.cores.map { c -> CoreRow in
            let (x, y) = result.config.coordinates(of: c.id)
            let idle = max(0, total - c.busy - c.stall)
            return CoreRow(id: c.id, x: x, y: y, busyCycles: c.busy, stallCycles: c.stall, idleCycles: idle,
                           utilisation: total > 0 ? Double(c.busy) / Double(total) : 0, queueHighWater: c.queueHighWater,
                           sops: c.sops, energyMillijoules: chipEnergy.cores[c.id].millijoules)
        }
        let t = result.timing
        let hardware = HardwareSection(
            config: config.name, clockHz: result.config.chip.clockHz, meshWidth: result.config.chip.meshWidthCores,
            meshHeight: result.config.chip.meshHeightCores, mappingMode: t.mappingMode.rawValue, arithmetic: result.config.arithmeticLabel,
            cycles: total, latencySeconds: result.latencySeconds, cores: cores,
            noc: NoCStats(packets: t.packets, flitHops: t.flitHops, flits: t.flits, busiestLinkFlits: t.busiestLinkFlits),
            actions: Dictionary(uniqueKeysWithValues: t.actions.named.map { ($0.key, $0.value) }), differences: differences)
        let hardwareEnergy = HardwareEnergy(totalMillijoules: chipEnergy.total.totalPicojoules * 1e-9, breakdown: chipEnergy.total.millijoules)
        let totals = Totals(spikes: result.populations.reduce(0) { $0 + $1.spikes }, neurons: topology.neuronCount,
                            macs: topology.macs * topology.timesteps, sops: t.layers.reduce(0) { $0 + $1.sops },
                            events: t.layers.reduce(0) { $0 + $1.deliveries })
        var allNotes = notes
        if t.mappingMode == .resident {
            allNotes.append("weights resident: \(Bytes.describe(t.preloadWeightBytes)) loaded once before inference, not charged per inference")
        }
        return Report(
            command: command, model: modelSection(info, topology), neurons: neuronRows(result.populations), layers: layers,
            totals: totals, detections: detections.map { detectionRows($0, names: classNames) }, hardware: hardware,
            energy: energy(estimate, counts, annMACPicojoules: annMACPicojoules, hardware: hardwareEnergy,
                           sameChipANNMillijoules: chipEnergy.sameChipANNPicojoules * 1e-9),
            notes: allNotes)
    }
}
