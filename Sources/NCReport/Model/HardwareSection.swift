/// What the cycle-level simulation of the chip measured.
public struct HardwareSection: Codable, Sendable, Equatable {
    /// Hardware config name (`default`, `loihi-like`).
    public var config: String
    /// Clock frequency in hertz.
    public var clockHz: Double
    /// Mesh width and height in cores.
    public var meshWidth: Int, meshHeight: Int
    /// `resident` (every layer keeps its cores, weights loaded once) or `streamed` (layers
    /// take turns on the cores; weights and activations move through DRAM).
    public var mappingMode: String
    /// Number arithmetic on the chip (`fp32`, or fixed point like `int8/int24`).
    public var arithmetic: String
    /// Total cycles for the whole inference.
    public var cycles: Int
    /// Latency in seconds (`cycles / clockHz`).
    public var latencySeconds: Double
    /// Per core.
    public var cores: [CoreRow]
    /// Network-on-chip traffic.
    public var noc: NoCStats
    /// Action counts of the whole run (`accumulate`, `synaptic_read_bits`, ...).
    public var actions: [String: Int]
    /// Spikes and detections that differ from the FP32 reference (fixed-point runs).
    public var differences: Differences?
    /// Schedule, mapping, kernel storage, spike packets and leaking cores.
    public var components: ChipComponents?
    /// Segments in the order they ran (streamed mappings under the pipelined schedule).
    public var segments: [SegmentRow]?
    /// What each core holds.
    public var placement: [PlacementCell]?
    /// Names of the buffers `placement` refers to, in network order (each named by the layer
    /// that produces it).
    public var placementBuffers: [String]?
    /// The same spikes with binary and with graded packets (`--compare-packets`).
    public var packetComparison: [PacketRunRow]?

    enum CodingKeys: String, CodingKey {
        case config, clockHz = "clock_hz", meshWidth = "mesh_width", meshHeight = "mesh_height"
        case mappingMode = "mapping_mode", arithmetic, cycles, latencySeconds = "latency_s", cores, noc, actions, differences
        case components, segments, placement, placementBuffers = "placement_buffers", packetComparison = "packet_comparison"
    }
}

/// One core's activity over the run.
public struct CoreRow: Codable, Sendable, Equatable {
    /// Core index (`y * meshWidth + x`).
    public var id: Int
    /// Mesh column and row.
    public var x: Int, y: Int
    /// Cycles its accumulate units or fire unit worked.
    public var busyCycles: Int
    /// Cycles it could not send because the network was full.
    public var stallCycles: Int
    /// Remaining cycles of the run.
    public var idleCycles: Int
    /// `busy / total cycles`.
    public var utilisation: Double
    /// Most events waiting in its queue at once.
    public var queueHighWater: Int
    /// Synaptic operations it performed.
    public var sops: Int
    /// Energy spent in this core by component, millijoules.
    public var energyMillijoules: [String: Double]?

    enum CodingKeys: String, CodingKey {
        case id, x, y, busyCycles = "busy_cycles", stallCycles = "stall_cycles", idleCycles = "idle_cycles"
        case utilisation, queueHighWater = "queue_high_water", sops, energyMillijoules = "energy_mJ"
    }
}

/// Network-on-chip totals.
public struct NoCStats: Codable, Sendable, Equatable {
    /// Packets injected.
    public var packets: Int
    /// Link traversals of flits (a flit crossing one link is one hop).
    public var flitHops: Int
    /// Flits injected.
    public var flits: Int
    /// Most flits any one link carried.
    public var busiestLinkFlits: Int
    /// Mean cycles a delivered packet waited at its core (queue and router).
    public var meanQueueWaitCycles: Double?

    enum CodingKeys: String, CodingKey {
        case packets, flitHops = "flit_hops", flits, busiestLinkFlits = "busiest_link_flits"
        case meanQueueWaitCycles = "mean_queue_wait_cycles"
    }
}

/// Where fixed-point arithmetic changed the result compared with FP32.
public struct Differences: Codable, Sendable, Equatable {
    /// Neuron-timesteps whose integer spike differs.
    public var spikes: Int
    /// Detections present in one run and not matched in the other.
    public var detections: Int
    /// Membrane additions that saturated.
    public var saturations: Int
    /// Neuron-timesteps compared (the share that differs is `spikes / neuronTimesteps`).
    public var neuronTimesteps: Int?
    /// The populations whose spike count moved most against FP32 (at most 5).
    public var mostMoved: [PopulationDifference]?
    /// Detections of this run and of the FP32 reference (`detections` counts those unmatched).
    public var chipDetections: Int?, referenceDetections: Int?

    /// Share of neuron-timesteps that differ, 0...1 (nil when not known).
    public var spikesShare: Double? { neuronTimesteps.map { $0 > 0 ? Double(spikes) / Double($0) : 0 } }

    enum CodingKeys: String, CodingKey {
        case spikes, detections, saturations, neuronTimesteps = "neuron_timesteps", mostMoved = "most_moved"
        case chipDetections = "chip_detections", referenceDetections = "reference_detections"
    }
}
