/// One convolution layer driven by given binary input spikes: the workload SANA-FE can run too
/// (`../shared/fixtures/sanafe/README.md`), so neurocycle's counts, joules and seconds can be
/// checked against an outside simulator. Read from an `.npz` by `LayerWorkload.load(path:)`, which
/// checks it; tests build one with the memberwise initializer.
///
/// Input spikes `[T][C_in][H][W]` drive a convolution (weights OIHW, stride, zero padding,
/// groups) into `C_out × H_out × W_out` integrate-and-fire neurons. Output spikes at index `t`
/// come from input spikes `t` (SANA-FE's one-timestep synaptic delay is a fixed shift: its
/// timestep `t + 2`).
public struct LayerWorkload: Sendable, Equatable {
    /// Where SANA-FE placed the neurons: blocks of consecutive neurons per core, input neurons
    /// (indexed over the zero-padded input, border included) from core 0, output neurons from
    /// `firstOutputCore`. Numbers only; NCHardware gives them a mesh.
    public struct Placement: Sendable, Equatable, Codable {
        /// Input neurons per core (`npc_in`).
        public var inputNeuronsPerCore: Int
        /// Output neurons per core (`npc_out`).
        public var outputNeuronsPerCore: Int
        /// Cores per tile (`cores_per_tile`); hops are counted between tiles.
        public var coresPerTile: Int
        /// The core of output neuron 0 (`first_out_core`).
        public var firstOutputCore: Int
    }

    /// Timesteps T.
    public var timesteps: Int
    /// Input channels, rows, columns.
    public var inChannels: Int, height: Int, width: Int
    /// Binary input spikes `[T][C_in][H][W]`, each 0 or 1.
    public var spikes: [UInt8]
    /// Output channels.
    public var outChannels: Int
    /// Square kernel size.
    public var kernel: Int
    /// Stride in both directions.
    public var stride: Int
    /// Zero padding on every side.
    public var padding: Int
    /// Channel groups (1 = dense).
    public var groups: Int
    /// Weights `[C_out][C_in / groups][k][k]`.
    public var weights: [Double]
    /// The output neurons.
    public var neuron: IntegrateAndFire
    /// SANA-FE's placement when the workload gives one.
    public var placement: Placement?

    /// Output rows.
    public var outHeight: Int { (height + 2 * padding - kernel) / stride + 1 }
    /// Output columns.
    public var outWidth: Int { (width + 2 * padding - kernel) / stride + 1 }
    /// Input neurons of one timestep.
    public var inputCount: Int { inChannels * height * width }
    /// Output neurons.
    public var outputCount: Int { outChannels * outHeight * outWidth }
    /// Input neurons as SANA-FE maps them: the zero-padded input, border included.
    public var paddedInputCount: Int { inChannels * (height + 2 * padding) * (width + 2 * padding) }

    /// Input spikes of timestep `t`, `[C][H][W]`.
    public func inputSpikes(at t: Int) -> ArraySlice<UInt8> {
        spikes[(t * inputCount)..<((t + 1) * inputCount)]
    }

    /// SANA-FE's placement when the workload gives none: blocks of `neuronsPerCore` consecutive
    /// neurons per core, the (padded) input from core 0, the output from the next free core.
    public func blockPlacement(neuronsPerCore: Int, coresPerTile: Int) -> Placement {
        Placement(inputNeuronsPerCore: neuronsPerCore, outputNeuronsPerCore: neuronsPerCore, coresPerTile: coresPerTile,
                  firstOutputCore: (paddedInputCount + neuronsPerCore - 1) / neuronsPerCore)
    }

    /// The convolution as a network: population 0 (`input`, its spikes given), convolution 0,
    /// population 1 (`output`, integrate-and-fire), one timestep after another. Nothing reads an
    /// image; the topology's input shape is a placeholder of one channel.
    public var graph: SpikingGraph {
        let (ho, wo) = (outHeight, outWidth)
        let buffers = [
            CurrentBuffer(name: "input", channels: inChannels, height: height, width: width, initial: .zero),
            CurrentBuffer(name: "conv", channels: outChannels, height: ho, width: wo, initial: .zero),
        ]
        let populations = [
            NeuronPopulation(name: "input", input: [BufferSlice(buffer: 0, channelStart: 0, channelCount: inChannels)],
                             height: height, width: width, aliasOf: nil),
            NeuronPopulation(name: "output", input: [BufferSlice(buffer: 1, channelStart: 0, channelCount: outChannels)],
                             height: ho, width: wo, aliasOf: nil),
        ]
        let conv = ConvLayer(name: "conv", source: .population(0),
                             output: [BufferSlice(buffer: 1, channelStart: 0, channelCount: outChannels)],
                             inChannels: inChannels, outChannels: outChannels, kernel: kernel, stride: stride, padding: padding,
                             groups: groups, inHeight: height, inWidth: width, outHeight: ho, outWidth: wo, origin: .conv)
        let topology = NetworkTopology(
            buffers: buffers, populations: populations, convs: [conv], steps: [.fire(0), .conv(0), .fire(1)], heads: [],
            headStrides: [], timesteps: timesteps, spikeLevels: 1, classCount: 1, inputChannels: 1,
            inputHeight: height, inputWidth: width, neuron: .integrateAndFire, integrateAndFire: neuron)
        return SpikingGraph(topology: topology, weights: [ConvWeights(weight: weights, bias: [Double](repeating: 0, count: outChannels))])
    }
}
