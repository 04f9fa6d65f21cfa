import NCFormats

extension PNGImage {
    /// The 8-bit RGB bytes OpenCV's `cv2.imread(path, IMREAD_COLOR)` gives for this PNG (then
    /// BGR→RGB), row-major `[height][width][3]`: what ultralytics letterboxes.
    ///
    /// `PNGDecoder` stores each sample as the correctly rounded `v / (2^depth − 1)`; imread keeps
    /// 8-bit samples, scales lower depths up by bit replication (`v · 255 / (2^depth − 1)`), takes
    /// the high byte of 16-bit ones (`v >> 8`, not `round(v / 257)`), replicates grey into the three
    /// channels and drops alpha without compositing. One rule recovers all of these from the
    /// float: `round(f · 65535) >> 8`. A 16-bit `v` comes back exactly (the float carries 24 bits),
    /// and every lower depth gives `f · 65535 = 257 · b` for its 8-bit value `b`, whose high byte is
    /// `b` (checked exhaustively in `LetterboxTests`).
    public func openCVRGB() -> [UInt8] {
        let plane = width * height
        var out = [UInt8](repeating: 0, count: 3 * plane)
        for c in 0..<3 {
            for p in 0..<plane {
                out[p * 3 + c] = PNGImage.openCVByte(rgb[c * plane + p])
            }
        }
        return out
    }

    /// One decoded sample as imread's byte; values outside [0, 1] (which the decoder never makes)
    /// saturate and NaN becomes 0.
    static func openCVByte(_ f: Float) -> UInt8 {
        guard f > 0 else { return 0 }
        guard f < 1 else { return 255 }
        return UInt8(Int((Double(f) * 65535).rounded(.toNearestOrEven)) >> 8)
    }
}
