import NCSimulation

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
}

/// One spike-packet model's run of the same spikes (`hardware.packet_comparison`; JSON keys in
/// `PacketComparison.Run.CodingKeys`).
public typealias PacketRunRow = PacketComparison.Run
