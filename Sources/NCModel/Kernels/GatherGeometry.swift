/// Where one output pixel's kernel window lies in the input: the one window walk every
/// convolution kernel uses (dense gathers, event loops, depthwise), so the loops over kernel rows,
/// columns and sparse inputs are written once. All of it is inlined into the kernels, whose
/// per-element arithmetic stays on concrete vector types.
struct GatherGeometry {
    var kernel: Int
    var inChannels: Int
    var inWidth: Int
    var outPadded: Int
    /// Lanes from one weight row to the next (`outPadded`, or more where the rows are spaced so
    /// that a block of them does not crowd a few cache sets).
    var weightStride: Int
    /// Top-left input coordinate of the window (may be negative: padding).
    var y0: Int, x0: Int
    /// Kernel rows and columns that fall inside the input.
    var kyLo: Int, kyHi: Int, kxLo: Int, kxHi: Int

    /// The window of output row `oy` of `layer` (`outPadded` lanes per output pixel); its
    /// column is set by `column(_:of:)`.
    @inline(__always)
    init(_ layer: ConvLayer, outPadded: Int, row oy: Int) {
        kernel = layer.kernel
        inChannels = layer.inChannels
        inWidth = layer.inWidth
        self.outPadded = outPadded
        weightStride = outPadded
        y0 = oy * layer.stride - layer.padding
        kyLo = max(0, -y0)
        kyHi = min(layer.kernel, layer.inHeight - y0)
        x0 = 0
        kxLo = 0
        kxHi = 0
    }

    /// This window moved to output column `ox` of `layer`.
    @inline(__always)
    func column(_ ox: Int, of layer: ConvLayer) -> GatherGeometry {
        var g = self
        g.x0 = ox * layer.stride - layer.padding
        g.kxLo = max(0, -g.x0)
        g.kxHi = min(kernel, inWidth - g.x0)
        return g
    }

    /// This window narrowed to its one tap `(ky, kx)`, or nil where that tap lies in the padding.
    @inline(__always)
    func tap(_ ky: Int, _ kx: Int) -> GatherGeometry? {
        guard (kyLo..<kyHi).contains(ky), (kxLo..<kxHi).contains(kx) else { return nil }
        var g = self
        (g.kyLo, g.kyHi, g.kxLo, g.kxHi) = (ky, ky + 1, kx, kx + 1)
        return g
    }

    /// Calls `body(pixel, tap)` for every kernel tap inside the input, kernel row by kernel row:
    /// `pixel` is the input pixel under the tap (`y * inWidth + x`), `tap` is `ky * kernel + kx`.
    @inline(__always)
    func forEachTap(_ body: (_ pixel: Int, _ tap: Int) -> Void) {
        for ky in kyLo..<kyHi {
            let rowPixel = (y0 + ky) * inWidth + x0
            for kx in kxLo..<kxHi { body(rowPixel + kx, ky * kernel + kx) }
        }
    }

    /// Calls `body(rowStart, e)` for every sparse input `e` under the window (compressed rows
    /// `start`, `channel`), taps in `forEachTap` order and each pixel's inputs in stored order:
    /// the order in which every kernel adds its products. `rowStart` is the first element of the
    /// input's weight row, `(tap * inChannels + channel) * weightStride`.
    @inline(__always)
    func forEachInput(_ start: UnsafePointer<Int32>, _ channel: UnsafePointer<Int32>,
                      _ body: (_ rowStart: Int, _ e: Int) -> Void) {
        forEachTap { pixel, tap in
            let first = tap * inChannels
            var e = Int(start[pixel])
            let end = Int(start[pixel + 1])
            while e < end {
                body((first + Int(channel[e])) * weightStride, e)
                e += 1
            }
        }
    }

