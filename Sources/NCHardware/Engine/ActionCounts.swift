/// What the chip did, counted per kind of action; the energy table prices each kind
/// (Timeloop/Accelergy's split: components count actions, a table prices them).
public struct ActionCounts: Sendable, Equatable, Codable {
    /// Synaptic accumulates (one per synaptic operation).
    public var accumulate = 0
    /// Multiply-accumulates of the encoder MAC array.
    public var encoderMAC = 0
    /// Bits read from synaptic memory (one weight per accumulate).
    public var synapticReadBits = 0
    /// Bits read from neuron (membrane) memory.
    public var membraneReadBits = 0
    /// Bits written to neuron (membrane) memory.
    public var membraneWriteBits = 0
    /// Spike events emitted (one per binary event, before multicast).
    public var spike = 0
    /// Flits times links crossed.
    public var flitHops = 0
    /// Bits moved to or from DRAM.
    public var dramBits = 0
    /// Comparisons of the spike max-pool.
    public var poolCompare = 0

    /// No actions.
    public init() {}

    /// Adds `other` to these counts.
    public mutating func add(_ other: ActionCounts) {
        accumulate += other.accumulate
        encoderMAC += other.encoderMAC
        synapticReadBits += other.synapticReadBits
        membraneReadBits += other.membraneReadBits
        membraneWriteBits += other.membraneWriteBits
        spike += other.spike
        flitHops += other.flitHops
        dramBits += other.dramBits
        poolCompare += other.poolCompare
    }

    /// The counts by their report keys, in a fixed order.
    public var named: [(key: String, value: Int)] {
        [("accumulate", accumulate), ("encoder_mac", encoderMAC), ("synaptic_read_bits", synapticReadBits),
         ("membrane_read_bits", membraneReadBits), ("membrane_write_bits", membraneWriteBits), ("spike", spike),
         ("noc_flit_hops", flitHops), ("dram_bits", dramBits), ("pool_compare", poolCompare)]
    }

    enum CodingKeys: String, CodingKey {
        case accumulate, encoderMAC = "encoder_mac", synapticReadBits = "synaptic_read_bits"
        case membraneReadBits = "membrane_read_bits", membraneWriteBits = "membrane_write_bits", spike
        case flitHops = "noc_flit_hops", dramBits = "dram_bits", poolCompare = "pool_compare"
    }
}
