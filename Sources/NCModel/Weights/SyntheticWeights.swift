import Foundation

/// Deterministic synthetic weights for a blueprint, so every command runs on a fresh machine with
/// no files. Convolutions are drawn like PyTorch's default initialisation; BatchNorm running
/// statistics are then calibrated on an image so every layer fires realistically.
public enum SyntheticWeights {
    /// Default seed.
    public static let defaultSeed: UInt64 = 2024

    /// Random (uncalibrated) tensors for every entry of `blueprint`. Each tensor draws from a
    /// stream of its own (seeded by its name), so they are drawn on up to `threads` threads with
    /// the same values.
    public static func random(_ blueprint: Blueprint, seed: UInt64 = defaultSeed, threads: Int = Parallel.defaultThreads) -> WeightStore {
        var store = WeightStore()
        store.spikeLevels = 4
        let tensors = blueprint.tensors, nc = blueprint.spec.classCount
        var drawn = [[Float]](repeating: [], count: tensors.count)
        drawn.withUnsafeMutableBufferPointer { drawn in
            let box = UncheckedSendable(drawn)
            Parallel.forEachRange(tensors.count, threads: threads, chunks: tensors.count) { range in
                for i in range { box.value[i] = values(of: tensors[i].name, shape: tensors[i].shape, count: tensors[i].count,
                                                       seed: seed, classCount: nc) }
            }
        }
        for (t, v) in zip(tensors, drawn) { store.set(t.name, shape: t.shape, values: v) }
        return store
    }

    /// The values of tensor `name` drawn from its own stream.
    static func values(of name: String, shape: [Int], count n: Int, seed: UInt64, classCount nc: Int) -> [Float] {
        var rng = SplitMix64(seed: seed, stream: name)
        var v = [Float](repeating: 0, count: n)
        let parts = name.split(separator: ".")
        let leaf = parts.last.map(String.init) ?? ""
        if name.hasSuffix("dfl.conv.weight") {
            v = (0..<16).map(Float.init)
        } else if leaf == "weight" && shape.count == 4 {
            let fanIn = shape[1] * shape[2] * shape[3]
            let bound = 1 / Float(fanIn).squareRoot()
            for i in 0..<n { v[i] = rng.uniform(-bound, bound) }
        } else if leaf == "bias" && isHeadOutput(name) {
            // ultralytics' Detect.bias_init: box 1.0; class log(5 / nc / (640 / stride)^2).
            let level = Int(parts[parts.count - 4]) ?? 0
            let stride = Double(8 << level)
            let value = name.contains(".cv2.") ? 1.0 : log(5 / Double(nc) / pow(640 / stride, 2))
            v = [Float](repeating: Float(value), count: n)
        } else if leaf == "bias" && !isBatchNorm(name) {
            for i in 0..<n { v[i] = rng.uniform(-0.05, 0.05) }
        } else if leaf == "weight" {
            for i in 0..<n { v[i] = rng.uniform(0.5, 1.1) }  // BatchNorm gamma
        } else if leaf == "bias" {
            for i in 0..<n { v[i] = rng.uniform(-0.3, 0.3) }  // BatchNorm beta
        } else if leaf == "running_var" {
            v = [Float](repeating: 1, count: n)
        }
        return v
    }

    /// Whether `name` is a BatchNorm tensor (the module path ends in `bn`, `bn1`, `encode_bn`, `body.2.2`, ...).
    static func isBatchNorm(_ name: String) -> Bool {
        let module = name.split(separator: ".").dropLast()
        guard let last = module.last else { return false }
        if last.hasPrefix("bn") || last.hasSuffix("_bn") { return true }
        // RepConv's trailing BatchNorm is `body.2.2`.
        return module.suffix(3).map(String.init) == ["body", "2", "2"]
    }

    /// The last 1x1 convolution of each detection branch (`model.26.cv2.0.2.conv.bias`).
    static func isHeadOutput(_ name: String) -> Bool {
        let p = name.split(separator: ".")
        return p.count >= 6 && (p[p.count - 5] == "cv2" || p[p.count - 5] == "cv3") && p[p.count - 3] == "2"
    }
}
