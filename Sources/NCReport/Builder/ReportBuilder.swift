import NCEnergy
import NCModel

/// Turns results (reference runs, chip simulations, estimates) into a `Report`.
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

        /// Model info.
        public init(name: String, scale: String, parameters: Int, input: String) {
            self.name = name
            self.scale = scale
            self.parameters = parameters
            self.input = input
        }

        /// Info from a loaded model.
        public init(_ model: SpikeYOLOModel, input: String) {
            self.init(name: model.displayName, scale: model.blueprint.spec.scale,
                      parameters: model.blueprint.parameterCount, input: input)
        }
    }

    /// The model section for `topology`.
    public static func modelSection(_ info: ModelInfo, _ topology: NetworkTopology) -> ModelSection {
        ModelSection(name: info.name, scale: info.scale, parameters: info.parameters, classes: topology.classCount,
                     timesteps: topology.timesteps, spikeLevels: topology.spikeLevels, input: info.input,
                     inputHeight: topology.inputHeight, inputWidth: topology.inputWidth)
    }

    /// One row per folded convolution.
    public static func layerRows(_ topology: NetworkTopology, _ stats: [ConvStatistics]) -> [LayerRow] {
        zip(topology.convs, stats).map { layer, s in
            LayerRow(name: layer.name, kind: layer.isEncoding ? "encoding" : "spiking", inChannels: layer.inChannels,
                     outChannels: layer.outChannels, kernel: layer.kernel, stride: layer.stride, groups: layer.groups,
                     outHeight: layer.outHeight, outWidth: layer.outWidth, macs: layer.macs * topology.timesteps,
                     sops: s.sops, inputRate: s.inputRate)
        }
    }

    /// One row per neuron population.
    public static func neuronRows(_ stats: [PopulationStatistics]) -> [NeuronRow] {
        stats.map { NeuronRow(name: $0.name, count: $0.count, spikes: $0.spikes, histogram: $0.histogram, rate: $0.meanRate) }
    }

    /// The paper estimate and the SOP conventions for a run's statistics.
    public static func paper(_ topology: NetworkTopology, _ stats: [ConvStatistics], macPicojoules: Double,
                             acPicojoules: Double) -> (PaperEstimate, SOPCounts) {
        let layers = zip(topology.convs, stats).map { layer, s in
            PaperEstimate.Layer(name: layer.name, macs: layer.macs, isEncoding: layer.isEncoding, inputRate: s.inputRate ?? 0)
        }
        let estimate = PaperEstimate(layers: layers, timesteps: topology.timesteps, macPicojoules: macPicojoules,
                                     acPicojoules: acPicojoules)
        let spikingMACs = topology.convs.filter { !$0.isEncoding }.reduce(0) { $0 + $1.macs } * topology.timesteps
        let counts = SOPCounts(valueWeighted: estimate.sops, eventExact: stats.reduce(0) { $0 + $1.sops },
                               neuroBench: stats.reduce(0) { $0 + $1.nonzeroSOPs }, syops: spikingMACs)
        return (estimate, counts)
    }

    /// The energy section without a chip: paper estimate, conventions, ANN baseline.
    public static func energy(_ estimate: PaperEstimate, _ counts: SOPCounts, annMACPicojoules: Double,
                              hardware: HardwareEnergy? = nil, sameChipANNMillijoules: Double? = nil) -> EnergySection {
        let paper = PaperEnergy(annMillijoules: estimate.annMillijoules, snnMillijoules: estimate.snnMillijoules,
                                ratio: estimate.ratio, macPicojoules: estimate.macPicojoules,
                                acPicojoules: estimate.acPicojoules, sops: estimate.sops)
        let annMJ = annMACPicojoules * Double(estimate.totalMACs) * 1e-9
        let chipRatio: Double? = hardware.flatMap { h in sameChipANNMillijoules.map { $0 > 0 ? h.totalMillijoules / $0 : 0 } }
        let baseline = ANNBaseline(macMillijoules: annMJ, macPicojoules: annMACPicojoules, sameChipMillijoules: sameChipANNMillijoules,
                                   paperRatio: annMJ > 0 ? estimate.snnMillijoules / annMJ : 0, chipRatio: chipRatio)
        return EnergySection(paper: paper, conventions: counts.labelled.map { SOPConvention(name: $0.name, sops: $0.sops, note: $0.note) },
                             hardware: hardware, annBaseline: baseline)
    }

    /// Detections with class names.
    public static func detectionRows(_ detections: [Detection], names: [String]) -> [DetectionRow] {
        detections.map {
            DetectionRow(box: $0.box.map(Double.init), score: Double($0.score), classIndex: $0.classIndex,
                         label: $0.classIndex < names.count ? names[$0.classIndex] : "class \($0.classIndex)")
        }
    }

    /// The report of a reference run (`neurocycle run`).
    public static func reference(
        info: ModelInfo, topology: NetworkTopology, run: ReferenceRun, detections: [Detection], classNames: [String],
        macPicojoules: Double = PaperEstimate.paperMACPicojoules, acPicojoules: Double = PaperEstimate.paperACPicojoules,
        annMACPicojoules: Double = PaperEstimate.paperMACPicojoules, notes: [String] = []
    ) -> Report {
        let (estimate, counts) = paper(topology, run.convs, macPicojoules: macPicojoules, acPicojoules: acPicojoules)
        return Report(
            command: "run", model: modelSection(info, topology), neurons: neuronRows(run.populations),
            layers: layerRows(topology, run.convs),
            totals: Totals(spikes: run.totalSpikes, neurons: run.totalNeurons, macs: run.totalMACs, sops: run.totalSOPs),
            detections: detectionRows(detections, names: classNames), hardware: nil,
            energy: energy(estimate, counts, annMACPicojoules: annMACPicojoules), notes: notes)
    }
}
