/// Fixed-point membranes: `membraneBits` two's-complement words in units of `2^-f` per buffer
/// channel (`FixedPointFormat`), weights rounded to `weightBits`. Every addition saturates.
///
/// A convolution preloads `current + bias` into its output membranes, then adds one weight per
/// binary event in the canonical order (virtual step, input pixel row-major, channel), as an
/// event-driven chip does; with saturation the order matters, and this is the order defined.
/// The encoding layer too: its bias is preloaded (quantised on its own), and the encoder's
/// real-valued output *without* the bias is quantised and added in one saturating add
/// (docs/hardware-model.md, rule 4).
public struct FixedPointArithmetic: MembraneArithmetic {
    /// The unit of every buffer channel and the saturation bounds.
    public let format: FixedPointFormat
    /// Bits per weight.
    public let weightBits: Int
    /// Bits per membrane word.
    public let membraneBits: Int
    /// Whether weights are rounded to FP32 before quantisation (as an FP32 checkpoint stores them).
    public let roundsWeightsToFloat: Bool
    /// Whether every convolution adds binary events one by one (`EventKernels`, the definition),
    /// even where no membrane can saturate and `ValueKernels` gives the same sums faster.
    var eventsOnly = false

    /// The arithmetic for `topology` with `weights` (formats chosen from the weights).
    /// (`threads` only shares out the scan of the weights; the format does not depend on it.)
    public init(topology: NetworkTopology, weights: [ConvWeights], weightBits: Int, membraneBits: Int,
                roundsWeightsToFloat: Bool = true, threads: Int = 1) {
        self.weightBits = weightBits
        self.membraneBits = membraneBits
        self.roundsWeightsToFloat = roundsWeightsToFloat
        format = FixedPointFormat(topology: topology, weights: weights, weightBits: weightBits, membraneBits: membraneBits,
                                  roundsWeightsToFloat: roundsWeightsToFloat, threads: threads)
    }

    /// A convolution's weights as membrane words of the channel each feeds.
    public struct Kernel: Sendable {
        /// The weights laid out for the gathers and event loops; empty when `rows` holds them as
        /// int8 (then built from those the first time a timestep needs the event loops).
        var layout: [Int32]
        /// A dense layer's `layout` in the narrowest integer type (nil for depthwise layers).
        var rows: IntegerRows?
        var bias: [Int32]
        var padded: Int
        /// Largest sum of |weights| into one output channel.
        var largestWeightSum: Double
        /// The encoding layer's weights as the encoder multiplies them (before quantisation; its
        /// bias is in `bias`, preloaded like every convolution's).
        var encoderWeights: [Double]
        var cachedImage: (frame: Int, output: [Double])?
    }

    public var name: String { "int\(weightBits)/int\(membraneBits)" }
    public var zero: Int32 { 0 }
    public func unit(buffer: Int, channel: Int) -> Int { format.fractionBits[buffer][channel] }

    @inline(__always) public func widen(_ w: Int32) -> Int64 { Int64(w) }
    @inline(__always) public func narrow(_ v: Int64) -> Int32 { Int32(max(Int64(format.low), min(Int64(format.high), v))) }
    @inline(__always) public func add(_ a: Int64, _ b: Int64) -> Int64 { a + b }
    @inline(__always) public func subtract(_ a: Int64, _ b: Int64) -> Int64 { a - b }
    @inline(__always) public func halve(_ v: Int64, times k: Int) -> Int64 {
        let q = v >> Int64(k), rem = v - (q << Int64(k)), half = Int64(1) << Int64(k - 1)
        return rem > half || (rem == half && q & 1 == 1) ? q + 1 : q
    }
    @inline(__always) public func level(_ s: UInt8, _ f: Int) -> Int64 { f >= 0 ? Int64(s) << Int64(f) : Int64(s) >> Int64(-f) }
    @inline(__always) public func spike(_ w: Int32, _ f: Int, levels: Int) -> UInt8 { FixedPointFormat.spike(w, f, levels: levels) }

