/// The network-on-chip joining the cores: a 2-D mesh with XY routing. A spike packet of
/// `packetBits` bits is cut into `flitsPerPacket` flits of `linkWidthBits` bits; it carries one
/// binary event or, with graded packets, a whole integer spike.
///
/// JSON section `noc`; every key may be omitted (see `HardwareConfig.defaults`).
public struct NoCConfig: Codable, Equatable, Sendable {
    /// What a spike packet carries (`spike_packets`); the engine's model is `SpikePackets`.
    public enum SpikePacketKind: String, Codable, Sendable, CaseIterable {
        /// The paper's unrolling: an integer spike `s` travels as `s` one-bit packets, one per
        /// virtual step.
        case binary
        /// One packet carries `s` (Loihi 2's graded spikes); the destination multiplies.
        case graded
    }

    /// How a destination core applies a graded spike `s` to each synapse (`graded_accumulate`).
    public enum GradedAccumulate: String, Codable, Sendable, CaseIterable {
        /// `s` additions of the weight (`s` accumulator passes).
        case repeated = "repeat"
        /// Shift-and-add: one addition of a shifted weight per set bit of `s` (`popcount(s)` passes).
        case shiftAdd = "shift_add"
    }

    /// How long a packet spends in the network beyond its hops (`congestion`).
    public enum Congestion: String, Codable, Sendable, CaseIterable {
        /// Only the mesh's own flit-level contention: link reservations and router buffers.
        case none
        /// SANA-FE's `detailed` estimate on top of it (`CongestionEstimate`): a packet takes at
        /// least its route's in-flight messages times their mean receive occupancy, per router
        /// of the route, and a route holding more than `router_buffer_packets` per router stalls
        /// the sender.
        case sanafe
    }

    /// Cycles for a flit to cross one router and its outgoing link (`hop_latency_cycles`, 1...1,000,000).
    public var hopLatencyCycles: Int
    /// Width of one link, i.e. bits per flit (`link_width_bits`, 1...4096).
    public var linkWidthBits: Int
    /// Bits of one spike packet: destination, neuron address and payload (`packet_bits`, 1...65536).
    public var packetBits: Int
    /// Packets one router input buffer holds (`router_buffer_packets`, 1...65536); a full buffer
    /// stalls the sender.
    public var routerBufferPackets: Int
    /// Binary or graded spike packets (`spike_packets`).
    public var spikePackets: SpikePacketKind
    /// How graded packets are accumulated (`graded_accumulate`; ignored for binary packets).
    public var gradedAccumulate: GradedAccumulate
    /// Count a `message` action per packet and destination core, and its `tileHopX` / `tileHopY`
    /// tile crossings (`count_messages`, default false): SANA-FE's per-message and per-tile-hop
    /// network energy. Layer-barrier schedule only; timing is unchanged.
    public var countMessages = false
    /// Columns of cores per tile (`tile_width_cores`, 1...256, default 1): core `id` is in tile
    /// column `(id % mesh_width) / tile_width_cores`. Only used to count tile hops.
    public var tileWidthCores = 1
    /// Rows of cores per tile (`tile_height_cores`, 1...256, default 1): core `id` is in tile
    /// row `(id / mesh_width) / tile_height_cores`.
    public var tileHeightCores = 1
    /// Cycles a destination core spends on each packet it accepts before its synapses
    /// (`message_in_cycles`, 0...65536, default 0): SANA-FE's `latency_message_in`.
    public var messageInCycles = 0
    /// Network congestion estimate (`congestion`, default `none`); `sanafe` needs the
    /// layer-barrier schedule, binary packets and dense synaptic memory.
    public var congestion = Congestion.none

    /// Flits per packet: `ceil(packetBits / linkWidthBits)`.
    public var flitsPerPacket: Int {
        let width = max(1, linkWidthBits)
        return (packetBits + width - 1) / width
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case hopLatencyCycles = "hop_latency_cycles", linkWidthBits = "link_width_bits", packetBits = "packet_bits"
        case routerBufferPackets = "router_buffer_packets", spikePackets = "spike_packets"
        case gradedAccumulate = "graded_accumulate"
        case countMessages = "count_messages", tileWidthCores = "tile_width_cores", tileHeightCores = "tile_height_cores"
        case messageInCycles = "message_in_cycles", congestion
    }
}

extension NoCConfig: ConfigSection {
    static var fields: [ConfigField<NoCConfig>] {
        [.int(.hopLatencyCycles, \.hopLatencyCycles, in: 1...1_000_000), .int(.linkWidthBits, \.linkWidthBits, in: 1...4096),
         .int(.packetBits, \.packetBits, in: 1...65536), .int(.routerBufferPackets, \.routerBufferPackets, in: 1...65536),
         .choice(.spikePackets, \.spikePackets), .choice(.gradedAccumulate, \.gradedAccumulate),
         .bool(.countMessages, \.countMessages, omittedAtDefault: true),
         .int(.tileWidthCores, \.tileWidthCores, in: 1...ChipConfig.maximumMeshSideCores, omittedAtDefault: true),
         .int(.tileHeightCores, \.tileHeightCores, in: 1...ChipConfig.maximumMeshSideCores, omittedAtDefault: true),
         .int(.messageInCycles, \.messageInCycles, in: 0...65536, omittedAtDefault: true),
         .choice(.congestion, \.congestion, omittedAtDefault: true)]
    }

    static var fallback: NoCConfig { HardwareConfig.defaults.noc }

    /// Decodes the section, taking `HardwareConfig.defaults.noc` for absent keys and rejecting
    /// unknown keys, wrong types and unknown packet models with their key path. Ranges are
    /// checked by `validate`.
    public init(from decoder: any Decoder) throws {
        try self.init(reading: ConfigReader(decoder))
    }

    /// Encodes every key, the SANA-FE accounting keys only when they differ from their defaults
    /// (so configs that do not use them print as before).
    public func encode(to encoder: any Encoder) throws { try write(to: encoder) }
}
