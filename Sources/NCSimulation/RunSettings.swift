import NCEnergy
import NCModel

/// What every job shares: threads, the NMS that turns head outputs into detections, and the
/// constants of the paper's estimate and the ANN baseline.
public struct RunSettings: Sendable {
    /// Worker threads; results do not depend on it.
    public var threads: Int
    /// NMS confidence threshold (exclusive); ultralytics' predict default.
    public var confidence = 0.25
    /// NMS IoU threshold.
    public var iou = 0.7
    /// pJ per MAC of the paper's estimate (4.6).
    public var paperMACPicojoules = PaperEstimate.paperMACPicojoules
    /// pJ per accumulate of the paper's estimate (0.9).
    public var paperACPicojoules = PaperEstimate.paperACPicojoules
    /// pJ per MAC of the ANN baseline (4.6, FP32 at 45 nm).
    public var annMACPicojoules = PaperEstimate.paperMACPicojoules
    /// NMS keeps every class above `confidence` per box, as the validator does (dataset runs).
    public var multiLabel = false

    /// Settings on `threads` threads; the other fields start at the paper's constants and
    /// ultralytics' predict NMS, and callers set the ones they change.
    public init(threads: Int = Parallel.defaultThreads) {
        self.threads = threads
    }

    /// Decoding's non-maximum suppression (ultralytics' predict path, at most 300 detections).
    public var nms: NonMaxSuppression {
        NonMaxSuppression(confidence: Float(confidence), iou: Float(iou), multiLabel: multiLabel)
    }
}
