/// A description of the simulated chip: its mesh of cores, their memories and number format, the
/// network-on-chip, the encoder, DRAM, and the energy table that prices the engine's action
/// counts. Read from a versioned JSON file (`hwconfigs/*.json`, format in `hwconfigs/README.md`).
///
/// Every key except `version` may be omitted and then takes its value from
/// `HardwareConfig.defaults`; a missing section means all of its defaults, so `{"version": 1}` is
/// the built-in default chip. Decoding rejects unknown keys and wrong types with their key path,
/// then `validate()` checks every range:
///
///     let config = try HardwareConfig.load(path: "hwconfigs/loihi-like.json")
///     config.coreCount          // 128
///     print(config.jsonText())  // the effective config, every default filled in
public struct HardwareConfig: Codable, Equatable, Sendable {
    /// Format version (`version`; this neurocycle reads 1 and requires it).
    public var version: Int
    /// Short name used in reports (`name`, not empty).
    public var name: String
    /// Where the numbers come from: papers, datasheets, or "assumption: ..." (`source`).
    public var source: String
    /// The mesh and the clock (`chip`).
    public var chip: ChipConfig
    /// One core, identical across the mesh (`core`).
    public var core: CoreConfig
    /// The network-on-chip (`noc`).
    public var noc: NoCConfig
    /// Placement strategy and weight storage (`mapping`).
    public var mapping: MappingConfig
    /// The MAC array for the first, real-valued layer (`encoder`).
    public var encoder: EncoderConfig
    /// Off-chip memory (`dram`).
    public var dram: DRAMConfig
    /// Picojoules per action and leakage power (`energy`).
    public var energy: EnergyTable

    /// The format version this neurocycle reads (`version` must equal it).
    public static let supportedVersion = 1

    enum CodingKeys: String, CodingKey, CaseIterable {
        case version, name, source, chip, core, noc, mapping, encoder, dram, energy
    }

    /// Throws the first value out of its allowed range, section by section in file order
    /// (`chip`, `core`, `noc`, `encoder`, `dram`, `energy`).
    public func validate() throws {
        try validate(section: "")
        // Messages and the timestep sync are implemented by the layer-barrier schedule only:
        // refusing them with the pipelined one keeps a config from silently not counting them.
        if chip.schedule == .pipelined, noc.countMessages {
            throw HardwareConfigError.invalidValue(
                path: "noc.count_messages", requirement: "be false with chip.schedule \"pipelined\" (only the layer-barrier schedule counts messages)",
                found: "true")
        }
        if chip.schedule == .pipelined, chip.timestepSyncNanoseconds > 0 {
            throw HardwareConfigError.invalidValue(
                path: "chip.timestep_sync_ns", requirement: "be 0 with chip.schedule \"pipelined\" (only the layer-barrier schedule synchronises timesteps)",
                found: "\(chip.timestepSyncNanoseconds)")
        }
        try validateCongestion()
    }

    /// `noc.congestion: sanafe` is estimated burst by burst in the layer-barrier step, with one
    /// receive occupancy per packet and destination: the pipelined schedule, graded packets and
    /// sparse synaptic memory (whose packets occupy a core differently each) are refused with it.
    private func validateCongestion() throws {
        guard noc.congestion == .sanafe else { return }
        let conflict: String?
        if chip.schedule == .pipelined {
            conflict = #"chip.schedule "pipelined" (only the layer-barrier schedule estimates congestion)"#
        } else if noc.spikePackets == .graded {
            conflict = #"noc.spike_packets "graded" (the estimate needs one occupancy per packet and destination)"#
        } else if mapping.skipZeroWeights {
            conflict = "mapping.skip_zero_weights true (the estimate needs one occupancy per packet and destination)"
        } else {
            conflict = nil
        }
        if let conflict {
            throw HardwareConfigError.invalidValue(path: "noc.congestion", requirement: "be \"none\" with \(conflict)", found: "\"sanafe\"")
        }
    }
}

extension HardwareConfig: ConfigSection {
    static var fields: [ConfigField<HardwareConfig>] {
        [.int(.version, \.version, check: checkVersion), .string(.name, \.name, check: checkName), .string(.source, \.source),
         .section(.chip, \.chip), .section(.core, \.core), .section(.noc, \.noc), .section(.mapping, \.mapping),
         .section(.encoder, \.encoder), .section(.dram, \.dram), .section(.energy, \.energy) { try $0.validate(section: $1) }]
    }

    static var fallback: HardwareConfig { defaults }

    /// `version` is the one this neurocycle reads.
    private static func checkVersion(_ version: Int, _ path: String) throws {
        guard version == supportedVersion else { throw HardwareConfigError.unsupportedVersion(version) }
    }

    /// `name` is not empty.
    private static func checkName(_ name: String, _ path: String) throws {
        if name.isEmpty { throw HardwareConfigError.invalidValue(path: path, requirement: "not be empty", found: "\"\"") }
    }

    /// Decodes a config: the version first (so a file for another version is reported as such,
    /// not as unknown keys), then unknown keys, then each section with its defaults. Ranges are
    /// checked by `validate()`, which `decode` and `load` call.
    public init(from decoder: any Decoder) throws {
        let reader = try ConfigReader(decoder)
        guard let version = try reader.optionalInt(CodingKeys.version) else { throw HardwareConfigError.missingVersion }
        guard version == HardwareConfig.supportedVersion else { throw HardwareConfigError.unsupportedVersion(version) }
        try self.init(reading: reader)
    }

    /// Encodes `version`, `name`, `source` and every section (`fields`).
    public func encode(to encoder: any Encoder) throws { try write(to: encoder) }
}
