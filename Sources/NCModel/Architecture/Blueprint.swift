import NCFormats

/// A tensor the model needs, named as PyTorch's `state_dict()` names it.
public struct TensorSpec: Sendable, Equatable {
    /// Dotted name (`model.2.Conv.pwconv1.weight`).
    public let name: String
    /// Expected shape.
    public let shape: [Int]
    /// Whether PyTorch counts it among `parameters()` (otherwise it is a buffer).
    public let isParameter: Bool

    /// Element count.
    public var count: Int { shape.reduce(1, *) }
}

/// The SpikeYOLO model resolved from its architecture description: blocks with channel counts,
/// every tensor the weights must provide, and the timestep count.
public struct Blueprint: Sendable {
    /// The description it was resolved from.
    public let spec: ArchitectureSpec
    /// One block per row.
    public let blocks: [Block]
    /// Every parameter and buffer, in `state_dict()` order.
    public let tensors: [TensorSpec]
    /// Timesteps T (from `MS_GetT`).
    public let timesteps: Int

    /// Number of parameters (elements), as `sum(p.numel() for p in model.parameters())` counts.
    public var parameterCount: Int {
        tensors.filter(\.isParameter).reduce(0) { $0 + $1.count }
    }

    /// Resolves `spec` into blocks and tensors.
    public init(spec: ArchitectureSpec) throws {
        self.spec = spec
        var blocks = [Block]()
        var channels = [Int]()  // output channels per row
        var timesteps = 1
        var tensors = TensorList()
        let width = spec.width
        let prefix = "ultralytics.nn.modules.yolo_spikformer."

        for (i, row) in spec.rows.enumerated() {
            let from = i == 0 ? [] : row.from.map { $0 == -1 ? i - 1 : $0 }
            let c1 = i == 0 ? spec.inputChannels : channels[from[0]]
            let n = spec.effectiveRepeats(row.repeats)
            let a = Args(row: i, module: row.module, values: row.args, classCount: spec.classCount)
            var kind: Block.Kind
            var c2: Int
            var className = prefix + row.module
            switch row.module {
            case "MS_GetT":
                guard i == 0 else { throw ModelError.architecture("row \(i): MS_GetT must be the first row") }
                c2 = try a.int(0, default: c1)
                timesteps = try a.int(1, default: 4)
                guard timesteps >= 1, timesteps <= 64 else {
                    throw ModelError.architecture("row 0: MS_GetT timesteps \(timesteps) out of range 1...64")
                }
                kind = .getT(timesteps: timesteps)
            case "MS_DownSampling":
                c2 = Int(Double(try a.int(0)) * width)
                let k = try a.int(1, default: 3), s = try a.int(2, default: 2), p = try a.int(3, default: 1)
                let first = try a.bool(4, default: true)
                kind = .downSampling(inChannels: c1, outChannels: c2, kernel: k, stride: s, padding: p, first: first)
            case "MS_AllConvBlock", "MS_ConvBlock":
                c2 = c1
                let r = try a.double(0, default: 4), k = try a.int(1, default: 7)
                let hidden = Int(Double(c1) * r)
                kind = row.module == "MS_ConvBlock"
                    ? .convBlock(channels: c1, hidden: hidden, sepKernel: k)
                    : .allConvBlock(channels: c1, hidden: hidden, sepKernel: k)
            case "MS_StandardConv":
                c2 = min(Int(Double(try a.int(0)) * width), Int(Double(spec.maxChannels) * width))
                let k = try a.int(1, default: 1), s = try a.int(2, default: 1)
                let p = try a.optionalInt(3) ?? k / 2
                if let g = try a.optionalInt(4), g != 1 { throw ModelError.architecture("row \(i): grouped MS_StandardConv (g=\(g)) is not supported") }
                kind = .standardConv(inChannels: c1, outChannels: c2, kernel: k, stride: s, padding: p)
            case "SpikeSPPF":
                let raw = try a.int(0)
                c2 = raw == spec.classCount ? raw : ArchitectureSpec.makeDivisible(Double(min(raw, spec.maxChannels)) * width)
                let pool = try a.int(1, default: 5)
                // MaxPool2d(k, stride 1, padding k // 2) keeps the size only for odd k.
                guard pool % 2 == 1, pool <= 31 else {
                    throw ModelError.architecture("row \(i): SpikeSPPF pool kernel \(pool) must be odd and at most 31")
                }
                kind = .sppf(inChannels: c1, outChannels: c2, poolKernel: pool)
            case "nn.Upsample":
                c2 = c1
                let (fy, fx) = try a.upsampleFactors()
                kind = .upsample(factorY: fy, factorX: fx)
                className = "torch.nn.modules.upsampling.Upsample"
            case "Concat":
                guard try a.int(0, default: 1) == 2 else {
                    throw ModelError.architecture("row \(i): Concat must join along dimension 2 (channels of [T,B,C,H,W])")
                }
                c2 = from.reduce(0) { $0 + channels[$1] }
                kind = .concat
                className = "ultralytics.nn.modules.conv.Concat"
            case "SpikeDetect":
                let nc = try a.int(0, default: spec.classCount)
                let chs = from.map { channels[$0] }
                let cBox = max(16, chs[0] / 4, 16 * 4)
                let cCls = max(chs[0], min(nc, 100))
                kind = .detect(classCount: nc, inChannels: chs, boxChannels: cBox, classChannels: cCls)
                c2 = c1
            default:
                throw ModelError.architecture("row \(i): unknown module '\(row.module)'")
            }
            guard c2 > 0, c2 <= 1 << 16 else {
                throw ModelError.architecture("row \(i) (\(row.module)): \(c2) output channels is out of range")
            }
            if case .concat = kind {} else if from.count > 1, row.module != "SpikeDetect" {
                throw ModelError.architecture("row \(i): \(row.module) takes one input, not \(from.count)")
            }
            if n > 1, !(row.module == "MS_AllConvBlock" || row.module == "MS_ConvBlock") {
                throw ModelError.architecture("row \(i): only MS_AllConvBlock and MS_ConvBlock may repeat")
            }
            let block = Block(index: i, from: from, repeats: n, kind: kind, outChannels: c2, className: className)
            for j in 0..<n { tensors.add(block, path: block.path(repeat: j)) }
            blocks.append(block)
            channels.append(c2)
        }
        guard case .getT = blocks[0].kind else { throw ModelError.architecture("row 0 must be MS_GetT") }
        guard case .detect = blocks[blocks.count - 1].kind else {
            throw ModelError.architecture("the last row must be SpikeDetect")
        }
        self.blocks = blocks
        self.tensors = tensors.items
        self.timesteps = timesteps
    }
}

