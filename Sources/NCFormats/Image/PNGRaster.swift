/// Turns inflated PNG image data into planar float colour: undoes the per-row filters of each
/// pass, unpacks samples of any bit depth, looks up palettes and places Adam7 pixels.
struct PNGRaster {
    let header: PNGHeader
    /// PLTE entries as consecutive r, g, b bytes.
    let palette: [UInt8]
    /// The raw tRNS chunk, validated against the colour type by the caller.
    let transparency: [UInt8]?

    /// Decodes `data` (exactly `header.expectedDataSize()` bytes), unfiltering it in place.
    func decode(_ data: inout [UInt8]) throws -> PNGImage {
        let width = header.width
        let plane = width * header.height
        let hasAlpha = transparency != nil || header.colorType == .greyAlpha || header.colorType == .rgba
        var rgb = [Float](repeating: 0, count: 3 * plane)
        var alpha = [Float](repeating: 1, count: hasAlpha ? plane : 0)
        let depth = header.bitDepth
        // Dividing (not multiplying by a reciprocal) gives the correctly rounded v / max.
        let maxValue = Float((1 << depth) - 1)
        let level = (0..<(1 << depth)).map { Float($0) / maxValue }
        let channels = header.colorType.channels
        let key = transparencyKey()
        let greyKey = key?.count == 1 ? key?[0] : nil
        let rgbKey = key?.count == 3 ? key : nil
        let paletteCount = palette.count / 3
        var paletteAlpha = [Float](repeating: 1, count: 256)
        if header.colorType == .palette, let transparency {
            for (i, a) in transparency.enumerated() { paletteAlpha[i] = Float(a) / 255 }
        }

        var offset = 0
        for pass in header.passes where pass.width > 0 && pass.height > 0 {
            try unfilter(&data, at: offset, pass)
            try data.withUnsafeBufferPointer { all in
                for y in 0..<pass.height {
                    let row = offset + y * (pass.rowBytes + 1) + 1
                    let outY = pass.yStart + y * pass.yStep
                    for x in 0..<pass.width {
                        let i = outY * width + pass.xStart + x * pass.xStep
                        var s = (0, 0, 0, 0)
                        s.0 = sample(all, row, x * channels, depth)
                        if channels > 1 { s.1 = sample(all, row, x * channels + 1, depth) }
                        if channels > 2 { s.2 = sample(all, row, x * channels + 2, depth) }
                        if channels > 3 { s.3 = sample(all, row, x * channels + 3, depth) }
                        switch header.colorType {
                        case .grey:
                            let g = level[s.0]
                            (rgb[i], rgb[plane + i], rgb[2 * plane + i]) = (g, g, g)
                            if s.0 == greyKey { alpha[i] = 0 }
                        case .rgb:
                            (rgb[i], rgb[plane + i], rgb[2 * plane + i]) =
                                (level[s.0], level[s.1], level[s.2])
                            if let rgbKey, s.0 == rgbKey[0], s.1 == rgbKey[1], s.2 == rgbKey[2] { alpha[i] = 0 }
                        case .palette:
                            guard s.0 < paletteCount else {
                                throw FormatError.malformed(
                                    "PNG pixel (\(pass.xStart + x * pass.xStep), \(outY)) uses palette index \(s.0) but PLTE has \(paletteCount) entries")
                            }
                            rgb[i] = Float(palette[3 * s.0]) / 255
                            rgb[plane + i] = Float(palette[3 * s.0 + 1]) / 255
                            rgb[2 * plane + i] = Float(palette[3 * s.0 + 2]) / 255
                            if hasAlpha { alpha[i] = paletteAlpha[s.0] }
                        case .greyAlpha:
                            let g = level[s.0]
                            (rgb[i], rgb[plane + i], rgb[2 * plane + i]) = (g, g, g)
                            alpha[i] = level[s.1]
                        case .rgba:
                            (rgb[i], rgb[plane + i], rgb[2 * plane + i]) =
                                (level[s.0], level[s.1], level[s.2])
                            alpha[i] = level[s.3]
                        }
                    }
                }
            }
            offset += pass.height * (pass.rowBytes + 1)
        }
        return try PNGImage(width: width, height: header.height, rgb: rgb, alpha: hasAlpha ? alpha : nil)
    }

    /// The colour a tRNS chunk makes transparent in greyscale or truecolour images.
    private func transparencyKey() -> [Int]? {
        guard let t = transparency, header.colorType == .grey || header.colorType == .rgb else { return nil }
        return stride(from: 0, to: t.count, by: 2).map { Int(t[$0]) << 8 | Int(t[$0 + 1]) }
    }

    /// Sample number `index` of the row starting at `row`: packed most-significant bits first
    /// below 8 bits, big-endian at 16.
    @inline(__always)
    private func sample(_ data: UnsafeBufferPointer<UInt8>, _ row: Int, _ index: Int, _ depth: Int) -> Int {
        switch depth {
        case 8: return Int(data[row + index])
        case 16: return Int(data[row + 2 * index]) << 8 | Int(data[row + 2 * index + 1])
        default:
            let bit = index * depth
            let byte = Int(data[row + (bit >> 3)])
            return (byte >> (8 - depth - (bit & 7))) & ((1 << depth) - 1)
        }
    }

    /// Undoes the filter of every row of `pass`, whose data starts at `offset` (PNG spec §9).
    private func unfilter(_ data: inout [UInt8], at offset: Int, _ pass: PNGHeader.Pass) throws {
        let bpp = header.filterStride
        let n = pass.rowBytes
        try data.withUnsafeMutableBufferPointer { d in
            for y in 0..<pass.height {
                let start = offset + y * (n + 1)
                let row = start + 1
                // The row above is all zeros for the first row of each pass.
                let above = y > 0 ? row - (n + 1) : -1
                let filter = d[start]
                switch filter {
                case 0:
                    break
                case 1:
                    for i in bpp..<max(bpp, n) { d[row + i] &+= d[row + i - bpp] }
                case 2:
                    if above >= 0 { for i in 0..<n { d[row + i] &+= d[above + i] } }
                case 3:
                    for i in 0..<n {
                        let left = i >= bpp ? Int(d[row + i - bpp]) : 0
                        let up = above >= 0 ? Int(d[above + i]) : 0
                        d[row + i] &+= UInt8((left + up) >> 1)
                    }
                case 4:
                    for i in 0..<n {
                        let a = i >= bpp ? Int(d[row + i - bpp]) : 0
                        let b = above >= 0 ? Int(d[above + i]) : 0
                        let c = i >= bpp && above >= 0 ? Int(d[above + i - bpp]) : 0
                        d[row + i] &+= UInt8(PNGRaster.paeth(a, b, c))
                    }
                default:
                    let passNote = header.interlaced ? " of its interlace pass" : ""
                    throw FormatError.malformed("PNG row \(y)\(passNote) has filter type \(filter) (valid: 0 to 4)")
                }
            }
        }
    }

    /// The Paeth predictor: whichever of left, above and upper-left is closest to left + above - upper-left.
    @inline(__always)
    static func paeth(_ a: Int, _ b: Int, _ c: Int) -> Int {
        let p = a + b - c
        let pa = abs(p - a)
        let pb = abs(p - b)
        let pc = abs(p - c)
        if pa <= pb && pa <= pc { return a }
        return pb <= pc ? b : c
    }
}
