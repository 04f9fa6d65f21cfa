/// A decoded 8-bit RGB raster, what `cv2.imread(path, cv2.IMREAD_COLOR)` returns once its BGR
/// channels are reversed: row-major, three bytes (red, green, blue) per pixel, no padding.
public struct RGBImage: Sendable, Equatable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// `height × width × 3` bytes: pixel (x, y) is at `3 * (y * width + x)`, red first.
    public let pixels: [UInt8]

    /// An image from interleaved RGB bytes; `pixels` must hold exactly `3 * width * height` bytes.
    public init(width: Int, height: Int, pixels: [UInt8]) throws {
        let (count, o1) = width.multipliedReportingOverflow(by: height)
        let (bytes, o2) = count.multipliedReportingOverflow(by: 3)
        guard width >= 0, height >= 0, !o1, !o2, pixels.count == bytes else {
            throw FormatError.malformed(
                "RGB image of \(width) × \(height) pixels needs \(width) × \(height) × 3 bytes, got \(pixels.count)")
        }
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// An image whose size the decoder already checked.
    init(checkedWidth width: Int, height: Int, pixels: [UInt8]) {
        assert(pixels.count == width * height * 3)
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// The red, green and blue bytes of the pixel at column `x`, row `y` (both must be in range).
    public func color(x: Int, y: Int) -> (red: UInt8, green: UInt8, blue: UInt8) {
        let i = 3 * (y * width + x)
        return (pixels[i], pixels[i + 1], pixels[i + 2])
    }
}