/// Collects the tensors of each module, in the order PyTorch registers them.
private struct TensorList {
    var items = [TensorSpec]()

    mutating func param(_ name: String, _ shape: [Int]) { items.append(TensorSpec(name: name, shape: shape, isParameter: true)) }
    mutating func buffer(_ name: String, _ shape: [Int]) { items.append(TensorSpec(name: name, shape: shape, isParameter: false)) }

    mutating func conv(_ p: String, _ cin: Int, _ cout: Int, _ k: Int, groups: Int = 1, bias: Bool = false) {
        param(p + ".weight", [cout, cin / groups, k, k])
        if bias { param(p + ".bias", [cout]) }
    }

    mutating func bn(_ p: String, _ c: Int) {
        param(p + ".weight", [c])
        param(p + ".bias", [c])
        buffer(p + ".running_mean", [c])
        buffer(p + ".running_var", [c])
        buffer(p + ".num_batches_tracked", [])
    }

    /// `SepConv`: registration order pwconv1, dwconv2, pwconv3 (SepRepConv), bn1, bn2, bn3.
    mutating func sepConv(_ p: String, _ dim: Int, _ k: Int) {
        let med = 2 * dim
        conv(p + ".pwconv1", dim, med, 1)
        conv(p + ".dwconv2", med, med, k, groups: med)
        bn(p + ".pwconv3.body.0.bn", med)
        conv(p + ".pwconv3.body.1.0", med, dim, 1)
        conv(p + ".pwconv3.body.1.1", dim, dim, 3, groups: dim)
        bn(p + ".bn1", med)
        bn(p + ".bn2", med)
        bn(p + ".bn3", dim)
    }

    /// `RepConv(cin, cout)`: body.0 1x1, body.1 BNAndPad, body.2 = [dw 3x3, 1x1, BN].
    mutating func repConv(_ p: String, _ cin: Int, _ cout: Int) {
        conv(p + ".body.0", cin, cin, 1)
        bn(p + ".body.1.bn", cin)
        conv(p + ".body.2.0", cin, cin, 3, groups: cin)
        conv(p + ".body.2.1", cin, cout, 1)
        bn(p + ".body.2.2", cout)
    }

