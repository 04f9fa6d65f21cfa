/// How ultralytics (the SpikeYOLO fork, 8.0.197) turns an image into the model input. The three
/// paths differ in size and padding, so they give different spikes.
public enum LetterboxMode: String, Sendable, Equatable, CaseIterable, Codable {
    /// The predictor with a `.pt` model (`LetterBox(auto=True)`): the long side scaled to the
    /// input size, the other side padded only up to the next multiple of the stride, so H ≠ W in
    /// general (300x451 at 320 becomes 224x320). What `model.predict` feeds.
    case rect
    /// `LetterBox(auto=False)`: padded to a square of the input size. What exported and non-`.pt`
    /// backends get, and what the CLI's `--imgsz N` (N x N) means.
    case square
    /// The validator's data loader (`model.val()`, hence the authors' `test.py` firing rates):
    /// `load_image` resizes the long side to the input size with `ceil` sizes, then
    /// `LetterBox(auto=False, scaleup=False)` pads to the rect batch shape
    /// `ceil(shape * size / stride + 0.5) * stride` (300x451 at 320 becomes 256x352).
    case val
}