    /// Spikes eight at a time (`FixedPointFormat.spike8`) where all eight units lie in 1...30,
    /// one at a time elsewhere.
    @inline(__always)
    public func spikes(_ words: UnsafePointer<Int32>, units: UnsafeBufferPointer<Int>, levels: Int,
                       into out: UnsafeMutablePointer<UInt8>) {
        guard let unitBase = units.baseAddress else { return }
        let count = units.count
        var i = 0
        while i + 8 <= count {
            // Checked on the 64-bit units one by one: eight-lane masks of 64-bit lanes do not
            // stay in vector registers.
            var worst: UInt = 0
            for j in 0..<8 { worst = max(worst, UInt(bitPattern: unitBase[i + j] &- 1)) }
            if worst <= 29 {
                let u = UnsafeRawPointer(words + i).loadUnaligned(as: SIMD8<Int32>.self)
                let f = SIMD8<Int32>(truncatingIfNeeded: UnsafeRawPointer(unitBase + i).loadUnaligned(as: SIMD8<Int>.self))
                UnsafeMutableRawPointer(out + i).storeBytes(of: FixedPointFormat.spike8(u, f, levels: levels), as: SIMD8<UInt8>.self)
            } else {
                spikeEach(words + i, units: UnsafeBufferPointer(rebasing: units[i..<(i + 8)]), levels: levels, into: out + i)
            }
            i += 8
        }
        spikeEach(words + i, units: UnsafeBufferPointer(rebasing: units[i...]), levels: levels, into: out + i)
    }
    @inline(__always) public func real(_ w: Int32, _ f: Int) -> Double { Double(w) / format.pow2(f) }
    @inline(__always) public func constant(_ x: Double, _ f: Int) -> Int64 { Int64(format.quantize(x, f)) }
    @inline(__always) public func exceeds(_ v: Int64, _ bound: Int64, orEqual: Bool) -> Bool { orEqual ? v >= bound : v > bound }
    // Membranes are at most 30 bits: the product is exact in a double before truncation.
    @inline(__always) public func scale(_ v: Int64, by factor: Double) -> Int64 {
        factor == 1 ? v : Int64((Double(v) * factor).rounded(.towardZero))
    }

    /// A weight as this arithmetic sees it before quantisation.
    @inline(__always) func weight(_ w: Double) -> Double { roundsWeightsToFloat ? Double(Float(w)) : w }

    /// `x` in the unit of channel `channel` of buffer `buffer`.
    func quantize(_ x: Double, buffer: Int, channel: Int) -> Int32 { format.quantize(x, unit(buffer: buffer, channel: channel)) }

    /// Saturating addition of two words.
    @inline(__always) func add(_ a: Int32, _ b: Int32) -> Int32 { Int32.add(a, b, low: format.low, high: format.high) }

