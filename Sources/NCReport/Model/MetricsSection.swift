import NCModel

/// Detection accuracy as ultralytics' validator computes it (`DetMetrics`, box part): means over
/// the classes that have labels. The keys scripts read: `precision`, `recall`, `map50`,
/// `map50_95`, `per_class[]`.
public struct MetricsSection: Codable, Sendable, Equatable {
    /// The arithmetic whose detections these are (`fp32`, `int8/int24`, …); absent for a
    /// predictions file.
    public var arithmetic: String?
    /// Mean precision at the confidence of the best mean F1.
    public var precision: Double
    /// Mean recall there.
    public var recall: Double
    /// Mean AP at IoU 0.5.
    public var map50: Double
    /// Mean AP at IoU 0.75.
    public var map75: Double
    /// Mean AP over IoU 0.50:0.05:0.95.
    public var map50_95: Double
    /// `0.1 · mAP50 + 0.9 · mAP50-95`.
    public var fitness: Double
    /// Images, predictions and labels evaluated.
    public var images: Int, predictions: Int, labels: Int
    /// One row per class that has labels, by class index.
    public var perClass: [ClassMetricsRow]

    /// The section for `metrics`; `names` gives class names.
    public init(_ metrics: DetectionMetrics, arithmetic: String?, names: [String]) {
        self.arithmetic = arithmetic
        precision = metrics.precision
        recall = metrics.recall
        map50 = metrics.map50
        map75 = metrics.map75
        map50_95 = metrics.map50_95
        fitness = metrics.fitness
        images = metrics.images
        predictions = metrics.predictions
        labels = metrics.labels
        perClass = metrics.perClass.map { c in
            ClassMetricsRow(classIndex: c.classIndex, name: c.classIndex < names.count ? names[c.classIndex] : "class \(c.classIndex)",
                            labels: c.labels, predictions: c.predictions, precision: c.precision, recall: c.recall, f1: c.f1,
                            ap50: c.ap50, ap50_95: c.ap50_95, apPerThreshold: c.apPerThreshold)
        }
    }

    enum CodingKeys: String, CodingKey {
        case arithmetic, precision, recall, map50, map75, fitness, images, predictions, labels
        case map50_95, perClass = "per_class"
    }
}

/// One class's accuracy.
public struct ClassMetricsRow: Codable, Sendable, Equatable {
    /// Class index and name.
    public var classIndex: Int, name: String
    /// Labels and predictions of the class.
    public var labels: Int, predictions: Int
    /// Precision, recall and F1 at the confidence of the best mean F1.
    public var precision: Double, recall: Double, f1: Double
    /// AP at IoU 0.5 and mean AP over 0.50:0.05:0.95.
    public var ap50: Double, ap50_95: Double
    /// AP at each IoU threshold 0.50, 0.55, …, 0.95.
    public var apPerThreshold: [Double]

    enum CodingKeys: String, CodingKey {
        case name, labels, predictions, precision, recall, f1, ap50, ap50_95
        case classIndex = "class", apPerThreshold = "ap_at_each_iou"
    }
}

/// What `neurocycle metrics` reports: one predictions file scored against labels.
public struct MetricsReport: Codable, Sendable, Equatable {
    /// Version of this JSON layout.
    public var schemaVersion = 1
    /// The predictions file, the labels folder and the images folder.
    public var predictions: String, labelsDirectory: String, imagesDirectory: String
    /// How labels were compared (`own boxes`, or the validator's letterbox round trip).
    public var labelBoxes: String
    /// The metrics.
    public var metrics: MetricsSection

    /// A report.
    public init(predictions: String, labelsDirectory: String, imagesDirectory: String, labelBoxes: String, metrics: MetricsSection) {
        self.predictions = predictions
        self.labelsDirectory = labelsDirectory
        self.imagesDirectory = imagesDirectory
        self.labelBoxes = labelBoxes
        self.metrics = metrics
    }

    enum CodingKeys: String, CodingKey {
        case predictions, metrics
        case schemaVersion = "schema_version", labelsDirectory = "labels_directory", imagesDirectory = "images_directory"
        case labelBoxes = "label_boxes"
    }

    // The metrics' keys at the top level too, so `precision`, `recall`, `map50`, `map50_95` and
    // `per_class` read the same in this report and in a dataset report's `metrics.<arithmetic>`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(predictions, forKey: .predictions)
        try c.encode(labelsDirectory, forKey: .labelsDirectory)
        try c.encode(imagesDirectory, forKey: .imagesDirectory)
        try c.encode(labelBoxes, forKey: .labelBoxes)
        try metrics.encode(to: encoder)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        predictions = try c.decode(String.self, forKey: .predictions)
        labelsDirectory = try c.decode(String.self, forKey: .labelsDirectory)
        imagesDirectory = try c.decode(String.self, forKey: .imagesDirectory)
        labelBoxes = try c.decode(String.self, forKey: .labelBoxes)
        metrics = try MetricsSection(from: decoder)
    }
}
