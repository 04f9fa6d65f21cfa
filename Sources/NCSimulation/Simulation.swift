import NCEnergy
import NCHardware
import NCModel

/// The library's entry points: each runs one job — the integer reference, the chip, a replay of
/// recorded spikes, the paper's estimate from published rates — and returns an `Outcome` with
/// everything a report shows. Reports only present it; the command line only wires.
public enum Simulation {
    /// The integer reference (the authors' model, exactly) on `image`.
    /// With `compareFP64`, the same network also runs in FP64 and the outcome's `numerics` says
    /// how the spikes, SOPs and energy differ.
    public static func reference(_ graph: SpikingGraph, image: InputImage, precision: Precision, keepSpikes: Bool = false,
                                 compareFP64: Bool = false, settings: RunSettings) throws -> Outcome {
        try reference(graph, frames: InputFrames(image), precision: precision, keepSpikes: keepSpikes, compareFP64: compareFP64,
                      settings: settings)
    }

    /// The integer reference on `frames`: one image for every timestep, or one frame per timestep
    /// (a Gen1 model's event frames).
    public static func reference(_ graph: SpikingGraph, frames: InputFrames, precision: Precision, keepSpikes: Bool = false,
                                 compareFP64: Bool = false, settings: RunSettings) throws -> Outcome {
        let run = try ReferenceEngine(graph: graph, options: ReferenceOptions(precision: precision, threads: settings.threads,
                                                                             keepSpikes: keepSpikes || compareFP64)).run(frames)
        var o = outcome(graph.topology, run.populations, run.convs, detections: detect(run.heads, graph.topology, settings),
                        chip: nil, spikes: keepSpikes ? run.spikes : [], settings: settings, timestepSOPs: run.timestepSOPs, notes: [
                            "accumulation: \(precision.rawValue)",
                            "NMS: conf \(settings.confidence), IoU \(settings.iou), at most \(settings.nms.maxDetections) detections",
                        ] + chaosNote(precision.arithmetic))
        if compareFP64 {
            let fp64 = try fp64Run(graph, frames, settings)
            o.numerics = sensitivity(o, spikes: run.spikes, arithmetic: precision.arithmetic, fp64: fp64, settings: settings)
        }
        return o
    }

    /// What a report says about a neuron model other than the COCO models' I-LIF.
    static func neuronNote(_ topology: NetworkTopology) -> [String] {
        guard topology.neuron == .gen1LIF else { return [] }
        return ["neuron: the Gen1 LIF (spikingjelly MultiStepLIFNode, tau 2): v ← v + (x − v)/2, s = round(clamp(v, 0, \(topology.spikeLevels))), "
            + "v ← v − s, the membrane kept over T = \(topology.timesteps) timesteps; the head averages its outputs over T"]
    }

    /// What every report of a run in `arithmetic` says about the numeric uncertainty of its spikes.
    static func chaosNote(_ arithmetic: Arithmetic) -> [String] {
        if arithmetic == .fp64 {
            return ["fp64: rounding noise ~1e-16, so spike counts equal PyTorch's FP64 model (model.double()) spike for spike"]
        }
        return ["\(arithmetic.name) spike counts are chaotic: a membrane within rounding error of k + 1/2 rounds the other way and "
            + "the flipped spike cascades through later layers, so per-population counts carry a numeric uncertainty "
            + "(PyTorch's own FP32 and FP64 runs of SpikeYOLO-n and -s differ by up to 6.7 % per population, totals by 0.35 %); "
            + "--compare-fp64 measures it for this input"]
    }

    /// The network in FP64 with spikes kept and operations counted.
    static func fp64Run(_ graph: SpikingGraph, _ frames: InputFrames, _ settings: RunSettings) throws -> ReferenceRun {
        try Interpreter.run(graph, frames: frames.images, options: Interpreter.Options(
            arithmetic: .fp64, threads: settings.threads, keepSpikes: true, countOperations: true))
    }

