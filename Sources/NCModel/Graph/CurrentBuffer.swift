/// A map of membrane input currents `[channels, height, width]` for one timestep: the target
/// that folded convolutions accumulate into and that neuron populations read.
///
/// Residual additions in SpikeYOLO are accumulations into the same buffer, so one buffer can
/// receive several convolutions (`x = SepConv(x) + x`).
public struct CurrentBuffer: Sendable, Equatable, Codable {
    /// How a buffer is initialised at the start of each timestep.
    public enum Initial: Sendable, Equatable, Codable {
        /// Zeros; convolutions then add their outputs and biases.
        case zero
        /// Nearest-neighbour upsampling of another view (`nn.Upsample`), then accumulated into.
        case upsample(of: [BufferSlice], factorY: Int, factorX: Int)
        /// Max-pooling of another buffer (stride 1, same padding), as in SPPF.
        case maxPool(of: Int, kernel: Int)
    }

    /// Name for reports (the module that produces it).
    public let name: String
    /// Channels.
    public let channels: Int
    /// Rows.
    public let height: Int
    /// Columns.
    public let width: Int
    /// Initialisation per timestep.
    public let initial: Initial

    /// A buffer from its parts.
    public init(name: String, channels: Int, height: Int, width: Int, initial: Initial) {
        self.name = name
        self.channels = channels
        self.height = height
        self.width = width
        self.initial = initial
    }

    /// Number of values (neurons whose membranes it feeds).
    public var count: Int { channels * height * width }
}

/// A channel range of one buffer; a list of slices is a channel concatenation (`Concat`).
public struct BufferSlice: Sendable, Equatable, Hashable, Codable {
    /// Buffer index in the graph.
    public let buffer: Int
    /// First channel.
    public let channelStart: Int
    /// Number of channels.
    public let channelCount: Int

    /// A slice.
    public init(buffer: Int, channelStart: Int, channelCount: Int) {
        self.buffer = buffer
        self.channelStart = channelStart
        self.channelCount = channelCount
    }
}
