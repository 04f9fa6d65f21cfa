/// Receives the pixels `PNGRaster` unpacks: one call per pixel with its samples in file order.
protocol PNGPixelSink {
    /// Pixel `index` (row-major in the full image) has samples `s` (the file's channels, unused
    /// ones 0) at the file's bit depth; for palette images `s.0` is a valid palette index.
    mutating func put(_ index: Int, _ s: (Int, Int, Int, Int))
}

/// Turns inflated PNG image data into pixels: undoes the per-row filters of each pass, unpacks
/// samples of any bit depth, checks palette indices and places Adam7 pixels, handing each pixel
/// to a sink that produces the output format.
struct PNGRaster {
    let header: PNGHeader
    let paletteCount: Int

    init(_ file: PNGFile) {
        header = file.header
        paletteCount = file.palette.count / 3
    }

    /// Decodes `data` (exactly `header.expectedDataSize()` bytes), unfiltering it in place.
    func decode<Sink: PNGPixelSink>(_ data: inout [UInt8], into sink: inout Sink) throws {
        let width = header.width
        let depth = header.bitDepth
        let channels = header.colorType.channels
        let isPalette = header.colorType == .palette
        var offset = 0
        for pass in header.passes where pass.width > 0 && pass.height > 0 {
            try unfilter(&data, at: offset, pass)
            try data.withUnsafeBufferPointer { all in
                for y in 0..<pass.height {
                    let row = offset + y * (pass.rowBytes + 1) + 1
                    let outY = pass.yStart + y * pass.yStep
                    for x in 0..<pass.width {
                        var s = (0, 0, 0, 0)
                        s.0 = sample(all, row, x * channels, depth)
                        if channels > 1 { s.1 = sample(all, row, x * channels + 1, depth) }
                        if channels > 2 { s.2 = sample(all, row, x * channels + 2, depth) }
                        if channels > 3 { s.3 = sample(all, row, x * channels + 3, depth) }
                        if isPalette && s.0 >= paletteCount {
                            throw FormatError.malformed(
                                "PNG pixel (\(pass.xStart + x * pass.xStep), \(outY)) uses palette index \(s.0) but PLTE has \(paletteCount) entries")
                        }
                        sink.put(outY * width + pass.xStart + x * pass.xStep, s)
                    }
                }
            }
            offset += pass.height * (pass.rowBytes + 1)
        }
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
