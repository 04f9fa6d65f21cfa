/// Collects planar float colour in [0, 1] and the alpha plane (from an alpha channel or tRNS):
/// the output of `PNGDecoder.decode`.
struct PNGFloatSink: PNGPixelSink {
    /// The file's IHDR: size, bit depth and colour type.
    let header: PNGHeader
    let plane: Int
    let hasAlpha: Bool
    /// `level[v]` = v / (2^depth - 1), correctly rounded (a division, not a reciprocal product).
    let level: [Float]
    let palette: [UInt8]
    var paletteAlpha = [Float](repeating: 1, count: 256)
    /// tRNS colour key of greyscale (1 value) or truecolour (3 values) images.
    let key: [Int]?
    var rgb: [Float]
    var alpha: [Float]

    init(_ file: PNGFile) {
        let h = file.header
        header = h
        plane = h.width * h.height
        hasAlpha = file.transparency != nil || h.colorType == .greyAlpha || h.colorType == .rgba
        let maxValue = Float((1 << h.bitDepth) - 1)
        level = (0..<(1 << h.bitDepth)).map { Float($0) / maxValue }
        palette = file.palette
        if h.colorType == .palette, let t = file.transparency {
            for (i, a) in t.enumerated() { paletteAlpha[i] = Float(a) / 255 }
        }
        if let t = file.transparency, h.colorType == .grey || h.colorType == .rgb {
            key = stride(from: 0, to: t.count, by: 2).map { Int(t[$0]) << 8 | Int(t[$0 + 1]) }
        } else {
            key = nil
        }
        rgb = [Float](repeating: 0, count: 3 * plane)
        alpha = [Float](repeating: 1, count: hasAlpha ? plane : 0)
    }

    @inline(__always)
    mutating func put(_ i: Int, _ s: (Int, Int, Int, Int)) {
        switch header.colorType {
        case .grey:
            let g = level[s.0]
            (rgb[i], rgb[plane + i], rgb[2 * plane + i]) = (g, g, g)
            if let key, s.0 == key[0] { alpha[i] = 0 }
        case .rgb:
            (rgb[i], rgb[plane + i], rgb[2 * plane + i]) = (level[s.0], level[s.1], level[s.2])
            if let key, s.0 == key[0], s.1 == key[1], s.2 == key[2] { alpha[i] = 0 }
        case .palette:
            rgb[i] = Float(palette[3 * s.0]) / 255
            rgb[plane + i] = Float(palette[3 * s.0 + 1]) / 255
            rgb[2 * plane + i] = Float(palette[3 * s.0 + 2]) / 255
            if hasAlpha { alpha[i] = paletteAlpha[s.0] }
        case .greyAlpha:
            let g = level[s.0]
            (rgb[i], rgb[plane + i], rgb[2 * plane + i]) = (g, g, g)
            alpha[i] = level[s.1]
        case .rgba:
            (rgb[i], rgb[plane + i], rgb[2 * plane + i]) = (level[s.0], level[s.1], level[s.2])
            alpha[i] = level[s.3]
        }
    }

    func image() throws -> PNGImage {
        try PNGImage(width: header.width, height: header.height, rgb: rgb, alpha: hasAlpha ? alpha : nil)
    }
}

/// Collects interleaved 8-bit RGB as libpng delivers it to OpenCV for `IMREAD_COLOR`: greyscale
/// below 8 bits expanded by bit replication (`png_set_expand_gray_1_2_4_to_8`), 16-bit samples
/// cut to their high byte (`png_set_strip_16`), palettes looked up, grey copied to all three
/// channels, alpha and tRNS dropped.
struct PNGRGBSink: PNGPixelSink {
    /// The file's IHDR: size, bit depth and colour type.
    let header: PNGHeader
    /// Maps a sample at the file's bit depth to 8 bits.
    let to8: [UInt8]
    let palette: [UInt8]
    var pixels: [UInt8]

    init(_ file: PNGFile) {
        let h = file.header
        header = h
        palette = file.palette
        switch h.bitDepth {
        case 16: to8 = (0..<65536).map { UInt8($0 >> 8) }
        case 8: to8 = (0..<256).map { UInt8($0) }
        default:
            // 1, 2 and 4 bits repeat to fill the byte: 0b10 → 0b10101010 = 2 · 85.
            let scale = 255 / ((1 << h.bitDepth) - 1)
            to8 = (0..<(1 << h.bitDepth)).map { UInt8($0 * scale) }
        }
        pixels = [UInt8](repeating: 0, count: 3 * h.width * h.height)
    }

    @inline(__always)
    mutating func put(_ i: Int, _ s: (Int, Int, Int, Int)) {
        let o = 3 * i
        switch header.colorType {
        case .grey, .greyAlpha:
            let g = to8[s.0]
            (pixels[o], pixels[o + 1], pixels[o + 2]) = (g, g, g)
        case .rgb, .rgba:
            (pixels[o], pixels[o + 1], pixels[o + 2]) = (to8[s.0], to8[s.1], to8[s.2])
        case .palette:
            (pixels[o], pixels[o + 1], pixels[o + 2]) = (palette[3 * s.0], palette[3 * s.0 + 1], palette[3 * s.0 + 2])
        }
    }

    func image() -> RGBImage { RGBImage(checkedWidth: header.width, height: header.height, pixels: pixels) }
}
