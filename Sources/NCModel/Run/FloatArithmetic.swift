/// Floating-point membranes of scalar `S` (`Float` or `Double`), weights either rounded once to
/// FP32 after folding (what an FP32 model stores) or kept in FP64.
///
/// A convolution adds, for every non-zero input `v` under its kernel, `v × weight` in `S`, in a
/// fixed order per output (kernel row, column, input channel), then `output + bias` into the
/// buffer: the same sums whatever the thread count.
struct FloatArithmetic<S: KernelScalar>: MembraneArithmetic {
    /// Whether weights are rounded to FP32 before use.
    public let roundsWeightsToFloat: Bool
    /// Whether the gather kernels keep their narrower chunks (the definition; the wide ones add
    /// the same products in the same order).
    var narrowChunks = false

    /// An arithmetic in `S` with weights rounded to FP32 (`true`) or kept in FP64.
    public init(roundsWeightsToFloat: Bool) {
        self.roundsWeightsToFloat = roundsWeightsToFloat
    }

    /// A convolution's weights laid out for the gather kernels, and the last image output.
    public struct Kernel: Sendable {
        var layout: [S]
        var bias: [S]
        var padded: Int
        /// Lanes from one weight row of `layout` to the next (dense layers).
        var stride: Int
        var cachedImage: (frame: Int, output: [S])?
    }

    public var name: String {
        switch (S.self == Float.self, roundsWeightsToFloat) {
        case (true, _): return "fp32"
        case (false, true): return "fp32 weights, fp64 accumulation"
        case (false, false): return "fp64"
        }
    }

    public var zero: S { 0 }
    public func unit(buffer: Int, channel: Int) {}

    @inline(__always) public func widen(_ w: S) -> S { w }
    @inline(__always) public func narrow(_ v: S) -> S { v }
    @inline(__always) public func add(_ a: S, _ b: S) -> S { a + b }
    @inline(__always) public func subtract(_ a: S, _ b: S) -> S { a - b }
    // A power-of-two scale is exact in binary floating point (no subnormals arise here).
    @inline(__always) public func halve(_ v: S, times k: Int) -> S { v * S(1.0 / Double(1 << k)) }
    @inline(__always) public func level(_ s: UInt8, _ u: Void) -> S { S(s) }
    @inline(__always) public func spike(_ w: S, _ u: Void, levels: Int) -> UInt8 { S.spike(w, levels: levels) }

    /// FP32 spikes eight at a time (`IntegerSpike.float8`); other scalars one at a time.
    @inline(__always)
    public func spikes(_ words: UnsafePointer<S>, units: UnsafeBufferPointer<Unit>, levels: Int,
                       into out: UnsafeMutablePointer<UInt8>) {
        guard S.self == Float.self else {
            spikeEach(words, units: units, levels: levels, into: out)
            return
        }
        let count = units.count
        let floats = UnsafeRawPointer(words).assumingMemoryBound(to: Float.self)
        var i = 0
        while i + 8 <= count {
            let s = IntegerSpike.float8(UnsafeRawPointer(floats + i).loadUnaligned(as: SIMD8<Float>.self), levels: levels)
            UnsafeMutableRawPointer(out + i).storeBytes(of: s, as: SIMD8<UInt8>.self)
            i += 8
        }
        while i < count {
            out[i] = IntegerSpike.of(floats[i], levels: levels)
            i += 1
        }
    }
    @inline(__always) public func real(_ w: S, _ u: Void) -> Double { Double(w) }
    @inline(__always) public func constant(_ x: Double, _ u: Void) -> S { S(x) }
    @inline(__always) public func exceeds(_ v: S, _ bound: S, orEqual: Bool) -> Bool { orEqual ? v >= bound : v > bound }
    @inline(__always) public func scale(_ v: S, by factor: Double) -> S { factor == 1 ? v : v * S(factor) }

    /// A weight as this arithmetic uses it.
    @inline(__always) func weight(_ w: Double) -> S { roundsWeightsToFloat ? S(Float(w)) : S(w) }

    public func kernel(_ c: Int, _ topology: NetworkTopology, _ weights: ConvWeights, threads: Int) -> Kernel {
        let layer = topology.convs[c]
        let padded = (layer.outChannels + 7) / 8 * 8
        // Rows spaced for the wide gathers' cache sets; the narrow definition keeps them packed.
        let stride = narrowChunks ? padded : S.spacedRowStride(padded)
        let converted = weights.weight.map(weight)
        let layout: [S] = layer.groups == 1
            ? ConvKernels.gatherLayout(converted, layer, padTo: stride, threads: threads)
            : ConvKernels.depthwiseLayout(converted, layer, padTo: padded)
        return Kernel(layout: layout, bias: weights.bias.map(weight), padded: padded, stride: stride, cachedImage: nil)
    }

    public func convolve(_ c: Int, _ topology: NetworkTopology, _ kernel: inout Kernel, input: ConvolutionInput,
                         buffers: inout [[S]], threads: Int) -> Int {
        let layer = topology.convs[c]
        let padded = kernel.padded
        var out: [S]
        switch input {
        case let .image(frame, pixels):
            if let cached = kernel.cachedImage, cached.frame == frame {
                out = cached.output
            } else {
                let sparse = SparseInput<S>(dense: pixels.map { S($0) }, pixels: layer.inHeight * layer.inWidth, channels: layer.inChannels)
                out = gather(layer, sparse, kernel, threads)
                kernel.cachedImage = (frame, out)
            }
        case .spikes(let spikes):
            if layer.groups == 1 {
                let sparse = SparseInput<S>(spikes: spikes, pixels: layer.inHeight * layer.inWidth, channels: layer.inChannels,
                                            threads: threads)
                out = gather(layer, sparse, kernel, threads)
            } else {
                out = [S](repeating: 0, count: layer.outHeight * layer.outWidth * padded)
                kernel.layout.withUnsafeBufferPointer { wp in
                    out.withUnsafeMutableBufferPointer { op in
                        ConvKernels.depthwise(spikes: spikes, layer, weights: wp, channelsPadded: padded, out: op, threads: threads)
                    }
                }
            }
        }
        let bias = kernel.bias
        scatter(layer, topology, out, stride: padded, into: &buffers, threads: threads) { d, o, j in d + (o + bias[j]) }
        return 0
    }

    func gather(_ layer: ConvLayer, _ sparse: SparseInput<S>, _ kernel: Kernel, _ threads: Int) -> [S] {
        var out = [S](repeating: 0, count: layer.outHeight * layer.outWidth * kernel.padded)
        kernel.layout.withUnsafeBufferPointer { wp in
            out.withUnsafeMutableBufferPointer { op in
                ConvKernels.gather(sparse, layer, weights: wp, outPadded: kernel.padded, out: op, threads: threads, wide: !narrowChunks,
                                   weightStride: kernel.stride)
            }
        }
        return out
    }
}
