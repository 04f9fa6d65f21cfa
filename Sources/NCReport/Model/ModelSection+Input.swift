extension ModelSection {
    /// The input as the report header shows it: the model input's size, and for an image input
    /// the original size and the letterbox (`photo.jpg, 451×300 px, rect letterbox to 320×224 px`).
    public var inputLine: String {
        guard let h = originalHeight, let w = originalWidth else { return "\(input), \(inputWidth)×\(inputHeight) px" }
        return "\(input), \(w)×\(h) px, \(letterbox ?? "letterbox") letterbox to \(inputWidth)×\(inputHeight) px (boxes in original pixels)"
    }
}
