/// A PNG decoder (PNG specification, 2nd edition / RFC 2083): every chunk's CRC is verified,
/// IHDR is validated before anything is allocated, and the image data must inflate to exactly the
/// size IHDR implies. Handles colour types 0, 2, 3, 4 and 6 at every bit depth the spec allows,
/// palettes with tRNS transparency, and Adam7 interlacing.
public enum PNGDecoder {
    /// The most pixels an image may have (2^28, a 16384 × 16384 image).
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

    /// Decodes a PNG held in memory.
    public static func decode(_ bytes: UnsafeRawBufferPointer) throws -> PNGImage {
        var r = ByteReader(bytes, context: "PNG")
        guard bytes.count >= 8, try r.array(8, "signature") == signature else {
            throw FormatError.malformed("not a PNG file: the 8-byte PNG signature is missing")
        }
        var header: PNGHeader?
        var palette: [UInt8]?
        var transparency: [UInt8]?
        var idat: [UInt8] = []
        var idatState = 0  // 0: none yet, 1: inside the IDAT run, 2: run ended
        var sawEnd = false
        while !sawEnd {
            let start = r.offset
            guard !r.isAtEnd else { throw FormatError.truncated("PNG ends at byte \(start) without an IEND chunk") }
            let length = try r.be(UInt32.self, "chunk length at byte \(start)")
            let typeBytes = try r.slice(4, "chunk type at byte \(start + 4)")
            let type = String(decoding: typeBytes, as: UTF8.self)
            guard typeBytes.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else {
                throw FormatError.malformed("PNG chunk at byte \(start) has an invalid type \(Array(typeBytes))")
            }
            guard length <= 0x7FFF_FFFF else {
                throw FormatError.malformed("PNG chunk \(type) at byte \(start) claims \(length) bytes (at most 2^31 - 1)")
            }
            let data = try r.slice(Int(length), "\(length) bytes of chunk \(type) at byte \(start)")
            let stored = try r.be(UInt32.self, "CRC of chunk \(type) at byte \(start)")
            var crc = CRC32()
            crc.update(typeBytes)
            crc.update(data)
            guard crc.value == stored else {
                throw FormatError.malformed(
                    "PNG chunk \(type) at byte \(start) fails its CRC check (stored \(Hex.word(stored)), computed \(Hex.word(crc.value)))")
            }
            if header == nil && type != "IHDR" {
                throw FormatError.malformed("PNG starts with chunk \(type) instead of IHDR")
            }
            if idatState == 1 && type != "IDAT" { idatState = 2 }
            switch type {
            case "IHDR":
                guard header == nil else { throw FormatError.malformed("PNG has a second IHDR chunk at byte \(start)") }
                header = try PNGHeader(data, maxPixels: maxPixels)
            case "PLTE":
                guard let h = header, idatState == 0, palette == nil else {
                    throw FormatError.malformed("PNG PLTE chunk at byte \(start) is repeated or comes after the image data")
                }
                let entries = data.count / 3
                guard data.count % 3 == 0, entries >= 1, entries <= 256 else {
                    throw FormatError.malformed("PNG PLTE chunk has \(data.count) bytes (must be 3 to 768, a multiple of 3)")
                }
                guard h.colorType != .grey, h.colorType != .greyAlpha else {
                    throw FormatError.malformed("PNG PLTE chunk is not allowed with greyscale colour type \(h.colorType.rawValue)")
                }
                guard h.colorType != .palette || entries <= 1 << h.bitDepth else {
                    throw FormatError.malformed("PNG PLTE has \(entries) entries, more than bit depth \(h.bitDepth) can index")
                }
                palette = Array(data)
            case "tRNS":
                guard let h = header, idatState == 0, transparency == nil else {
                    throw FormatError.malformed("PNG tRNS chunk at byte \(start) is repeated or comes after the image data")
                }
                switch h.colorType {
                case .palette:
                    guard let palette else { throw FormatError.malformed("PNG tRNS chunk comes before PLTE") }
                    guard data.count <= palette.count / 3 else {
                        throw FormatError.malformed(
                            "PNG tRNS has \(data.count) alpha values for a palette of \(palette.count / 3) entries")
                    }
                case .grey, .rgb:
                    let need = h.colorType == .grey ? 2 : 6
                    guard data.count == need else {
                        throw FormatError.malformed("PNG tRNS for colour type \(h.colorType.rawValue) has \(data.count) bytes (must be \(need))")
                    }
                case .greyAlpha, .rgba:
                    throw FormatError.malformed("PNG tRNS chunk is not allowed with colour type \(h.colorType.rawValue), which has alpha")
                }
                transparency = Array(data)
            case "IDAT":
                guard idatState != 2 else {
                    throw FormatError.malformed("PNG IDAT chunk at byte \(start) does not follow the other IDAT chunks")
                }
                idatState = 1
                idat.append(contentsOf: data)
            case "IEND":
                sawEnd = true
            default:
                // Bit 5 of the first byte clear means critical: a decoder must not skip it.
                guard typeBytes[0] & 0x20 != 0 else {
                    throw FormatError.unsupported("PNG critical chunk \(type) at byte \(start)")
                }
            }
        }
        guard let header else { throw FormatError.malformed("PNG has no IHDR chunk") }
        guard idatState != 0 else { throw FormatError.malformed("PNG has no IDAT chunk") }
        if header.colorType == .palette && palette == nil {
            throw FormatError.malformed("PNG with colour type 3 has no PLTE chunk")
        }

        let expected = try header.expectedDataSize()
        var raw: [UInt8]
        do {
            raw = try idat.withUnsafeBytes { try Inflate.zlibDecompress($0, maxSize: expected) }
        } catch let e as FormatError {
            if case .limitExceeded = e {
                throw FormatError.malformed(
                    "PNG image data inflates to more than the \(expected) bytes a \(header.width) × \(header.height) image needs")
            }
            throw e.prefixed("PNG image data: ")
        }
        guard raw.count == expected else {
            throw FormatError.truncated(
                "PNG image data inflates to \(raw.count) bytes but a \(header.width) × \(header.height) image needs \(expected)")
        }
        let raster = PNGRaster(header: header, palette: palette ?? [], transparency: transparency)
        return try raster.decode(&raw)
    }
}

