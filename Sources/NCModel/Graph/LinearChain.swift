/// The unfolded linear operations between two neuron layers, exactly as the authors' modules
/// apply them (convolutions, BatchNorm, `BNAndPadLayer`). `fold()` collapses them into one
/// convolution with bias; `evaluate` runs them literally, so a test can prove the two equal.
public struct LinearChain: Sendable {
    /// One unfolded operation.
    public enum Op: Sendable {
        /// `nn.Conv2d`: weights `[cout][cin/groups][k][k]`, optional bias.
        case conv(name: String, weight: [Double], bias: [Double]?, inChannels: Int, outChannels: Int,
                  kernel: Int, stride: Int, padding: Int, groups: Int)
        /// Eval-mode BatchNorm as a per-channel affine map `x * scale + shift`.
        case batchNorm(name: String, scale: [Double], shift: [Double])
        /// `BNAndPadLayer`: BatchNorm, then `pad` pixels on every side filled with `BN(0) = shift`.
        case batchNormPad(name: String, scale: [Double], shift: [Double], pad: Int)
    }

    /// Name of the folded convolution.
    public let name: String
    /// Operations in application order.
    public var ops: [Op]
    /// Channels of the input.
    public let inChannels: Int

    /// A chain of `ops` on an input of `inChannels` channels.
    public init(name: String, inChannels: Int, ops: [Op]) {
        self.name = name
        self.inChannels = inChannels
        self.ops = ops
    }

    /// Eval-mode BatchNorm as scale and shift: `scale = γ / sqrt(var + eps)`, `shift = β - mean * scale`.
    public static func batchNorm(
        weight: [Float], bias: [Float], mean: [Float], variance: [Float], eps: Double
    ) -> (scale: [Double], shift: [Double]) {
        var scale = [Double](repeating: 0, count: weight.count)
        var shift = scale
        for c in 0..<weight.count {
            let s = Double(weight[c]) / (Double(variance[c]) + eps).squareRoot()
            scale[c] = s
            shift[c] = Double(bias[c]) - Double(mean[c]) * s
        }
        return (scale, shift)
    }
}

extension LinearChain {
    /// Calls `body(ky, kx, iy, ix)` for each tap of the `kernel × kernel` window of output pixel
    /// `(oy, ox)` that falls inside a `height × width` input (zero padding adds nothing), tap row
    /// by tap row; `(iy, ix)` is the input pixel under tap `(ky, kx)`.
    @inline(__always)
    static func forEachTapInside(_ oy: Int, _ ox: Int, kernel k: Int, stride s: Int, padding p: Int, height h: Int, width w: Int,
                                 _ body: (_ ky: Int, _ kx: Int, _ iy: Int, _ ix: Int) -> Void) {
        for ky in 0..<k {
            let iy = oy * s - p + ky
            if iy < 0 || iy >= h { continue }
            for kx in 0..<k {
                let ix = ox * s - p + kx
                if ix < 0 || ix >= w { continue }
                body(ky, kx, iy, ix)
            }
        }
    }
}

/// A convolution in the middle of folding: `[cout][cin/groups][k][k]` weights, bias, geometry.
struct Composite {
    var weight: [Double]
    var bias: [Double]
    var inChannels: Int
    var outChannels: Int
    var kernel: Int
    var stride: Int
    var padding: Int
    var groups: Int

    /// Weights stored as `[cin·k·k][cout]` instead (a dense composite a dense 1x1 is about to
    /// multiply, `composeDepthwiseTransposed`); only BatchNorms and that 1x1 ever see it.
    var transposed = false

    var inPerGroup: Int { inChannels / groups }
    var outPerGroup: Int { outChannels / groups }

    func w(_ o: Int, _ i: Int, _ y: Int, _ x: Int) -> Double {
        weight[((o * inPerGroup + i) * kernel + y) * kernel + x]
    }
}

extension LinearChain {
    /// Collapses the chain into one convolution with bias acting on the chain's input.
    ///
    /// Exact in real arithmetic (computed in `Double`): BN after a conv scales weights and adds a
    /// bias; a 1x1 or depthwise conv after a conv composes kernels; `BNAndPadLayer` padding with
    /// `BN(0)` is the same as zero-padding the input when everything before it is bias-free 1x1.
    public func fold() throws -> (weight: [Double], bias: [Double], kernel: Int, stride: Int, padding: Int, groups: Int, outChannels: Int) {
        try fold(values: true)
    }

