/// A JPEG decoder that reproduces libjpeg-turbo 3.x with its default settings, as OpenCV's
/// `imread` uses it: baseline, extended (8-bit) and progressive Huffman-coded JPEG; any integer
/// sampling factors; the accurate integer inverse DCT (`JDCT_ISLOW`); "fancy" triangle-filter
/// chroma upsampling where libjpeg applies it and replication elsewhere; fixed-point YCbCr → RGB;
/// progressive block smoothing of incomplete coefficients; and the EXIF orientation.
///
/// Unsupported kinds (12-bit, lossless, hierarchical, arithmetic-coded, CMYK/YCCK) are reported by
/// name. Corrupt data gives a one-line `FormatError`: where libjpeg would warn and invent data
/// (a Huffman code that does not exist, entropy data that ends early, a missing restart marker),
/// this decoder stops instead. Memory is bounded by the pixel limit, checked before allocating.
public enum JPEGDecoder {
    /// Decodes the JPEG file at `path` to RGB. Errors name the file.
    public static func decode(path: String, maxPixels: Int = ImageDecoder.defaultMaxPixels) throws -> RGBImage {
        let file = try MappedFile(path: path)
        return try FormatError.attaching(path) { try file.withBytes { try decode($0, maxPixels: maxPixels) } }
    }

    /// Decodes a JPEG held in memory to RGB, upright (EXIF orientation applied).
    public static func decode(_ bytes: UnsafeRawBufferPointer, maxPixels: Int = ImageDecoder.defaultMaxPixels) throws -> RGBImage {
        var decoder = JPEGImageDecoder(data: bytes, maxPixels: maxPixels)
        return try decoder.run()
    }

    /// The size and orientation of a JPEG from its header segments only (no entropy decoding).
    public static func size(_ bytes: UnsafeRawBufferPointer) throws -> ImageSize {
        var markers = try JPEGMarkerReader(data: bytes)
        var application = JPEGApplicationSegments()
        var size: (width: Int, height: Int)?
        while let marker = try markers.next() {
            switch marker.code {
            case 0xC0...0xCF where marker.code != 0xC4 && marker.code != 0xC8 && marker.code != 0xCC:
                guard size == nil else { throw FormatError.malformed("JPEG has a second frame header at byte \(marker.offset)") }
                let header = try JPEGFrame.readHeader(try markers.segmentBody(marker))
                guard header.width > 0, header.height > 0 else {
                    throw FormatError.malformed("JPEG frame gives a size of \(header.width) × \(header.height) pixels")
                }
                size = (header.width, header.height)
            case 0xE0...0xEF:
                application.read(marker.code, try markers.segmentBody(marker))
            case 0xDA, 0xD9:
                guard let size else { throw FormatError.malformed("JPEG reaches its first scan without a frame header") }
                return ImageSize(
                    width: size.width, height: size.height, orientation: application.orientation ?? .topLeft, format: .jpeg)
            default:
                if marker.hasLength { _ = try markers.segmentBody(marker) }
            }
        }
        throw FormatError.truncated("JPEG ends before its first scan")
    }
}

/// Walks the marker segments of a JPEG file (T.81 B.1.1.2): the SOI at byte 0, then markers
/// optionally preceded by 0xFF fill bytes, each with a big-endian length unless it stands alone.
struct JPEGMarkerReader {
    /// A marker found in the file.
    struct Marker {
        /// The byte after 0xFF (0xC0 for SOF0, ...).
        let code: UInt8
        /// Offset of the marker's 0xFF.
        let offset: Int
        /// Offset just after the marker's two bytes.
        let end: Int
        /// Whether a length field and segment body follow (all but SOI, EOI, RSTn and TEM).
        var hasLength: Bool { !(code == 0xD8 || code == 0xD9 || (0xD0...0xD7).contains(code) || code == 0x01) }
    }

    let data: UnsafeRawBufferPointer
    /// Where the search for the next marker starts.
    var position: Int

