/// ultralytics' `ops.scale_boxes`: boxes in model-input pixels → original-image pixels (padding
/// removed, divided by the gain, clipped to the image), in the same float32 arithmetic.
///
/// The predictor calls it without `ratio_pad` and so recomputes gain and padding from the input
/// and original sizes: `gain = min(h_in / h0, w_in / w0)`, `pad = round((w_in − w0·gain) / 2 − 0.1)`
/// from the *unrounded* resized size. LetterBox rounded the resized size first, so this pad can be
/// one pixel off the one it really added (a 281x353 image at 320: padded top 0, assumed 1); the
/// authors' boxes carry that shift and so do these. The validator passes `ratio_pad` instead:
/// the gain `h_loaded / h0` and the padding LetterBox really used.
public struct BoxScaling: Sendable, Equatable, Codable {
    /// Input pixels per original pixel.
    public var gain: Double
    /// Columns subtracted before dividing by the gain.
    public var padX: Int
    /// Rows subtracted before dividing by the gain.
    public var padY: Int
    /// Original image height: y is clipped to [0, this].
    public var originalHeight: Int
    /// Original image width: x is clipped to [0, this].
    public var originalWidth: Int

    /// What `DetectionPredictor.postprocess` uses: `scale_boxes(input.shape[2:], boxes, orig.shape)`
    /// with no `ratio_pad`. Sizes must be positive.
    public static func predictor(inputHeight: Int, inputWidth: Int, originalHeight: Int, originalWidth: Int) -> BoxScaling {
        let gain = min(Double(inputHeight) / Double(originalHeight), Double(inputWidth) / Double(originalWidth))
        let padX = ((Double(inputWidth) - Double(originalWidth) * gain) / 2 - 0.1).rounded(.toNearestOrEven)
        let padY = ((Double(inputHeight) - Double(originalHeight) * gain) / 2 - 0.1).rounded(.toNearestOrEven)
        return BoxScaling(gain: gain, padX: Int(padX), padY: Int(padY), originalHeight: originalHeight, originalWidth: originalWidth)
    }

    /// `[x1, y1, x2, y2]` in input pixels → original pixels: `(v − pad) / Float(gain)` in float32,
    /// then clamped to the image (torch `clamp_(0, w)`).
    public func toOriginal(_ box: [Float]) -> [Float] {
        precondition(box.count == 4, "BoxScaling: a box has 4 coordinates")
        let g = Float(gain), px = Float(padX), py = Float(padY)
        let w = Float(originalWidth), h = Float(originalHeight)
        return [
            Self.clamp((box[0] - px) / g, w), Self.clamp((box[1] - py) / g, h),
            Self.clamp((box[2] - px) / g, w), Self.clamp((box[3] - py) / g, h),
        ]
    }

    /// The detection with its box in original pixels (score and class unchanged).
    public func toOriginal(_ detection: Detection) -> Detection {
        Detection(box: toOriginal(detection.box), score: detection.score, classIndex: detection.classIndex)
    }

    /// `clamp(v, 0, upper)`; NaN stays NaN as in torch.
    static func clamp(_ v: Float, _ upper: Float) -> Float {
        v.isNaN ? v : Swift.min(Swift.max(v, 0), upper)
    }
}