    /// `fold()`, building a depthwise composite a dense 1x1 follows transposed (the default) or
    /// in the plain layout and then transposing it for the product (the definition tests compare
    /// with): the same bits either way.
    func fold(transposedDepthwise: Bool) throws -> (weight: [Double], bias: [Double], kernel: Int, stride: Int, padding: Int, groups: Int, outChannels: Int) {
        try fold(values: true, transposedDepthwise: transposedDepthwise)
    }

    /// Roughly the multiply-adds `fold()` spends composing kernels: only to hand the largest
    /// chains to threads first.
    var foldingWork: Int {
        var size = 0, work = 0
        for op in ops {
            switch op {
            case let .conv(_, weight, _, _, cout, k, _, _, groups):
                if size == 0 {
                    size = weight.count
                } else if k == 1 && groups == 1 {
                    // A dense 1x1 after the composite: cout products per composite weight.
                    work += cout * size
                    size = size / max(1, weight.count / max(1, cout)) * cout
                } else {
                    work += size * k * k
                    size *= k * k
                }
            case .batchNorm, .batchNormPad:
                work += size
            }
        }
        return work
    }

    /// The folded convolution's shape only (kernel, stride, padding, groups, output channels),
    /// without the arithmetic: the graph builder needs it for every layer, folding happens once.
    public func foldedGeometry() throws -> (kernel: Int, stride: Int, padding: Int, groups: Int, outChannels: Int) {
        let f = try fold(values: false)
        return (f.kernel, f.stride, f.padding, f.groups, f.outChannels)
    }

    private func fold(values: Bool, transposedDepthwise: Bool = true) throws -> (weight: [Double], bias: [Double], kernel: Int, stride: Int, padding: Int, groups: Int, outChannels: Int) {
        var c: Composite? = nil
        func fail(_ why: String) -> ModelError { .weights("\(name): cannot fold: \(why)") }
        for (index, op) in ops.enumerated() {
            switch op {
            case let .conv(opName, weight, bias, cin, cout, k, stride, pad, groups):
                if var cur = c {
                    guard cin == cur.outChannels else { throw fail("\(opName) expects \(cin) channels, gets \(cur.outChannels)") }
                    guard stride == 1, pad == 0 else { throw fail("\(opName) is not a valid-padded stride-1 conv") }
                    if k == 1 && groups == 1 {
                        cur = values ? compose1x1(cur, weight, cout) : shapeOnly(cur, outChannels: cout, kernel: cur.kernel, groups: 1)
                    } else if groups == cin && cout == cin {
                        cur = !values ? shapeOnly(cur, outChannels: cout, kernel: cur.kernel + (k - 1) * cur.stride, groups: cur.groups)
                            : transposedDepthwise && cur.groups == 1 && denseOneByOneFollows(index) ? composeDepthwiseTransposed(cur, weight, k)
                            : composeDepthwise(cur, weight, k)
                    } else {
                        throw fail("\(opName) is neither 1x1 nor depthwise")
                    }
                    if let bias { for o in 0..<cout { cur.bias[o] += bias[o] } }
                    c = cur
                } else {
                    guard cin == inChannels else { throw fail("\(opName) expects \(cin) channels, gets \(inChannels)") }
                    c = Composite(weight: weight, bias: bias ?? [Double](repeating: 0, count: cout),
                                  inChannels: cin, outChannels: cout, kernel: k, stride: stride, padding: pad, groups: groups)
                }
            case let .batchNorm(opName, scale, shift):
                guard var cur = c else {
                    c = identity(scale: scale, shift: shift, pad: 0)
                    continue
                }
                guard scale.count == cur.outChannels else { throw fail("\(opName) has \(scale.count) channels, expects \(cur.outChannels)") }
                c = nil  // `cur` is then the only reference: the weights scale in place, not in a copy
                applyAffine(&cur, scale, shift, weights: values)
                c = cur
            case let .batchNormPad(opName, scale, shift, pad):
                guard var cur = c else {
                    guard scale.count == inChannels else { throw fail("\(opName) has \(scale.count) channels, expects \(inChannels)") }
                    c = identity(scale: scale, shift: shift, pad: pad)
                    continue
                }
                guard scale.count == cur.outChannels else { throw fail("\(opName) has \(scale.count) channels, expects \(cur.outChannels)") }
                // Padding the output with BN(0) equals zero-padding the input only if the
                // composite maps zeros to zeros pointwise: bias-free, 1x1, stride 1.
                guard cur.kernel == 1, cur.stride == 1, cur.bias.allSatisfy({ $0 == 0 }) else {
                    throw fail("\(opName) pads after an operation that is not a bias-free 1x1 conv")
                }
                cur.padding += pad
                c = nil
                applyAffine(&cur, scale, shift, weights: values)
                c = cur
            }
        }
        guard let r = c else { throw fail("the chain is empty") }
        precondition(!r.transposed, "a transposed composite is always followed by the 1x1 that reads it")
        return (r.weight, r.bias, r.kernel, r.stride, r.padding, r.groups, r.outChannels)
    }

