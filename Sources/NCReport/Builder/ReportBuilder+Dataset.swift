import NCEnergy
import NCSimulation

extension ReportBuilder {
    /// The report of a dataset outcome; `classNames` names the classes of per-class metrics.
    public static func report(_ o: DatasetOutcome, classNames: [String]) -> DatasetReport {
        let id = o.part.identity, network = o.part.network
        let model = ModelSection(name: id.model, scale: id.scale, parameters: id.parameters, classes: network.classes,
                                 timesteps: network.timesteps, spikeLevels: network.spikeLevels, input: id.data,
                                 inputHeight: id.imgsz, inputWidth: id.imgsz)
        let dataset = DatasetSection(
            source: id.data, kind: id.dataKind, imageCount: id.imageCount,
            shard: o.part.shard.count > 1 ? o.part.shard.description : nil, letterbox: id.letterbox, imgsz: id.imgsz,
            arithmetic: id.arithmetic, labels: id.labels, shapes: o.shapes.map { ShapeRow(height: $0.height, width: $0.width, images: $0.images) })
        let rates = RatesSection(testPy: Dictionary(uniqueKeysWithValues: o.populations.map { ($0.name, $0.testPy) }),
                                 global: Dictionary(uniqueKeysWithValues: o.populations.map { ($0.name, $0.global) }))
        let populations = o.populations.map {
            PopulationRateRow(name: $0.name, spikes: $0.spikes, neuronTimesteps: $0.neuronTimesteps, testPy: $0.testPy, global: $0.global)
        }
        let totals = Totals(spikes: o.totals.spikes, neurons: o.totals.neurons, macs: o.totals.macs, sops: o.totals.sops,
                            events: o.totals.events)
        let energy = DatasetEnergySection(
            paper: paperEnergy(o.paper), paperGlobal: paperEnergy(o.paperGlobal),
            perImage: PerImageEnergy(paperSNNMillijoules: spread(o.paperPerImage), chipMillijoules: o.chip.map { spread($0.energy) }),
            hardware: o.chip.map { chip in
                DatasetHardwareEnergy(meanMillijoules: chip.energy.mean,
                                      breakdown: Dictionary(uniqueKeysWithValues: chip.breakdown.map { ($0.name, $0.millijoules) }))
            },
            annBaseline: ANNBaseline(macMillijoules: o.annMillijoules, macPicojoules: id.annMACPicojoules, sameChipMillijoules: nil,
                                     paperRatio: o.annMillijoules > 0 ? o.paper.snnMillijoules / o.annMillijoules : 0,
                                     chipRatio: nil))
        let hardware = o.chip.map { chip in
            DatasetHardwareSection(config: chip.config, arithmetic: id.arithmetic, cycles: spread(chip.cycles),
                                   latencySeconds: spread(chip.latencySeconds), events: o.totals.events ?? 0,
                                   differingSpikes: chip.differingSpikes, neuronTimesteps: chip.differingSpikes.map { _ in chip.neuronTimesteps },
                                   unmatchedDetections: chip.unmatchedDetections)
        }
        let metrics = o.metrics.isEmpty ? nil : Dictionary(uniqueKeysWithValues: o.metrics.map {
            ($0.name, MetricsSection($0.metrics, arithmetic: $0.arithmetic, names: classNames))
        })
        return DatasetReport(command: id.command, model: model, dataset: dataset, images: o.images, rates: rates,
                             populations: populations, totals: totals, energy: energy, hardware: hardware, metrics: metrics,
                             notes: o.notes)
    }

    static func paperEnergy(_ e: PaperEstimate) -> PaperEnergy {
        PaperEnergy(annMillijoules: e.annMillijoules, snnMillijoules: e.snnMillijoules, ratio: e.ratio,
                    macPicojoules: e.macPicojoules, acPicojoules: e.acPicojoules, sops: e.sops)
    }

    static func spread(_ s: Spread) -> SpreadRow {
        SpreadRow(min: s.min, median: s.median, max: s.max, mean: s.mean)
    }
}
