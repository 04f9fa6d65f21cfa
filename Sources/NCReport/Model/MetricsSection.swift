import NCModel

/// Detection accuracy as ultralytics' validator computes it (`DetMetrics`, box part): means over
/// the classes that have labels. The keys scripts read: `precision`, `recall`, `map50`,
/// `map50_95`, `per_class[]`. The metrics' own fields read through (`section.map50`).
@dynamicMemberLookup
public struct MetricsSection: Codable, Sendable, Equatable {
    /// The arithmetic whose detections these are (`fp32`, `int8/int24`, …); absent for a
    /// predictions file.
    public var arithmetic: String?
    /// The metrics, every class named (JSON: their keys beside `arithmetic`).
    public var metrics: DetectionMetrics

    /// The section for `metrics`; `names` gives class names.
    public init(_ metrics: DetectionMetrics, arithmetic: String?, names: [String]) {
        self.arithmetic = arithmetic
        self.metrics = metrics.named(names)
    }

    /// A field of the metrics.
    public subscript<Value>(dynamicMember field: KeyPath<DetectionMetrics, Value>) -> Value { metrics[keyPath: field] }

    enum CodingKeys: String, CodingKey { case arithmetic }

    /// `arithmetic` beside the metrics' keys.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(arithmetic, forKey: .arithmetic)
        try metrics.encode(to: encoder)
    }

    /// Reads what `encode(to:)` writes.
    public init(from decoder: any Decoder) throws {
        arithmetic = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(String.self, forKey: .arithmetic)
        metrics = try DetectionMetrics(from: decoder)
    }
}

/// What `neurocycle metrics` reports: one predictions file scored against labels, the metrics'
/// keys at the top level beside the heading's, so `precision`, `recall`, `map50`, `map50_95`
/// and `per_class` read the same in this report and in a dataset report's
/// `metrics.<arithmetic>`. The heading's fields read through (`report.predictions`).
@dynamicMemberLookup
public struct MetricsReport: Codable, Sendable, Equatable {
    /// What was scored and how.
    public struct Heading: Codable, Sendable, Equatable {
        /// Version of this JSON layout.
        public var schemaVersion = 1
        /// The predictions file, the labels folder and the images folder.
        public var predictions: String, labelsDirectory: String, imagesDirectory: String
        /// How labels were compared (`own boxes`, or the validator's letterbox round trip).
        public var labelBoxes: String

        enum CodingKeys: String, CodingKey {
            case predictions
            case schemaVersion = "schema_version", labelsDirectory = "labels_directory", imagesDirectory = "images_directory"
            case labelBoxes = "label_boxes"
        }
    }

    /// The files and how labels were compared.
    public var heading: Heading
    /// The metrics.
    public var metrics: MetricsSection

    /// A report.
    public init(predictions: String, labelsDirectory: String, imagesDirectory: String, labelBoxes: String, metrics: MetricsSection) {
        heading = Heading(predictions: predictions, labelsDirectory: labelsDirectory, imagesDirectory: imagesDirectory, labelBoxes: labelBoxes)
        self.metrics = metrics
    }

    /// A field of the heading.
    public subscript<Value>(dynamicMember field: KeyPath<Heading, Value>) -> Value { heading[keyPath: field] }

    /// The heading's keys and the metrics' side by side.
    public func encode(to encoder: any Encoder) throws { try encoder.encode(sideBySide: heading, metrics) }

    /// Reads what `encode(to:)` writes.
    public init(from decoder: any Decoder) throws {
        heading = try Heading(from: decoder)
        metrics = try MetricsSection(from: decoder)
    }
}
