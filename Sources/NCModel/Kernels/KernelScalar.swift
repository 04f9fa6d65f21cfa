/// The two accumulation precisions of the reference kernels. The gathers are written once
/// (below, generic); only the vector arithmetic is per concrete type, because Swift's SIMD
/// operators only compile to vector instructions when the vector type is concrete; in generic
/// code they fall back to element-by-element loops.
protocol KernelScalar: BinaryFloatingPoint, SparseValue, Codable {
    /// The 32-byte vector the gathers accumulate in (`SIMD8<Float>`, `SIMD4<Double>`).
    associatedtype SumVector: SIMD where SumVector.Scalar == Self

    /// `sum += x * w[0 ..< SumVector.scalarCount]`.
    static func addProduct(_ sum: inout SumVector, _ x: SumVector, _ w: UnsafePointer<Self>)

    /// The I-LIF spike of membrane `u` (`IntegerSpike.of`, through the concrete conversion).
    static func spike(_ u: Self, levels: Int) -> UInt8
}

extension KernelScalar {
    /// Lanes `gatherWide` computes at once (eight vectors).
    static var wideLanes: Int { 8 * SumVector.scalarCount }

    /// Input channels `gatherWide` adds per pass over an output row: one tap's weight rows for
    /// them (256 bytes each) fill half of a 32 KB L1 data cache, leaving room for the row's sums.
    static var wideBlockChannels: Int { 16 * 1024 / (wideLanes * MemoryLayout<Self>.stride) }

    /// Lanes from one weight row to the next for rows of `padded` output lanes read by the wide
    /// gathers: one cache line more than `padded`. The gathers read a block of input channels'
    /// rows under one tap over and over; rows a whole multiple of 256 bytes apart would all fall
    /// in a few of L1's 64 sets (they repeat every 4 KB), spaced this way they spread over all.
    static func spacedRowStride(_ padded: Int) -> Int { padded + 64 / MemoryLayout<Self>.stride }

    /// Writes `Σ value[e] * w[(tap + channel[e]) * outPadded + o0 ..< +lanes]` over the sparse
    /// inputs under the kernel to `dst[o0 ..< o0 + lanes]`, for the largest supported `lanes`
    /// that fits in `outPadded - o0` (four vectors, else 8 lanes); returns `lanes`.
    @inline(__always)
    static func gatherChunk(
        _ g: GatherGeometry, _ o0: Int, _ start: UnsafePointer<Int32>, _ channel: UnsafePointer<Int32>,
        _ value: UnsafePointer<Self>, _ w: UnsafePointer<Self>, _ dst: UnsafeMutablePointer<Self>
    ) -> Int {
        if g.outPadded - o0 >= 4 * SumVector.scalarCount {
            return gather(LaneSums(count: 4), g, o0, start, channel, value, w).store(to: dst + o0)
        }
        return gather(LaneSums(count: 8 / SumVector.scalarCount), g, o0, start, channel, value, w).store(to: dst + o0)
    }

    /// `gatherChunk` for `wideLanes` lanes at once (eight vector accumulators instead of four),
    /// continuing the sums already in `dst[o0 ..< o0 + wideLanes]` with the entries `lo ..< hi`
    /// of one input pixel under one tap (`rowBase` is `tap * inChannels`). Called tap by tap and
    /// block of channels by block, it adds the same products in the same order per output as
    /// `gatherChunk`, so the same sums bit for bit.
    @inline(__always)
    static func gatherWide(
        _ lo: Int, _ hi: Int, rowBase: Int, rowStride: Int, _ o0: Int, _ channel: UnsafePointer<Int32>,
        _ value: UnsafePointer<Self>, _ w: UnsafePointer<Self>, _ dst: UnsafeMutablePointer<Self>
    ) {
        var sums = LaneSums<SumVector>(loading: dst + o0, count: 8)
        for e in lo..<hi {
            let row = w + (rowBase + Int(channel[e])) * rowStride + o0, v = SumVector(repeating: value[e])
            sums.update { sum, lane in addProduct(&sum, v, row + lane) }
        }
        _ = sums.store(to: dst + o0)
    }

    /// `sums` plus the products of the window's inputs with their weight rows from lane `o0`
    /// (`sums.count` is a constant at each call, so each call gets its own branch-free loop).
    @inline(__always)
    private static func gather(
        _ sums: LaneSums<SumVector>, _ g: GatherGeometry, _ o0: Int, _ start: UnsafePointer<Int32>,
        _ channel: UnsafePointer<Int32>, _ value: UnsafePointer<Self>, _ w: UnsafePointer<Self>
    ) -> LaneSums<SumVector> {
        var sums = sums
        g.forEachInput(start, channel) { rowStart, e in
            let row = w + rowStart + o0, v = SumVector(repeating: value[e])
            sums.update { sum, lane in addProduct(&sum, v, row + lane) }
        }
        return sums
    }

    /// `dst[0..<8] += spikes[0..<8] * w[0..<8]` (eight channels of a depthwise tap).
    @inline(__always)
    static func depthwiseLanes(_ spikes: UnsafePointer<UInt8>, _ w: UnsafePointer<Self>, _ dst: UnsafeMutablePointer<Self>) {
        var sums = LaneSums<SumVector>(loading: dst, count: 8 / SumVector.scalarCount)
        sums.update { sum, lane in
            var s = SumVector()
            for i in s.indices { s[i] = Self(spikeCount: spikes[lane + i]) }
            addProduct(&sum, s, w + lane)
        }
        _ = sums.store(to: dst)
    }
}

extension Float: KernelScalar {
    @inline(__always)
    static func addProduct(_ sum: inout SIMD8<Float>, _ x: SIMD8<Float>, _ w: UnsafePointer<Float>) {
        sum += x * UnsafeRawPointer(w).loadUnaligned(as: SIMD8<Float>.self)
    }

    @inline(__always)
    static func spike(_ u: Float, levels: Int) -> UInt8 { IntegerSpike.of(u, levels: levels) }
}

extension Double: KernelScalar {
    @inline(__always)
    static func addProduct(_ sum: inout SIMD4<Double>, _ x: SIMD4<Double>, _ w: UnsafePointer<Double>) {
        sum += x * UnsafeRawPointer(w).loadUnaligned(as: SIMD4<Double>.self)
    }

    @inline(__always)
    static func spike(_ u: Double, levels: Int) -> UInt8 { IntegerSpike.of(u, levels: levels) }
}
