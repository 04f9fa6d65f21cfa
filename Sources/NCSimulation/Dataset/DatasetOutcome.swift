import NCEnergy
import NCModel

/// Everything a dataset report presents, computed from a part's sums and rows (a whole run's, a
/// shard's, or merged shards'): the same part gives the same outcome bit for bit, so a merge of
/// shards reports exactly what the unsharded run reports.
///
/// Firing rates come in both conventions. `testPy` is what the authors' `test.py` prints: for
/// each population, the mean over images of that image's mean output (`fr += output.mean() /
/// iter`). `global` is Σ spikes / Σ neuron-timesteps over all images. They differ when images
/// have different input sizes (rect letterboxing): `test.py` weighs every image equally, the
/// global rate every neuron. The paper's energy is priced from the averaged rates at the nominal
/// `imgsz` × `imgsz` input, as the authors' spreadsheet does; each image's own figure (at its own
/// input size) is summarised as min / median / max / mean.
public struct DatasetOutcome: Sendable {
    /// The part this was computed from (identity, network, rows).
    public var part: DatasetPart
    /// Images counted.
    public var images: Int
    /// Per population, in topology order.
    public var populations: [PopulationRates]
    /// Sums over every image.
    public var totals: DatasetTotals
    /// The paper's estimate from the `test.py` rates, at the nominal size.
    public var paper: PaperEstimate
    /// The paper's estimate from the global rates, at the nominal size.
    public var paperGlobal: PaperEstimate
    /// Each image's paper SNN energy at its own input size, mJ.
    public var paperPerImage: Spread
    /// The chip's figures over the images (chip runs).
    public var chip: DatasetChipFigures?
    /// Accuracy per arithmetic (datasets with labels): the run's own first, then the FP32
    /// reference of a compared fixed-point chip.
    public var metrics: [ArithmeticMetrics]
    /// Input shapes and how many images had each.
    public var shapes: [(height: Int, width: Int, images: Int)]
    /// How the numbers were made, one sentence each.
    public var notes: [String]

    /// The outcome of `part`.
    public init(_ part: DatasetPart) {
        self.part = part
        let network = part.network
        let t = network.timesteps
        images = part.images.count
        let rates = network.populations.enumerated().map { p, name in
            var testPy = 0.0, spikes = 0, neuronTimesteps = 0
            for s in part.shapes {
                let n = s.neurons[p] * t
                if n > 0 { testPy += Double(s.spikes[p]) / Double(n) }
                spikes += s.spikes[p]
                neuronTimesteps += n * s.images
            }
            return PopulationRates(name: name, spikes: spikes, neuronTimesteps: neuronTimesteps,
                                   testPy: part.images.isEmpty ? 0 : testPy / Double(part.images.count),
                                   global: neuronTimesteps > 0 ? Double(spikes) / Double(neuronTimesteps) : 0)
        }
        populations = rates
        totals = DatasetTotals(part)
        let identity = part.identity
        func estimate(_ rate: (PopulationRates) -> Double) -> PaperEstimate {
            PaperEstimate(layers: network.layers.map {
                (macs: $0.macs, isEncoding: $0.encoding, inputRate: $0.source.map { rate(rates[$0]) } ?? 0)
            }, timesteps: t, macPicojoules: identity.paperMACPicojoules, acPicojoules: identity.paperACPicojoules)
        }
        paper = estimate(\.testPy)
        paperGlobal = estimate(\.global)
        paperPerImage = Spread(part.images.map(\.paperMillijoules))
        chip = DatasetChipFigures(part)
        metrics = ArithmeticMetrics.all(part)
        shapes = part.shapes.map { ($0.height, $0.width, $0.images) }
        notes = DatasetOutcome.notes(part)
    }

    /// The ANN's MAC energy at the nominal size, mJ (the baseline the paper's ratio uses).
    public var annMillijoules: Double { paper.annMillijoules }

