/// Convolution kernels of the reference engine on channels-last (HWC) maps.
///
/// Dense convolutions gather, for each output pixel, the non-zero inputs under the kernel and add
/// `value * weightRow` where `weightRow` holds all output channels contiguously: work is
/// proportional to the synaptic operations, not to the MACs. Every output is computed by one
/// thread in a fixed order, so results do not depend on the thread count.
enum ConvKernels {
    /// Dense weights `[outChannels][inChannels][k][k]` re-laid as `[k*k*inChannels][outPadded]`
    /// (already converted: a conversion closure called per weight from the threads' closure was
    /// not inlined, and cost more than the copy).
    static func gatherLayout<S: Numeric>(_ w: [S], _ layer: ConvLayer, padTo outPadded: Int, threads: Int = 1) -> [S] {
        let kk = layer.kernel * layer.kernel, cin = layer.inChannels, cout = layer.outChannels
        var out = [S](repeating: 0, count: kk * cin * outPadded)
        out.withUnsafeMutableBufferPointer { out in
            w.withUnsafeBufferPointer { w in
                // Sixteen output channels at a time: each row's sixteen lanes are one cache line
                // written at once, where one channel at a time wrote one word per row.
                forEachBlock(of: cout, threads: threads) { channels in
                    for i in 0..<cin {
                        for t in 0..<kk {
                            let row = (t * cin + i) * outPadded
                            for o in channels { out[row + o] = w[(o * cin + i) * kk + t] }
                        }
                    }
                }
            }
        }
        return out
    }

    /// Calls `body` on consecutive ranges of sixteen output channels (the last may be shorter)
    /// covering `0..<count`, on up to `threads` threads: weight layouts write rows of output
    /// channels a cache line at a time, and each block writes only its own channels.
    @inline(__always)
    static func forEachBlock(of count: Int, threads: Int = 1, _ body: (Range<Int>) -> Void) {
        Parallel.forEachRange((count + 15) / 16, threads: threads) { blocks in
            for b in blocks { body((b * 16)..<min(count, b * 16 + 16)) }
        }
    }

    /// Depthwise weights `[channels][1][k][k]` re-laid as `[k*k][channelsPadded]` (already
    /// converted, as for `gatherLayout`).
    static func depthwiseLayout<S: Numeric>(_ w: [S], _ layer: ConvLayer, padTo cp: Int) -> [S] {
        let k = layer.kernel
        var out = [S](repeating: 0, count: k * k * cp)
        for c in 0..<layer.outChannels {
            for t in 0..<(k * k) { out[t * cp + c] = w[c * k * k + t] }
        }
        return out
    }

