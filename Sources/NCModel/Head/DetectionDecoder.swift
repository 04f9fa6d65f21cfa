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
        decode(heads, classCount: classCount, values: heads.map(\.values))
    }

    /// `decode` in FP64 from the heads' `exactValues` (what PyTorch's `model.double()` decodes);
    /// a head without them decodes from its FP32 values.
    public static func decodeFP64(_ heads: [HeadOutput], classCount: Int) -> (values: [Double], anchors: Int) {
        decode(heads, classCount: classCount,
               values: heads.map { $0.exactValues.isEmpty ? $0.values.map(Double.init) : $0.exactValues })
    }

    /// The decoding in scalar `S`, head `i` read from `values[i]`.
    static func decode<S: BinaryFloatingPoint>(_ heads: [HeadOutput], classCount: Int, values: [[S]]) -> (values: [S], anchors: Int) {
        let anchors = heads.reduce(0) { $0 + $1.height * $1.width }
        let rows = 4 + classCount
        var y = [S](repeating: 0, count: rows * anchors)
        var a0 = 0
        var probs = [S](repeating: 0, count: bins)
        for (head, v) in zip(heads, values) {
            let hw = head.height * head.width
            let stride = S(head.stride)
            for py in 0..<head.height {
                for px in 0..<head.width {
                    let cell = py * head.width + px
                    let a = a0 + cell
                    var dist = [S](repeating: 0, count: 4)
                    for side in 0..<4 {
                        var m = -S.infinity
                        for k in 0..<bins { m = max(m, v[(side * bins + k) * hw + cell]) }
                        var sum: S = 0
                        for k in 0..<bins {
                            probs[k] = S(exp(Double(v[(side * bins + k) * hw + cell] - m)))
                            sum += probs[k]
                        }
                        var e: S = 0
                        for k in 0..<bins { e += S(k) * (probs[k] / sum) }
                        dist[side] = e
                    }
                    let ax = S(px) + 0.5, ay = S(py) + 0.5
                    let x1 = ax - dist[0], y1 = ay - dist[1], x2 = ax + dist[2], y2 = ay + dist[3]
                    y[0 * anchors + a] = (x1 + x2) / 2 * stride
                    y[1 * anchors + a] = (y1 + y2) / 2 * stride
                    y[2 * anchors + a] = (x2 - x1) * stride
                    y[3 * anchors + a] = (y2 - y1) * stride
                    for c in 0..<classCount {
                        let logit = Double(v[(4 * bins + c) * hw + cell])
                        y[(4 + c) * anchors + a] = S(1 / (1 + exp(-logit)))
                    }
                }
            }
            a0 += hw
        }
        return (y, anchors)
    }
}
