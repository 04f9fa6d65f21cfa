/// What a dataset run (`run | simulate | estimate --data`) or `merge` reports, as plain numbers.
///
/// JSON keys scripts rely on (extend, never rename): `images`, `rates.test_py`, `rates.global`,
/// `totals`, `energy` (`energy.paper.snn_mJ` is the paper's figure from the `test_py` rates),
/// `metrics.<arithmetic>.{precision, recall, map50, map50_95, per_class}`.
public struct DatasetReport: Codable, Sendable, Equatable {
    /// Version of this JSON layout.
    public var schemaVersion = DatasetReport.currentSchemaVersion
    /// `run`, `simulate` or `estimate`.
    public var command: String
    /// The model; `input` is the dataset, `input_height`/`input_width` the nominal size.
    public var model: ModelSection
    /// The dataset and how it was run.
    public var dataset: DatasetSection
    /// Images counted.
    public var images: Int
    /// Firing rate per population in both conventions.
    public var rates: RatesSection
    /// Per population: sums and both rates, in topology order.
    public var populations: [PopulationRateRow]
    /// Sums over every image.
    public var totals: Totals
    /// Energy: the paper's from the averaged rates, per image, the chip's.
    public var energy: DatasetEnergySection
    /// The chip over the images (`simulate`).
    public var hardware: DatasetHardwareSection?
    /// Accuracy per arithmetic (datasets with labels), keyed `fp32`, `fp64` or `chip`.
    public var metrics: [String: MetricsSection]?
    /// How the numbers were made.
    public var notes: [String]

    /// The current `schema_version`.
    public static let currentSchemaVersion = 1

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", command, model, dataset, images, rates, populations, totals, energy, hardware
        case metrics, notes
    }
}

/// The dataset and how it was run.
public struct DatasetSection: Codable, Sendable, Equatable {
    /// The path given to `--data`, and `folder`, `yolo` or `list`.
    public var source: String, kind: String
    /// Images in the whole list (`images` at the top level counts those in this report).
    public var imageCount: Int
    /// `i/n` when the report covers one shard.
    public var shard: String?
    /// Letterbox mode and nominal input size.
    public var letterbox: String, imgsz: Int
    /// The arithmetic the spikes were computed in.
    public var arithmetic: String
    /// Whether the dataset has labels.
    public var labels: Bool
    /// The input shapes and their image counts.
    public var shapes: [ShapeRow]

    enum CodingKeys: String, CodingKey {
        case source, kind, shard, letterbox, imgsz, arithmetic, labels, shapes, imageCount = "image_count"
    }
}

/// One input shape of a dataset.
public struct ShapeRow: Codable, Sendable, Equatable {
    /// Model input rows, columns, and the images that had them.
    public var height: Int, width: Int, images: Int
}

/// Firing rates by population name in both conventions.
public struct RatesSection: Codable, Sendable, Equatable {
    /// Mean over images of each image's mean output (the authors' `test.py`).
    public var testPy: [String: Double]
    /// Σ spikes / Σ neuron-timesteps.
    public var global: [String: Double]

    enum CodingKeys: String, CodingKey {
        case testPy = "test_py", global
    }
}

/// One population over a dataset.
public struct PopulationRateRow: Codable, Sendable, Equatable {
    /// Module path.
    public var name: String
    /// Spikes and neuron-timesteps summed over the images.
    public var spikes: Int, neuronTimesteps: Int
    /// The two rates.
    public var testPy: Double, global: Double

    enum CodingKeys: String, CodingKey {
        case name, spikes, global, neuronTimesteps = "neuron_timesteps", testPy = "test_py"
    }
}

/// Minimum, median, maximum and mean over the images.
public struct SpreadRow: Codable, Sendable, Equatable {
    /// The statistics.
    public var min: Double, median: Double, max: Double, mean: Double
}

/// Energy of a dataset run.
public struct DatasetEnergySection: Codable, Sendable, Equatable {
    /// The paper's estimate from the `test_py` rates at the nominal size (the authors' figure).
    public var paper: PaperEnergy
    /// The same from the global rates.
    public var paperGlobal: PaperEnergy
    /// Per image: the paper's SNN energy at its own size, and the chip's energy (chip runs), mJ.
    public var perImage: PerImageEnergy
    /// The chip's mean energy per image and its components' means (chip runs).
    public var hardware: DatasetHardwareEnergy?
    /// The ANN baseline at the nominal size: MAC energy, mJ, and the paper's SNN/ANN ratio.
    public var annBaseline: ANNBaseline

    enum CodingKeys: String, CodingKey {
        case paper, hardware, paperGlobal = "paper_global", perImage = "per_image", annBaseline = "ann_baseline"
    }
}

/// Per-image energies.
public struct PerImageEnergy: Codable, Sendable, Equatable {
    /// The paper's SNN energy of each image at its own input size, mJ.
    public var paperSNNMillijoules: SpreadRow
    /// The chip's energy per image, mJ (chip runs).
    public var chipMillijoules: SpreadRow?

    enum CodingKeys: String, CodingKey {
        case paperSNNMillijoules = "paper_snn_mJ", chipMillijoules = "chip_mJ"
    }
}

/// The chip's energy over a dataset.
public struct DatasetHardwareEnergy: Codable, Sendable, Equatable {
    /// Mean energy per image, mJ (equals the sum of `breakdown`).
    public var meanMillijoules: Double
    /// Component → mean mJ per image.
    public var breakdown: [String: Double]

    enum CodingKeys: String, CodingKey {
        case breakdown, meanMillijoules = "mean_mJ"
    }
}

/// The chip over a dataset.
public struct DatasetHardwareSection: Codable, Sendable, Equatable {
    /// Config name and arithmetic.
    public var config: String, arithmetic: String
    /// Cycles and latency per image.
    public var cycles: SpreadRow, latencySeconds: SpreadRow
    /// Events delivered to cores over all images.
    public var events: Int
    /// A fixed-point chip against its FP32 reference: differing neuron-timesteps (of
    /// `neuron_timesteps`) and detections present in one run only, over all images.
    public var differingSpikes: Int?, neuronTimesteps: Int?, unmatchedDetections: Int?

    enum CodingKeys: String, CodingKey {
        case config, arithmetic, cycles, events, latencySeconds = "latency_s", differingSpikes = "differing_spikes"
        case neuronTimesteps = "neuron_timesteps", unmatchedDetections = "unmatched_detections"
    }
}
