/// Which predictions of one image are true positives at each IoU threshold, as ultralytics'
/// `DetectionValidator._process_batch` → `BaseValidator.match_predictions` decides it.
public enum PredictionMatching {
    /// `torch.linspace(0.5, 0.95, 10)` in float32, as torch computes it: step = (0.95 − 0.5) / 9,
    /// the first half `0.5 + step·i`, the second half `0.95 − step·(9 − i)`.
    public static let cocoThresholds: [Float] = {
        let start: Float = 0.5, end: Float = 0.95
        let step = (end - start) / Float(9)
        return (0..<10).map { i in i < 5 ? start + step * Float(i) : end - step * Float(9 - i) }
    }()

    /// `metrics.box_iou(labels, predictions)` in float32 with eps 1e-7: `[label][prediction]`.
    public static func iou(labels: [LabelBox], predictions: [Detection]) -> [[Float]] {
        let eps = Float(1e-7)
        return labels.map { l in
            let a = l.box
            let areaA = (a[2] - a[0]) * (a[3] - a[1])
            return predictions.map { p in
                let b = p.box
                let w = max(min(a[2], b[2]) - max(a[0], b[0]), 0)
                let h = max(min(a[3], b[3]) - max(a[1], b[1]), 0)
                let inter = w * h
                return inter / (areaA + (b[2] - b[0]) * (b[3] - b[1]) - inter + eps)
            }
        }
    }

    /// `correct[prediction][threshold]`. For each threshold: the (label, prediction) pairs of the
    /// same class with IoU ≥ threshold, sorted by descending IoU; each prediction keeps its best
    /// pair; then each label keeps the pair of the *lowest-numbered* prediction among those left
    /// (the fork's second `np.unique` runs on the prediction-ordered list, not on IoU — its
    /// re-sort is commented out). Equal IoUs are ordered as a stable ascending sort reversed
    /// (NumPy's own order for exact ties depends on which sort kernel it dispatches to).
    /// Boxes are `[x1, y1, x2, y2]`.
    public static func correct(predictions: [Detection], labels: [LabelBox], thresholds: [Float] = cocoThresholds) -> [[Bool]] {
        var correct = [[Bool]](repeating: [Bool](repeating: false, count: thresholds.count), count: predictions.count)
        guard !labels.isEmpty, !predictions.isEmpty else { return correct }
        let iou = self.iou(labels: labels, predictions: predictions)
        // iou * (classes equal): other classes become 0 and never reach a threshold ≥ 0.5.
        let masked = labels.indices.map { l in
            predictions.indices.map { d in labels[l].classIndex == predictions[d].classIndex ? iou[l][d] : 0 }
        }
        for (t, threshold) in thresholds.enumerated() {
            // np.nonzero order: label-major.
            var pairs = [(label: Int, prediction: Int)]()
            for l in labels.indices { for d in predictions.indices where masked[l][d] >= threshold { pairs.append((l, d)) } }
            if pairs.count > 1 {
                let ascending = pairs.indices.sorted { i, j in
                    let a = masked[pairs[i].label][pairs[i].prediction], b = masked[pairs[j].label][pairs[j].prediction]
                    return a != b ? a < b : i < j
                }
                let byIoU = ascending.reversed().map { pairs[$0] }
                pairs = firstOfEach(firstOfEach(byIoU, key: \.prediction), key: \.label)
            }
            for p in pairs { correct[p.prediction][t] = true }
        }
        return correct
    }

    /// `a[np.unique(key(a), return_index=True)[1]]`: the first element of each key, ordered by key.
    static func firstOfEach(_ a: [(label: Int, prediction: Int)], key: KeyPath<(label: Int, prediction: Int), Int>) -> [(label: Int, prediction: Int)] {
        var first = [Int: (label: Int, prediction: Int)]()
        for e in a where first[e[keyPath: key]] == nil { first[e[keyPath: key]] = e }
        return first.keys.sorted().compactMap { first[$0] }
    }
}
