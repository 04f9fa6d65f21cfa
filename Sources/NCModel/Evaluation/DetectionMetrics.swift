/// The validator's detection metrics (ultralytics `DetMetrics`, box part): means over the
/// classes that have labels. JSON keys are those of neurocycle's reports (`map50_95`,
/// `per_class`, …), which show these metrics as they are.
public struct DetectionMetrics: Sendable, Equatable, Codable {
    /// Mean precision at the confidence of the best mean F1 (`metrics/precision(B)`).
    public var precision: Double
    /// Mean recall there (`metrics/recall(B)`).
    public var recall: Double
    /// Mean AP at IoU 0.5.
    public var map50: Double
    /// Mean AP at IoU 0.75.
    public var map75: Double
    /// Mean AP over IoU 0.50:0.05:0.95.
    public var map50_95: Double
    /// `0.1 · mAP50 + 0.9 · mAP50-95`, what ultralytics keeps the best checkpoint by.
    public var fitness: Double
    /// One entry per class that has labels, by class index.
    public var perClass: [ClassMetrics]
    /// Images added.
    public var images: Int
    /// Predictions added.
    public var predictions: Int
    /// Labels added.
    public var labels: Int

    enum CodingKeys: String, CodingKey {
        case precision, recall, map50, map75, map50_95, fitness, images, predictions, labels
        case perClass = "per_class"
    }

    /// The metrics with every class named: `names[i]` for class `i`, `class i` beyond `names`.
    public func named(_ names: [String]) -> DetectionMetrics {
        var named = self
        for i in named.perClass.indices {
            let c = named.perClass[i].classIndex
            named.perClass[i].name = names.indices.contains(c) ? names[c] : "class \(c)"
        }
        return named
    }
}

/// One class's metrics (ultralytics `Metric.class_result` plus the AP at every threshold).
public struct ClassMetrics: Sendable, Equatable, Codable {
    /// Class index.
    public var classIndex: Int
    /// Class name, once `DetectionMetrics.named(_:)` gave one (the evaluator knows indices only).
    public var name: String?
    /// Labels of this class.
    public var labels: Int
    /// Predictions of this class.
    public var predictions: Int
    /// AP at each IoU threshold (0.50, 0.55, …, 0.95).
    public var apPerThreshold: [Double]
    /// AP at IoU 0.5.
    public var ap50: Double
    /// Mean AP over the thresholds.
    public var ap50_95: Double
    /// Precision at the confidence of the best mean F1.
    public var precision: Double
    /// Recall there.
    public var recall: Double
    /// F1 there.
    public var f1: Double

    enum CodingKeys: String, CodingKey {
        case name, labels, predictions, precision, recall, f1, ap50, ap50_95
        case classIndex = "class", apPerThreshold = "ap_at_each_iou"
    }
}