    /// The composite's geometry with placeholder arithmetic (used by `foldedGeometry`).
    private func shapeOnly(_ c: Composite, outChannels: Int, kernel: Int, groups: Int) -> Composite {
        Composite(weight: [], bias: [Double](repeating: 0, count: outChannels), inChannels: c.inChannels,
                  outChannels: outChannels, kernel: kernel, stride: c.stride, padding: c.padding, groups: groups)
    }

    private func identity(scale: [Double], shift: [Double], pad: Int) -> Composite {
        Composite(weight: scale, bias: shift, inChannels: inChannels, outChannels: inChannels,
                  kernel: 1, stride: 1, padding: pad, groups: inChannels)
    }

    /// Scales the composite's output channels and shifts its bias. Without `weights` (a fold for
    /// the geometry only) the weights are left as they are: they are still the first conv's own
    /// array, so scaling them would copy it, with the kernel mapping fresh pages for the copy,
    /// on the one thread that builds the graph. The bias is still shifted: `batchNormPad`'s
    /// check reads it.
    private func applyAffine(_ c: inout Composite, _ scale: [Double], _ shift: [Double], weights: Bool) {
        for o in 0..<c.outChannels { c.bias[o] = c.bias[o] * scale[o] + shift[o] }
        guard weights else { return }
        if c.transposed {
            // Row by row of `[cin·k·k][cout]`: each weight times its output channel's scale.
            let cout = c.outChannels
            c.weight.withUnsafeMutableBufferPointer { w in
                for r in 0..<(w.count / max(cout, 1)) { for o in 0..<cout { w[r * cout + o] *= scale[o] } }
            }
            return
        }
        let per = c.weight.isEmpty ? 0 : c.inPerGroup * c.kernel * c.kernel
        for o in 0..<c.outChannels { for j in 0..<per { c.weight[o * per + j] *= scale[o] } }
    }

