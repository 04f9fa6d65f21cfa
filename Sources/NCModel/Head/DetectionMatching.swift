/// Comparing the detections of two runs (the chip's fixed point against FP32).
public enum DetectionMatching {
    /// Detections of either list without a partner of the same class and IoU ≥ `iou` in the
    /// other (greedy, in list order).
    public static func unmatched(_ a: [Detection], _ b: [Detection], iou threshold: Float = 0.5) -> Int {
        var used = [Bool](repeating: false, count: b.count)
        var matched = 0
        for d in a {
            if let k = b.indices.first(where: { !used[$0] && b[$0].classIndex == d.classIndex && iou(d, b[$0]) >= threshold }) {
                used[k] = true
                matched += 1
            }
        }
        return (a.count - matched) + (b.count - matched)
    }

    /// Intersection over union of two boxes.
    public static func iou(_ p: Detection, _ q: Detection) -> Float {
        let iw = max(0, min(p.box[2], q.box[2]) - max(p.box[0], q.box[0]))
        let ih = max(0, min(p.box[3], q.box[3]) - max(p.box[1], q.box[1]))
        let inter = iw * ih
        let union = (p.box[2] - p.box[0]) * (p.box[3] - p.box[1]) + (q.box[2] - q.box[0]) * (q.box[3] - q.box[1]) - inter
        return union > 0 ? inter / union : 0
    }
}
