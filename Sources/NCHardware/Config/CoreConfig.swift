/// One neuromorphic core: its memories, its number format and how fast it works. Every core of
/// the mesh is identical.
///
/// JSON section `core`; every key may be omitted (see `HardwareConfig.defaults`).
public struct CoreConfig: Codable, Equatable, Sendable {
    /// How weights and membranes are stored and added.
    public enum Arithmetic: String, Codable, Sendable, CaseIterable {
        /// 32-bit IEEE floats for weights and membranes (the paper's accounting).
        case fp32
        /// 64-bit IEEE floats for weights and membranes (a reference chip: equals PyTorch in FP64).
        case fp64
        /// Two's-complement integers of `weightBits` and `membraneBits` bits; additions saturate.
        case fixed

        /// Bits of a floating-point word (nil for fixed point).
        public var floatBits: Int? {
            switch self {
            case .fp32: return 32
            case .fp64: return 64
            case .fixed: return nil
            }
        }
    }

    /// Membrane words (one per neuron) in a core's neuron memory, in neurons
    /// (`neuron_memory_neurons`, 1...2^32). A layer whose neurons do not fit is split across cores.
    public var neuronMemoryNeurons: Int
    /// Synaptic (weight) memory of one core, in bytes (`synaptic_memory_bytes`, 1...2^40). Holds
    /// the weights of the layers mapped to the core at `weightBitsEffective` bits each.
    public var synapticMemoryBytes: Int
    /// Number format of weights and membranes (`arithmetic`: `"fp32"`, `"fp64"` or `"fixed"`).
    public var arithmetic: Arithmetic
    /// Bits per weight (`weight_bits`): 2...16 in fixed point; must be 32 (64) or omitted in fp32 (fp64).
    public var weightBits: Int
    /// Bits per membrane word (`membrane_bits`): 8...30 and at least `weightBits` in fixed point;
    /// must be 32 (64) or omitted in fp32 (fp64).
    public var membraneBits: Int
    /// Accumulate units, i.e. synaptic operations a core completes per cycle
    /// (`accumulate_units`, 1...65536).
    public var accumulateUnits: Int
    /// Capacity of a core's input event queue, in events (`event_queue_depth`, 1...2^24); a full
    /// queue back-pressures the network.
    public var eventQueueDepthEvents: Int
    /// Cycles from taking an event off the queue to its first membrane write
    /// (`pipeline_latency_cycles`, 0...1,000,000).
    public var pipelineLatencyCycles: Int
    /// Neurons the fire phase updates per cycle (`fire_neurons_per_cycle`, 1...65536).
    public var fireNeuronsPerCycle: Int
    /// Width of one synaptic-memory access, in bits (`synaptic_word_bits`, 1...4096): reading one
    /// weight costs `ceil(weight bits / word bits)` accesses, priced by
    /// `energy.synaptic_read_pj_per_access`.
    public var synapticWordBits: Int
    /// Width of one neuron-memory access, in bits (`neuron_word_bits`, 1...4096): reading or
    /// writing one membrane costs `ceil(membrane bits / word bits)` accesses, priced by
    /// `energy.membrane_read_pj_per_access` and `membrane_write_pj_per_access`.
    public var neuronWordBits: Int

    /// Allowed `weightBits` in fixed point.
    public static let fixedWeightBitsRange = 2...16
    /// Allowed `membraneBits` in fixed point.
    public static let fixedMembraneBitsRange = 8...30

    enum CodingKeys: String, CodingKey, CaseIterable {
        case neuronMemoryNeurons = "neuron_memory_neurons", synapticMemoryBytes = "synaptic_memory_bytes"
        case arithmetic, weightBits = "weight_bits", membraneBits = "membrane_bits"
        case accumulateUnits = "accumulate_units", eventQueueDepthEvents = "event_queue_depth"
        case pipelineLatencyCycles = "pipeline_latency_cycles", fireNeuronsPerCycle = "fire_neurons_per_cycle"
        case synapticWordBits = "synaptic_word_bits", neuronWordBits = "neuron_word_bits"
    }

