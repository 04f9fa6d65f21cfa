/// A decoded raster image: planar floating-point colour, as a network input wants it.
public struct PNGImage: Sendable, Equatable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// Red, green and blue planes in [0, 1], C order `[3][height][width]`. Alpha is not applied:
    /// the colour is what the file stores, composited on nothing.
    public let rgb: [Float]
    /// The alpha plane in [0, 1], `[height][width]`, when the file has one (colour types 4 and 6,
    /// or a tRNS chunk); otherwise nil.
    public let alpha: [Float]?

    /// An image from planes; `rgb` must hold `3 * width * height` values and `alpha`, if given,
    /// `width * height`.
    public init(width: Int, height: Int, rgb: [Float], alpha: [Float]? = nil) throws {
        let (pixels, o1) = width.multipliedReportingOverflow(by: height)
        let (samples, o2) = pixels.multipliedReportingOverflow(by: 3)
        guard width >= 0, height >= 0, !o1, !o2, rgb.count == samples else {
            throw FormatError.malformed(
                "image of \(width) × \(height) pixels needs 3 planes of that size, got \(rgb.count) values")
        }
        if let alpha, alpha.count != pixels {
            throw FormatError.malformed(
                "image of \(width) × \(height) pixels has an alpha plane of \(alpha.count) values")
        }
        self.width = width
        self.height = height
        self.rgb = rgb
        self.alpha = alpha
    }

    /// The red, green and blue values of the pixel at column `x`, row `y` (both must be in range).
    public func color(x: Int, y: Int) -> (red: Float, green: Float, blue: Float) {
        let plane = width * height
        let i = y * width + x
        return (rgb[i], rgb[plane + i], rgb[2 * plane + i])
    }
}