    mutating func add(_ b: Block, path p: String) {
        switch b.kind {
        case .getT, .upsample, .concat:
            break
        case let .downSampling(cin, cout, k, _, _, _):
            conv(p + ".encode_conv", cin, cout, k, bias: true)
            bn(p + ".encode_bn", cout)
        case let .allConvBlock(c, h, k):
            sepConv(p + ".Conv", c, k)
            conv(p + ".conv1.conv", c, h, 3)
            bn(p + ".conv1.bn", h)
            conv(p + ".conv2.conv", h, c, 3)
            bn(p + ".conv2.bn", c)
        case let .convBlock(c, h, k):
            sepConv(p + ".Conv", c, k)
            repConv(p + ".conv1", c, h)
            bn(p + ".bn1", h)
            repConv(p + ".conv2", h, c)
            bn(p + ".bn2", c)
        case let .standardConv(cin, cout, k, _, _):
            conv(p + ".conv", cin, cout, k)
            bn(p + ".bn", cout)
        case let .sppf(cin, cout, _):
            let hidden = cin / 2
            conv(p + ".cv1.conv", cin, hidden, 1)
            bn(p + ".cv1.bn", hidden)
            conv(p + ".cv2.conv", hidden * 4, cout, 1)
            bn(p + ".cv2.bn", cout)
        case let .detect(nc, chs, c2, c3):
            for (branch, width, out) in [("cv2", c2, 64), ("cv3", c3, nc)] {
                for (i, x) in chs.enumerated() {
                    let q = "\(p).\(branch).\(i)"
                    conv(q + ".0.conv", x, width, 3)
                    bn(q + ".0.bn", width)
                    conv(q + ".1.conv", width, width, 3)
                    bn(q + ".1.bn", width)
                    conv(q + ".2.conv", width, out, 1, bias: true)
                }
            }
            param(p + ".dfl.conv.weight", [1, 16, 1, 1])
        }
    }
}

/// Typed access to a row's constructor arguments, with the defaults of the authors' classes.
private struct Args {
    let row: Int
    let module: String
    let values: [PlainValue]
    let classCount: Int

    func value(_ i: Int) -> PlainValue? {
        guard i < values.count else { return nil }
        if case .string(let s) = values[i] {
            if s == "nc" { return .int(Int64(classCount)) }
            if s == "None" { return PlainValue.null }
            if s == "True" { return .bool(true) }
            if s == "False" { return .bool(false) }
            if let n = Int64(s) { return .int(n) }
        }
        return values[i]
    }

    func int(_ i: Int, default d: Int? = nil) throws -> Int {
        guard let v = value(i), v != .null else {
            if let d { return d }
            throw ModelError.architecture("row \(row) (\(module)): argument \(i) is missing")
        }
        guard let n = v.int, n >= 0, n <= 1 << 20 else {
            throw ModelError.architecture("row \(row) (\(module)): argument \(i) must be a small non-negative integer")
        }
        return n
    }

    func optionalInt(_ i: Int) throws -> Int? {
        guard let v = value(i), v != .null else { return nil }
        return try int(i)
    }

    func double(_ i: Int, default d: Double) throws -> Double {
        guard let v = value(i), v != .null else { return d }
        guard let x = v.doubleValue, x > 0, x <= 64 else {
            throw ModelError.architecture("row \(row) (\(module)): argument \(i) must be a positive number")
        }
        return x
    }

    func bool(_ i: Int, default d: Bool) throws -> Bool {
        guard let v = value(i), v != .null else { return d }
        switch v {
        case .bool(let b): return b
        case .int(let n): return n != 0
        default: throw ModelError.architecture("row \(row) (\(module)): argument \(i) must be true or false")
        }
    }

    /// `nn.Upsample(None, '(1,2,2)', 'nearest')` on [T,B,C,H,W]: the last two factors scale H, W.
    func upsampleFactors() throws -> (Int, Int) {
        if let mode = value(2)?.stringValue, mode != "nearest" {
            throw ModelError.architecture("row \(row): only nearest upsampling is supported, not '\(mode)'")
        }
        let raw = i1()
        if let n = raw?.int, n >= 1, n <= 16 { return (n, n) }
        if let s = raw?.stringValue {
            let parts = s.filter { !"() ".contains($0) }.split(separator: ",").map { Double($0) }
            if parts.count >= 2, let fy = parts[parts.count - 2], let fx = parts[parts.count - 1],
                fy >= 1, fx >= 1, fy <= 16, fx <= 16, fy.rounded() == fy, fx.rounded() == fx,
                parts.dropLast(2).allSatisfy({ $0 == 1 })
            {
                return (Int(fy), Int(fx))
            }
        }
        if let l = raw?.arrayValue, l.count >= 2, let fy = l[l.count - 2].int, let fx = l[l.count - 1].int,
            fy >= 1, fx >= 1, fy <= 16, fx <= 16
        {
            return (fy, fx)
        }
        throw ModelError.architecture("row \(row): Upsample scale factor must be integer factors like '(1,2,2)'")
    }

    private func i1() -> PlainValue? { 1 < values.count ? values[1] : nil }
}
