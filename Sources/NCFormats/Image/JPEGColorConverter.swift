/// How the three (or one) components of a JPEG map to RGB, decided as libjpeg decides it.
enum JPEGColorSpace: Equatable {
    case grayscale, yCbCr, rgb
}

/// The last stage of decoding: upsamples each component to full size the way libjpeg-turbo's
/// jdsample.c does with `do_fancy_upsampling` on (its default, which OpenCV keeps), then converts
/// to RGB with jdcolor.c's fixed-point tables, one output row at a time.
enum JPEGColorConverter {
    /// How one component is brought to full resolution (jdsample.c `jinit_upsampler`).
    enum Upsampling: Equatable {
        /// Already full size.
        case none
        /// 2:1 horizontally, triangle filter (needs more than 2 samples per row).
        case h2v1Fancy
        /// 2:1 vertically, triangle filter between the nearest row and the next nearest.
        case h1v2Fancy
        /// 2:1 both ways, triangle filter in both directions.
        case h2v2Fancy
        /// Any other integer ratio, and 2:1 ratios of rows with at most 2 samples: replication.
        case replicate(h: Int, v: Int)
    }

    /// The method libjpeg-turbo picks for `c` in `frame` with fancy upsampling enabled.
    static func upsampling(_ c: JPEGFrame.Component, in frame: JPEGFrame) -> Upsampling {
        let hx = frame.maxH / c.h, vx = frame.maxV / c.v
        switch (hx, vx) {
        case (1, 1): return .none
        case (2, 1) where c.sampledWidth > 2: return .h2v1Fancy
        case (1, 2): return .h1v2Fancy
        case (2, 2) where c.sampledWidth > 2: return .h2v2Fancy
        default: return .replicate(h: hx, v: vx)
        }
    }

    /// Fixed-point YCbCr → RGB terms of jdcolor.c `build_ycc_rgb_table`: R = Y + crToR[Cr],
    /// G = Y + (cbToG[Cb] + crToG[Cr]) >> 16, B = Y + cbToB[Cb], each clamped to 0...255.
    struct Tables {
        var crToR = [Int32](repeating: 0, count: 256)
        var cbToB = [Int32](repeating: 0, count: 256)
        var crToG = [Int32](repeating: 0, count: 256)
        var cbToG = [Int32](repeating: 0, count: 256)

        init() {
            func fix(_ x: Double) -> Int64 { Int64(x * 65536 + 0.5) }
            let half: Int64 = 1 << 15
            for i in 0..<256 {
                let x = Int64(i - 128)
                crToR[i] = Int32((fix(1.40200) * x + half) >> 16)
                cbToB[i] = Int32((fix(1.77200) * x + half) >> 16)
                crToG[i] = Int32(-fix(0.71414) * x)
                cbToG[i] = Int32(-fix(0.34414) * x + half)
            }
        }
    }

