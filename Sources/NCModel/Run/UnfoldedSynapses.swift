/// The unfolded chains evaluated literally in FP64, operation by operation (conv, BatchNorm,
/// `BNAndPadLayer`), as the authors' modules apply them: the independent path that proves folding
/// exact over a whole network, and what calibration runs (`BatchNormCalibration` then rewrites each
/// BatchNorm from the statistics its input actually has).
struct UnfoldedSynapses: SynapticModel {
    /// One chain per convolution of the topology.
    public let chains: [LinearChain]
    /// Rewrites BatchNorms from measured statistics (calibration), or nil to apply them as stored.
    public var calibration: BatchNormCalibration?

    /// Synapses evaluating `chains`.
    public init(chains: [LinearChain], calibration: BatchNormCalibration? = nil) {
        self.chains = chains
        self.calibration = calibration
    }

    public mutating func convolve(_ c: Int, _ topology: NetworkTopology, _ arithmetic: FloatArithmetic<Double>,
                                  input: ConvolutionInput, buffers: inout [[Double]], threads: Int) throws -> Int {
        let layer = topology.convs[c]
        let values: [Double]
        switch input {
        case .image(_, let pixels): values = pixels
        case .spikes(let spikes): values = spikes.map { Double($0) }
        }
        let chain = chains[c]
        let calibration = self.calibration
        let out = try chain.evaluateChannelsLast(values, height: layer.inHeight, width: layer.inWidth, threads: threads) {
            try calibration?.rewrite(chain.ops[$0], mean: $1, variance: $2) ?? chain.ops[$0]
        }.values
        arithmetic.scatter(layer, topology, out, stride: layer.outChannels, into: &buffers, threads: threads) { d, o, _ in d + (o + 0) }
        return 0
    }
}
