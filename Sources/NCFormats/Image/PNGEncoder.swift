/// A minimal PNG writer for rasters: 8-bit RGB or RGBA, no interlacing, filter type 0 on every
/// row, and the zlib stream made of stored (uncompressed) deflate blocks. The files are larger
/// than a compressing writer's, but every decoder reads them and the code has no choices to get
/// wrong.
public enum PNGEncoder {
    /// The largest IDAT chunk written; larger image data is split over several.
    static let maxChunk = 1 << 20

    /// Encodes `pixels`: row-major, interleaved, `channels` (3 for RGB, 4 for RGBA) bytes per pixel.
    public static func encode(width: Int, height: Int, channels: Int, pixels: [UInt8]) throws -> [UInt8] {
        guard channels == 3 || channels == 4 else {
            throw FormatError.unsupported("PNG encoder writes 3 (RGB) or 4 (RGBA) channels, not \(channels)")
        }
        guard width > 0, height > 0, width <= 0x7FFF_FFFF, height <= 0x7FFF_FFFF else {
            throw FormatError.malformed("PNG cannot hold an image of \(width) × \(height) pixels")
        }
        let (rowBytes, o1) = width.multipliedReportingOverflow(by: channels)
        let (total, o2) = rowBytes.multipliedReportingOverflow(by: height)
        guard !o1, !o2, pixels.count == total else {
            throw FormatError.malformed(
                "PNG encoder got \(pixels.count) bytes for \(width) × \(height) pixels of \(channels) channels")
        }
        var filtered = [UInt8]()
        filtered.reserveCapacity(total + height)
        for y in 0..<height {
            filtered.append(0)
            filtered.append(contentsOf: pixels[(y * rowBytes)..<((y + 1) * rowBytes)])
        }

        var ihdr = [UInt8]()
        ihdr.appendBigEndian(UInt32(width))
        ihdr.appendBigEndian(UInt32(height))
        ihdr += [8, channels == 4 ? 6 : 2, 0, 0, 0]

        var out = PNGDecoder.signature
        appendChunk("IHDR", ihdr, to: &out)
        let z = zlibStored(filtered)
        var start = 0
        repeat {
            let end = min(z.count, start + maxChunk)
            appendChunk("IDAT", z[start..<end], to: &out)
            start = end
        } while start < z.count
        appendChunk("IEND", [], to: &out)
        return out
    }

    /// Encodes `image` as 8-bit RGB, or RGBA when it has alpha; values are clamped to [0, 1] and
    /// rounded (NaN becomes 0).
    public static func encode(_ image: PNGImage) throws -> [UInt8] {
        let plane = image.width * image.height
        let channels = image.alpha == nil ? 3 : 4
        let (count, overflow) = plane.multipliedReportingOverflow(by: channels)
        guard !overflow, image.width <= 0x7FFF_FFFF, image.height <= 0x7FFF_FFFF else {
            throw FormatError.malformed("PNG cannot hold an image of \(image.width) × \(image.height) pixels")
        }
        var pixels = [UInt8](repeating: 0, count: count)
        for i in 0..<plane {
            pixels[i * channels] = byte(image.rgb[i])
            pixels[i * channels + 1] = byte(image.rgb[plane + i])
            pixels[i * channels + 2] = byte(image.rgb[2 * plane + i])
            if let alpha = image.alpha { pixels[i * channels + 3] = byte(alpha[i]) }
        }
        return try encode(width: image.width, height: image.height, channels: channels, pixels: pixels)
    }

    /// Writes `image` to `path` as PNG, replacing the file atomically. Errors name the file.
    public static func write(_ image: PNGImage, to path: String) throws {
        try FormatError.attaching(path) { try AtomicFile.write(try encode(image), to: path) }
    }

    private static func byte(_ v: Float) -> UInt8 {
        guard v > 0 else { return 0 }
        return v >= 1 ? 255 : UInt8((v * 255).rounded())
    }

    /// `data` as a zlib stream of stored deflate blocks (at most 65535 bytes each).
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        // CMF 0x78: deflate with a 32 KiB window; FLG 0x01 makes CMF·256 + FLG a multiple of 31.
        var out: [UInt8] = [0x78, 0x01]
        out.reserveCapacity(data.count + data.count / 65535 * 5 + 16)
        var start = 0
        repeat {
            let end = min(data.count, start + 65535)
            let length = UInt16(end - start)
            out.append(end == data.count ? 1 : 0)
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            out.append(contentsOf: data[start..<end])
            start = end
        } while start < data.count
        out.appendBigEndian(Adler32.checksum(data))
        return out
    }

    private static func appendChunk<C: Collection>(_ type: String, _ data: C, to out: inout [UInt8])
    where C.Element == UInt8 {
        let typeBytes = Array(type.utf8)
        out.appendBigEndian(UInt32(data.count))
        var crc = CRC32()
        crc.update(typeBytes)
        let body = Array(data)
        crc.update(body)
        out += typeBytes
        out += body
        out.appendBigEndian(crc.value)
    }
}

extension Array where Element == UInt8 {
    fileprivate mutating func appendBigEndian(_ v: UInt32) {
        append(contentsOf: [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)])
    }
}
