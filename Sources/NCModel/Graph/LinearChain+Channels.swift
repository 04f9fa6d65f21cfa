extension LinearChain {
    /// Applies the unfolded operations to a channels-last (`[height][width][channels]`) map with
    /// the reference kernels; `adjust` may replace each BatchNorm op just before it is applied,
    /// given the statistics of its input (calibration uses this to set running statistics).
    func evaluateChannelsLast(
        _ input: [Double], height: Int, width: Int, threads: Int,
        adjust: (Int, _ mean: [Double], _ variance: [Double]) throws -> Op
    ) throws -> (values: [Double], height: Int, width: Int, channels: Int) {
        var x = input
        var h = height, w = width, ch = inChannels
        for (k, op) in ops.enumerated() {
            switch op {
            case let .conv(name, weight, bias, cin, cout, kernel, stride, pad, groups):
                let oh = (h + 2 * pad - kernel) / stride + 1, ow = (w + 2 * pad - kernel) / stride + 1
                let layer = ConvLayer(name: name, source: .image, output: [], inChannels: cin, outChannels: cout,
                                      kernel: kernel, stride: stride, padding: pad, groups: groups, inHeight: h,
                                      inWidth: w, outHeight: oh, outWidth: ow, origin: .conv)
                var y: [Double]
                if groups == 1 {
                    let padded = (cout + 7) / 8 * 8
                    let rowStride = Double.spacedRowStride(padded)
                    let layout: [Double] = ConvKernels.gatherLayout(weight, layer, padTo: rowStride, threads: threads)
                    var out = [Double](repeating: 0, count: oh * ow * padded)
                    let sparse = SparseInput<Double>(dense: x, pixels: h * w, channels: cin)
                    layout.withUnsafeBufferPointer { wp in
                        out.withUnsafeMutableBufferPointer { op in
                            ConvKernels.gather(sparse, layer, weights: wp, outPadded: padded, out: op, threads: threads, weightStride: rowStride)
                        }
                    }
                    y = [Double](repeating: 0, count: oh * ow * cout)
                    for p in 0..<(oh * ow) { for o in 0..<cout { y[p * cout + o] = out[p * padded + o] } }
                } else if groups == cin && cin == cout {
                    y = ChannelsLast.depthwise(x, h, w, cin, weight, kernel, stride, pad, oh, ow)
                } else {
                    y = ChannelsLast.grouped(x, h, w, cin, cout, groups, weight, kernel, stride, pad, oh, ow)
                }
                if let bias { for p in 0..<(oh * ow) { for o in 0..<cout { y[p * cout + o] += bias[o] } } }
                x = y
                h = oh
                w = ow
                ch = cout
            case .batchNorm, .batchNormPad:
                let (mean, variance) = ChannelsLast.statistics(x, channels: ch)
                let adjusted = try adjust(k, mean, variance)
                switch adjusted {
                case let .batchNorm(_, scale, shift):
                    for p in 0..<(h * w) { for c in 0..<ch { x[p * ch + c] = x[p * ch + c] * scale[c] + shift[c] } }
                case let .batchNormPad(_, scale, shift, pad):
                    let ph = h + 2 * pad, pw = w + 2 * pad
                    var y = [Double](repeating: 0, count: ph * pw * ch)
                    for py in 0..<ph {
                        for px in 0..<pw {
                            let iy = py - pad, ix = px - pad
                            let inside = iy >= 0 && iy < h && ix >= 0 && ix < w
                            for c in 0..<ch {
                                y[(py * pw + px) * ch + c] = inside ? x[(iy * w + ix) * ch + c] * scale[c] + shift[c] : shift[c]
                            }
                        }
                    }
                    x = y
                    h = ph
                    w = pw
                case .conv:
                    throw ModelError.weights("\(name): a BatchNorm cannot be replaced by a convolution")
                }
            }
        }
        return (x, h, w, ch)
    }
}

/// Small channels-last helpers for unfolded evaluation (calibration only).
enum ChannelsLast {
    static func statistics(_ x: [Double], channels: Int) -> ([Double], [Double]) {
        let n = x.count / max(channels, 1)
        var mean = [Double](repeating: 0, count: channels), sq = mean
        for p in 0..<n {
            for c in 0..<channels {
                let v = x[p * channels + c]
                mean[c] += v
                sq[c] += v * v
            }
        }
        let d = Double(max(n, 1))
        for c in 0..<channels {
            mean[c] /= d
            sq[c] = max(sq[c] / d - mean[c] * mean[c], 0)
        }
        return (mean, sq)
    }

    static func depthwise(_ x: [Double], _ h: Int, _ w: Int, _ c: Int, _ weight: [Double], _ k: Int, _ s: Int, _ p: Int,
                          _ oh: Int, _ ow: Int) -> [Double] {
        var y = [Double](repeating: 0, count: oh * ow * c)
        // Weights re-laid tap-major so the channel loop is contiguous.
        var wt = [Double](repeating: 0, count: k * k * c)
        for ch in 0..<c { for t in 0..<(k * k) { wt[t * c + ch] = weight[ch * k * k + t] } }
        for oy in 0..<oh {
            for ox in 0..<ow {
                let dst = (oy * ow + ox) * c
                LinearChain.forEachTapInside(oy, ox, kernel: k, stride: s, padding: p, height: h, width: w) { ky, kx, iy, ix in
                    let src = (iy * w + ix) * c, tap = (ky * k + kx) * c
                    for ch in 0..<c { y[dst + ch] += x[src + ch] * wt[tap + ch] }
                }
            }
        }
        return y
    }

    static func grouped(_ x: [Double], _ h: Int, _ w: Int, _ cin: Int, _ cout: Int, _ groups: Int, _ weight: [Double],
                        _ k: Int, _ s: Int, _ p: Int, _ oh: Int, _ ow: Int) -> [Double] {
        var y = [Double](repeating: 0, count: oh * ow * cout)
        let cinG = cin / groups, coutG = cout / groups
        for oy in 0..<oh {
            for ox in 0..<ow {
                for o in 0..<cout {
                    let g = o / coutG
                    var acc = 0.0
                    LinearChain.forEachTapInside(oy, ox, kernel: k, stride: s, padding: p, height: h, width: w) { ky, kx, iy, ix in
                        for j in 0..<cinG {
                            acc += x[(iy * w + ix) * cin + g * cinG + j] * weight[((o * cinG + j) * k + ky) * k + kx]
                        }
                    }
                    y[(oy * ow + ox) * cout + o] = acc
                }
            }
        }
        return y
    }
}
