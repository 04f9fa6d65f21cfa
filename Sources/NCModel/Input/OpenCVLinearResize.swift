/// OpenCV's `cv2.resize(src, (toWidth, toHeight), interpolation=cv2.INTER_LINEAR)` on 8-bit
/// images, bit for bit.
///
/// ultralytics resizes every image with this call (`LetterBox`, `load_image`), and so does the
/// authors' event-camera pipeline; a float bilinear resize differs from it by 1 in 8–15 % of the
/// values, which is enough to change spikes. On `uint8` OpenCV does not interpolate in floating
/// point: it rounds the interpolation weights to 11-bit integers and combines rows with its SIMD
/// kernel's truncating "multiply high" arithmetic (`resizeGeneric_` with `HResizeLinear` /
/// `VResizeLinear<uchar, int, short, FixedPtCast<…>, VResizeLinearVec_32s8u>` in
/// imgproc/src/resize.cpp; shared/fixtures/gen1/SEMANTICS.md §4 transcribes it). This is that
/// arithmetic, per axis (destination size `D`, source size `S`, destination index `d`):
///
///     f = Float((d + 0.5) * (1 / (D / S)) - 0.5)      (the scale in Double, the position in Float)
///     s = floor(f); f = f - s                           (Float)
///     x axis only: s < 0 → s = 0, f = 0;  s ≥ S − 1 → s = S − 1, f = 0
///     w0 = rint((1 − f) · 2048),  w1 = rint(f · 2048)  (Float products, round half to even)
///
///     H(row, X) = src[row, sx] · a0 + src[row, min(sx + 1, S − 1)] · a1          (value · 2048)
///     out = (((H(clamp(sy)) >> 4) · b0 >> 16) + ((H(clamp(sy + 1)) >> 4) · b1 >> 16) + 2) >> 2
///
/// Channels are interpolated independently. Exact halving (`S = 2D` on both axes), which OpenCV
/// routes through its area-averaging code, gives the same bytes: every weight is then 1024 and the
/// formula above reduces to the rounded mean of each 2×2 block.
public enum OpenCVLinearResize {
    /// Fixed-point scale of the interpolation weights (`INTER_RESIZE_COEF_BITS` = 11).
    static let weightScale: Float = 2048

    /// Resizes `src`, row-major `[height][width][channels]` bytes, to `toHeight` x `toWidth`.
    ///
    /// Any channel count works (OpenCV is verified for 1 and 3). The sizes are the caller's to
    /// validate: all must be positive, `src.count` must equal `height * width * channels`, and the
    /// output must be addressable; a violation is a programming error and stops the program.
    /// - Complexity: O(`toHeight * toWidth * channels`) plus O(`height`) row lookups.
    public static func resize(
        _ src: [UInt8], height: Int, width: Int, channels: Int, toHeight: Int, toWidth: Int
    ) -> [UInt8] {
        precondition(height > 0 && width > 0 && channels > 0 && toHeight > 0 && toWidth > 0,
                     "OpenCVLinearResize: sizes must be positive")
        let (pixels, o1) = height.multipliedReportingOverflow(by: width)
        let (count, o2) = pixels.multipliedReportingOverflow(by: channels)
        precondition(!o1 && !o2 && count == src.count, "OpenCVLinearResize: src holds \(src.count) bytes, not \(height)x\(width)x\(channels)")
        let (outPixels, o3) = toHeight.multipliedReportingOverflow(by: toWidth)
        let (outCount, o4) = outPixels.multipliedReportingOverflow(by: channels)
        precondition(!o3 && !o4, "OpenCVLinearResize: output size overflows")

        let columns = taps(destination: toWidth, source: width, clampsWeights: true)
        let rows = taps(destination: toHeight, source: height, clampsWeights: false)
        let rowLength = toWidth * channels
        var out = [UInt8](repeating: 0, count: outCount)
        // Horizontally resized source rows; consecutive output rows mostly reuse the same two.
        var cache: [(row: Int, values: [Int32])] = []
        func horizontal(_ row: Int) -> [Int32] {
            if let hit = cache.first(where: { $0.row == row }) { return hit.values }
            var h = [Int32](repeating: 0, count: rowLength)
            let base = row * width * channels
            for (x, tap) in columns.enumerated() {
                let p0 = base + tap.index0 * channels, p1 = base + tap.index1 * channels
                for c in 0..<channels {
                    h[x * channels + c] = Int32(src[p0 + c]) * tap.weight0 + Int32(src[p1 + c]) * tap.weight1
                }
            }
            if cache.count == 2 { cache.removeFirst() }
            cache.append((row, h))
            return h
        }
        for (y, tap) in rows.enumerated() {
            let h0 = horizontal(tap.index0), h1 = horizontal(tap.index1)
            let base = y * rowLength
            for i in 0..<rowLength {
                // OpenCV narrows to 16 bits (>> 4) and keeps the high half of each 16x16-bit product.
                let v = (((h0[i] >> 4) * tap.weight0) >> 16) + (((h1[i] >> 4) * tap.weight1) >> 16) + 2
                out[base + i] = UInt8(clamping: v >> 2)
            }
        }
        return out
    }

    /// Where one destination index reads the source and with which weights (sum ≈ 2048).
    struct Tap: Equatable {
        var index0: Int
        var index1: Int
        var weight0: Int32
        var weight1: Int32
    }

    /// The taps of every destination index along one axis. Columns (`clampsWeights`) move a
    /// position outside the source onto the border pixel with weight 0; rows keep the fraction
    /// and clamp only the two row indices, as OpenCV does.
    static func taps(destination: Int, source: Int, clampsWeights: Bool) -> [Tap] {
        let scale = 1 / (Double(destination) / Double(source))
        return (0..<destination).map { d in
            var f = Float((Double(d) + 0.5) * scale - 0.5)
            let fl = f.rounded(.down)
            var s = Int(fl)
            f -= fl
            if clampsWeights {
                if s < 0 { s = 0; f = 0 }
                if s >= source - 1 { s = source - 1; f = 0 }
            }
            let w0 = ((1 - f) * weightScale).rounded(.toNearestOrEven)
            let w1 = (f * weightScale).rounded(.toNearestOrEven)
            return Tap(index0: min(max(s, 0), source - 1), index1: min(max(s + 1, 0), source - 1),
                       weight0: Int32(w0), weight1: Int32(w1))
        }
    }
}
