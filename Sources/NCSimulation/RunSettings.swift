import NCEnergy
import NCModel

/// What every job shares: threads, the NMS that turns head outputs into detections, and the
/// constants of the paper's estimate and the ANN baseline.
public struct RunSettings: Sendable {
    /// Worker threads; results do not depend on it.
    public var threads: Int
    /// NMS confidence threshold (exclusive).
    public var confidence: Double
    /// NMS IoU threshold.
    public var iou: Double
    /// pJ per MAC of the paper's estimate (4.6).
    public var paperMACPicojoules: Double
    /// pJ per accumulate of the paper's estimate (0.9).
    public var paperACPicojoules: Double
    /// pJ per MAC of the ANN baseline (4.6, FP32 at 45 nm).
    public var annMACPicojoules: Double
    /// NMS keeps every class above `confidence` per box, as the validator does (dataset runs).
    public var multiLabel = false

    /// Settings; the defaults are the paper's constants and ultralytics' predict NMS.
    public init(threads: Int = Parallel.defaultThreads, confidence: Double = 0.25, iou: Double = 0.7,
                paperMACPicojoules: Double = PaperEstimate.paperMACPicojoules,
                paperACPicojoules: Double = PaperEstimate.paperACPicojoules,
                annMACPicojoules: Double = PaperEstimate.paperMACPicojoules) {
        self.threads = threads
        self.confidence = confidence
        self.iou = iou
        self.paperMACPicojoules = paperMACPicojoules
        self.paperACPicojoules = paperACPicojoules
        self.annMACPicojoules = annMACPicojoules
    }

    /// Decoding's non-maximum suppression (ultralytics' predict path, at most 300 detections).
    public var nms: NonMaxSuppression {
        NonMaxSuppression(confidence: Float(confidence), iou: Float(iou), multiLabel: multiLabel)
    }
}
