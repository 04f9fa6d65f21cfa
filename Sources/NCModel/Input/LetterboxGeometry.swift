/// Where an original image lands in the model input: every size and pad ultralytics' `LetterBox`
/// (and, in `val` mode, `load_image` before it) computes, and how detections map back.
public struct LetterboxGeometry: Sendable, Equatable, Codable {
    /// The path that produced this geometry.
    public var mode: LetterboxMode
    /// Rows of the original (decoded) image.
    public var originalHeight: Int
    /// Columns of the original image.
    public var originalWidth: Int
    /// Rows of the image `LetterBox` received: the original, or in `val` mode the result of
    /// `load_image`'s resize (`min(ceil(h0 · size / max(h0, w0)), size)`).
    public var loadedHeight: Int
    /// Columns of the image `LetterBox` received.
    public var loadedWidth: Int
    /// `LetterBox`'s scale `r` from the loaded image to the resized one.
    public var ratio: Double
    /// Rows after `LetterBox`'s resize (`round(h · r)`, half to even), before padding.
    public var resizedHeight: Int
    /// Columns after `LetterBox`'s resize.
    public var resizedWidth: Int
    /// Padding rows above (`round(dh/2 − 0.1)`).
    public var top: Int
    /// Padding rows below (`round(dh/2 + 0.1)`).
    public var bottom: Int
    /// Padding columns on the left.
    public var left: Int
    /// Padding columns on the right.
    public var right: Int

    /// Rows of the model input.
    public var inputHeight: Int { resizedHeight + top + bottom }
    /// Columns of the model input.
    public var inputWidth: Int { resizedWidth + left + right }

    /// How the authors' code maps detections in input pixels back to original pixels for this
    /// path: the predictor's recomputed `scale_boxes` for `rect`/`square`, the validator's
    /// `ratio_pad` (gain `loadedHeight / originalHeight`, the real left/top padding) for `val`.
    public var boxScaling: BoxScaling {
        switch mode {
        case .rect, .square:
            return .predictor(inputHeight: inputHeight, inputWidth: inputWidth,
                              originalHeight: originalHeight, originalWidth: originalWidth)
        case .val:
            return BoxScaling(gain: Double(loadedHeight) / Double(originalHeight), padX: left, padY: top,
                              originalHeight: originalHeight, originalWidth: originalWidth)
        }
    }
}
