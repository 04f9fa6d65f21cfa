import NCFormats

extension LayerWorkload {
    /// Bounds that keep a hostile workload from asking for absurd memory or time.
    public enum Limits {
        /// Most input spikes over all timesteps (`T × C_in × H × W`) and most output
        /// neuron-timesteps (`T × C_out × H_out × W_out`).
        public static let neuronTimesteps = 1 << 26
        /// Most weights.
        public static let weights = 1 << 24
        /// Most timesteps, channels and rows/columns.
        public static let timesteps = 64, channels = 65536, side = 8192, kernel = 31, stride = 16
    }

    /// Reads a workload `.npz` (keys in `../shared/fixtures/sanafe/README.md`): `spikes` uint8 or
    /// bool `[T, C_in, H, W]` of 0/1; `weights_oihw` (integers or floats) `[C_out, C_in/groups,
    /// k, k]`; scalars `pad`, `stride`, `threshold`, optional `groups`; `neuron_model`, a JSON
    /// string with `fire_condition` (`v > threshold` or `v >= threshold`), optional
    /// `reset_mode` (`hard` or `soft`/`subtract`), `reset` (only 0) and `leak_decay` (0...1);
    /// optionally all four of `npc_in`, `npc_out`, `cores_per_tile`, `first_out_core`.
    public static func load(path: String) throws -> LayerWorkload {
        func fail(_ m: String) -> LayerWorkloadError { LayerWorkloadError(path: path, m) }
        let archive: NpzArchive
        do { archive = try NpzArchive(path: path) } catch let e as FormatError { throw fail(e.problem) }
        func array(_ key: String, maxBytes: Int = 1 << 16) throws -> Tensor {
            guard archive.contains(key) else { throw fail("missing key '\(key)'") }
            do { return try archive.array(named: key, maxBytes: maxBytes) } catch let e as FormatError {
                throw fail("'\(key)': \(e.problem)")
            }
        }
        func scalar(_ key: String) throws -> Double {
            let t = try array(key)
            guard t.count == 1 else { throw fail("'\(key)' has shape \(t.shape), expected a scalar") }
            let v = t.doubles()[0]
            guard v.isFinite else { throw fail("'\(key)' is \(v)") }
            return v
        }
        func integer(_ key: String, _ range: ClosedRange<Int>) throws -> Int {
            let v = try scalar(key)
            guard v == v.rounded(), v >= Double(range.lowerBound), v <= Double(range.upperBound) else {
                throw fail("'\(key)' is \(v), expected an integer in \(range.lowerBound)...\(range.upperBound)")
            }
            return Int(v)
        }

        let s = try array("spikes", maxBytes: Limits.neuronTimesteps + (1 << 20))
        guard s.shape.count == 4 else { throw fail("'spikes' has shape \(s.shape), expected [T, C, H, W]") }
        guard s.dtype == .uint8 || s.dtype == .bool || s.dtype == .int8 else {
            throw fail("'spikes' is \(s.dtype.rawValue), expected uint8 or bool of 0/1")
        }
        let (t, ci, h, w) = (s.shape[0], s.shape[1], s.shape[2], s.shape[3])
        guard (1...Limits.timesteps).contains(t), (1...Limits.channels).contains(ci), (1...Limits.side).contains(h),
            (1...Limits.side).contains(w)
        else { throw fail("'spikes' has shape \(s.shape): T 1...\(Limits.timesteps), C, H, W at least 1") }
        if let k = s.bytes.firstIndex(where: { $0 > 1 }) {
            throw fail("'spikes' is not binary: element \(k) is \(Int8(bitPattern: s.bytes[k]))")
        }

        let wt = try array("weights_oihw", maxBytes: 8 * Limits.weights + (1 << 20))
        guard wt.shape.count == 4, wt.shape[2] == wt.shape[3] else {
            throw fail("'weights_oihw' has shape \(wt.shape), expected [C_out, C_in/groups, k, k]")
        }
        let weights = wt.doubles()
        if let bad = weights.firstIndex(where: { !$0.isFinite }) { throw fail("'weights_oihw' element \(bad) is \(weights[bad])") }
        let (co, k) = (wt.shape[0], wt.shape[2])
        let groups = archive.contains("groups") ? try integer("groups", 1...Limits.channels) : 1
        guard (1...Limits.channels).contains(co), (1...Limits.kernel).contains(k), ci % groups == 0, co % groups == 0,
            wt.shape[1] == ci / groups
        else {
            throw fail("'weights_oihw' has shape \(wt.shape) but the spikes have \(ci) channels and groups is \(groups) (expected [C_out, \(ci / max(groups, 1)), k, k], k <= \(Limits.kernel))")
        }
        guard groups == 1 || (groups == ci && ci == co) else {
            throw fail("groups \(groups) with \(ci) input and \(co) output channels: only dense (1) or depthwise convolutions")
        }
        let pad = try integer("pad", 0...(k - 1)), stride = try integer("stride", 1...Limits.stride)
        guard h + 2 * pad >= k, w + 2 * pad >= k else { throw fail("a \(k)x\(k) kernel does not fit the \(h)x\(w) input padded by \(pad)") }

        let threshold = try scalar("threshold")
        guard threshold >= 0, threshold <= 1e9 else { throw fail("'threshold' is \(threshold), expected 0...1e9") }
        guard archive.contains("neuron_model") else { throw fail("missing key 'neuron_model'") }
        let text: String
        do { text = try archive.text(named: "neuron_model") } catch let e as FormatError { throw fail("'neuron_model': \(e.problem)") }
        let neuron = try IntegrateAndFire(neuronModel: text, threshold: threshold, fail: fail)

        var placement: Placement?
        let keys = ["npc_in", "npc_out", "cores_per_tile", "first_out_core"]
        let present = keys.filter { archive.contains($0) }
        if !present.isEmpty {
            guard present.count == keys.count else {
                throw fail("mapping keys \(present.joined(separator: ", ")) without \(keys.filter { !present.contains($0) }.joined(separator: ", "))")
            }
            placement = Placement(inputNeuronsPerCore: try integer("npc_in", 1...(1 << 20)),
                                  outputNeuronsPerCore: try integer("npc_out", 1...(1 << 20)),
                                  coresPerTile: try integer("cores_per_tile", 1...1024),
                                  firstOutputCore: try integer("first_out_core", 0...(1 << 20)))
        }
        let workload = LayerWorkload(timesteps: t, inChannels: ci, height: h, width: w, spikes: s.bytes, outChannels: co, kernel: k,
                                     stride: stride, padding: pad, groups: groups, weights: weights, neuron: neuron, placement: placement)
        guard workload.outputCount * t <= Limits.neuronTimesteps, weights.count <= Limits.weights else {
            throw fail("\(t) timesteps of \(workload.outputCount) output neurons or \(weights.count) weights exceed the limits (\(Limits.neuronTimesteps) neuron-timesteps, \(Limits.weights) weights)")
        }
        if let p = placement {
            let inCores = (workload.paddedInputCount + p.inputNeuronsPerCore - 1) / p.inputNeuronsPerCore
            guard p.firstOutputCore >= inCores else {
                throw fail("'first_out_core' \(p.firstOutputCore) puts output neurons on the \(inCores) cores of the \(workload.paddedInputCount) (padded) input neurons")
            }
        }
        return workload
    }
}

