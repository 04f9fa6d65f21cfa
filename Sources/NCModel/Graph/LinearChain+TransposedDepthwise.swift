extension LinearChain {
    /// Whether the next convolution after `ops[index]` is a dense 1x1 (BatchNorms in between):
    /// the composite after `ops[index]` can then be built transposed, as that product reads it.
    func denseOneByOneFollows(_ index: Int) -> Bool {
        for op in ops[(index + 1)...] {
            switch op {
            case let .conv(_, _, _, _, _, k, _, _, groups): return k == 1 && groups == 1
            case .batchNorm, .batchNormPad: continue
            }
        }
        return false
    }

    /// `composeDepthwise` for a dense composite, written transposed (`[cin·K·K][channels]`,
    /// `Composite.transposed`): the dense 1x1 that follows multiplies by exactly that layout, so
    /// neither the composite's usual layout nor its transpose is ever built (the largest RepConv's
    /// is 75 MB). Each weight is the same sum as `composeDepthwise`'s, term by term in the same
    /// order (kernel tap `(dy, dx)` ascending). A zero tap adds +0 where `composeDepthwise` skips
    /// the term: the sum starts at +0 and so is never -0, and adding ±0 to anything else leaves it
    /// unchanged, so the bits are the same (and a zero tap never multiplies an infinity).
    func composeDepthwiseTransposed(_ c: Composite, _ d: [Double], _ k: Int) -> Composite {
        precondition(c.groups == 1 && !c.transposed, "a transposed depthwise composite starts from a dense one")
        let channels = c.outChannels, cin = c.inChannels, ck = c.kernel, stride = c.stride
        let K = ck + (k - 1) * stride
        // The composite's kernels and the depthwise taps, both contiguous over channels.
        let cT = MatrixProduct.transpose(c.weight, rows: channels, columns: cin * ck * ck)
        var dT = [Double](repeating: 0, count: k * k * channels)
        for o in 0..<channels { for t in 0..<(k * k) { dT[t * channels + o] = d[o * k * k + t] } }
        let rows = cin * K * K
        // Every element is written exactly once below, so the array is not zeroed first.
        var w = [Double](unsafeUninitializedCapacity: rows * channels) { _, count in count = rows * channels }
        cT.withUnsafeBufferPointer { cp in
            dT.withUnsafeBufferPointer { dp in
                w.withUnsafeMutableBufferPointer { wp in
                    let box = UncheckedSendable((cp, dp, wp))
                    // Each row (input channel, kernel row, kernel column) is written by one thread.
                    Parallel.forEachRange(rows, threads: Parallel.defaultThreads) { range in
                        let (cp, dp, wp) = box.value
                        guard let cBase = cp.baseAddress, let dBase = dp.baseAddress, let wBase = wp.baseAddress else { return }
                        // One list of a row's taps per thread, refilled row by row.
                        var taps = [(m: UnsafePointer<Double>, cw: UnsafePointer<Double>)]()
                        taps.reserveCapacity(k * k)
                        for r in range {
                            let j = r / (K * K), y = (r / K) % K, x = r % K
                            taps.removeAll(keepingCapacity: true)
                            for dy in 0..<k {
                                let ky = y - dy * stride
                                guard ky >= 0 && ky < ck else { continue }
                                for dx in 0..<k {
                                    let kx = x - dx * stride
                                    guard kx >= 0 && kx < ck else { continue }
                                    taps.append((dBase + (dy * k + dx) * channels, cBase + ((j * ck + ky) * ck + kx) * channels))
                                }
                            }
                            sumTaps(taps, channels, into: wBase + r * channels)
                        }
                    }
                }
            }
        }
        var b = [Double](repeating: 0, count: channels)
        for o in 0..<channels {
            var sum = 0.0
            for dy in 0..<k { for dx in 0..<k { sum += d[(o * k + dy) * k + dx] } }
            b[o] = c.bias[o] * sum
        }
        var result = Composite(weight: w, bias: b, inChannels: cin, outChannels: channels, kernel: K, stride: stride,
                               padding: c.padding, groups: 1)
        result.transposed = true
        return result
    }

    /// `dst[o] = Σ_taps (m[o] == 0 ? +0 : m[o] · cw[o])` from +0, taps in order, four channels at a time.
    @inline(__always)
    private func sumTaps(_ taps: [(m: UnsafePointer<Double>, cw: UnsafePointer<Double>)], _ channels: Int,
                         into dst: UnsafeMutablePointer<Double>) {
        let zero = SIMD4<Double>()
        var o = 0
        while o + 4 <= channels {
            var sum = zero
            for (m, cw) in taps {
                let mv = UnsafeRawPointer(m + o).loadUnaligned(as: SIMD4<Double>.self)
                let product = mv * UnsafeRawPointer(cw + o).loadUnaligned(as: SIMD4<Double>.self)
                sum += product.replacing(with: zero, where: mv .== zero)
            }
            UnsafeMutableRawPointer(dst + o).storeBytes(of: sum, as: SIMD4<Double>.self)
            o += 4
        }
        while o < channels {
            var sum = 0.0
            for (m, cw) in taps where m[o] != 0 { sum += m[o] * cw[o] }
            dst[o] = sum
            o += 1
        }
    }
}
