/// Named weight tensors (FP32 values, as PyTorch would widen them) plus the per-module facts a
/// plain tensor map lacks: BatchNorm `eps`, the neuron model and its largest spike D.
public struct WeightStore: Sendable {
    /// Tensor values by `state_dict` name.
    public private(set) var values: [String: [Float]] = [:]
    /// Tensor shapes by name.
    public private(set) var shapes: [String: [Int]] = [:]
    /// BatchNorm `eps` by module path (`model.2.Conv.bn1`), when the file records it.
    public var epsilon: [String: Double] = [:]
    /// `eps` for BatchNorm modules the file says nothing about (ultralytics initialises 1e-3).
    public var defaultEpsilon: Double = 1e-3
    /// D of the neurons (`MultiSpike4` -> 4), when the file records it.
    public var spikeLevels: Int?
    /// The neuron model the file's neuron modules implement (`mem_update` -> I-LIF,
    /// `MultiStepLIFNode` -> the Gen1 LIF), when the file records it; nil is I-LIF.
    public var neuron: NeuronKind?

    /// An empty store.
    public init() {}

    /// Adds or replaces a tensor.
    public mutating func set(_ name: String, shape: [Int], values v: [Float]) {
        precondition(shape.reduce(1, *) == v.count, "\(name): shape \(shape) does not match \(v.count) values")
        values[name] = v
        shapes[name] = shape
    }

    /// The `eps` of the BatchNorm module at `path`.
    public func eps(_ path: String) -> Double { epsilon[path] ?? defaultEpsilon }

    /// The values of `name`, checked against `shape`.
    public func tensor(_ name: String, shape: [Int], for layer: String) throws -> [Float] {
        guard let v = values[name], let s = shapes[name] else {
            throw ModelError.weights("\(layer): tensor \(name) is missing (expected shape \(shape))")
        }
        // PyTorch stores some 1-element tensors as scalars; accept equal element counts for those.
        guard s == shape || (s.reduce(1, *) == shape.reduce(1, *) && shape.reduce(1, *) == 1) else {
            throw ModelError.weights("\(layer): tensor \(name) has shape \(s), expected \(shape)")
        }
        if let bad = v.firstIndex(where: { !$0.isFinite }) {
            throw ModelError.weights("\(layer): tensor \(name) holds a non-finite value at element \(bad)")
        }
        return v
    }

    /// Checks that every tensor the blueprint needs is present with the right shape.
    public func validate(_ blueprint: Blueprint) throws {
        for t in blueprint.tensors where !t.name.hasSuffix("num_batches_tracked") {
            let layer = t.name.split(separator: ".").dropLast().joined(separator: ".")
            _ = try tensor(t.name, shape: t.shape, for: layer)
        }
    }
}