    public func kernel(_ c: Int, _ topology: NetworkTopology, _ weights: ConvWeights, threads: Int) -> Kernel {
        let layer = topology.convs[c]
        let padded = (layer.outChannels + 7) / 8 * 8
        let k2 = layer.kernel * layer.kernel, cinG = layer.inChannels / layer.groups
        var owner = [(Int, Int)]()  // (buffer, channel) of each output channel
        for s in layer.output { for j in 0..<s.channelCount { owner.append((s.buffer, s.channelStart + j)) } }
        let scales = owner.map { format.pow2(unit(buffer: $0.0, channel: $0.1)) }
        // Quantized in the weights' own order, where each output channel's weights are contiguous
        // (its magnitudes summed in (input, tap) order), then laid out for the kernels.
        let perChannel = cinG * k2
        var quantized = [Int32](repeating: 0, count: layer.outChannels * perChannel)
        var sums = [Double](repeating: 0, count: padded)
        // Each channel's largest weight magnitude, for the narrowest rows that hold them.
        var magnitudes = [UInt32](repeating: 0, count: padded)
        weights.weight.withUnsafeBufferPointer { wp in
            quantized.withUnsafeMutableBufferPointer { qp in
                sums.withUnsafeMutableBufferPointer { sums in
                    magnitudes.withUnsafeMutableBufferPointer { magnitudes in
                        let box = UncheckedSendable((wp, qp, sums, magnitudes))
                        Parallel.forEachRange(layer.outChannels, threads: threads) { channels in
                            let (wp, qp, sums, magnitudes) = box.value
                            for o in channels {
                                let scale = scales[o]
                                var sum = 0.0
                                var largest: UInt32 = 0
                                for j in (o * perChannel)..<((o + 1) * perChannel) {
                                    let v = format.quantize(weight(wp[j]), scale: scale)
                                    qp[j] = v
                                    sum += Double(v.magnitude)
                                    largest = max(largest, v.magnitude)
                                }
                                sums[o] = sum
                                magnitudes[o] = largest
                            }
                        }
                    }
                }
            }
        }
        let bias = (0..<layer.outChannels).map { o in quantize(weight(weights.bias[o]), buffer: owner[o].0, channel: owner[o].1) }
        let encoderWeights = layer.isEncoding ? weights.weight.map(weight) : []
        let largest = Int(magnitudes.max() ?? 0)
        // Validated topologies have dense (groups 1) and depthwise convolutions only.
        if layer.groups == 1 && !eventsOnly && largest <= Int(Int8.max) {
            // Int8 rows straight from the weights. (A layer holding -128, which 8-bit weight units
            // never produce, takes the general path below, which narrows it to int8 all the same.)
            let rows = Int8Rows.gatherLayout(quantized, layer, padTo: padded, threads: threads)
            return Kernel(layout: [], rows: .int8(rows, largest: largest), bias: bias, padded: padded,
                          largestWeightSum: sums.max() ?? 0, encoderWeights: encoderWeights, cachedImage: nil)
        }
        let layout = layer.groups == 1 ? ConvKernels.gatherLayout(quantized, layer, padTo: padded, threads: threads)
            : ConvKernels.depthwiseLayout(quantized, layer, padTo: padded)
        return Kernel(layout: layout, rows: layer.groups == 1 && !eventsOnly ? IntegerRows(layout, padded: padded) : nil, bias: bias,
                      padded: padded, largestWeightSum: sums.max() ?? 0, encoderWeights: encoderWeights, cachedImage: nil)
    }

