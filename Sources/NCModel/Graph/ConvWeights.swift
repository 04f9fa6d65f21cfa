/// The weights of one folded convolution, folded in FP64 and kept in FP64; an arithmetic that
/// stores FP32 weights rounds each once when it lays them out.
public struct ConvWeights: Sendable, Equatable {
    /// `[outChannels][inChannels / groups][kernel][kernel]`.
    public var weight: [Double]
    /// One bias per output channel (BatchNorm folded in), added once per timestep.
    public var bias: [Double]
}

/// The folded SpikeYOLO network: topology plus one `ConvWeights` per convolution.
public struct SpikingGraph: Sendable {
    /// Buffers, populations, convolutions and their order.
    public var topology: NetworkTopology
    /// Weights, indexed like `topology.convs`.
    public var weights: [ConvWeights]
    /// The unfolded chains each convolution was folded from (kept only when asked for).
    public var chains: [LinearChain]

    /// A graph from its parts.
    public init(topology: NetworkTopology, weights: [ConvWeights], chains: [LinearChain] = []) {
        self.topology = topology
        self.weights = weights
        self.chains = chains
    }
}
