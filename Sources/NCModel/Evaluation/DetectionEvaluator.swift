/// ultralytics' validator metrics, accumulated image by image so a dataset can stream through:
/// `add` one image's predictions and labels (both in original-image pixels) as
/// `DetectionValidator.update_metrics` does, then `metrics()` runs `DetMetrics.process` →
/// `ap_per_class` over everything added.
///
/// Memory: one confidence, class and 10-bit match mask per prediction and one class per label.
public struct DetectionEvaluator: Sendable {
    /// IoU thresholds of the columns of `correct` (`PredictionMatching.cocoThresholds`).
    public let thresholds = PredictionMatching.cocoThresholds
    /// Images added.
    public private(set) var images = 0
    var matches: [UInt16] = []
    var confidences: [Float] = []
    var predictedClasses: [Int] = []
    var targetClasses: [Int] = []

    /// An empty evaluator.
    public init() {}

    /// Adds one image and returns `correct[prediction][threshold]` for its predictions (in the
    /// given order). An image without predictions contributes only its labels; one without
    /// labels makes every prediction a false positive.
    @discardableResult
    public mutating func add(predictions: [Detection], labels: [LabelBox]) -> [[Bool]] {
        images += 1
        let correct = PredictionMatching.correct(predictions: predictions, labels: labels, thresholds: thresholds)
        for (d, row) in zip(predictions, correct) {
            matches.append(row.enumerated().reduce(0) { $1.element ? $0 | UInt16(1) << $1.offset : $0 })
            confidences.append(d.score)
            predictedClasses.append(d.classIndex)
        }
        targetClasses += labels.map(\.classIndex)
        return correct
    }

    /// The metrics of everything added. As in the fork's `get_stats`, if no prediction is correct
    /// at any threshold the metrics are not computed at all: every number is 0 and `perClass` is empty.
    public func metrics() -> DetectionMetrics {
        var result = DetectionMetrics(precision: 0, recall: 0, map50: 0, map75: 0, map50_95: 0, fitness: 0, perClass: [],
                                      images: images, predictions: confidences.count, labels: targetClasses.count)
        guard matches.contains(where: { $0 != 0 }) else { return result }
        let perClass = APPerClass.compute(matches: matches, thresholdCount: thresholds.count, confidences: confidences,
                                          predictedClasses: predictedClasses, targetClasses: targetClasses)
        guard !perClass.isEmpty else { return result }
        let ap = perClass.map(\.apPerThreshold)
        result.perClass = perClass
        result.precision = NumPyArithmetic.mean(perClass.map(\.precision))
        result.recall = NumPyArithmetic.mean(perClass.map(\.recall))
        result.map50 = NumPyArithmetic.mean(ap.map { $0[0] })
        result.map75 = NumPyArithmetic.mean(ap.map { $0[5] })
        result.map50_95 = NumPyArithmetic.mean(ap.flatMap { $0 })
        // (np.array([mp, mr, map50, map]) * [0, 0, 0.1, 0.9]).sum()
        result.fitness = NumPyArithmetic.sum([result.precision * 0, result.recall * 0, result.map50 * 0.1, result.map50_95 * 0.9][...])
        return result
    }
}