    /// Calls `body(window, pixel)` for every output pixel of `layer` (`pixel` is
    /// `oy * outWidth + ox`), on up to `threads` threads by ranges of output rows: each pixel is
    /// visited by one thread, so results do not depend on the thread count.
    @inline(__always)
    static func forEachPixel(of layer: ConvLayer, outPadded: Int, threads: Int, _ body: (GatherGeometry, _ pixel: Int) -> Void) {
        Parallel.forEachRange(layer.outHeight, threads: threads) { rows in
            for oy in rows {
                let row = GatherGeometry(layer, outPadded: outPadded, row: oy)
                for ox in 0..<layer.outWidth { body(row.column(ox, of: layer), oy * layer.outWidth + ox) }
            }
        }
    }

    /// `forEachPixel` over a layer whose spike map, weights and outputs (`outPadded` per pixel)
    /// the caller holds: `body(window, spikes, weights, dst)` gets the pixel's outputs as `dst`.
    @inline(__always)
    static func forEachPixel<W, A>(of layer: ConvLayer, spikes: UnsafeBufferPointer<UInt8>, weights: [W], acc: inout [A],
                                   outPadded: Int, threads: Int,
                                   _ body: (GatherGeometry, UnsafePointer<UInt8>, UnsafePointer<W>, UnsafeMutablePointer<A>) -> Void) {
        weights.withUnsafeBufferPointer { wp in
            acc.withUnsafeMutableBufferPointer { ap in
                guard let s = spikes.baseAddress, let w = wp.baseAddress, let a = ap.baseAddress else { return }
                forEachPixel(of: layer, outPadded: outPadded, threads: threads) { g, outPixel in body(g, s, w, a + outPixel * outPadded) }
            }
        }
    }

    /// Runs `chunk(window, ox, o0)` over the row's output pixels one chunk of lanes at a time,
    /// from lane `o0` on: every pixel of a chunk before the next chunk, so the chunk's weight rows
    /// stay in cache for the whole row. `chunk` returns the lanes it computed (the same for every
    /// pixel of a chunk).
    @inline(__always)
    func forEachPixelChunk(from o0: Int = 0, of layer: ConvLayer, _ chunk: (GatherGeometry, _ ox: Int, _ o0: Int) -> Int) {
        var o0 = o0
        while o0 < outPadded {
            var lanes = 8
            for ox in 0..<layer.outWidth { lanes = chunk(column(ox, of: layer), ox, o0) }
            o0 += lanes
        }
    }
}

/// Up to eight 32-byte vectors of running sums over consecutive output lanes (each fits one AVX
/// register). `count` (1, 2, 4 or 8) says how many are live; the kernels pass a constant, so
/// after inlining the others vanish and the live ones stay in registers across the window walk.
struct LaneSums<V: SIMD> {
    var v0 = V(), v1 = V(), v2 = V(), v3 = V(), v4 = V(), v5 = V(), v6 = V(), v7 = V()
    let count: Int

    /// `count` vectors of zeros.
    @inline(__always)
    init(count: Int) {
        assert([1, 2, 4, 8].contains(count) && MemoryLayout<V>.size == 32)
        self.count = count
    }

    /// The `count` vectors of sums stored at `p`.
    @inline(__always)
    init(loading p: UnsafePointer<V.Scalar>, count: Int) {
        self.init(count: count)
        update { v, lane in v = UnsafeRawPointer(p + lane).loadUnaligned(as: V.self) }
    }

    /// Calls `step(&vector, lane)` on each live vector in lane order; `lane` is its first lane.
    @inline(__always)
    mutating func update(_ step: (inout V, _ lane: Int) -> Void) {
        let n = V.scalarCount
        step(&v0, 0)
        if count > 1 { step(&v1, n) }
        if count > 2 { step(&v2, 2 * n); step(&v3, 3 * n) }
        if count > 4 { step(&v4, 4 * n); step(&v5, 5 * n); step(&v6, 6 * n); step(&v7, 7 * n) }
    }

    /// Writes the live vectors to `p`; returns the lanes written.
    @inline(__always)
    func store(to p: UnsafeMutablePointer<V.Scalar>) -> Int {
        var sums = self  // `update` visits exactly the live vectors; storing leaves them unchanged.
        sums.update { v, lane in UnsafeMutableRawPointer(p + lane).storeBytes(of: v, as: V.self) }
        return count * V.scalarCount
    }
}
