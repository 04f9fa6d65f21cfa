import Foundation

/// Host-side decoding of the SpikeDetect outputs (not spike-driven, not charged to the chip):
/// DFL softmax over 16 bins per box side and its expectation, anchors at cell centres,
/// `ltrb -> xywh`, times stride; class scores through a sigmoid. Mirrors ultralytics' `Detect`.
public enum DetectionDecoder {
    /// Bins per box side (`reg_max`).
    public static let bins = 16

    /// Decodes the raw head outputs into `[4 + classes][anchors]`: `cx, cy, w, h` in input pixels,
    /// then class scores; anchors run level by level, row-major within a level.
    public static func decode(_ heads: [HeadOutput], classCount: Int) -> (values: [Float], anchors: Int) {
        let anchors = heads.reduce(0) { $0 + $1.height * $1.width }
        let rows = 4 + classCount
        var y = [Float](repeating: 0, count: rows * anchors)
        var a0 = 0
        var probs = [Float](repeating: 0, count: bins)
        for head in heads {
            let hw = head.height * head.width
            let stride = Float(head.stride)
            for py in 0..<head.height {
                for px in 0..<head.width {
                    let cell = py * head.width + px
                    let a = a0 + cell
                    var dist = [Float](repeating: 0, count: 4)
                    for side in 0..<4 {
                        var m = -Float.infinity
                        for k in 0..<bins { m = max(m, head.values[(side * bins + k) * hw + cell]) }
                        var sum: Float = 0
                        for k in 0..<bins {
                            probs[k] = Float(exp(Double(head.values[(side * bins + k) * hw + cell] - m)))
                            sum += probs[k]
                        }
                        var e: Float = 0
                        for k in 0..<bins { e += Float(k) * (probs[k] / sum) }
                        dist[side] = e
                    }
                    let ax = Float(px) + 0.5, ay = Float(py) + 0.5
                    let x1 = ax - dist[0], y1 = ay - dist[1], x2 = ax + dist[2], y2 = ay + dist[3]
                    y[0 * anchors + a] = (x1 + x2) / 2 * stride
                    y[1 * anchors + a] = (y1 + y2) / 2 * stride
                    y[2 * anchors + a] = (x2 - x1) * stride
                    y[3 * anchors + a] = (y2 - y1) * stride
                    for c in 0..<classCount {
                        let logit = Double(head.values[(4 * bins + c) * hw + cell])
                        y[(4 + c) * anchors + a] = Float(1 / (1 + exp(-logit)))
                    }
                }
            }
            a0 += hw
        }
        return (y, anchors)
    }
}