extension IntegrateAndFire {
    /// The neuron a workload's `neuron_model` JSON describes, with the workload's `threshold`.
    init(neuronModel text: String, threshold: Double, fail: (String) -> LayerWorkloadError) throws {
        let json: PlainValue
        do { json = try PlainValue.parseJSON(text, maxDepth: 8) } catch let e as FormatError {
            throw fail("'neuron_model' is not JSON: \(e.problem)")
        }
        guard json.objectValue != nil else { throw fail("'neuron_model' is not a JSON object") }
        if let given = json["threshold"] {
            guard let v = given.doubleValue, v == threshold else {
                throw fail("'neuron_model' threshold \(given.jsonText()) disagrees with 'threshold' \(threshold)")
            }
        }
        guard let condition = json["fire_condition"]?.stringValue else {
            throw fail("'neuron_model' has no string 'fire_condition' (\"v > threshold\" or \"v >= threshold\")")
        }
        let compact = condition.filter { !$0.isWhitespace }
        let strict: Bool
        if compact.hasPrefix("v>=threshold") || compact.hasPrefix("v>=θ") {
            strict = false
        } else if compact.hasPrefix("v>threshold") || compact.hasPrefix("v>θ") {
            strict = true
        } else {
            throw fail("'neuron_model' fire_condition '\(condition.prefix(60))' is neither \"v > threshold\" nor \"v >= threshold\"")
        }
        var reset = Reset.zero
        if let mode = json["reset_mode"] {
            switch mode.stringValue {
            case "hard"?: reset = .zero
            case "soft"?, "subtract"?: reset = .subtract
            default: throw fail("'neuron_model' reset_mode \(mode.jsonText().prefix(60)) is neither \"hard\" nor \"soft\"/\"subtract\"")
            }
        }
        if let r = json["reset"], r.doubleValue != 0 {
            throw fail("'neuron_model' reset \(r.jsonText().prefix(60)): only a reset to 0 is supported")
        }
        var leak = 1.0
        if let l = json["leak_decay"] {
            guard let v = l.doubleValue, v.isFinite, (0...1).contains(v) else {
                throw fail("'neuron_model' leak_decay \(l.jsonText().prefix(60)) is not a number in 0...1")
            }
            leak = v
        }
        for key in ["bias", "input_decay"] {
            if let b = json[key], b.doubleValue != 0 {
                throw fail("'neuron_model' \(key) \(b.jsonText().prefix(60)): only 0 is supported")
            }
        }
        self.init(threshold: threshold, firesAtThreshold: !strict, reset: reset, leak: leak)
    }
}
