import NCModel

/// What a dataset run over some of the images produced, kept as sums and per-image rows — never
/// averages — so that parts of one dataset merge into exactly the numbers of an unsharded run.
/// Its file form (`.ncpart`) is specified in `README.md` beside this file.
///
/// Integer sums (spikes, histograms, SOPs, events) are grouped by input shape: the authors'
/// per-image firing rate is `spikes / neurons` and the neurons depend only on the shape, so the
/// mean over images of the per-image rates is an exact function of these sums in any order.
/// Everything real-valued (energies, detections) stays per image and is summed in image order
/// when the outcome is computed.
public struct DatasetPart: Sendable, Equatable, Codable {
    /// Always `neurocycle-part`.
    public var format = DatasetPart.formatName
    /// Layout version (`currentVersion` when written by this build).
    public var version = DatasetPart.currentVersion
    /// What every part of one dataset run must share.
    public var identity: DatasetIdentity
    /// Which slice of the image list this part covers.
    public var shard: Shard
    /// The network, as the pricing at the nominal input size needs it.
    public var network: DatasetNetwork
    /// Sums per input shape, sorted by height, then width.
    public var shapes: [ShapeSums]
    /// One row per image, sorted by position in the full list.
    public var images: [ImageRow]

    /// The value of `format`.
    public static let formatName = "neurocycle-part"
    /// The layout this build writes and reads.
    public static let currentVersion = 1
}

/// The facts every part of one dataset run shares; merge refuses parts that differ in any.
public struct DatasetIdentity: Sendable, Equatable, Codable {
    /// `run`, `simulate` or `estimate`.
    public var command: String
    /// Model display name and SHA-256 (of the checkpoint file, or of a synthetic model's recipe).
    public var model: String, modelSHA256: String
    /// Scale and parameter count.
    public var scale: String, parameters: Int
    /// The dataset as given, how, and its full image list (count and `Dataset.listSHA256`).
    public var data: String, dataKind: String, imageCount: Int, listSHA256: String
    /// Whether the dataset has labels (accuracy is computed).
    public var labels: Bool
    /// Input size and letterbox mode.
    public var imgsz: Int, letterbox: String
    /// Arithmetic of the run (`fp32`, `fp64`, or the chip's, e.g. `int8/int24`).
    public var arithmetic: String
    /// Hardware config name and SHA-256 of its JSON (chip runs).
    public var hardware: String?, hardwareSHA256: String?
    /// Whether a fixed-point chip was compared with the FP32 reference on every image.
    public var compared: Bool
    /// NMS settings.
    public var confidence: Double, iou: Double, multiLabel: Bool
    /// Energy constants of the paper's estimate and the ANN baseline, pJ.
    public var paperMACPicojoules: Double, paperACPicojoules: Double, annMACPicojoules: Double
    /// The chip's energy components, in the order of `ChipRow.breakdown` (chip runs).
    public var energyComponents: [String]?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case command, model, scale, parameters, data, labels, imgsz, letterbox, arithmetic, hardware, compared
        case confidence, iou
        case modelSHA256 = "model_sha256", dataKind = "data_kind", imageCount = "image_count", listSHA256 = "list_sha256"
        case hardwareSHA256 = "hardware_sha256", multiLabel = "multi_label", paperMACPicojoules = "e_mac_pJ"
        case paperACPicojoules = "e_ac_pJ", annMACPicojoules = "ann_mac_pJ", energyComponents = "energy_components"
    }
}

/// The network as the dataset's pricing sees it: its populations and its folded convolutions at
/// the nominal `imgsz` × `imgsz` input (the size the paper prices averaged rates at).
public struct DatasetNetwork: Sendable, Equatable, Codable {
    /// Timesteps T, spike levels D, classes.
    public var timesteps: Int, spikeLevels: Int, classes: Int
    /// Population names, in topology order (every shape's sums use this order).
    public var populations: [String]
    /// Folded convolutions at the nominal size, in topology order.
    public var layers: [PricedLayer]
    /// Class names by index.
    public var classNames: [String]

    /// A network.
    public init(timesteps: Int, spikeLevels: Int, classes: Int, populations: [String], layers: [PricedLayer], classNames: [String]) {
        self.timesteps = timesteps
        self.spikeLevels = spikeLevels
        self.classes = classes
        self.populations = populations
        self.layers = layers
        self.classNames = classNames
    }

    /// The network of `topology`, whose classes are named `classNames`.
    public init(_ topology: NetworkTopology, classNames: [String]) {
        self.init(timesteps: topology.timesteps, spikeLevels: topology.spikeLevels, classes: topology.classCount,
                  populations: topology.populations.map(\.name),
                  layers: topology.convs.map { conv in
                      var source: Int?
                      if case .population(let p) = conv.source { source = p }
                      return PricedLayer(name: conv.name, macs: conv.macs, encoding: conv.isEncoding, source: source)
                  }, classNames: classNames)
    }

    enum CodingKeys: String, CodingKey {
        case timesteps, classes, populations, layers, spikeLevels = "spike_levels", classNames = "class_names"
    }
}

