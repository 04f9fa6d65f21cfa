import NCModel

/// What the timing model measured for one folded convolution (including the neuron firing,
/// pooling and copies that prepare its input), over all timesteps.
public struct LayerTiming: Sendable, Equatable, Codable {
    /// Module path.
    public var name: String
    /// Cycles attributed to it. Layer-barrier: its steps, barrier to barrier. Pipelined: the
    /// cycles by which its completion moved the run's completion frontier (layers sorted by the
    /// cycle their last output row was integrated). Either way the layers' cycles sum to the run's.
    public var cycles = 0
    /// First cycle it worked (layer-barrier: its step began, firing that feeds it included;
    /// pipelined: its first input row was ready to send).
    public var startCycle = 0
    /// Cycle its last output row was integrated, over all timesteps.
    public var endCycle = 0
    /// Packets emitted by its input neurons (binary events, or graded packets).
    public var events = 0
    /// Packets delivered to cores: each counts once per destination core.
    public var deliveries = 0
    /// Synaptic operations (integer spike × synapses reached).
    public var sops = 0
    /// Input neurons that fired times their fan-out (NeuroBench's count), over all timesteps.
    public var nonzeroSOPs = 0
    /// SOPs whose weight is zero and were skipped (sparse synaptic memory; 0 otherwise).
    public var skippedSOPs = 0
    /// Distinct cores that worked on it.
    public var cores = 0
    /// Passes (more than 1 when its tiles outnumber the cores).
    public var passes = 1
    /// Actions.
    public var actions = ActionCounts()
}

/// What one core did over the whole inference.
public struct CoreTiming: Sendable, Equatable, Codable {
    /// Core id (`y * meshWidth + x`).
    public var id: Int
    /// Cycles its accumulate or fire units worked.
    public var busy = 0
    /// Cycles its injections waited for the network.
    public var stall = 0
    /// Cycles packets for it waited because its queue was full.
    public var blocked = 0
    /// Most events waiting in its queue at once.
    public var queueHighWater = 0
    /// Packets it accepted.
    public var accepted = 0
    /// Cycles its packets waited between reaching it and starting, summed over packets.
    public var waited = 0
    /// Synaptic operations.
    public var sops = 0
    /// Whether it holds a tile (a power-gated chip switches the others off).
    public var occupied = true
    /// Actions in this core.
    public var actions = ActionCounts()
}

/// One group of steps that was on the chip together (streamed mappings).
public struct SegmentTiming: Sendable, Equatable, Codable {
    /// `pipelined` or `passes`.
    public var kind: MappingSegment.Kind
    /// Steps of the topology it ran (indices into `NetworkTopology.steps`).
    public var steps: Range<Int>
    /// Timestep.
    public var timestep: Int
    /// Cycle it began computing (its weights and live membranes loaded) and ended.
    public var start: Int, end: Int
    /// Weight bytes loaded into its cores from DRAM.
    public var weightBytes: Int
    /// Whether that load overlapped the previous segment's computation (double buffering).
    public var prefetched: Bool
}

/// The timing model's result: cycles, per layer, per core, network and actions.
public struct TimingResult: Sendable, Equatable, Codable {
    /// Total cycles of the inference (all timesteps).
    public var cycles = 0
    /// Per folded convolution, in topology order.
    public var layers: [LayerTiming]
    /// Per core.
    public var cores: [CoreTiming]
    /// Packets injected into the mesh.
    public var packets = 0
    /// Flits injected.
    public var flits = 0
    /// Flit-hops.
    public var flitHops = 0
    /// Most flits one link carried.
    public var busiestLinkFlits = 0
    /// All actions (the sum over layers).
    public var actions = ActionCounts()
    /// Weight bytes loaded once before inference (resident mapping), not charged per inference.
    public var preloadWeightBytes = 0
    /// The mapping used.
    public var mappingMode: Mapping.Mode
    /// The schedule that produced these numbers.
    public var schedule: ChipConfig.Schedule = .layerBarrier
    /// Segments in the order they ran (pipelined schedule on a streamed mapping).
    public var segments: [SegmentTiming] = []
    /// Cycles and actions of each timestep, in order (they sum to `cycles` and `actions`).
    public var timesteps: [TimestepTiming] = []
}

/// What the chip did during one timestep (all layers; with the pipelined schedule, where
/// timesteps overlap, the cycles by which it moved the completion frontier).
public struct TimestepTiming: Sendable, Equatable, Codable {
    /// Cycles of the timestep.
    public var cycles: Int
    /// Actions of the timestep.
    public var actions: ActionCounts
}

extension TimingResult {
    /// Cycles core `c` neither worked nor waited to inject.
    public func idleCycles(of c: CoreTiming) -> Int { max(0, cycles - c.busy - c.stall) }

    /// Share of the run's cycles core `c`'s units worked (0 for an empty run).
    public func utilisation(of c: CoreTiming) -> Double { cycles > 0 ? Double(c.busy) / Double(cycles) : 0 }

    /// Mean cycles a delivered packet waited at its core (queue and router), nil without packets.
    public var meanQueueWaitCycles: Double? {
        let accepted = cores.reduce(0) { $0 + $1.accepted }
        return accepted > 0 ? Double(cores.reduce(0) { $0 + $1.waited }) / Double(accepted) : nil
    }

    /// Cores holding a tile.
    public var occupiedCores: Int { cores.filter(\.occupied).count }
}