    /// A dense 1x1 conv `p[o2][o]` after `c`; the result is dense (groups 1).
    ///
    /// Dense composites (the large RepConvs: up to 512 x 1024 x 9216) go through
    /// `MatrixProduct`, whose summation order is fixed per element, so results do not depend on
    /// the thread count; grouped ones (small) through the loop below.
    private func compose1x1(_ c: Composite, _ p: [Double], _ cout: Int) -> Composite {
        if c.groups == 1 {
            // Dense: W = P (cout x cmid) * C (cmid x rowLength), a plain matrix product.
            let rowLength = c.inChannels * c.kernel * c.kernel
            let ct = c.transposed ? c.weight : MatrixProduct.transpose(c.weight, rows: c.outChannels, columns: rowLength)
            let w = MatrixProduct.multiply(p, ct, m: cout, k: c.outChannels, n: rowLength, threads: Parallel.defaultThreads)
            let b = MatrixProduct.multiply(p, c.bias, m: cout, k: c.outChannels, n: 1, threads: 1)
            return Composite(weight: w, bias: b, inChannels: c.inChannels, outChannels: cout,
                             kernel: c.kernel, stride: c.stride, padding: c.padding, groups: 1)
        }
        let kk = c.kernel * c.kernel
        let rowLength = c.inChannels * kk
        let perGroupLength = c.inPerGroup * kk
        var w = [Double](repeating: 0, count: cout * rowLength)
        let rowsPerBlock = 32, columnsPerBlock = 256
        let blocks = (cout + rowsPerBlock - 1) / rowsPerBlock
        p.withUnsafeBufferPointer { pp in
            c.weight.withUnsafeBufferPointer { cw in
                w.withUnsafeMutableBufferPointer { wp in
                    let box = UncheckedSendable((pp, cw, wp))
                    Parallel.forEachRange(blocks, threads: Parallel.defaultThreads) { range in
                        let (pp, cw, wp) = box.value
                        guard let pBase = pp.baseAddress, let cBase = cw.baseAddress, let wBase = wp.baseAddress else { return }
                        for block in range {
                            let r0 = block * rowsPerBlock, r1 = min(cout, r0 + rowsPerBlock)
                            var t0 = 0
                            while t0 < perGroupLength {
                                let t1 = min(perGroupLength, t0 + columnsPerBlock)
                                for o in 0..<c.outChannels {
                                    // Output channel o of the composite reads only its group's inputs.
                                    let g = o / c.outPerGroup
                                    let src = cBase + o * perGroupLength
                                    for o2 in r0..<r1 {
                                        let m = pBase[o2 * c.outChannels + o]
                                        if m == 0 { continue }
                                        let d = wBase + o2 * rowLength + g * perGroupLength
                                        for t in t0..<t1 { d[t] += m * src[t] }
                                    }
                                }
                                t0 = t1
                            }
                        }
                    }
                }
            }
        }
        var b = [Double](repeating: 0, count: cout)
        for o2 in 0..<cout {
            var acc = 0.0
            for o in 0..<c.outChannels { acc += p[o2 * c.outChannels + o] * c.bias[o] }
            b[o2] = acc
        }
        return Composite(weight: w, bias: b, inChannels: c.inChannels, outChannels: cout,
                         kernel: c.kernel, stride: c.stride, padding: c.padding, groups: 1)
    }

    /// A valid-padded depthwise `k x k` conv `d[o][ky][kx]` after `c` (stride 1): kernels compose
    /// into size `K + k - 1`; each output channel's bias is multiplied by its kernel's sum.
    private func composeDepthwise(_ c: Composite, _ d: [Double], _ k: Int) -> Composite {
        precondition(!c.transposed, "only a dense 1x1 reads a transposed composite")
        let K = c.kernel + (k - 1) * c.stride
        var w = [Double](repeating: 0, count: c.outChannels * c.inPerGroup * K * K)
        var b = [Double](repeating: 0, count: c.outChannels)
        // Each output channel writes only its own kernels and bias: channels compose on every
        // thread, each in the same order as alone.
        w.withUnsafeMutableBufferPointer { wp in
            b.withUnsafeMutableBufferPointer { bp in
                let box = UncheckedSendable((wp, bp))
                Parallel.forEachRange(c.outChannels, threads: Parallel.defaultThreads) { channels in
                    let (w, b) = box.value
                    for o in channels {
                        var sum = 0.0
                        for dy in 0..<k { for dx in 0..<k { sum += d[(o * k + dy) * k + dx] } }
                        b[o] = c.bias[o] * sum
                        for j in 0..<c.inPerGroup {
                            for dy in 0..<k {
                                for dx in 0..<k {
                                    let m = d[(o * k + dy) * k + dx]
                                    if m == 0 { continue }
                                    for ky in 0..<c.kernel {
                                        for kx in 0..<c.kernel {
                                            let y = dy * c.stride + ky, x = dx * c.stride + kx
                                            w[((o * c.inPerGroup + j) * K + y) * K + x] += m * c.w(o, j, ky, kx)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return Composite(weight: w, bias: b, inChannels: c.inChannels, outChannels: c.outChannels,
                         kernel: K, stride: c.stride, padding: c.padding, groups: c.groups)
    }
}