    /// `o` (whose spikes were `spikes`) against `fp64`; a chip outcome also replays FP64's spikes
    /// on its chip.
    static func sensitivity(_ o: Outcome, spikes: [[[UInt8]]], arithmetic: Arithmetic, fp64: ReferenceRun,
                            settings: RunSettings) -> NumericSensitivity {
        let reference = outcome(o.topology, fp64.populations, fp64.convs, detections: nil, chip: nil, spikes: [],
                                settings: settings, notes: [])
        var s = NumericSensitivity(
            arithmetic: arithmetic.name, spikes: SpikeComparison(o.topology, spikes: spikes, reference: fp64.spikes, referenceName: "fp64",
                                                        threads: settings.threads),
            sops: o.convs.reduce(0) { $0 + $1.sops }, sopsFP64: fp64.totalSOPs, paperMillijoules: o.paper.snnMillijoules,
            paperMillijoulesFP64: reference.paper.snnMillijoules)
        if let chip = o.chip, let replayed = try? ChipEngine(config: chip.config, threads: settings.threads)
            .replay(topology: o.topology, spikes: fp64.spikes) {
            s.chipMillijoules = chip.energy.total.totalPicojoules * 1e-9
            s.chipMillijoulesFP64 = ChipEnergy(replayed, topology: o.topology, table: chip.config.energy).total.totalPicojoules * 1e-9
            s.cycles = chip.result.timing.cycles
            s.cyclesFP64 = replayed.timing.cycles
        }
        return s
    }

    /// The network on the chip `config` describes: every spike in the chip's arithmetic, then
    /// cycle-level timing and priced energy. A fixed-point chip is compared with the FP32
    /// reference unless `compare` is false.
    /// With `comparePackets`, the spikes are also replayed with the other spike-packet model.
    public static func chip(_ graph: SpikingGraph, image: InputImage, config: HardwareConfig, compare: Bool = true,
                            compareFP64: Bool = false, comparePackets: Bool = false, settings: RunSettings,
                            progress: ((String) -> Void)? = nil) throws -> Outcome {
        try chip(graph, frames: InputFrames(image), config: config, compare: compare, compareFP64: compareFP64,
                 comparePackets: comparePackets, settings: settings, progress: progress)
    }

    /// The network on the chip `config` describes, fed `frames` (one image for every timestep, or
    /// one frame per timestep).
    public static func chip(_ graph: SpikingGraph, frames: InputFrames, config: HardwareConfig, compare: Bool = true,
                            compareFP64: Bool = false, comparePackets: Bool = false, settings: RunSettings,
                            progress: ((String) -> Void)? = nil) throws -> Outcome {
        let topology = graph.topology
        var reference: ReferenceRun?
        let comparing: Bool
        if case .fixed = config.arithmetic { comparing = compare } else { comparing = false }
        // The FP32 comparison needs nothing of the chip, so it runs while the chip's functional
        // and timing models do; both spread their work over every thread (results do not depend
        // on thread counts).
        let result = try ChipEngine(config: config, threads: settings.threads).simulate(graph, frames: frames, progress: progress) {
            guard comparing else { return }
            // Only its spikes and detections are compared: its synaptic operations are not counted.
            reference = try ReferenceEngine(graph: graph, options: ReferenceOptions(threads: settings.threads, keepSpikes: true,
                                                                                    countOperations: false))
                .run(frames)
        }
        let detections = detect(result.heads ?? [], topology, settings)
        var notes = ChipNotes.describe(result)
        var comparison: FixedPointComparison?
        if let reference {
            let referenceDetections = detect(reference.heads, topology, settings)
            comparison = FixedPointComparison(
                spikes: SpikeComparison(topology, spikes: result.spikes, reference: reference.spikes, referenceName: "fp32",
                                        threads: settings.threads),
                unmatchedDetections: DetectionMatching.unmatched(detections, referenceDetections),
                saturations: result.saturatedMembranes, detections: detections.count,
                referenceDetections: referenceDetections)
            notes.append("fixed point \(config.arithmeticLabel): compared with the FP32 reference (differences)")
        }
        var o = chipOutcome(topology, result, config: config, detections: detections, comparison: comparison,
                            spikes: result.spikes, settings: settings, notes: notes + chaosNote(config.arithmetic))
        if comparePackets {
            progress?("replaying with the other spike packets for --compare-packets")
            let synapses = config.mapping.skipZeroWeights ? SynapseMask(graph: graph, arithmetic: config.arithmetic) : nil
            o.chip?.packets = try PacketComparison(PacketComparison.configs(config).map { c in
                c.noc.spikePackets == config.noc.spikePackets ? result
                    : try ChipEngine(config: c, threads: settings.threads).replay(topology: topology, spikes: result.spikes, synapses: synapses)
            }, topology: topology)
        }
        if compareFP64 {
            progress?("FP64 reference for --compare-fp64")
            let fp64 = try fp64Run(graph, frames, settings)
            o.numerics = sensitivity(o, spikes: result.spikes, arithmetic: config.arithmetic, fp64: fp64, settings: settings)
        }
        return o
    }

