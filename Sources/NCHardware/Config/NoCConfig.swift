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

    /// Flits per packet: `ceil(packetBits / linkWidthBits)`.
    public var flitsPerPacket: Int {
        let width = max(1, linkWidthBits)
        return (packetBits + width - 1) / width
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case hopLatencyCycles = "hop_latency_cycles", linkWidthBits = "link_width_bits", packetBits = "packet_bits"
        case routerBufferPackets = "router_buffer_packets", spikePackets = "spike_packets"
        case gradedAccumulate = "graded_accumulate"
    }

    /// Throws the first value out of range; `section` is the key path of this section.
    func validate(section: String) throws {
        func path(_ key: CodingKeys) -> String { "\(section).\(key.rawValue)" }
        try ConfigCheck.int(hopLatencyCycles, path(.hopLatencyCycles), atLeast: 1, atMost: 1_000_000)
        try ConfigCheck.int(linkWidthBits, path(.linkWidthBits), atLeast: 1, atMost: 4096)
        try ConfigCheck.int(packetBits, path(.packetBits), atLeast: 1, atMost: 65536)
        try ConfigCheck.int(routerBufferPackets, path(.routerBufferPackets), atLeast: 1, atMost: 65536)
    }
}

extension NoCConfig: ConfigSection {
    static var fields: [ConfigField<NoCConfig>] {
        [.int(.hopLatencyCycles, \.hopLatencyCycles), .int(.linkWidthBits, \.linkWidthBits), .int(.packetBits, \.packetBits),
         .int(.routerBufferPackets, \.routerBufferPackets), .choice(.spikePackets, \.spikePackets),
         .choice(.gradedAccumulate, \.gradedAccumulate)]
    }

    static var fallback: NoCConfig { HardwareConfig.defaults.noc }

    /// Decodes the section, taking `HardwareConfig.defaults.noc` for absent keys and rejecting
    /// unknown keys, wrong types and unknown packet models with their key path. Ranges are
    /// checked by `validate`.
    public init(from decoder: any Decoder) throws {
        try self.init(reading: ConfigReader(decoder))
    }
}