/// One folded convolution: its dense MACs per timestep and the population it reads.
public struct PricedLayer: Sendable, Equatable, Codable {
    /// Module path.
    public var name: String
    /// MACs of one dense evaluation at the nominal size.
    public var macs: Int
    /// Whether it reads the image (priced as MACs).
    public var encoding: Bool
    /// Index of the population it reads (nil for the encoding layer).
    public var source: Int?
}

/// Sums over the images of one input shape.
public struct ShapeSums: Sendable, Equatable, Codable {
    /// The model input's rows and columns.
    public var height: Int, width: Int
    /// Images of this shape.
    public var images: Int
    /// Neurons per population at this shape (per timestep, one image).
    public var neurons: [Int]
    /// Spikes per population, summed over the images.
    public var spikes: [Int]
    /// Neuron-timesteps emitting 0...D per population, summed over the images.
    public var histograms: [[Int]]
    /// Dense MACs of one image (all timesteps).
    public var macs: Int
    /// Event-exact SOPs per folded convolution, summed.
    public var sops: [Int]
    /// NeuroBench SOPs (a non-zero input counts once) per folded convolution, summed.
    public var nonzeroSOPs: [Int]
    /// Binary events delivered to cores, summed (chip runs).
    public var events: Int?

    enum CodingKeys: String, CodingKey {
        case height, width, images, neurons, spikes, histograms, macs, sops, events, nonzeroSOPs = "nonzero_sops"
    }
}

/// One image's numbers.
public struct ImageRow: Sendable, Equatable, Codable {
    /// Position in the full, sorted image list (0-based).
    public var index: Int
    /// Name (relative path) and stem (COCO image id).
    public var name: String, stem: String
    /// Decoded image size and model input size.
    public var originalHeight: Int, originalWidth: Int, inputHeight: Int, inputWidth: Int
    /// Spikes, neuron-timesteps and event-exact SOPs of the image.
    public var spikes: Int, neuronTimesteps: Int, sops: Int
    /// The paper's SNN energy of this image at its own input size, mJ.
    public var paperMillijoules: Double
    /// The chip's numbers (chip runs).
    public var chip: ChipRow?
    /// Ground truth in original pixels, as the validator compares it (nil: no label file).
    public var labels: [LabelRecord]?
    /// Detections in original pixels (kept when accuracy or predictions are asked for).
    public var detections: [DetectionRecord]?
    /// The FP32 reference's detections, for a fixed-point chip compared with it.
    public var referenceDetections: [DetectionRecord]?

    enum CodingKeys: String, CodingKey {
        case index, name, stem, spikes, sops, chip, labels, detections
        case originalHeight = "original_height", originalWidth = "original_width", inputHeight = "input_height"
        case inputWidth = "input_width", neuronTimesteps = "neuron_timesteps", paperMillijoules = "paper_snn_mJ"
        case referenceDetections = "reference_detections"
    }
}

/// One image on the chip.
public struct ChipRow: Sendable, Equatable, Codable {
    /// Energy, mJ, and its components in `DatasetIdentity.energyComponents` order.
    public var millijoules: Double, breakdown: [Double]
    /// Cycles, latency (s) and events delivered.
    public var cycles: Int, latencySeconds: Double, events: Int
    /// Against the FP32 reference (compared fixed-point chips): neuron-timesteps whose spike
    /// differs, and detections present in one run only.
    public var differingSpikes: Int?, unmatchedDetections: Int?

    enum CodingKeys: String, CodingKey {
        case breakdown, cycles, events
        case millijoules = "mJ", latencySeconds = "latency_s", differingSpikes = "differing_spikes"
        case unmatchedDetections = "unmatched_detections"
    }
}

/// A detection stored compactly: `[x1, y1, x2, y2, score, class]`.
public struct DetectionRecord: Sendable, Equatable, Codable {
    /// The detection.
    public var detection: Detection

    /// A record.
    public init(_ detection: Detection) { self.detection = detection }

    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        let box = try (0..<4).map { _ in try c.decode(Float.self) }
        let score = try c.decode(Float.self)
        let cls = try c.decode(Int.self)
        guard c.isAtEnd else { throw DecodingError.dataCorruptedError(in: c, debugDescription: "a detection is [x1, y1, x2, y2, score, class]") }
        detection = Detection(box: box, score: score, classIndex: cls)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        for v in detection.box { try c.encode(v) }
        try c.encode(detection.score)
        try c.encode(detection.classIndex)
    }
}

/// A ground-truth object stored compactly: `[class, x1, y1, x2, y2]`.
public struct LabelRecord: Sendable, Equatable, Codable {
    /// The object.
    public var label: LabelBox

    /// A record.
    public init(_ label: LabelBox) { self.label = label }

    public init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        let cls = try c.decode(Int.self)
        let box = try (0..<4).map { _ in try c.decode(Float.self) }
        guard c.isAtEnd else { throw DecodingError.dataCorruptedError(in: c, debugDescription: "a label is [class, x1, y1, x2, y2]") }
        label = LabelBox(classIndex: cls, box: box)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(label.classIndex)
        for v in label.box { try c.encode(v) }
    }
}
