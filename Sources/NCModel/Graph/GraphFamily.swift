import Synchronization

/// One model's folded graphs for every input size a dataset needs, folded once.
///
/// Folding is linear algebra over channels and kernels only (padding a BatchNorm'd map with
/// `BN'(0)` is zero-padding the spikes, SPEC §6), so the folded weights of one size serve every
/// size; only the topology (buffer sizes, MACs) depends on the input. A rect-letterboxed dataset
/// has a handful of input shapes (at most `2 · size / 32`), each topology is built once and kept.
/// Safe to share between threads.
public final class GraphFamily: Sendable {
    /// The model whose graphs these are.
    public let model: SpikeYOLOModel
    private let state = Mutex(State())

    private struct State {
        var weights: [ConvWeights]?
        var topologies: [Shape: NetworkTopology] = [:]
    }

    private struct Shape: Hashable {
        var height: Int
        var width: Int
    }

    /// A family for `model`; nothing is folded until the first graph is asked for.
    public init(model: SpikeYOLOModel) {
        self.model = model
    }

    /// The folded graph for a `height` x `width` input (multiples of 32): equal to
    /// `model.graph(height:width:)`, whose weights it shares with every other size.
    public func graph(height: Int, width: Int) throws -> SpikingGraph {
        let shape = Shape(height: height, width: width)
        let known = state.withLock { s in s.topologies[shape].flatMap { t in s.weights.map { SpikingGraph(topology: t, weights: $0) } } }
        if let known { return known }
        // Built outside the lock: other threads keep running images of known shapes meanwhile.
        // Two threads may build the same shape; they build equal values and the first is kept.
        let weights = state.withLock { $0.weights }
        let graph: SpikingGraph
        if let weights {
            let topology = try GraphBuilder.chains(blueprint: model.blueprint, weights: model.weights,
                                                   inputHeight: height, inputWidth: width).topology
            guard topology.convs.count == weights.count else {
                throw ModelError.architecture("the graph for \(height)x\(width) has \(topology.convs.count) convolutions, not \(weights.count)")
            }
            graph = SpikingGraph(topology: topology, weights: weights)
        } else {
            graph = try model.graph(height: height, width: width)
        }
        return state.withLock { s in
            if s.weights == nil { s.weights = graph.weights }
            if s.topologies[shape] == nil { s.topologies[shape] = graph.topology }
            return SpikingGraph(topology: s.topologies[shape] ?? graph.topology, weights: s.weights ?? graph.weights)
        }
    }

    /// The topology for a `height` x `width` input, without folding anything.
    public func topology(height: Int, width: Int) throws -> NetworkTopology {
        let shape = Shape(height: height, width: width)
        if let t = state.withLock({ $0.topologies[shape] }) { return t }
        let topology = try GraphBuilder.chains(blueprint: model.blueprint, weights: model.weights,
                                               inputHeight: height, inputWidth: width).topology
        return state.withLock { s in
            if s.topologies[shape] == nil { s.topologies[shape] = topology }
            return s.topologies[shape] ?? topology
        }
    }
}