    /// `out[(oy*outW + ox)*outPadded + o] = Σ value * w` over the sparse input under the kernel.
    /// `wide` computes `S.wideLanes` output channels per pass where they fit, `channelsPerBlock`
    /// input channels at a time (same sums, bit for bit; `false` keeps the narrower chunks, the
    /// definition the tests compare with). Weight rows are `weightStride` lanes apart (default
    /// `outPadded`; `KernelScalar.spacedRowStride` spreads them over the cache sets).
    static func gather<S: KernelScalar>(
        _ input: SparseInput<S>, _ layer: ConvLayer, weights: UnsafeBufferPointer<S>, outPadded: Int,
        out: UnsafeMutableBufferPointer<S>, threads: Int, wide: Bool = true, channelsPerBlock: Int? = nil, weightStride: Int? = nil
    ) {
        let weightStride = weightStride ?? outPadded
        precondition(weightStride >= outPadded && weights.count >= layer.kernel * layer.kernel * layer.inChannels * weightStride,
                     "weight rows do not match the layer")
        precondition(out.count >= layer.outHeight * layer.outWidth * outPadded, "outputs do not match the layer")
        precondition(input.start.count == layer.inHeight * layer.inWidth + 1, "input does not match the layer")
        let box = UncheckedSendable((weights, out))
        // One tap's weight rows for all input channels (Cin rows of 256 bytes) overflow L1 beyond
        // 64 channels or so; a block of channels at a time keeps them there. With one block, the
        // bounds are the pixels' own starts.
        let perBlock = channelsPerBlock ?? S.wideBlockChannels
        let blocks = wide && outPadded >= S.wideLanes && layer.inChannels > perBlock
            ? ChannelBlocks(input, channels: layer.inChannels, channelsPerBlock: perBlock) : nil
        let bounds = blocks?.bounds ?? input.start, blockCount = blocks?.blocks ?? 1
        // Pixel p's block b is bounds[p * stride + b] ..< bounds[p * stride + b + 1].
        let stride = blocks == nil ? 1 : blockCount + 1
        bounds.withUnsafeBufferPointer { bounds in
            input.start.withUnsafeBufferPointer { start in
                input.channel.withUnsafeBufferPointer { channel in
                    input.value.withUnsafeBufferPointer { value in
                        let inputs = UncheckedSendable((start, channel, value, bounds))
                        Parallel.forEachRange(layer.outHeight, threads: threads) { rows in
                            let (w, o) = box.value
                            let (st, ch, va, bo) = inputs.value
                            guard let wb = w.baseAddress, let ob = o.baseAddress, let sb = st.baseAddress, let bb = bo.baseAddress
                            else { return }
                            // Empty inputs have no entries; any valid pointer serves then.
                            let cb = ch.baseAddress ?? UnsafePointer(UnsafeMutablePointer<Int32>.allocate(capacity: 0))
                            let vb = va.baseAddress ?? UnsafePointer(UnsafeMutablePointer<S>.allocate(capacity: 0))
                            for oy in rows {
                                var g = GatherGeometry(layer, outPadded: outPadded, row: oy)
                                g.weightStride = weightStride
                                let row = ob + oy * layer.outWidth * outPadded
                                // Channel chunk outside, pixels inside: one chunk's weights (k*k*Cin rows
                                // of up to 32 lanes) stay in cache while the whole output row is computed.
                                var o0 = 0
                                while wide && outPadded - o0 >= S.wideLanes {
                                    // Tap by tap, then block of channels by block, over the whole
                                    // row: one block's rows under one tap stay in L1, where all k*k
                                    // taps' rows would not fit even L2. Each output still adds its
                                    // products in the same order (tap, then channel).
                                    for ox in 0..<layer.outWidth { (row + ox * outPadded + o0).update(repeating: 0, count: S.wideLanes) }
                                    for ky in g.kyLo..<g.kyHi {
                                        let inRow = (g.y0 + ky) * layer.inWidth
                                        for kx in 0..<layer.kernel {
                                            let rowBase = (ky * layer.kernel + kx) * layer.inChannels
                                            for b in 0..<blockCount {
                                                for ox in 0..<layer.outWidth {
                                                    let x = ox * layer.stride - layer.padding + kx
                                                    guard x >= 0 && x < layer.inWidth else { continue }
                                                    let at = (inRow + x) * stride + b
                                                    let lo = Int(bb[at]), hi = Int(bb[at + 1])
                                                    guard lo < hi else { continue }
                                                    S.gatherWide(lo, hi, rowBase: rowBase, rowStride: weightStride, o0, cb, vb, wb,
                                                                 row + ox * outPadded)
                                                }
                                            }
                                        }
                                    }
                                    o0 += S.wideLanes
                                }
                                g.forEachPixelChunk(from: o0, of: layer) { g, ox, o0 in
                                    S.gatherChunk(g, o0, sb, cb, vb, wb, row + ox * outPadded)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Depthwise convolution of an HWC spike map (dense over channels, vectorised over them).
    static func depthwise<S: KernelScalar>(
        spikes: UnsafeBufferPointer<UInt8>, _ layer: ConvLayer, weights: UnsafeBufferPointer<S>, channelsPadded cp: Int,
        out: UnsafeMutableBufferPointer<S>, threads: Int
    ) {
        guard let sBase = spikes.baseAddress, let wBase = weights.baseAddress, let oBase = out.baseAddress else { return }
        let c = layer.inChannels
        GatherGeometry.forEachPixel(of: layer, outPadded: cp, threads: threads) { g, outPixel in
            let dst = oBase + outPixel * cp
            dst.update(repeating: 0, count: cp)
            g.forEachTap { pixel, tap in
                let src = sBase + pixel * c, tapWeights = wBase + tap * cp
                var ch = 0
                while ch + 8 <= c {
                    S.depthwiseLanes(src + ch, tapWeights + ch, dst + ch)
                    ch += 8
                }
                while ch < c {
                    dst[ch] += S(src[ch]) * tapWeights[ch]
                    ch += 1
                }
            }
        }
    }
}