    /// Recorded spikes replayed on the chip `config` describes (timing and energy; no weights).
    /// `spikesAt(t)` gives timestep `t`'s spikes of every population, asked for in order.
    /// With `comparePackets`, the spikes are asked for again and replayed with the other
    /// spike-packet model.
    public static func replay(_ topology: NetworkTopology, spikesAt: (Int) throws -> [[UInt8]], config: HardwareConfig,
                              comparePackets: Bool = false, settings: RunSettings, notes: [String] = [],
                              progress: ((String) -> Void)? = nil) throws -> Outcome {
        let result = try ChipEngine(config: config, threads: settings.threads).replay(topology: topology, spikesAt: spikesAt,
                                                                                     progress: progress)
        var o = chipOutcome(topology, result, config: config, detections: nil, comparison: nil, spikes: [], settings: settings,
                            notes: ChipNotes.describe(result) + notes)
        if comparePackets {
            progress?("replaying with the other spike packets for --compare-packets")
            o.chip?.packets = try PacketComparison(PacketComparison.configs(config).map { c in
                c.noc.spikePackets == config.noc.spikePackets ? result
                    : try ChipEngine(config: c, threads: settings.threads).replay(topology: topology, spikesAt: spikesAt)
            }, topology: topology)
        }
        return o
    }

    /// The paper's estimate for `topology` from published firing rates (no spikes are computed).
    /// Throws `FiringRates.Problem` listing unknown, out-of-range or missing names.
    public static func estimate(_ topology: NetworkTopology, rates: FiringRates, settings: RunSettings) throws -> Outcome {
        guard topology.convs.contains(where: \.isEncoding) else { throw FiringRates.Problem.noEncodingLayer }
        let names = Set(topology.populations.map(\.name))
        let unknown = rates.rates.map(\.name).filter { !names.contains($0) }
        if !unknown.isEmpty { throw FiringRates.Problem.unknown(unknown) }
        let bad = rates.rates.filter { !$0.rate.isFinite || $0.rate < 0 || $0.rate > Double(topology.spikeLevels) }.map(\.name)
        if !bad.isEmpty { throw FiringRates.Problem.outOfRange(bad, levels: topology.spikeLevels) }
        var missing = [String]()
        let convs = topology.convs.map { conv -> ConvStatistics in
            var rate: Double?
            if case .population(let p) = conv.source {
                let name = topology.populations[p].name
                rate = rates.rate(name)
                if rate == nil && !missing.contains(name) { missing.append(name) }
            }
            let sops = Int((Double(conv.macs * topology.timesteps) * (rate ?? 0)).rounded())
            return ConvStatistics(name: conv.name, macs: conv.macs, sops: sops, nonzeroSOPs: 0, inputRate: rate,
                                  timesteps: topology.timesteps)
        }
        if !missing.isEmpty { throw FiringRates.Problem.missing(missing) }
        var o = outcome(topology, [], convs, detections: nil, chip: nil, spikes: [], settings: settings, notes: [
            "SOPs per layer are value-weighted (MACs x published rate): no spikes were computed",
            "totals.spikes is 0: an estimate has no spike counts",
        ])
        o.conventions = SOPCounts(valueWeighted: o.paper.sops, eventExact: nil, neuroBench: nil, syops: o.conventions.syops)
        return o
    }