    public func convolve(_ c: Int, _ topology: NetworkTopology, _ kernel: inout Kernel, input: ConvolutionInput,
                         buffers: inout [[Int32]], threads: Int) -> Int {
        let layer = topology.convs[c]
        let padded = kernel.padded, pixels = layer.outHeight * layer.outWidth
        // The membranes this layer adds into, with the bias preloaded (once per timestep), on
        // every thread; the largest magnitude preloaded (padding lanes stay 0) is noted on the way.
        var acc = [Int32](repeating: 0, count: pixels * padded)
        var largest: UInt32 = 0
        kernel.bias.withUnsafeBufferPointer { bias in
            forEachSlice(layer, topology, &buffers) { c0, slice, channels, buffer in
                acc.withUnsafeMutableBufferPointer { a in
                    let box = UncheckedSendable((a, buffer))
                    let found = Parallel.mapRanges(pixels, threads: threads, grain: 256) { range -> UInt32 in
                        let (a, buffer) = box.value
                        var m: UInt32 = 0
                        for p in range {
                            for j in 0..<slice.channelCount {
                                let v = add(buffer[p * channels + slice.channelStart + j], bias[c0 + j])
                                a[p * padded + c0 + j] = v
                                m = max(m, v.magnitude)
                            }
                        }
                        return m
                    }
                    largest = max(largest, found.max() ?? 0)
                }
            }
        }
        switch input {
        case let .image(frame, pixels):
            // The encoder MAC array computes the real-valued first layer without its bias (the
            // bias is already in the membranes); that output is rounded to each channel's unit
            // and added.
            let out: [Double]
            if let cached = kernel.cachedImage, cached.frame == frame {
                out = cached.output
            } else {
                out = DenseConvolution.evaluate(layer, weights: kernel.encoderWeights, input: pixels, threads: threads)
                kernel.cachedImage = (frame, out)
            }
            forEachOutput(layer, topology) { p, o, b, ch, _ in
                acc[p * padded + o] = add(acc[p * padded + o], quantize(out[p * layer.outChannels + o], buffer: b, channel: ch))
            }
        case .spikes(let spikes):
            let levels = topology.spikeLevels
            // Whether a membrane can reach a bound: if not, no addition saturates and the sum is
            // an exact integer sum, whatever the order.
            // The largest magnitude as an integer (found while preloading: nothing has been added
            // since), then as a double: the same value as the largest of the doubles, since every
            // Int32 is exact in a double.
            let start = Double(largest)
            let clamp = start + Double(levels) * kernel.largestWeightSum >= Double(format.high)
            let exact = !clamp && !eventsOnly
            if layer.groups == 1 {
                if exact, let rows = kernel.rows {
                    let sparse = SparseInput<Int32>(spikes: spikes, pixels: layer.inHeight * layer.inWidth, channels: layer.inChannels,
                                                    threads: threads)
                    ValueKernels.dense(sparse, layer, rows: rows, padded: padded, acc: &acc, threads: threads)
                } else {
                    if kernel.layout.isEmpty, case let .int8(rows, _)? = kernel.rows {
                        kernel.layout = Int8Rows.natural(rows, padded: padded).map { Int32($0) }
                    }
                    let events = BinarySpikes(spikes: spikes, pixels: layer.inHeight * layer.inWidth, channels: layer.inChannels,
                                              levels: levels)
                    EventKernels.dense(events, layer, weights: kernel.layout, padded: padded, acc: &acc, low: format.low,
                                       high: format.high, clamp: clamp, threads: threads)
                }
            } else if exact {
                ValueKernels.depthwise(spikes, layer, weights: kernel.layout, padded: padded, acc: &acc, threads: threads)
            } else {
                EventKernels.depthwise(spikes, layer, levels: levels, weights: kernel.layout, padded: padded, acc: &acc,
                                       low: format.low, high: format.high, threads: threads)
            }
        }
        var saturated = 0
        let (low, high) = (format.low, format.high)
        forEachSlice(layer, topology, &buffers) { c0, slice, channels, buffer in
            acc.withUnsafeBufferPointer { a in
                let box = UncheckedSendable((a, buffer))
                saturated += Parallel.mapRanges(pixels, threads: threads, grain: 256) { range -> Int in
                    let (a, buffer) = box.value
                    var count = 0
                    for p in range {
                        for j in 0..<slice.channelCount {
                            let v = a[p * padded + c0 + j]
                            // Counted without a branch, so that the copy vectorises.
                            count &+= (v == low ? 1 : 0) | (v == high ? 1 : 0)
                            buffer[p * channels + slice.channelStart + j] = v
                        }
                    }
                    return count
                }.reduce(0, +)
            }
        }
        return saturated
    }

    /// Calls `body(first output channel, slice, buffer channels, buffer)` for every output slice
    /// of `layer`, with the buffer it writes.
    func forEachSlice(_ layer: ConvLayer, _ topology: NetworkTopology, _ buffers: inout [[Int32]],
                      _ body: (Int, BufferSlice, Int, UnsafeMutableBufferPointer<Int32>) -> Void) {
        var c0 = 0
        for s in layer.output {
            let channels = topology.buffers[s.buffer].channels
            precondition(buffers[s.buffer].count >= layer.outHeight * layer.outWidth * channels, "buffer does not match the layer")
            buffers[s.buffer].withUnsafeMutableBufferPointer { body(c0, s, channels, $0) }
            c0 += s.channelCount
        }
    }

    /// Calls `body(pixel, outputChannel, buffer, bufferChannel, index in that buffer)` for every
    /// output of `layer`.
    func forEachOutput(_ layer: ConvLayer, _ topology: NetworkTopology, _ body: (Int, Int, Int, Int, Int) -> Void) {
        var c0 = 0
        for s in layer.output {
            let channels = topology.buffers[s.buffer].channels
            for p in 0..<(layer.outHeight * layer.outWidth) {
                for j in 0..<s.channelCount {
                    body(p, c0 + j, s.buffer, s.channelStart + j, p * channels + s.channelStart + j)
                }
            }
            c0 += s.channelCount
        }
    }
}
