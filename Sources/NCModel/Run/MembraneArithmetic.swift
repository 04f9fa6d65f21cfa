/// How a run represents membrane currents and weights and how it adds them: the one place where
/// FP32, FP64 and fixed point differ. The step interpreter, every neuron model and the
/// convolution kernels are written once against it.
///
/// Neuron updates work on `Wide` values (exact for fixed point, where a `Word` saturates only when
/// it is stored back) in the unit of one buffer channel (`Unit`: the fixed-point fraction bits;
/// nothing for floating point).
public protocol MembraneArithmetic: Sendable {
    /// A stored membrane current.
    associatedtype Word: Sendable, Comparable
    /// An intermediate of a neuron update.
    associatedtype Wide
    /// What a word means in one buffer channel (fixed point: its fraction bits).
    associatedtype Unit: Sendable
    /// A convolution's weights laid out for this arithmetic's kernels.
    associatedtype Kernel: Sendable

    /// `fp32`, `fp64`, `int8/int24`.
    var name: String { get }
    /// The zero current.
    var zero: Word { get }
    /// The unit of channel `channel` of buffer `buffer`.
    func unit(buffer: Int, channel: Int) -> Unit

    /// `w` widened for a neuron update.
    func widen(_ w: Word) -> Wide
    /// `v` stored as a word (saturating where words saturate).
    func narrow(_ v: Wide) -> Word
    /// `a + b`.
    func add(_ a: Wide, _ b: Wide) -> Wide
    /// `a - b`.
    func subtract(_ a: Wide, _ b: Wide) -> Wide
    /// `v * 2^-k` (round half to even where the result is not exact).
    func halve(_ v: Wide, times k: Int) -> Wide
    /// The integer spike `s` as a current in unit `u`.
    func level(_ s: UInt8, _ u: Unit) -> Wide
    /// The integer spike of membrane `w`: `round(clamp(w, 0, levels))`, half to even.
    func spike(_ w: Word, _ u: Unit, levels: Int) -> UInt8
    /// `out[i] = spike(words[i], units[i], levels)` for each of `units` (`spikeEach` is the
    /// definition; an arithmetic may compute the same faster).
    func spikes(_ words: UnsafePointer<Word>, units: UnsafeBufferPointer<Unit>, levels: Int, into out: UnsafeMutablePointer<UInt8>)
    /// `w` as a real number (head outputs).
    func real(_ w: Word, _ u: Unit) -> Double
    /// The real number `x` (a threshold) in unit `u`, rounded to the nearest representable value.
    func constant(_ x: Double, _ u: Unit) -> Wide
    /// Whether `v > bound`, or `v >= bound` when `orEqual`.
    func exceeds(_ v: Wide, _ bound: Wide, orEqual: Bool) -> Bool
    /// `v * factor` (a leak factor), truncated toward zero where the product is not exact.
    func scale(_ v: Wide, by factor: Double) -> Wide

    /// Convolution `c`'s weights and bias prepared for `convolve`, on up to `threads` threads.
    func kernel(_ c: Int, _ topology: NetworkTopology, _ weights: ConvWeights, threads: Int) -> Kernel
    /// Adds convolution `c`'s output and bias into its output slices of `buffers`; returns how
    /// many outputs ended at a saturation bound (0 where words do not saturate). A kernel may
    /// cache the encoding layer's output for an image it has seen (`ConvolutionInput.image`).
    func convolve(_ c: Int, _ topology: NetworkTopology, _ kernel: inout Kernel, input: ConvolutionInput,
                  buffers: inout [[Word]], threads: Int) -> Int
}

/// What a convolution reads: the real-valued image (the encoding layer) or a population's integer
/// spikes, both channels-last.
public enum ConvolutionInput {
    /// Pixel values `[height][width][channels]` of input frame `frame` (kernels may cache the
    /// encoding layer's output per frame: a static image repeats over the timesteps).
    case image(frame: Int, pixels: [Double])
    /// Integer spike counts `[height][width][channels]`.
    case spikes(UnsafeBufferPointer<UInt8>)
}

extension MembraneArithmetic {
    /// `spikes` one neuron at a time.
    @inline(__always)
    public func spikeEach(_ words: UnsafePointer<Word>, units: UnsafeBufferPointer<Unit>, levels: Int,
                          into out: UnsafeMutablePointer<UInt8>) {
        for i in 0..<units.count { out[i] = spike(words[i], units[i], levels: levels) }
    }

    @inline(__always)
    public func spikes(_ words: UnsafePointer<Word>, units: UnsafeBufferPointer<Unit>, levels: Int,
                       into out: UnsafeMutablePointer<UInt8>) {
        spikeEach(words, units: units, levels: levels, into: out)
    }

    /// Copies a convolution's channels-last output rows (`stride` values per pixel) into its
    /// output slices with `combine(existing, output, outputChannel)`, parallel over pixels.
    /// Inlined into each caller, so that `combine` is inlined into the loop (a call per value
    /// otherwise).
    @inline(__always)
    func scatter<V>(_ layer: ConvLayer, _ topology: NetworkTopology, _ out: [V], stride: Int, into buffers: inout [[Word]],
                    threads: Int, _ combine: @Sendable (Word, V, Int) -> Word) {
        let pixels = layer.outHeight * layer.outWidth
        var c0 = 0
        for s in layer.output {
            let channels = topology.buffers[s.buffer].channels
            let (start, count, offset) = (s.channelStart, s.channelCount, c0)
            out.withUnsafeBufferPointer { o in
                buffers[s.buffer].withUnsafeMutableBufferPointer { d in
                    let box = UncheckedSendable((o, d))
                    Parallel.forEachRange(pixels, threads: threads, grain: 256) { range in
                        let (o, d) = box.value
                        for px in range {
                            let from = px * stride + offset, to = px * channels + start
                            for j in 0..<count { d[to + j] = combine(d[to + j], o[from + j], offset + j) }
                        }
                    }
                }
            }
            c0 += s.channelCount
        }
    }
}
