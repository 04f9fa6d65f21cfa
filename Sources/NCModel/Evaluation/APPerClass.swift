/// ultralytics' `metrics.ap_per_class` and `compute_ap`, step for step in float64:
///
/// - predictions sorted by descending confidence (stable: equal scores keep their order);
/// - per class present in the labels: cumulative TP/FP, recall = TP / labels, precision =
///   TP / (TP + FP); AP per threshold = trapezoid integral over 101 recall points of `np.interp`
///   of the precision envelope with sentinels (recall 0 → precision 1, recall 1 → precision 0),
///   so a perfect class scores 0.995;
/// - precision and recall curves over a 1000-point confidence grid (`np.interp` with left 1 and
///   0), F1 per class, its mean over classes smoothed by a box filter of 101 points (fraction
///   0.1, edges padded), and P, R, F1 read at the first maximum of that curve.
enum APPerClass {
    /// Points of the confidence grid.
    static let gridPoints = 1000
    /// Box filter fraction of `smooth(f1, 0.1)`.
    static let smoothing = 0.1
    /// ap_per_class's eps.
    static let eps = 1e-16

    /// One `ClassMetrics` per class that has labels, by class index. `matches[i]` has bit `t` set
    /// when prediction `i` is correct at threshold `t`.
    static func compute(matches: [UInt16], thresholdCount: Int, confidences: [Float], predictedClasses: [Int], targetClasses: [Int]) -> [ClassMetrics] {
        let order = confidences.indices.sorted { confidences[$0] != confidences[$1] ? confidences[$0] > confidences[$1] : $0 < $1 }
        var labelCounts = [Int: Int]()
        for c in targetClasses { labelCounts[c, default: 0] += 1 }
        let classes = labelCounts.keys.sorted()
        var byClass = [Int: [Int]]()
        for i in order where labelCounts[predictedClasses[i]] != nil { byClass[predictedClasses[i], default: []].append(i) }
        let negGrid = NumPyArithmetic.unitGrid(gridPoints).map { -$0 }
        var rows = [(ap: [Double], p: [Double], r: [Double], predictions: Int)]()
        for c in classes {
            let picked = byClass[c] ?? []
            let labels = Double(labelCounts[c] ?? 0)
            guard !picked.isEmpty else {
                rows.append(([Double](repeating: 0, count: thresholdCount), [Double](repeating: 0, count: gridPoints),
                             [Double](repeating: 0, count: gridPoints), 0))
                continue
            }
            var recall = [[Double]](repeating: [], count: thresholdCount)
            var precision = [[Double]](repeating: [], count: thresholdCount)
            for t in 0..<thresholdCount {
                var tp = 0
                for (k, i) in picked.enumerated() {
                    if matches[i] & (1 << t) != 0 { tp += 1 }
                    let fp = k + 1 - tp
                    recall[t].append(Double(tp) / (labels + eps))
                    precision[t].append(Double(tp) / Double(tp + fp))
                }
            }
            let negConf = picked.map { -Double(confidences[$0]) }
            let r = NumPyArithmetic.interp(negGrid, negConf, recall[0], left: 0)
            let p = NumPyArithmetic.interp(negGrid, negConf, precision[0], left: 1)
            rows.append(((0..<thresholdCount).map { averagePrecision(recall: recall[$0], precision: precision[$0]) }, p, r, picked.count))
        }
        let f1 = rows.map { row in zip(row.p, row.r).map { 2 * $0 * $1 / ($0 + $1 + eps) } }
        // f1_curve.mean(0): classes added one after another, then divided.
        var meanF1 = [Double](repeating: 0, count: gridPoints)
        for curve in f1 { for i in 0..<gridPoints { meanF1[i] += curve[i] } }
        meanF1 = meanF1.map { $0 / Double(max(f1.count, 1)) }
        let smoothed = smooth(meanF1, fraction: smoothing)
        var best = 0
        for i in smoothed.indices where smoothed[i] > smoothed[best] { best = i }
        return classes.enumerated().map { ci, c in
            let ap = rows[ci].ap
            return ClassMetrics(classIndex: c, labels: labelCounts[c] ?? 0, predictions: rows[ci].predictions, apPerThreshold: ap,
                                ap50: ap[0], ap50_95: NumPyArithmetic.mean(ap), precision: rows[ci].p[best],
                                recall: rows[ci].r[best], f1: f1[ci][best])
        }
    }

    /// `compute_ap`: the 101-point interpolated area under the precision envelope.
    static func averagePrecision(recall: [Double], precision: [Double]) -> Double {
        let mrec = [0.0] + recall + [1.0]
        var mpre = [1.0] + precision + [0.0]
        // np.flip(np.maximum.accumulate(np.flip(mpre))); np.maximum propagates NaN.
        for i in stride(from: mpre.count - 2, through: 0, by: -1) where !mpre[i].isNaN {
            mpre[i] = mpre[i + 1].isNaN ? mpre[i + 1] : max(mpre[i], mpre[i + 1])
        }
        let x = NumPyArithmetic.unitGrid(101)
        return NumPyArithmetic.trapezoid(NumPyArithmetic.interp(x, mrec, mpre), x)
    }

    /// `smooth(y, f)`: a box filter of `round(len·f·2) // 2 + 1` points over `y` padded with its
    /// end values, `np.convolve(..., mode='valid')`.
    static func smooth(_ y: [Double], fraction: Double) -> [Double] {
        guard let first = y.first, let last = y.last else { return y }
        let width = Int((Double(y.count) * fraction * 2).rounded(.toNearestOrEven)) / 2 + 1
        let half = width / 2
        let padded = [Double](repeating: first, count: half) + y + [Double](repeating: last, count: half)
        let weight = 1.0 / Double(width)
        return (0...(padded.count - width)).map { k in
            var s = 0.0
            for j in 0..<width { s += padded[k + j] * weight }
            return s
        }
    }
}