    /// Throws the first value out of range; `section` is the key path of this section.
    func validate(section: String) throws {
        func path(_ key: CodingKeys) -> String { "\(section).\(key.rawValue)" }
        try ConfigCheck.positive(neuronMemoryNeurons, path(.neuronMemoryNeurons), atMost: 1 << 32)
        try ConfigCheck.positive(synapticMemoryBytes, path(.synapticMemoryBytes), atMost: 1 << 40)
        switch arithmetic {
        case .fp32, .fp64:
            let float = arithmetic.floatBits ?? 32
            for (key, bits) in [(CodingKeys.weightBits, weightBits), (.membraneBits, membraneBits)] where bits != float {
                throw HardwareConfigError.invalidValue(
                    path: path(key), requirement: "be \(float) or absent when \(path(.arithmetic)) is \"\(arithmetic.rawValue)\"",
                    found: "\(bits)")
            }
        case .fixed:
            try Self.checkBits(weightBits, path(.weightBits), Self.fixedWeightBitsRange)
            try Self.checkBits(membraneBits, path(.membraneBits), Self.fixedMembraneBitsRange)
            if membraneBits < weightBits {
                throw HardwareConfigError.invalidValue(
                    path: path(.membraneBits), requirement: "be at least \(path(.weightBits)) = \(weightBits)",
                    found: "\(membraneBits)")
            }
        }
        try ConfigCheck.int(accumulateUnits, path(.accumulateUnits), atLeast: 1, atMost: 65536)
        try ConfigCheck.int(eventQueueDepthEvents, path(.eventQueueDepthEvents), atLeast: 1, atMost: 1 << 24)
        try ConfigCheck.int(pipelineLatencyCycles, path(.pipelineLatencyCycles), atLeast: 0, atMost: 1_000_000)
        try ConfigCheck.int(fireNeuronsPerCycle, path(.fireNeuronsPerCycle), atLeast: 1, atMost: 65536)
        try ConfigCheck.int(synapticWordBits, path(.synapticWordBits), atLeast: 1, atMost: 4096)
        try ConfigCheck.int(neuronWordBits, path(.neuronWordBits), atLeast: 1, atMost: 4096)
    }

    private static func checkBits(_ bits: Int, _ path: String, _ range: ClosedRange<Int>) throws {
        guard !range.contains(bits) else { return }
        throw HardwareConfigError.invalidValue(
            path: path, requirement: "be between \(range.lowerBound) and \(range.upperBound) for fixed-point arithmetic",
            found: "\(bits)")
    }
}

extension CoreConfig: ConfigSection {
    static var fields: [ConfigField<CoreConfig>] {
        [.int(.neuronMemoryNeurons, \.neuronMemoryNeurons), .int(.synapticMemoryBytes, \.synapticMemoryBytes),
         .choice(.arithmetic, \.arithmetic), .int(.weightBits, \.weightBits, whenAbsent: \.arithmetic.floatBits),
         .int(.membraneBits, \.membraneBits, whenAbsent: \.arithmetic.floatBits), .int(.accumulateUnits, \.accumulateUnits),
         .int(.eventQueueDepthEvents, \.eventQueueDepthEvents), .int(.pipelineLatencyCycles, \.pipelineLatencyCycles),
         .int(.fireNeuronsPerCycle, \.fireNeuronsPerCycle), .int(.synapticWordBits, \.synapticWordBits),
         .int(.neuronWordBits, \.neuronWordBits)]
    }

    static var fallback: CoreConfig { HardwareConfig.defaults.core }

    /// Decodes the section, taking `HardwareConfig.defaults.core` for absent keys. Absent bit
    /// widths are 32 in fp32 mode and the defaults' widths in fixed point. Unknown keys, wrong
    /// types and an unknown `arithmetic` are rejected with their key path; ranges are checked by
    /// `validate`.
    public init(from decoder: any Decoder) throws {
        try self.init(reading: ConfigReader(decoder))
    }
}
