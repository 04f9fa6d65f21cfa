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

    /// `weight_bits` or `membrane_bits`: the float width (or absent) in floating point, within
    /// `fixedRange` in fixed point, where membranes are also at least as wide as weights.
    private static func bits(_ key: CodingKeys, _ property: WritableKeyPath<CoreConfig, Int>,
                             fixedRange range: ClosedRange<Int>) -> ConfigField<CoreConfig> {
        .int(key, property, whenAbsent: \.arithmetic.floatBits) { core, path in
            let bits = core[keyPath: property]
            if let float = core.arithmetic.floatBits {
                guard bits != float else { return }
                throw HardwareConfigError.invalidValue(
                    path: path(key), requirement: "be \(float) or absent when \(path(.arithmetic)) is \"\(core.arithmetic.rawValue)\"",
                    found: "\(bits)")
            }
            if !range.contains(bits) {
                throw HardwareConfigError.invalidValue(
                    path: path(key), requirement: "be between \(range.lowerBound) and \(range.upperBound) for fixed-point arithmetic",
                    found: "\(bits)")
            }
            if key == .membraneBits, bits < core.weightBits {
                throw HardwareConfigError.invalidValue(
                    path: path(key), requirement: "be at least \(path(.weightBits)) = \(core.weightBits)", found: "\(bits)")
            }
        }
    }
}

extension CoreConfig: ConfigSection {
    static var fields: [ConfigField<CoreConfig>] {
        [.int(.neuronMemoryNeurons, \.neuronMemoryNeurons) { try ConfigCheck.positive($0, $1, atMost: 1 << 32) },
         .int(.synapticMemoryBytes, \.synapticMemoryBytes) { try ConfigCheck.positive($0, $1, atMost: 1 << 40) },
         .choice(.arithmetic, \.arithmetic), bits(.weightBits, \.weightBits, fixedRange: fixedWeightBitsRange),
         bits(.membraneBits, \.membraneBits, fixedRange: fixedMembraneBitsRange),
         .int(.accumulateUnits, \.accumulateUnits, in: 1...65536), .int(.eventQueueDepthEvents, \.eventQueueDepthEvents, in: 1...(1 << 24)),
         .int(.pipelineLatencyCycles, \.pipelineLatencyCycles, in: 0...1_000_000),
         .int(.fireNeuronsPerCycle, \.fireNeuronsPerCycle, in: 1...65536), .int(.synapticWordBits, \.synapticWordBits, in: 1...4096),
         .int(.neuronWordBits, \.neuronWordBits, in: 1...4096)]
    }

    static var fallback: CoreConfig { HardwareConfig.defaults.core }

    /// Decodes the section, taking `HardwareConfig.defaults.core` for absent keys. Absent bit
    /// widths are 32 in fp32 mode and the defaults' widths in fixed point. Unknown keys, wrong
    /// types and an unknown `arithmetic` are rejected with their key path; ranges are checked by
    /// `validate`.
    public init(from decoder: any Decoder) throws {
        try self.init(reading: ConfigReader(decoder))
    }

    /// Encodes every key, through `fields`.
    public func encode(to encoder: any Encoder) throws { try write(to: encoder) }
}