    /// Renders the image from the component `planes` (samples at each component's resolution).
    static func render(frame: JPEGFrame, planes: JPEGPlanes, colorSpace: JPEGColorSpace) -> RGBImage {
        let width = frame.width, height = frame.height
        let n = frame.components.count
        let methods = frame.components.map { upsampling($0, in: frame) }
        let t = JPEGLookupTables.shared
        let (clamp, crR, cbB, crG, cbG) = (t.clamp, t.crToR, t.cbToB, t.crToG, t.cbToG)
        // One scratch row per component, wide enough for an upsampler's output
        // (2 · sampledWidth, or h · sampledWidth for replication: at most width + maxH).
        let scratchWidth = width + 2 * frame.maxH + 8
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: scratchWidth * n)
        let colsum = UnsafeMutablePointer<Int32>.allocate(capacity: width + 8)
        defer {
            scratch.deallocate()
            colsum.deallocate()
        }
        let pixels = [UInt8](unsafeUninitializedCapacity: width * height * 3) { out, count in
            var rows = [UnsafePointer<UInt8>](repeating: UnsafePointer(scratch), count: 3)
            for y in 0..<height {
                for c in 0..<n {
                    rows[c] = upsampledRow(y, frame.components[c], methods[c], planes.base(c), scratch + c * scratchWidth, colsum)
                }
                let o = out.baseAddress! + y * width * 3
                switch colorSpace {
                case .grayscale, .rgb:
                    // Grey is copied to all three channels.
                    let (r, g, b) = colorSpace == .rgb ? (rows[0], rows[1], rows[2]) : (rows[0], rows[0], rows[0])
                    for x in 0..<width {
                        o[3 * x] = r[x]
                        o[3 * x + 1] = g[x]
                        o[3 * x + 2] = b[x]
                    }
                case .yCbCr:
                    // jdcolor.c ycc_rgb_convert; `clamp` is its range_limit table.
                    let (yy, cb, cr) = (rows[0], rows[1], rows[2])
                    for x in 0..<width {
                        let l = Int(yy[x]), u = Int(cb[x]), v = Int(cr[x])
                        o[3 * x] = clamp[l + Int(crR[v])]
                        o[3 * x + 1] = clamp[l + Int((cbG[u] &+ crG[v]) >> 16)]
                        o[3 * x + 2] = clamp[l + Int(cbB[u])]
                    }
                }
            }
            count = width * height * 3
        }
        return RGBImage(checkedWidth: width, height: height, pixels: pixels)
    }

    /// Output row `y` of component `c` at full width: a pointer into its plane when no
    /// upsampling is needed, otherwise into `scratch` after filling it. Rows and columns past the
    /// component's sampled size are the last real ones repeated, which is what libjpeg's context
    /// rows (jdmainct.c) and edge cases of its upsamplers amount to.
    @inline(__always)
    static func upsampledRow(
        _ y: Int, _ c: JPEGFrame.Component, _ method: Upsampling, _ plane: UnsafeMutablePointer<UInt8>,
        _ scratch: UnsafeMutablePointer<UInt8>, _ colsum: UnsafeMutablePointer<Int32>
    ) -> UnsafePointer<UInt8> {
        let stride = 8 * c.blocksPerLine
        let sw = c.sampledWidth
        assert(sw <= stride, "sampled row wider than the plane")
        @inline(__always) func row(_ r: Int) -> UnsafeMutablePointer<UInt8> {
            assert(r >= 0 && r < 8 * c.blocksPerColumn, "row outside the plane")
            return plane + r * stride
        }
        switch method {
        case .none:
            return UnsafePointer(row(y))
        case .h2v1Fancy:
            let s = row(y)
            scratch[0] = s[0]
            scratch[1] = UInt8(truncatingIfNeeded: (Int32(s[0]) &* 3 &+ Int32(s[1]) &+ 2) >> 2)
            for i in 1..<(sw - 1) {
                let v = Int32(s[i]) &* 3
                scratch[2 * i] = UInt8(truncatingIfNeeded: (v &+ Int32(s[i - 1]) &+ 1) >> 2)
                scratch[2 * i + 1] = UInt8(truncatingIfNeeded: (v &+ Int32(s[i + 1]) &+ 2) >> 2)
            }
            let last = sw - 1
            scratch[2 * last] = UInt8(truncatingIfNeeded: (Int32(s[last]) &* 3 &+ Int32(s[last - 1]) &+ 1) >> 2)
            scratch[2 * last + 1] = s[last]
            return UnsafePointer(scratch)
        case .h1v2Fancy:
            let r = y >> 1
            let isUpper = y & 1 == 0
            let other = isUpper ? max(r - 1, 0) : min(r + 1, c.sampledHeight - 1)
            let bias: Int32 = isUpper ? 1 : 2
            let near = row(r), far = row(other)
            for x in 0..<sw {
                scratch[x] = UInt8(truncatingIfNeeded: (Int32(near[x]) &* 3 &+ Int32(far[x]) &+ bias) >> 2)
            }
            return UnsafePointer(scratch)
        case .h2v2Fancy:
            let r = y >> 1
            let other = y & 1 == 0 ? max(r - 1, 0) : min(r + 1, c.sampledHeight - 1)
            let near = row(r), far = row(other)
            for x in 0..<sw { colsum[x] = Int32(near[x]) &* 3 &+ Int32(far[x]) }
            scratch[0] = UInt8(truncatingIfNeeded: (colsum[0] &* 4 &+ 8) >> 4)
            scratch[1] = UInt8(truncatingIfNeeded: (colsum[0] &* 3 &+ colsum[1] &+ 7) >> 4)
            for i in 1..<(sw - 1) {
                let v = colsum[i] &* 3
                scratch[2 * i] = UInt8(truncatingIfNeeded: (v &+ colsum[i - 1] &+ 8) >> 4)
                scratch[2 * i + 1] = UInt8(truncatingIfNeeded: (v &+ colsum[i + 1] &+ 7) >> 4)
            }
            let last = sw - 1
            scratch[2 * last] = UInt8(truncatingIfNeeded: (colsum[last] &* 3 &+ colsum[last - 1] &+ 8) >> 4)
            scratch[2 * last + 1] = UInt8(truncatingIfNeeded: (colsum[last] &* 4 &+ 7) >> 4)
            return UnsafePointer(scratch)
        case .replicate(let hx, let vx):
            let s = row(y / vx)
            for i in 0..<sw {
                let v = s[i]
                for k in 0..<hx { scratch[i * hx + k] = v }
            }
            return UnsafePointer(scratch)
        }
    }
}