    static func notes(_ part: DatasetPart) -> [String] {
        let id = part.identity
        var notes = [
            "\(part.images.count) of \(id.imageCount) images (\(id.dataKind) \(id.data)), letterbox \(id.letterbox) at imgsz \(id.imgsz), "
                + "arithmetic \(id.arithmetic)",
            "rates.test_py: for each population the mean over images of the image's mean output, as the authors' test.py "
                + "accumulates it (output.mean() / images, here summed exactly in FP64); rates.global: Σ spikes / Σ neurons "
                + "over all images; they differ when input shapes differ",
            "energy.paper prices the test_py rates (energy.paper_global the global ones) with the folded MACs of a "
                + "\(id.imgsz)x\(id.imgsz) input, as the authors' spreadsheet; per-image figures use each image's own input size",
        ]
        if id.command != "estimate" {
            notes.append("NMS: conf \(id.confidence), IoU \(id.iou)\(id.multiLabel ? ", every class above conf per box (the validator's multi_label)" : ""), at most 300 detections")
        }
        if id.labels {
            notes.append(id.letterbox == "val"
                ? "accuracy: labels carried through the validator's letterbox and back (LetterboxGeometry.validatorLabelBox), as model.val() compares them"
                : "accuracy: predictions and the labels' own boxes in original pixels, matched as ultralytics' DetectionValidator does (ap_per_class, IoU 0.50:0.05:0.95)")
        }
        if part.shard.count > 1 { notes.append("shard \(part.shard) of the image list: merge every shard's part for the dataset's numbers") }
        return notes
    }
}

/// One population's rates over a dataset.
public struct PopulationRates: Sendable, Equatable {
    /// Module path.
    public var name: String
    /// Spikes and neuron-timesteps summed over the images.
    public var spikes: Int, neuronTimesteps: Int
    /// Mean over images of each image's mean output (the authors' `test.py`).
    public var testPy: Double
    /// Σ spikes / Σ neuron-timesteps.
    public var global: Double
}

/// Sums over every image of a dataset.
public struct DatasetTotals: Sendable, Equatable {
    /// Spikes, neurons (per image, summed), dense MACs (all timesteps), event-exact and NeuroBench SOPs.
    public var spikes = 0, neurons = 0, macs = 0, sops = 0, nonzeroSOPs = 0
    /// Events delivered to cores (chip runs; nil when a shape has none).
    public var events: Int?

    init(_ part: DatasetPart) {
        events = part.shapes.isEmpty ? nil : 0
        for s in part.shapes {
            spikes += s.spikes.reduce(0, +)
            neurons += s.neurons.reduce(0, +) * s.images
            macs += s.macs * s.images
            sops += s.sops.reduce(0, +)
            nonzeroSOPs += s.nonzeroSOPs.reduce(0, +)
            events = s.events.flatMap { e in events.map { $0 + e } }
        }
    }
}

/// Minimum, median, maximum and mean of per-image values (the mean summed in image order).
public struct Spread: Sendable, Equatable {
    /// The statistics.
    public var min: Double, median: Double, max: Double, mean: Double

    /// The spread of `values` (all zero when empty). The median of an even count is the mean
    /// of the two middle values, as `numpy.median`.
    public init(_ values: [Double]) {
        guard !values.isEmpty else {
            (min, median, max, mean) = (0, 0, 0, 0)
            return
        }
        let sorted = values.sorted()
        let n = sorted.count
        min = sorted[0]
        max = sorted[n - 1]
        median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
        mean = values.reduce(0, +) / Double(n)
    }
}

/// The chip over a dataset.
public struct DatasetChipFigures: Sendable, Equatable {
    /// Hardware config name.
    public var config: String
    /// Energy per image, mJ, and its components' means over the images (mJ, in report order).
    public var energy: Spread
    /// Mean energy per component, mJ.
    public var breakdown: [(name: String, millijoules: Double)]
    /// Cycles and latency per image.
    public var cycles: Spread, latencySeconds: Spread
    /// Against the FP32 reference (compared fixed-point chips): differing neuron-timesteps of all
    /// neuron-timesteps, and detections present in one run only.
    public var differingSpikes: Int?, neuronTimesteps: Int, unmatchedDetections: Int?

    init?(_ part: DatasetPart) {
        guard let config = part.identity.hardware, let names = part.identity.energyComponents else { return nil }
        let rows = part.images.compactMap(\.chip)
        self.config = config
        energy = Spread(rows.map(\.millijoules))
        let n = Double(max(rows.count, 1))
        breakdown = names.enumerated().map { k, name in (name, rows.reduce(0) { $0 + $1.breakdown[k] } / n) }
        cycles = Spread(rows.map { Double($0.cycles) })
        latencySeconds = Spread(rows.map(\.latencySeconds))
        neuronTimesteps = part.images.reduce(0) { $0 + $1.neuronTimesteps }
        if part.identity.compared {
            differingSpikes = rows.reduce(0) { $0 + ($1.differingSpikes ?? 0) }
            unmatchedDetections = rows.reduce(0) { $0 + ($1.unmatchedDetections ?? 0) }
        }
    }

    public static func == (a: DatasetChipFigures, b: DatasetChipFigures) -> Bool {
        a.config == b.config && a.energy == b.energy && a.breakdown.map(\.name) == b.breakdown.map(\.name)
            && a.breakdown.map(\.millijoules) == b.breakdown.map(\.millijoules) && a.cycles == b.cycles
            && a.latencySeconds == b.latencySeconds && a.differingSpikes == b.differingSpikes
            && a.neuronTimesteps == b.neuronTimesteps && a.unmatchedDetections == b.unmatchedDetections
    }
}

/// The validator's metrics of one arithmetic's detections.
public struct ArithmeticMetrics: Sendable, Equatable {
    /// `fp32`, `fp64` (reference runs), or `chip`.
    public var name: String
    /// The arithmetic (`fp32`, `int8/int24`, …).
    public var arithmetic: String
    /// P, R, mAP50, mAP50-95, per class.
    public var metrics: DetectionMetrics

    /// Every arithmetic's metrics of a labelled part: rows added in image order, as the
    /// validator adds batches.
    static func all(_ part: DatasetPart) -> [ArithmeticMetrics] {
        let id = part.identity
        guard id.labels, id.command != "estimate" else { return [] }
        func evaluate(_ detections: (ImageRow) -> [DetectionRecord]?) -> DetectionMetrics {
            var evaluator = DetectionEvaluator()
            for row in part.images {
                evaluator.add(predictions: (detections(row) ?? []).map(\.detection), labels: (row.labels ?? []).map(\.label))
            }
            return evaluator.metrics()
        }
        var all = [ArithmeticMetrics(name: id.hardware == nil ? id.arithmetic : "chip", arithmetic: id.arithmetic,
                                     metrics: evaluate(\.detections))]
        if id.compared {
            all.append(ArithmeticMetrics(name: "fp32", arithmetic: "fp32", metrics: evaluate(\.referenceDetections)))
        }
        return all
    }
}
