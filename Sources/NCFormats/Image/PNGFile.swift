/// Walks the chunks of a PNG file: length, type, data and CRC, after the 8-byte signature.
struct PNGChunkReader {
    /// One chunk, its data viewed in place.
    struct Chunk {
        let type: String
        let typeBytes: UnsafeRawBufferPointer
        let data: UnsafeRawBufferPointer
        let storedCRC: UInt32
        /// Offset of the chunk's length field.
        let offset: Int

        /// Throws unless the stored CRC matches the type and data.
        func verifyCRC() throws {
            var crc = CRC32()
            crc.update(typeBytes)
            crc.update(data)
            guard crc.value == storedCRC else {
                throw FormatError.malformed(
                    "PNG chunk \(type) at byte \(offset) fails its CRC check (stored \(Hex.word(storedCRC)), computed \(Hex.word(crc.value)))")
            }
        }
    }

    private var r: ByteReader

    /// A reader positioned after the signature, which must be there.
    init(_ bytes: UnsafeRawBufferPointer) throws {
        r = ByteReader(bytes, context: "PNG")
        guard bytes.count >= 8, try r.array(8, "signature") == PNGDecoder.signature else {
            throw FormatError.malformed("not a PNG file: the 8-byte PNG signature is missing")
        }
    }

    /// The next chunk, or nil at the end of the data.
    mutating func next(verifyCRC: Bool) throws -> Chunk? {
        let start = r.offset
        guard !r.isAtEnd else { return nil }
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
        let chunk = Chunk(type: type, typeBytes: typeBytes, data: data, storedCRC: stored, offset: start)
        if verifyCRC { try chunk.verifyCRC() }
        return chunk
    }
}

/// The chunks of a PNG file that decoding needs, checked for order and consistency.
struct PNGFile {
    let header: PNGHeader
    /// PLTE entries as consecutive r, g, b bytes (empty without PLTE).
    let palette: [UInt8]
    /// The raw tRNS chunk, validated against the colour type.
    let transparency: [UInt8]?
    /// The concatenated IDAT chunks.
    let imageData: [UInt8]
    /// The orientation of an `eXIf` chunk (OpenCV applies it wherever the chunk is).
    let orientation: ImageOrientation?

    /// Reads every chunk up to IEND, verifying CRCs; IHDR's size is checked against `maxPixels`.
    init(_ bytes: UnsafeRawBufferPointer, maxPixels: Int) throws {
        var chunks = try PNGChunkReader(bytes)
        var header: PNGHeader?
        var palette: [UInt8]?
        var transparency: [UInt8]?
        var orientation: ImageOrientation?
        var sawExif = false
        var idat: [UInt8] = []
        var idatState = 0  // 0: none yet, 1: inside the IDAT run, 2: run ended
        var sawEnd = false
        while !sawEnd {
            guard let chunk = try chunks.next(verifyCRC: true) else {
                throw FormatError.truncated("PNG ends at byte \(bytes.count) without an IEND chunk")
            }
            let (type, data, start) = (chunk.type, chunk.data, chunk.offset)
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
            case "eXIf":
                // The spec allows one; should there be more, the first counts (as for JPEG).
                if !sawExif { orientation = ImageOrientation.parse(tiff: data) }
                sawExif = true
            case "IEND":
                sawEnd = true
            default:
                // Bit 5 of the first byte clear means critical: a decoder must not skip it.
                guard chunk.typeBytes[0] & 0x20 != 0 else {
                    throw FormatError.unsupported("PNG critical chunk \(type) at byte \(start)")
                }
            }
        }
        guard let header else { throw FormatError.malformed("PNG has no IHDR chunk") }
        guard idatState != 0 else { throw FormatError.malformed("PNG has no IDAT chunk") }
        if header.colorType == .palette && palette == nil {
            throw FormatError.malformed("PNG with colour type 3 has no PLTE chunk")
        }
        self.header = header
        self.palette = palette ?? []
        self.transparency = transparency
        self.orientation = orientation
        imageData = idat
    }

    /// The image data inflated; it must come to exactly the size IHDR implies. Deflate's 1032:1
    /// bound is checked before the output is allocated, so a small file claiming a huge image
    /// fails without allocating for it.
    func inflateImageData() throws -> [UInt8] {
        let expected = try header.expectedDataSize()
        let (reachable, overflow) = imageData.count.multipliedReportingOverflow(by: Inflate.maxRatio)
        guard overflow || expected <= reachable + Inflate.maxRatio else {
            throw FormatError.truncated(
                "PNG image data of \(imageData.count) bytes cannot inflate to the \(expected) bytes a \(header.width) × \(header.height) image needs (deflate expands at most \(Inflate.maxRatio):1)")
        }
        let raw: [UInt8]
        do {
            raw = try imageData.withUnsafeBytes { try Inflate.zlibDecompress($0, maxSize: expected) }
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
        return raw
    }
}
