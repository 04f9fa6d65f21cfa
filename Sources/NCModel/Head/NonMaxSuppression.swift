/// Non-maximum suppression as ultralytics' `non_max_suppression` (class-aware): keep boxes whose
/// best class score exceeds `confidence`, offset boxes by class so classes never suppress each
/// other, greedily keep the highest score and drop boxes overlapping it by more than `iou`, at
/// most `maxDetections`. One label per box as the predictor calls it; with `multiLabel` (the
/// validator's call) every class scoring above `confidence` makes its own candidate.
public struct NonMaxSuppression: Sendable {
    /// Score threshold (exclusive). ultralytics predicts with 0.25, validates with 0.001.
    public var confidence: Float = 0.25
    /// IoU above which a lower-scoring box of the same class is suppressed.
    public var iou: Float = 0.7
    /// Most detections kept.
    public var maxDetections = 300
    /// Most candidates considered (ultralytics' `max_nms`).
    public var maxCandidates = 30_000
    /// Every class above `confidence` is a candidate (`multi_label=True`, what
    /// `DetectionValidator.postprocess` passes), not only the best one.
    public var multiLabel = false

    /// Predict-mode defaults.
    public init(confidence: Float = 0.25, iou: Float = 0.7, maxDetections: Int = 300, multiLabel: Bool = false) {
        self.confidence = confidence
        self.iou = iou
        self.maxDetections = maxDetections
        self.multiLabel = multiLabel
    }

    /// The validator's call: confidence 0.001, IoU 0.7, every class above it (`multi_label=True`).
    public static let validation = NonMaxSuppression(confidence: 0.001, iou: 0.7, multiLabel: true)

    /// Detections from decoded outputs `[4 + classes][anchors]` (see `DetectionDecoder`).
    public func callAsFunction(_ decoded: [Float], anchors: Int, classCount: Int) -> [Detection] {
        var candidates = [(box: [Float], score: Float, cls: Int, order: Int)]()
        for a in 0..<anchors {
            var best: Float = -.infinity
            var cls = 0
            for c in 0..<classCount {
                let s = decoded[(4 + c) * anchors + a]
                if s > best { best = s; cls = c }
            }
            guard best > confidence else { continue }
            let cx = decoded[a], cy = decoded[anchors + a], w = decoded[2 * anchors + a], h = decoded[3 * anchors + a]
            let dw = w / 2, dh = h / 2
            let box = [cx - dw, cy - dh, cx + dw, cy + dh]
            if multiLabel {
                // torch.where(cls > conf): anchor-major, then class; that index orders ties.
                for c in 0..<classCount where decoded[(4 + c) * anchors + a] > confidence {
                    candidates.append((box, decoded[(4 + c) * anchors + a], c, a * classCount + c))
                }
            } else {
                candidates.append((box, best, cls, a))
            }
        }
        // Highest score first; ties keep anchor order (a stable sort, as torch's CPU sort is).
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : $0.order < $1.order }
        if candidates.count > maxCandidates { candidates.removeLast(candidates.count - maxCandidates) }
        let maxWH: Float = 7680
        let shifted = candidates.map { c -> [Float] in
            let off = Float(c.cls) * maxWH
            return c.box.map { $0 + off }
        }
        var suppressed = [Bool](repeating: false, count: candidates.count)
        var kept = [Detection]()
        for i in candidates.indices where !suppressed[i] {
            kept.append(Detection(box: candidates[i].box, score: candidates[i].score, classIndex: candidates[i].cls))
            if kept.count == maxDetections { break }
            let a = shifted[i]
            let areaA = (a[2] - a[0]) * (a[3] - a[1])
            for j in (i + 1)..<candidates.count where !suppressed[j] {
                let b = shifted[j]
                let iw = max(0, min(a[2], b[2]) - max(a[0], b[0]))
                let ih = max(0, min(a[3], b[3]) - max(a[1], b[1]))
                let inter = iw * ih
                let areaB = (b[2] - b[0]) * (b[3] - b[1])
                if inter / (areaA + areaB - inter) > iou { suppressed[j] = true }
            }
        }
        return kept
    }
}
