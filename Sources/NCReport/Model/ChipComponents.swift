/// The components that produced a chip report's numbers (`hardware.components`).
public struct ChipComponents: Codable, Sendable, Equatable {
    /// `pipelined` or `layer-barrier`.
    public var schedule: String
    /// `spread` or `fewest-cores`.
    public var mappingStrategy: String
    /// `shared-kernel` or `per-tile`.
    public var weightStorage: String
    /// Only non-zero weights stored and accumulated.
    public var skipZeroWeights: Bool
    /// SOPs with a zero weight that were skipped (0 unless `skipZeroWeights`).
    public var skippedSOPs: Int
    /// `binary`, `graded (repeat)` or `graded (shift_add)`.
    public var spikePackets: String
    /// Cores that hold a tile, and cores that leak (all, or the occupied ones when power-gated).
    public var occupiedCores: Int, leakingCores: Int
    /// Segments of layers resident together (streamed mappings; 1 when resident).
    public var segments: Int

    /// Components.
    public init(schedule: String, mappingStrategy: String, weightStorage: String, skipZeroWeights: Bool, skippedSOPs: Int,
                spikePackets: String, occupiedCores: Int, leakingCores: Int, segments: Int) {
        self.schedule = schedule
        self.mappingStrategy = mappingStrategy
        self.weightStorage = weightStorage
        self.skipZeroWeights = skipZeroWeights
        self.skippedSOPs = skippedSOPs
        self.spikePackets = spikePackets
        self.occupiedCores = occupiedCores
        self.leakingCores = leakingCores
        self.segments = segments
    }

    enum CodingKeys: String, CodingKey {
        case schedule, mappingStrategy = "mapping_strategy", weightStorage = "weight_storage", skipZeroWeights = "skip_zero_weights"
        case skippedSOPs = "skipped_sops", spikePackets = "spike_packets", occupiedCores = "occupied_cores"
        case leakingCores = "leaking_cores", segments
    }
}

/// One segment of a streamed run, in the order segments ran (`hardware.segments`).
public struct SegmentRow: Codable, Sendable, Equatable {
    /// `pipelined` (its layers resident together) or `passes` (one layer too large for the chip).
    public var kind: String
    /// Timestep.
    public var timestep: Int
    /// Its convolutions, first and last (module paths; equal for one).
    public var firstLayer: String, lastLayer: String
    /// Cycle it started computing and cycle it ended.
    public var startCycle: Int, endCycle: Int
    /// Weight bytes loaded from DRAM into its cores.
    public var weightBytes: Int
    /// Whether that load overlapped the previous segment (double buffering).
    public var prefetched: Bool

    /// A row.
    public init(kind: String, timestep: Int, firstLayer: String, lastLayer: String, startCycle: Int, endCycle: Int,
                weightBytes: Int, prefetched: Bool) {
        self.kind = kind
        self.timestep = timestep
        self.firstLayer = firstLayer
        self.lastLayer = lastLayer
        self.startCycle = startCycle
        self.endCycle = endCycle
        self.weightBytes = weightBytes
        self.prefetched = prefetched
    }

    enum CodingKeys: String, CodingKey {
        case kind, timestep, firstLayer = "first_layer", lastLayer = "last_layer", startCycle = "start_cycle"
        case endCycle = "end_cycle", weightBytes = "weight_bytes", prefetched
    }
}

/// What one core holds (`hardware.placement`): its tiles over every segment, and the buffers they
/// belong to as indices into `hardware.placement_buffers` (network order). Cores holding nothing
/// are left out.
public struct PlacementCell: Codable, Sendable, Equatable {
    /// Core id (`y * mesh_width + x`).
    public var id: Int
    /// Indices into `HardwareSection.placementBuffers`, ascending.
    public var buffers: [Int]
    /// Tiles it holds.
    public var tiles: Int

    /// A cell.
    public init(id: Int, buffers: [Int], tiles: Int) {
        self.id = id
        self.buffers = buffers
        self.tiles = tiles
    }
}

/// One spike-packet model's run of the same spikes (`hardware.packet_comparison`).
public struct PacketRunRow: Codable, Sendable, Equatable {
    /// `binary`, `graded (repeat)`, `graded (shift_add)`.
    public var model: String
    /// Packets, flits and flit-hops.
    public var packets: Int, flits: Int, flitHops: Int
    /// Mean cycles a delivered packet waited at its core.
    public var meanQueueWaitCycles: Double?
    /// Most packets waiting at one core.
    public var queueHighWater: Int
    /// Accumulator additions.
    public var accumulates: Int
    /// Cycles and latency.
    public var cycles: Int, latencySeconds: Double
    /// Chip energy, mJ, total and by component.
    public var energyMillijoules: Double, breakdown: [String: Double]

    /// A row.
    public init(model: String, packets: Int, flits: Int, flitHops: Int, meanQueueWaitCycles: Double?, queueHighWater: Int,
                accumulates: Int, cycles: Int, latencySeconds: Double, energyMillijoules: Double, breakdown: [String: Double]) {
        self.model = model
        self.packets = packets
        self.flits = flits
        self.flitHops = flitHops
        self.meanQueueWaitCycles = meanQueueWaitCycles
        self.queueHighWater = queueHighWater
        self.accumulates = accumulates
        self.cycles = cycles
        self.latencySeconds = latencySeconds
        self.energyMillijoules = energyMillijoules
        self.breakdown = breakdown
    }

    enum CodingKeys: String, CodingKey {
        case model, packets, flits, flitHops = "flit_hops", meanQueueWaitCycles = "mean_queue_wait_cycles"
        case queueHighWater = "queue_high_water", accumulates, cycles, latencySeconds = "latency_s"
        case energyMillijoules = "energy_mJ", breakdown = "breakdown_mJ"
    }
}