    /// A reader positioned after the SOI marker, which must open the data.
    init(data: UnsafeRawBufferPointer) throws {
        guard data.count >= 2, data[0] == 0xFF, data[1] == 0xD8 else {
            throw FormatError.malformed("not a JPEG file: it does not start with the SOI marker FF D8")
        }
        self.data = data
        position = 2
    }

    /// The next marker at or after `position`, or nil at the end of the data. Bytes before it
    /// that are not 0xFF are skipped, as libjpeg skips them (with a warning).
    mutating func next() throws -> Marker? {
        var p = position
        while true {
            while p < data.count && data[p] != 0xFF { p += 1 }
            while p < data.count && data[p] == 0xFF { p += 1 }
            guard p < data.count else {
                position = data.count
                return nil
            }
            if data[p] == 0 {
                // A stuffed 0xFF 0x00 outside entropy data: garbage, keep looking.
                p += 1
                continue
            }
            position = p + 1
            return Marker(code: data[p], offset: p - 1, end: p + 1)
        }
    }

    /// The body of `marker`'s segment (after its length field); moves `position` past it.
    mutating func segmentBody(_ marker: Marker) throws -> UnsafeRawBufferPointer {
        var r = ByteReader(data, offset: marker.end, context: "JPEG")
        let name = JPEGMarkerReader.name(marker.code)
        let length = Int(try r.be(UInt16.self, "length of the \(name) segment at byte \(marker.offset)"))
        guard length >= 2 else {
            throw FormatError.malformed("JPEG \(name) segment at byte \(marker.offset) has length \(length) (at least 2)")
        }
        let body = try r.slice(length - 2, "\(name) segment at byte \(marker.offset)")
        position = r.offset
        return body
    }

    /// The marker's name from T.81 Table B.1, for messages.
    static func name(_ code: UInt8) -> String {
        switch code {
        case 0xC4: return "DHT"
        case 0xC8: return "JPG"
        case 0xCC: return "DAC"
        case 0xC0...0xCF: return "SOF\(code - 0xC0)"
        case 0xD0...0xD7: return "RST\(code - 0xD0)"
        case 0xD8: return "SOI"
        case 0xD9: return "EOI"
        case 0xDA: return "SOS"
        case 0xDB: return "DQT"
        case 0xDC: return "DNL"
        case 0xDD: return "DRI"
        case 0xE0...0xEF: return "APP\(code - 0xE0)"
        case 0xFE: return "COM"
        default: return "marker 0x\(String(code, radix: 16, uppercase: true))"
        }
    }
}

/// The application segments libjpeg and OpenCV look at before the first scan: JFIF (APP0) and
/// Adobe (APP14) decide the colour space, the first EXIF (APP1) segment the orientation.
struct JPEGApplicationSegments {
    /// Whether a JFIF APP0 segment was seen (jdmarker.c `examine_app0`: "JFIF\0", ≥ 14 bytes).
    var sawJFIF = false
    /// The colour transform flag of the last Adobe APP14 segment (`examine_app14`: "Adobe",
    /// ≥ 12 bytes, byte 11), nil without one.
    var adobeTransform: Int?
    /// Whether an `Exif\0\0` APP1 segment was seen: only the first one counts, as in OpenCV.
    var sawExif = false
    /// The orientation of that first EXIF segment, nil without one (or when it has none).
    var orientation: ImageOrientation?

    /// Notes the segment with marker `code` and `body`, if it is one of these.
    mutating func read(_ code: UInt8, _ body: UnsafeRawBufferPointer) {
        func starts(with text: String) -> Bool { body.starts(with: Array(text.utf8)) }
        switch code {
        case 0xE0:
            if body.count >= 14 && starts(with: "JFIF\0") { sawJFIF = true }
        case 0xE1:
            if !sawExif && starts(with: "Exif\0\0") {
                sawExif = true
                orientation = ImageOrientation.parse(tiff: UnsafeRawBufferPointer(rebasing: body[6...]))
            }
        case 0xEE:
            if body.count >= 12 && starts(with: "Adobe") { adobeTransform = Int(body[11]) }
        default:
            break
        }
    }
}
