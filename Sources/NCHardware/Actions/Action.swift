/// Everything the chip does that costs energy: the engine counts each action, the energy table
/// prices it (Timeloop/Accelergy's split). This is the one list of actions; counts, prices, energy
/// breakdowns and report columns all derive from it.
public enum Action: Int, CaseIterable, Sendable, Codable {
    /// A synaptic accumulate (one per synaptic operation).
    case accumulate
    /// A multiply-accumulate of the encoder array.
    case encoderMAC
    /// A bit read from synaptic memory (one weight per accumulate).
    case synapticRead
    /// A bit read from neuron (membrane) memory.
    case membraneRead
    /// A bit written to neuron (membrane) memory.
    case membraneWrite
    /// A spike event emitted (one per binary event, before multicast).
    case spike
    /// A flit crossing one router and link.
    case flitHop
    /// A bit moved to or from DRAM.
    case dram
    /// A comparison of the SPPF max-pool.
    case poolCompare
    /// A neuron read and updated in a fire phase (leak, integrate, round, reset), beyond its
    /// membrane's memory traffic.
    case neuronUpdate
    /// A synaptic-memory access of `core.synaptic_word_bits` (one per weight read, or more
    /// when a weight is wider than a word).
    case synapticReadAccess
    /// A neuron-memory read access of `core.neuron_word_bits`.
    case membraneReadAccess
    /// A neuron-memory write access of `core.neuron_word_bits`.
    case membraneWriteAccess
    /// A spike message: one per packet and destination core, charged at the sender (SANA-FE's
    /// `energy_message_out`). Counted only with `noc.count_messages`.
    case message
    /// A message crossing one tile boundary east or west (SANA-FE's per-tile hop; tiles of
    /// `noc.tile_width_cores` x `noc.tile_height_cores` cores). Counted only with `noc.count_messages`.
    case tileHopX
    /// A message crossing one tile boundary north or south. Counted only with `noc.count_messages`.
    case tileHopY

    /// Its count's key in reports (`hardware.actions`).
    public var countKey: String {
        switch self {
        case .accumulate: return "accumulate"
        case .encoderMAC: return "encoder_mac"
        case .synapticRead: return "synaptic_read_bits"
        case .membraneRead: return "membrane_read_bits"
        case .membraneWrite: return "membrane_write_bits"
        case .spike: return "spike"
        case .flitHop: return "noc_flit_hops"
        case .dram: return "dram_bits"
        case .poolCompare: return "pool_compare"
        case .neuronUpdate: return "neuron_update"
        case .synapticReadAccess: return "synaptic_read_accesses"
        case .membraneReadAccess: return "membrane_read_accesses"
        case .membraneWriteAccess: return "membrane_write_accesses"
        case .message: return "messages"
        case .tileHopX: return "tile_hops_x"
        case .tileHopY: return "tile_hops_y"
        }
    }

    /// Its energy's key in reports (`energy.hardware.breakdown`).
    public var energyKey: String {
        switch self {
        case .synapticRead: return "synaptic_read"
        case .membraneRead: return "membrane_read"
        case .membraneWrite: return "membrane_write"
        case .flitHop: return "noc"
        case .dram: return "dram"
        case .synapticReadAccess: return "synaptic_read_access"
        case .membraneReadAccess: return "membrane_read_access"
        case .membraneWriteAccess: return "membrane_write_access"
        case .message: return "message"
        case .tileHopX: return "tile_hop_x"
        case .tileHopY: return "tile_hop_y"
        default: return countKey
        }
    }

    /// Its price's key in a hardware config's `energy` section, and the price's unit.
    public var priceKey: String {
        switch self {
        case .accumulate: return "accumulate_pj"
        case .encoderMAC: return "mac_pj"
        case .synapticRead: return "synaptic_read_pj_per_bit"
        case .membraneRead: return "membrane_read_pj_per_bit"
        case .membraneWrite: return "membrane_write_pj_per_bit"
        case .spike: return "spike_pj"
        case .flitHop: return "noc_hop_pj_per_flit"
        case .dram: return "dram_pj_per_bit"
        case .poolCompare: return "pool_compare_pj"
        case .neuronUpdate: return "neuron_update_pj"
        case .synapticReadAccess: return "synaptic_read_pj_per_access"
        case .membraneReadAccess: return "membrane_read_pj_per_access"
        case .membraneWriteAccess: return "membrane_write_pj_per_access"
        case .message: return "message_pj"
        case .tileHopX: return "tile_hop_x_pj"
        case .tileHopY: return "tile_hop_y_pj"
        }
    }

    /// Whether reports list it even when it is 0. The SANA-FE-compatible actions (`message`,
    /// tile hops) appear only in the counts, prices and energies of configs that use them, so
    /// adding them left every other preset's reports unchanged.
    public var listedWhenZero: Bool {
        switch self {
        case .message, .tileHopX, .tileHopY: return false
        default: return true
        }
    }

    /// The action whose price it takes when a config omits its own (a compare costs about an add).
    public var defaultPrice: Action? { self == .poolCompare ? .accumulate : nil }

    /// For a word-access action: the per-bit action whose traffic it counts in words. Accesses
    /// are derived from those bit counts, not counted separately (`ActionCounts.withAccesses`).
    public var accessOf: Action? {
        switch self {
        case .synapticReadAccess: return .synapticRead
        case .membraneReadAccess: return .membraneRead
        case .membraneWriteAccess: return .membraneWrite
        default: return nil
        }
    }
}
