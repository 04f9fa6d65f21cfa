/// Reads JPEG and PNG files into 8-bit RGB exactly as OpenCV's `cv2.imread(path, cv2.IMREAD_COLOR)`
/// does (then BGR → RGB): libjpeg-turbo's accurate integer IDCT, "fancy" chroma upsampling and
/// fixed-point colour conversion for JPEG; the high byte of 16-bit PNG samples, alpha and tRNS
/// dropped; the EXIF orientation applied. The format is recognised by its magic bytes, never by
/// the file name.
public enum ImageDecoder {
    /// The largest image decoded unless the caller says otherwise: 2^26 pixels (8192 × 8192),
    /// 192 MiB of RGB.
    public static let defaultMaxPixels = 1 << 26

    /// Decodes the image file at `path`, refusing images of more than `maxPixels` pixels before
    /// allocating anything for them. Errors name the file.
    public static func decode(path: String, maxPixels: Int = defaultMaxPixels) throws -> RGBImage {
        let file = try MappedFile(path: path)
        return try FormatError.attaching(path) { try file.withBytes { try decode($0, maxPixels: maxPixels) } }
    }

    /// Decodes an image held in an array.
    public static func decode(_ bytes: [UInt8], maxPixels: Int = defaultMaxPixels) throws -> RGBImage {
        try bytes.withUnsafeBytes { try decode($0, maxPixels: maxPixels) }
    }

    /// Decodes an image held in memory.
    public static func decode(_ bytes: UnsafeRawBufferPointer, maxPixels: Int = defaultMaxPixels) throws -> RGBImage {
        switch try ImageFormat(sniffing: bytes) {
        case .jpeg: return try JPEGDecoder.decode(bytes, maxPixels: maxPixels)
        case .png: return try PNGDecoder.decodeRGB(bytes, maxPixels: maxPixels)
        }
    }

    /// The size of the image at `path` from its headers alone, without decoding pixels. A file
    /// whose size can be read may still fail to decode. Errors name the file.
    public static func size(path: String) throws -> ImageSize {
        let file = try MappedFile(path: path)
        return try FormatError.attaching(path) { try file.withBytes { try size($0) } }
    }

    /// The size of an image held in memory, from its headers alone.
    public static func size(_ bytes: UnsafeRawBufferPointer) throws -> ImageSize {
        switch try ImageFormat(sniffing: bytes) {
        case .jpeg: return try JPEGDecoder.size(bytes)
        case .png: return try PNGDecoder.size(bytes)
        }
    }

    /// The size of an image held in an array, from its headers alone.
    public static func size(_ bytes: [UInt8]) throws -> ImageSize {
        try bytes.withUnsafeBytes { try size($0) }
    }

    /// Throws `limitExceeded` naming the size and the limit when `width × height` exceeds `maxPixels`.
    static func checkPixelCount(width: Int, height: Int, maxPixels: Int, format: String) throws {
        let (pixels, overflow) = width.multipliedReportingOverflow(by: height)
        guard !overflow, pixels <= maxPixels else {
            throw FormatError.limitExceeded(
                "\(format) image of \(width) × \(height) pixels is larger than the limit of \(maxPixels) pixels")
        }
    }
}

/// The image formats `ImageDecoder` reads.
public enum ImageFormat: String, Sendable, Equatable {
    /// JPEG (JFIF, EXIF or bare), recognised by its SOI marker `FF D8` and the next marker's `FF`.
    case jpeg
    /// PNG, recognised by its 8-byte signature.
    case png

    /// The format of `bytes`, from the magic bytes at its start.
    public init(sniffing bytes: UnsafeRawBufferPointer) throws {
        if bytes.count >= 3, bytes[0] == 0xFF, bytes[1] == 0xD8, bytes[2] == 0xFF {
            self = .jpeg
        } else if bytes.count >= 8, bytes.prefix(8).elementsEqual(PNGDecoder.signature) {
            self = .png
        } else {
            let head = bytes.prefix(8).map { Hex.byte($0) }.joined(separator: " ")
            throw FormatError.unsupported(
                "not a JPEG or PNG image (the only formats read); the file starts with [\(head)]")
        }
    }
}

/// An image's size from its headers: as stored and as shown once its EXIF orientation is applied.
public struct ImageSize: Sendable, Equatable {
    /// Stored width in pixels.
    public let width: Int
    /// Stored height in pixels.
    public let height: Int
    /// The EXIF orientation the decoder applies (`.topLeft` when the file has none).
    public let orientation: ImageOrientation
    /// The format the size was read from.
    public let format: ImageFormat

    /// Width of the decoded (upright) image: what `ImageDecoder.decode` returns.
    public var orientedWidth: Int { orientation.orientedSize(width: width, height: height).width }
    /// Height of the decoded (upright) image.
    public var orientedHeight: Int { orientation.orientedSize(width: width, height: height).height }
}
