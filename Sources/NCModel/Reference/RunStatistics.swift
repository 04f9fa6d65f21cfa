/// Spike statistics of one neuron population over a run.
public struct PopulationStatistics: Sendable, Equatable, Codable {
    /// Module path (`model.2.Conv.lif1`).
    public var name: String
    /// Neurons (per timestep).
    public var count: Int
    /// Sum of integer spike counts over all neurons and timesteps.
    public var spikes: Int
    /// How many neuron-timesteps emitted 0, 1, ..., D.
    public var histogram: [Int]
    /// Timesteps run.
    public var timesteps: Int
    /// The same counts for each timestep recorded so far, in order (`spikes` and `histogram` are
    /// their sums).
    public var perTimestep: [TimestepSpikes] = []

    /// Statistics of a population.
    public init(name: String, count: Int, spikes: Int, histogram: [Int], timesteps: Int) {
        self.name = name
        self.count = count
        self.spikes = spikes
        self.histogram = histogram
        self.timesteps = timesteps
    }

    /// Mean integer output per neuron and timestep (the authors' firing rate; includes D).
    public var meanRate: Double { count * timesteps == 0 ? 0 : Double(spikes) / Double(count * timesteps) }

    /// Adds one timestep's histogram (neurons that emitted 0, 1, ..., D) to the totals and as the
    /// next entry of `perTimestep`.
    public mutating func record(timestepHistogram h: [Int]) {
        let spikes = h.enumerated().reduce(0) { $0 + $1.offset * $1.element }
        for (v, n) in h.enumerated() where v < histogram.count { histogram[v] += n }
        self.spikes += spikes
        perTimestep.append(TimestepSpikes(spikes: spikes, histogram: h))
    }
}

/// One population's spikes at one timestep.
public struct TimestepSpikes: Sendable, Equatable, Codable {
    /// Sum of integer spikes over the population's neurons.
    public var spikes: Int
    /// How many neurons emitted 0, 1, ..., D.
    public var histogram: [Int]
}

/// Operation counts of one folded convolution over a run.
public struct ConvStatistics: Sendable, Equatable, Codable {
    /// Module path of the folded convolution.
    public var name: String
    /// Multiply-accumulates of one dense evaluation (per timestep).
    public var macs: Int
    /// Synaptic operations counted from the actual events: each input spike count `s` times the
    /// input's real fan-out (borders included), summed over timesteps.
    public var sops: Int
    /// Input neurons that fired (any `s > 0`) times their fan-out: NeuroBench's count for
    /// non-binary inputs.
    public var nonzeroSOPs: Int
    /// Mean integer output of the input population (nil for the encoding layer).
    public var inputRate: Double?
    /// Timesteps run.
    public var timesteps: Int

    /// Statistics of a convolution.
    public init(name: String, macs: Int, sops: Int, nonzeroSOPs: Int, inputRate: Double?, timesteps: Int) {
        self.name = name
        self.macs = macs
        self.sops = sops
        self.nonzeroSOPs = nonzeroSOPs
        self.inputRate = inputRate
        self.timesteps = timesteps
    }
}

/// Detections and raw outputs of the head for one level: `[64 + classes, height, width]`
/// (box distributions then class logits), averaged over timesteps, channel-major like PyTorch.
public struct HeadOutput: Sendable, Equatable {
    /// Channels (64 + number of classes).
    public var channels: Int
    /// Rows.
    public var height: Int
    /// Columns.
    public var width: Int
    /// Stride in input pixels.
    public var stride: Int
    /// Values, `[channels][height][width]`.
    public var values: [Float]
    /// The same values before rounding to FP32 (an FP64 run's heads to its own precision); empty
    /// when only `values` are known.
    public var exactValues: [Double]

    /// A head output.
    public init(channels: Int, height: Int, width: Int, stride: Int, values: [Float], exactValues: [Double] = []) {
        self.channels = channels
        self.height = height
        self.width = width
        self.stride = stride
        self.values = values
        self.exactValues = exactValues
    }
}
