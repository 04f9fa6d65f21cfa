/// The folded spiking network without weights: buffers, neuron populations, convolutions, the
/// order they run in each timestep, and where the detection head reads its outputs. This is what
/// a spike trace stores and what the hardware engine needs besides the spikes.
public struct NetworkTopology: Sendable, Equatable, Codable {
    /// One step of a timestep, in execution order.
    public enum Step: Sendable, Equatable, Codable {
        /// Compute a derived buffer (upsample or max-pool) from its completed source.
        case derive(buffer: Int)
        /// Run a folded convolution, accumulating into its output buffers.
        case conv(Int)
        /// Fire a neuron population from its input currents.
        case fire(Int)
    }

    /// Current buffers.
    public var buffers: [CurrentBuffer]
    /// Neuron populations (one per I-LIF module call).
    public var populations: [NeuronPopulation]
    /// Folded convolutions.
    public var convs: [ConvLayer]
    /// Execution order within one timestep.
    public var steps: [Step]
    /// Per detection level: the box-distribution channels then the class channels.
    public var heads: [[BufferSlice]]
    /// Stride of each detection level in input pixels.
    public var headStrides: [Int]
    /// Timesteps T.
    public var timesteps: Int
    /// Largest integer spike D (virtual timesteps per timestep).
    public var spikeLevels: Int
    /// Number of classes.
    public var classCount: Int
    /// Input image channels, rows, columns.
    public var inputChannels: Int, inputHeight: Int, inputWidth: Int
    /// The neuron model of every population (absent from the JSON of I-LIF networks, so traces
    /// written before Gen1 models existed read as I-LIF).
    @OmittedAtDefault public var neuron: NeuronKind
    /// The parameters of an `integrateAndFire` network's neurons (nil for other models).
    public var integrateAndFire: IntegrateAndFire?

    /// A topology from its parts.
    public init(buffers: [CurrentBuffer], populations: [NeuronPopulation], convs: [ConvLayer], steps: [Step], heads: [[BufferSlice]], headStrides: [Int], timesteps: Int, spikeLevels: Int, classCount: Int, inputChannels: Int, inputHeight: Int, inputWidth: Int, neuron: NeuronKind = .ilif, integrateAndFire: IntegrateAndFire? = nil) {
        self.buffers = buffers
        self.populations = populations
        self.convs = convs
        self.steps = steps
        self.heads = heads
        self.headStrides = headStrides
        self.timesteps = timesteps
        self.spikeLevels = spikeLevels
        self.classCount = classCount
        self.inputChannels = inputChannels
        self.inputHeight = inputHeight
        self.inputWidth = inputWidth
        self.neuron = neuron
        self.integrateAndFire = integrateAndFire
    }

    /// Index of the population called `name`.
    public func population(named name: String) -> Int? {
        populations.firstIndex { $0.name == name }
    }

    /// Total neurons over all populations (aliases counted, as the authors count them).
    public var neuronCount: Int { populations.reduce(0) { $0 + $1.count } }

    /// Total multiply-accumulates of a dense evaluation of every folded convolution.
    public var macs: Int { convs.reduce(0) { $0 + $1.macs } }
}