    // MARK: - Assembling outcomes

    static func detect(_ heads: [HeadOutput], _ topology: NetworkTopology, _ settings: RunSettings) -> [Detection] {
        let (decoded, anchors) = DetectionDecoder.decode(heads, classCount: topology.classCount)
        return settings.nms(decoded, anchors: anchors, classCount: topology.classCount)
    }

    static func chipOutcome(_ topology: NetworkTopology, _ result: SimulationResult, config: HardwareConfig, detections: [Detection]?,
                            comparison: FixedPointComparison?, spikes: [[[UInt8]]], settings: RunSettings,
                            notes: [String]) -> Outcome {
        // The chip's operation counts double as the run's statistics (same spikes, same SOPs).
        let convs = zip(topology.convs, result.timing.layers).map { layer, t -> ConvStatistics in
            var rate: Double?
            if case .population(let p) = layer.source { rate = result.populations[p].meanRate }
            return ConvStatistics(name: layer.name, macs: layer.macs, sops: t.sops, nonzeroSOPs: t.nonzeroSOPs, inputRate: rate,
                                  timesteps: topology.timesteps)
        }
        var allNotes = notes
        if result.timing.mappingMode == .resident {
            allNotes.append("weights resident: \(Bytes.describe(result.timing.preloadWeightBytes)) loaded once before inference, not charged per inference")
        }
        let chip = ChipOutcome(config: config, result: result, energy: ChipEnergy(result, topology: topology, table: config.energy),
                               comparison: comparison)
        return outcome(topology, result.populations, convs, detections: detections, chip: chip, spikes: spikes, settings: settings,
                       notes: allNotes)
    }

    static func outcome(_ topology: NetworkTopology, _ populations: [PopulationStatistics], _ convs: [ConvStatistics],
                        detections: [Detection]?, chip: ChipOutcome?, spikes: [[[UInt8]]], settings: RunSettings,
                        timestepSOPs: [Int]? = nil, notes: [String]) -> Outcome {
        let layers = zip(topology.convs, convs).map { layer, s in
            (macs: layer.macs, isEncoding: layer.isEncoding, inputRate: s.inputRate ?? 0)
        }
        let paper = PaperEstimate(layers: layers, timesteps: topology.timesteps, macPicojoules: settings.paperMACPicojoules,
                                  acPicojoules: settings.paperACPicojoules)
        let spikingMACs = topology.convs.filter { !$0.isEncoding }.reduce(0) { $0 + $1.macs } * topology.timesteps
        let counts = SOPCounts(valueWeighted: paper.sops, eventExact: convs.reduce(0) { $0 + $1.sops },
                               neuroBench: convs.reduce(0) { $0 + $1.nonzeroSOPs }, syops: spikingMACs)
        var o = Outcome(topology: topology, populations: populations, convs: convs, detections: detections, paper: paper,
                        conventions: counts, annMACPicojoules: settings.annMACPicojoules, chip: chip, numerics: nil, spikes: spikes,
                        notes: notes + neuronNote(topology))
        (o.timesteps, o.populationTimestepMillijoules) = timesteps(topology, populations, timestepSOPs: timestepSOPs, chip: chip,
                                                                   settings: settings)
        return o
    }
}
