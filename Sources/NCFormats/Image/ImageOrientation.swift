/// The EXIF orientation (TIFF tag 0x0112): which corner of the display the stored first row and
/// first column belong to. OpenCV's `imread` turns the raster upright unless told to ignore it,
/// so a decoder that matches `imread` must apply it too.
public enum ImageOrientation: Int, Sendable, Equatable, CaseIterable {
    /// 1: stored upright.
    case topLeft = 1
    /// 2: mirrored left to right.
    case topRight = 2
    /// 3: turned 180°.
    case bottomRight = 3
    /// 4: mirrored top to bottom.
    case bottomLeft = 4
    /// 5: transposed (mirrored about the main diagonal).
    case leftTop = 5
    /// 6: stored turned 90° counter-clockwise; shown turned 90° clockwise.
    case rightTop = 6
    /// 7: transposed and turned 180° (mirrored about the anti-diagonal).
    case rightBottom = 7
    /// 8: stored turned 90° clockwise; shown turned 90° counter-clockwise.
    case leftBottom = 8

    /// Whether showing the image swaps its width and height.
    public var swapsAxes: Bool { rawValue >= 5 }

    /// The displayed size of a stored `width × height` raster.
    public func orientedSize(width: Int, height: Int) -> (width: Int, height: Int) {
        swapsAxes ? (height, width) : (width, height)
    }

    /// `image` turned upright, as OpenCV does it: `flip` and `transpose` of the stored raster.
    public func apply(to image: RGBImage) -> RGBImage {
        if self == .topLeft { return image }
        let w = image.width, h = image.height
        let (ow, oh) = orientedSize(width: w, height: h)
        var out = [UInt8](repeating: 0, count: image.pixels.count)
        image.pixels.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                for v in 0..<oh {
                    for u in 0..<ow {
                        let (x, y) = source(u: u, v: v, width: w, height: h)
                        let s = 3 * (y * w + x), d = 3 * (v * ow + u)
                        dst[d] = src[s]
                        dst[d + 1] = src[s + 1]
                        dst[d + 2] = src[s + 2]
                    }
                }
            }
        }
        return RGBImage(checkedWidth: ow, height: oh, pixels: out)
    }

    /// The stored pixel shown at column `u`, row `v` of the upright image.
    @inline(__always)
    private func source(u: Int, v: Int, width w: Int, height h: Int) -> (x: Int, y: Int) {
        switch self {
        case .topLeft: return (u, v)
        case .topRight: return (w - 1 - u, v)
        case .bottomRight: return (w - 1 - u, h - 1 - v)
        case .bottomLeft: return (u, h - 1 - v)
        case .leftTop: return (v, u)
        case .rightTop: return (v, h - 1 - u)
        case .rightBottom: return (w - 1 - v, h - 1 - u)
        case .leftBottom: return (w - 1 - v, u)
        }
    }
}

extension ImageOrientation {
    /// The orientation stored in a TIFF structure (the body of a JPEG `Exif\0\0` APP1 segment or a
    /// PNG `eXIf` chunk), or nil when it has none. Like OpenCV, a damaged or unusual EXIF block is
    /// ignored rather than reported: the image is then shown as stored. Only IFD0 is read, and the
    /// value is the first 16-bit word of the entry's value field, whatever type the entry claims.
    static func parse(tiff: UnsafeRawBufferPointer) -> ImageOrientation? {
        guard tiff.count >= 8 else { return nil }
        let littleEndian: Bool
        switch (tiff[0], tiff[1]) {
        case (0x49, 0x49): littleEndian = true
        case (0x4D, 0x4D): littleEndian = false
        default: return nil
        }
        func u16(_ at: Int) -> Int? {
            guard at >= 0, at <= tiff.count - 2 else { return nil }
            let a = Int(tiff[at]), b = Int(tiff[at + 1])
            return littleEndian ? a | b << 8 : a << 8 | b
        }
        func u32(_ at: Int) -> Int? {
            guard let lo = u16(littleEndian ? at : at + 2), let hi = u16(littleEndian ? at + 2 : at) else { return nil }
            return hi << 16 | lo
        }
        guard u16(2) == 42, let ifd = u32(4), let count = u16(ifd) else { return nil }
        for i in 0..<count {
            let entry = ifd + 2 + 12 * i
            guard let tag = u16(entry) else { return nil }
            if tag == 0x0112 {
                guard let value = u16(entry + 8) else { return nil }
                return ImageOrientation(rawValue: value)
            }
        }
        return nil
    }
}
