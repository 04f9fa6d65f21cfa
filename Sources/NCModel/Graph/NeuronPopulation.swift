/// One I-LIF neuron module: it reads a channel concatenation of current buffers and emits an
/// integer spike count `0...D` per neuron and timestep.
public struct NeuronPopulation: Sendable, Equatable, Codable {
    /// The checkpoint's module path (`model.2.Conv.lif1`), so reports line up with the authors' tools.
    public let name: String
    /// The currents it reads, concatenated along channels.
    public let input: [BufferSlice]
    /// Channels (sum of the slices).
    public let channels: Int
    /// Rows.
    public let height: Int
    /// Columns.
    public let width: Int
    /// An earlier population that reads the very same currents and so fires identically; a chip
    /// computes it once and multicasts its spikes.
    public let aliasOf: Int?

    /// A population reading `input`; its channels are the slices' channels together.
    public init(name: String, input: [BufferSlice], height: Int, width: Int, aliasOf: Int?) {
        self.name = name
        self.input = input
        channels = input.reduce(0) { $0 + $1.channelCount }
        self.height = height
        self.width = width
        self.aliasOf = aliasOf
    }

    /// Number of neurons.
    public var count: Int { channels * height * width }
}
