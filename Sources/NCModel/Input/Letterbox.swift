/// ultralytics' `LetterBox` for a square model input: scale the image to fit (aspect kept,
/// bilinear like OpenCV's `INTER_LINEAR`), centre it, pad with grey 114/255.
public enum Letterbox {
    /// `image` letterboxed to `height` x `width`.
    public static func apply(_ image: InputImage, height: Int, width: Int) throws -> InputImage {
        if image.height == height && image.width == width { return image }
        let r = min(Double(height) / Double(image.height), Double(width) / Double(image.width))
        let newW = max(1, Int((Double(image.width) * r).rounded())), newH = max(1, Int((Double(image.height) * r).rounded()))
        let left = Int((Double(width - newW) / 2 - 0.1).rounded()), top = Int((Double(height - newH) / 2 - 0.1).rounded())
        var out = [Float](repeating: 114.0 / 255.0, count: image.channels * height * width)
        let sx = Double(image.width) / Double(newW), sy = Double(image.height) / Double(newH)
        for y in 0..<newH {
            // Pixel centres map to (dst + 0.5) * scale - 0.5 in the source, clamped at the border.
            let fy = max(0, (Double(y) + 0.5) * sy - 0.5)
            let y0 = min(Int(fy), image.height - 1), y1 = min(y0 + 1, image.height - 1)
            let wy = Float(fy - Double(y0))
            for x in 0..<newW {
                let fx = max(0, (Double(x) + 0.5) * sx - 0.5)
                let x0 = min(Int(fx), image.width - 1), x1 = min(x0 + 1, image.width - 1)
                let wx = Float(fx - Double(x0))
                for c in 0..<image.channels {
                    let p = c * image.height * image.width
                    let a = image.values[p + y0 * image.width + x0], b = image.values[p + y0 * image.width + x1]
                    let d = image.values[p + y1 * image.width + x0], e = image.values[p + y1 * image.width + x1]
                    let top0 = a + (b - a) * wx, bottom = d + (e - d) * wx
                    out[c * height * width + (y + top) * width + x + left] = top0 + (bottom - top0) * wy
                }
            }
        }
        // Interpolating huge finite values can overflow to infinity: that is an error, not a fallback.
        return try InputImage(channels: image.channels, height: height, width: width, values: out)
    }
}
