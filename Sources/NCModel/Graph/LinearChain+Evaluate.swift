extension LinearChain {
    /// Applies the unfolded operations literally, in `Double`, to a `[channels][height][width]`
    /// input. Slow and simple on purpose: it is the independent path that checks `fold()`.
    public func evaluate(_ input: [Double], height: Int, width: Int) -> (values: [Double], height: Int, width: Int) {
        var x = input
        var h = height, w = width, ch = inChannels
        for op in ops {
            switch op {
            case let .conv(_, weight, bias, cin, cout, k, stride, pad, groups):
                let oh = (h + 2 * pad - k) / stride + 1, ow = (w + 2 * pad - k) / stride + 1
                var y = [Double](repeating: 0, count: cout * oh * ow)
                let cinG = cin / groups, coutG = cout / groups
                for o in 0..<cout {
                    let g = o / coutG
                    for oy in 0..<oh {
                        for ox in 0..<ow {
                            var acc = bias?[o] ?? 0
                            for j in 0..<cinG {
                                let i = g * cinG + j
                                LinearChain.forEachTapInside(oy, ox, kernel: k, stride: stride, padding: pad, height: h, width: w) {
                                    ky, kx, iy, ix in
                                    acc += weight[((o * cinG + j) * k + ky) * k + kx] * x[(i * h + iy) * w + ix]
                                }
                            }
                            y[(o * oh + oy) * ow + ox] = acc
                        }
                    }
                }
                x = y
                h = oh
                w = ow
                ch = cout
            case let .batchNorm(_, scale, shift):
                for c in 0..<ch { for p in 0..<(h * w) { x[c * h * w + p] = x[c * h * w + p] * scale[c] + shift[c] } }
            case let .batchNormPad(_, scale, shift, pad):
                let ph = h + 2 * pad, pw = w + 2 * pad
                var y = [Double](repeating: 0, count: ch * ph * pw)
                for c in 0..<ch {
                    for py in 0..<ph {
                        for px in 0..<pw {
                            let iy = py - pad, ix = px - pad
                            let inside = iy >= 0 && iy < h && ix >= 0 && ix < w
                            y[(c * ph + py) * pw + px] = inside ? x[(c * h + iy) * w + ix] * scale[c] + shift[c] : shift[c]
                        }
                    }
                }
                x = y
                h = ph
                w = pw
            }
        }
        return (x, h, w)
    }
}
