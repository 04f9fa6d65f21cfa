import NCEnergy
import NCModel
import NCSimulation

/// Copies an `Outcome` into a `Report`: names, rows and sections, in the order they are shown.
/// It computes nothing; every number comes from the outcome.
public enum ReportBuilder {
    /// What a report says about the model when no `SpikeYOLOModel` is at hand (e.g. `replay`).
    public struct ModelInfo: Sendable {
        /// Display name.
        public var name: String
        /// Scale.
        public var scale: String
        /// Parameter count (0 when unknown).
        public var parameters: Int
        /// Input name.
        public var input: String

        /// Model info from what is known: a scale not known reads `unknown` (`SourceSection.unknown`),
        /// a parameter count not known 0 — as a replay of a trace without a source record says.
        public init(name: String, scale: String?, parameters: Int?, input: String) {
            self.name = name
            self.scale = scale ?? SourceSection.unknown
            self.parameters = parameters ?? 0
            self.input = input
        }

        /// Info from a loaded model.
        public init(_ model: SpikeYOLOModel, input: String) {
            self.init(name: model.displayName, scale: model.blueprint.spec.scale,
                      parameters: model.blueprint.parameterCount, input: input)
        }
    }

    /// The report of `outcome` for `command` (`run`, `simulate`, `replay`, `estimate`).
    public static func report(command: String, info: ModelInfo, outcome o: Outcome, classNames: [String]) -> Report {
        let topology = o.topology
        var layers = layerRows(topology, o.convs)
        var hardwareEnergy: HardwareEnergy?
        // Off the chip, a layer's events are those its input neurons send; on it, deliveries.
        if o.chip == nil, let events = o.layerInputEvents {
            for i in layers.indices where i < events.count { layers[i].events = events[i] }
        }
        if let chip = o.chip {
            for i in layers.indices {
                let t = chip.result.timing.layers[i]
                layers[i].events = t.deliveries
                layers[i].cycles = t.cycles
                layers[i].cores = t.cores
                layers[i].startCycle = t.startCycle
                layers[i].endCycle = t.endCycle
                layers[i].energyMillijoules = chip.energy.layers[i].millijoules
            }
            hardwareEnergy = HardwareEnergy(totalMillijoules: chip.energy.total.totalPicojoules * 1e-9,
                                            breakdown: chip.energy.total.millijoules)
        }
        let totals = Totals(spikes: o.totalSpikes, neurons: topology.neuronCount, macs: topology.macs * topology.timesteps,
                            sops: o.convs.reduce(0) { $0 + $1.sops },
                            events: o.chip.map { $0.result.timing.layers.reduce(0) { $0 + $1.deliveries } }
                                ?? o.layerInputEvents?.reduce(0, +))
        var model = modelSection(info, topology)
        var detections = o.detections.map { detectionRows($0, names: classNames) }
        if let g = o.geometry {
            (model.originalHeight, model.originalWidth, model.letterbox) = (g.originalHeight, g.originalWidth, g.mode.rawValue)
            if let input = o.inputDetections, input.count == detections?.count {
                for i in input.indices { detections?[i].inputBox = input[i].box.map(Double.init) }
            }
        }
        var report = Report(
            command: command, model: model, neurons: o.populations.isEmpty ? nil : neuronRows(o.populations),
            layers: layers, totals: totals, detections: detections,
            hardware: o.chip.map { hardware($0, topology: topology) }, energy: energy(o, hardware: hardwareEnergy), numerics: o.numerics.map(numerics),
            notes: o.notes)
        addTimesteps(o, to: &report)
        return report
    }

    /// The model section for `topology`.
    static func modelSection(_ info: ModelInfo, _ topology: NetworkTopology) -> ModelSection {
        ModelSection(name: info.name, scale: info.scale, parameters: info.parameters, classes: topology.classCount,
                     timesteps: topology.timesteps, spikeLevels: topology.spikeLevels, input: info.input,
                     inputHeight: topology.inputHeight, inputWidth: topology.inputWidth)
    }

    /// One row per folded convolution.
    static func layerRows(_ topology: NetworkTopology, _ stats: [ConvStatistics]) -> [LayerRow] {
        zip(topology.convs, stats).map { layer, s in
            LayerRow(name: layer.name, kind: layer.isEncoding ? "encoding" : "spiking", inChannels: layer.inChannels,
                     outChannels: layer.outChannels, kernel: layer.kernel, stride: layer.stride, groups: layer.groups,
                     outHeight: layer.outHeight, outWidth: layer.outWidth, macs: layer.macs * topology.timesteps,
                     sops: s.sops, inputRate: s.inputRate)
        }
    }

    /// One row per neuron population.
    static func neuronRows(_ stats: [PopulationStatistics]) -> [NeuronRow] {
        stats.map { NeuronRow(name: $0.name, count: $0.count, spikes: $0.spikes, histogram: $0.histogram, rate: $0.meanRate) }
    }

    /// The energy section: paper estimate, conventions, ANN baseline, and the chip's energy.
    static func energy(_ o: Outcome, hardware: HardwareEnergy?) -> EnergySection {
        let estimate = o.paper
        let paper = PaperEnergy(annMillijoules: estimate.annMillijoules, snnMillijoules: estimate.snnMillijoules,
                                ratio: estimate.ratio, macPicojoules: estimate.macPicojoules,
                                acPicojoules: estimate.acPicojoules, sops: estimate.sops)
        let baseline = o.annBaseline
        return EnergySection(
            paper: paper, conventions: o.conventions.labelled.map { SOPConvention(name: $0.name, sops: $0.sops, note: $0.note) },
            hardware: hardware,
            annBaseline: ANNBaseline(macMillijoules: baseline.macMillijoules, macPicojoules: o.annMACPicojoules,
                                     sameChipMillijoules: baseline.sameChipMillijoules, paperRatio: baseline.paperRatio,
                                     chipRatio: baseline.chipRatio))
    }

    /// Detections with class names.
    static func detectionRows(_ detections: [Detection], names: [String]) -> [DetectionRow] {
        detections.map {
            DetectionRow(box: $0.box.map(Double.init), score: Double($0.score), classIndex: $0.classIndex,
                         label: $0.classIndex < names.count ? names[$0.classIndex] : "class \($0.classIndex)")
        }
    }
}
