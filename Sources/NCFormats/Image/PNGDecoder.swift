/// A PNG decoder (PNG specification, 2nd edition / RFC 2083): every chunk's CRC is verified,
/// IHDR is validated before anything is allocated, and the image data must inflate to exactly the
/// size IHDR implies. Handles colour types 0, 2, 3, 4 and 6 at every bit depth the spec allows,
/// palettes with tRNS transparency, and Adam7 interlacing.
///
/// Two outputs share one raster path (`PNGRaster`): planar floats with alpha (`decode`), and the
/// 8-bit RGB OpenCV's `imread(IMREAD_COLOR)` returns (`decodeRGB`: samples below 8 bits scaled
/// up by bit replication, 16-bit samples reduced to their high byte, alpha and tRNS dropped, the
/// `eXIf` orientation applied).
public enum PNGDecoder {
    /// The most pixels `decode` accepts (2^28, a 16384 × 16384 image).
    public static let maxPixels = 1 << 28

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Decodes the PNG file at `path`. Errors name the file.
    public static func decode(path: String) throws -> PNGImage {
        let file = try MappedFile(path: path)
        return try FormatError.attaching(path) { try file.withBytes { try decode($0) } }
    }

    /// Decodes a PNG held in an array.
    public static func decode(_ bytes: [UInt8]) throws -> PNGImage {
        try bytes.withUnsafeBytes { try decode($0) }
    }

    /// Decodes a PNG held in memory to planar floats in [0, 1] (v / (2^depth - 1)), with its
    /// alpha plane when it has one. The EXIF orientation is not applied.
    public static func decode(_ bytes: UnsafeRawBufferPointer) throws -> PNGImage {
        let file = try PNGFile(bytes, maxPixels: maxPixels)
        var data = try file.inflateImageData()
        var sink = PNGFloatSink(file)
        try PNGRaster(file).decode(&data, into: &sink)
        return try sink.image()
    }

    /// Decodes a PNG held in memory to 8-bit RGB as OpenCV's `imread(IMREAD_COLOR)` does,
    /// refusing images of more than `maxPixels` pixels before allocating for them.
    public static func decodeRGB(_ bytes: UnsafeRawBufferPointer, maxPixels: Int = ImageDecoder.defaultMaxPixels) throws -> RGBImage {
        let file = try PNGFile(bytes, maxPixels: maxPixels)
        var data = try file.inflateImageData()
        var sink = PNGRGBSink(file)
        try PNGRaster(file).decode(&data, into: &sink)
        return (file.orientation ?? .topLeft).apply(to: sink.image())
    }

    /// The size and orientation of a PNG from IHDR and the chunk list (image data is skipped, not
    /// inflated; only IHDR's and eXIf's CRCs are checked).
    public static func size(_ bytes: UnsafeRawBufferPointer) throws -> ImageSize {
        var chunks = try PNGChunkReader(bytes)
        var header: PNGHeader?
        var orientation: ImageOrientation?
        var sawExif = false
        while let chunk = try chunks.next(verifyCRC: false) {
            switch chunk.type {
            case "IHDR":
                try chunk.verifyCRC()
                header = try PNGHeader(chunk.data, maxPixels: Int.max)
            case "eXIf":
                try chunk.verifyCRC()
                if !sawExif { orientation = ImageOrientation.parse(tiff: chunk.data) }
                sawExif = true
            case "IEND":
                guard let header else { throw FormatError.malformed("PNG has no IHDR chunk") }
                return ImageSize(width: header.width, height: header.height, orientation: orientation ?? .topLeft, format: .png)
            default:
                guard header != nil else { throw FormatError.malformed("PNG starts with chunk \(chunk.type) instead of IHDR") }
            }
        }
        throw FormatError.truncated("PNG ends at byte \(bytes.count) without an IEND chunk")
    }
}
