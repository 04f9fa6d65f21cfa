import NCModel

/// What the timing model measured for one folded convolution (including the neuron firing,
/// pooling and copies that prepare its input), over all timesteps.
public struct LayerTiming: Sendable, Equatable, Codable {
    /// Module path.
    public var name: String
    /// Cycles of its steps (barrier to barrier).
    public var cycles = 0
    /// Binary events emitted by its input neurons.
    public var events = 0
    /// Events delivered to cores: each event counts once per destination core.
    public var deliveries = 0
    /// Synaptic operations (accumulates).
    public var sops = 0
    /// Input neurons that fired times their fan-out (NeuroBench's count), over all timesteps.
    public var nonzeroSOPs = 0
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
    /// Synaptic operations.
    public var sops = 0
    /// Actions in this core.
    public var actions = ActionCounts()
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
    /// Cycles and actions of each timestep, in order (they sum to `cycles` and `actions`).
    public var timesteps: [TimestepTiming] = []
}

/// What the chip did during one timestep (barrier to barrier, all layers).
public struct TimestepTiming: Sendable, Equatable, Codable {
    /// Cycles of the timestep.
    public var cycles: Int
    /// Actions of the timestep.
    public var actions: ActionCounts

    /// A timestep's timing.
    public init(cycles: Int, actions: ActionCounts) {
        self.cycles = cycles
        self.actions = actions
    }
}

extension TimingResult {
    /// Cycles core `c` neither worked nor waited to inject.
    public func idleCycles(of c: CoreTiming) -> Int { max(0, cycles - c.busy - c.stall) }

    /// Share of the run's cycles core `c`'s units worked (0 for an empty run).
    public func utilisation(of c: CoreTiming) -> Double { cycles > 0 ? Double(c.busy) / Double(cycles) : 0 }
}
