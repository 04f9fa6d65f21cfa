/// The IHDR chunk of a PNG file, validated, with the geometry derived from it.
struct PNGHeader: Equatable {
    /// Colour types (PNG spec §11.2.2).
    enum ColorType: UInt8 {
        case grey = 0
        case rgb = 2
        case palette = 3
        case greyAlpha = 4
        case rgba = 6

        var channels: Int {
            switch self {
            case .grey, .palette: return 1
            case .greyAlpha: return 2
            case .rgb: return 3
            case .rgba: return 4
            }
        }

        var allowedBitDepths: [Int] {
            switch self {
            case .grey: return [1, 2, 4, 8, 16]
            case .palette: return [1, 2, 4, 8]
            case .rgb, .greyAlpha, .rgba: return [8, 16]
            }
        }
    }

    /// One pass of the image data: the whole image, or one of the seven Adam7 sub-images.
    struct Pass {
        let xStart: Int, yStart: Int, xStep: Int, yStep: Int
        /// Pixels per row and rows in this pass (either may be 0: the pass is then absent).
        let width: Int, height: Int
        /// Bytes per row without the filter byte.
        let rowBytes: Int
    }

    let width: Int
    let height: Int
    let bitDepth: Int
    let colorType: ColorType
    let interlaced: Bool

    /// Bits per pixel across all channels.
    var bitsPerPixel: Int { bitDepth * colorType.channels }
    /// The byte distance a filter looks back: one pixel, but at least one byte.
    var filterStride: Int { max(1, bitsPerPixel / 8) }

    /// Parses and validates the 13 bytes of IHDR. Pixel count is limited to `maxPixels`.
    init(_ data: UnsafeRawBufferPointer, maxPixels: Int) throws {
        guard data.count == 13 else {
            throw FormatError.malformed("PNG IHDR chunk has \(data.count) bytes (must be 13)")
        }
        var r = ByteReader(data, context: "PNG IHDR")
        let w = try r.be(UInt32.self, "width")
        let h = try r.be(UInt32.self, "height")
        let depth = Int(try r.u8("bit depth"))
        let type = try r.u8("colour type")
        let compression = try r.u8("compression method")
        let filter = try r.u8("filter method")
        let interlace = try r.u8("interlace method")
        // The spec limits both dimensions to 2^31 - 1; zero is not an image.
        guard w > 0, h > 0, w <= 0x7FFF_FFFF, h <= 0x7FFF_FFFF else {
            throw FormatError.malformed("PNG IHDR gives an invalid size of \(w) × \(h) pixels")
        }
        let (pixels, overflow) = Int(w).multipliedReportingOverflow(by: Int(h))
        guard !overflow, pixels <= maxPixels else {
            throw FormatError.limitExceeded(
                "PNG IHDR claims \(w) × \(h) pixels, more than the limit of \(maxPixels)")
        }
        guard let colorType = ColorType(rawValue: type) else {
            throw FormatError.malformed("PNG IHDR has colour type \(type) (valid: 0, 2, 3, 4, 6)")
        }
        guard colorType.allowedBitDepths.contains(depth) else {
            throw FormatError.malformed(
                "PNG IHDR combines colour type \(type) with bit depth \(depth) (allowed: \(colorType.allowedBitDepths.map(String.init).joined(separator: ", ")))")
        }
        guard compression == 0 else {
            throw FormatError.unsupported("PNG compression method \(compression) (only 0, deflate)")
        }
        guard filter == 0 else {
            throw FormatError.unsupported("PNG filter method \(filter) (only 0)")
        }
        guard interlace <= 1 else {
            throw FormatError.malformed("PNG IHDR has interlace method \(interlace) (valid: 0, 1)")
        }
        width = Int(w)
        height = Int(h)
        bitDepth = depth
        self.colorType = colorType
        interlaced = interlace == 1
    }

    /// The passes the image data is made of, in file order.
    var passes: [Pass] {
        let layout = interlaced
            ? [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
            : [(0, 0, 1, 1)]
        return layout.map { (x0, y0, dx, dy) in
            let w = width > x0 ? (width - x0 + dx - 1) / dx : 0
            let h = height > y0 ? (height - y0 + dy - 1) / dy : 0
            // Width ≤ 2^31 and at most 64 bits per pixel: the product fits easily in 64 bits.
            return Pass(
                xStart: x0, yStart: y0, xStep: dx, yStep: dy, width: w, height: h,
                rowBytes: (w * bitsPerPixel + 7) / 8)
        }
    }

    /// Bytes the decompressed image data must have: a filter byte plus the row for every row of
    /// every non-empty pass.
    func expectedDataSize() throws -> Int {
        var total = 0
        for p in passes where p.width > 0 && p.height > 0 {
            let (rows, o1) = (p.rowBytes + 1).multipliedReportingOverflow(by: p.height)
            let (sum, o2) = total.addingReportingOverflow(rows)
            guard !o1, !o2 else {
                throw FormatError.limitExceeded("PNG of \(width) × \(height) pixels needs more bytes than an Int can count")
            }
            total = sum
        }
        return total
    }
}
