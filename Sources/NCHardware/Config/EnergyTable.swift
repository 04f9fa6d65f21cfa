/// Energy per action, in picojoules (and leakage power in milliwatts): the engine counts actions,
/// this table prices them, `energy = Σ count × price` (the Timeloop/Accelergy split). Every entry
/// is finite, at least 0 and at most `maximumEntry`; an entry of 0 leaves that action out of the
/// total.
///
/// JSON section `energy`; every key may be omitted (see `HardwareConfig.defaults`), and an omitted
/// `pool_compare_pj` equals this section's `accumulate_pj`.
public struct EnergyTable: Codable, Equatable, Sendable {
    /// One accumulate (add a weight into a membrane) at the core's weight/membrane width, pJ (`accumulate_pj`).
    public var accumulatePicojoules: Double
    /// One multiply-accumulate of the encoder array, pJ (`mac_pj`).
    public var macPicojoules: Double
    /// Reading one bit of synaptic memory, pJ (`synaptic_read_pj_per_bit`); a synaptic operation
    /// reads `weightBitsEffective` bits.
    public var synapticReadPicojoulesPerBit: Double
    /// Reading one bit of neuron (membrane) memory, pJ (`membrane_read_pj_per_bit`); a synaptic
    /// operation reads `membraneBitsEffective` bits.
    public var membraneReadPicojoulesPerBit: Double
    /// Writing one bit of neuron (membrane) memory, pJ (`membrane_write_pj_per_bit`); a synaptic
    /// operation writes `membraneBitsEffective` bits.
    public var membraneWritePicojoulesPerBit: Double
    /// Emitting one spike event (forming its packet at the source core), pJ (`spike_pj`).
    public var spikePicojoules: Double
    /// One flit crossing one router and link, pJ (`noc_hop_pj_per_flit`).
    public var nocHopPicojoulesPerFlit: Double
    /// Moving one bit to or from DRAM, pJ (`dram_pj_per_bit`).
    public var dramPicojoulesPerBit: Double
    /// Static power of one core, mW (`leakage_mw_per_core`); leakage energy is this × cores × latency.
    public var leakageMilliwattsPerCore: Double
    /// One comparison of the spike max-pool, pJ (`pool_compare_pj`; equals `accumulate_pj` when omitted).
    public var poolComparePicojoules: Double

    /// An energy table with every value given.
    public init(accumulatePicojoules: Double, macPicojoules: Double, synapticReadPicojoulesPerBit: Double,
                membraneReadPicojoulesPerBit: Double, membraneWritePicojoulesPerBit: Double, spikePicojoules: Double,
                nocHopPicojoulesPerFlit: Double, dramPicojoulesPerBit: Double, leakageMilliwattsPerCore: Double,
                poolComparePicojoules: Double) {
        self.accumulatePicojoules = accumulatePicojoules
        self.macPicojoules = macPicojoules
        self.synapticReadPicojoulesPerBit = synapticReadPicojoulesPerBit
        self.membraneReadPicojoulesPerBit = membraneReadPicojoulesPerBit
        self.membraneWritePicojoulesPerBit = membraneWritePicojoulesPerBit
        self.spikePicojoules = spikePicojoules
        self.nocHopPicojoulesPerFlit = nocHopPicojoulesPerFlit
        self.dramPicojoulesPerBit = dramPicojoulesPerBit
        self.leakageMilliwattsPerCore = leakageMilliwattsPerCore
        self.poolComparePicojoules = poolComparePicojoules
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case accumulatePicojoules = "accumulate_pj", macPicojoules = "mac_pj"
        case synapticReadPicojoulesPerBit = "synaptic_read_pj_per_bit"
        case membraneReadPicojoulesPerBit = "membrane_read_pj_per_bit"
        case membraneWritePicojoulesPerBit = "membrane_write_pj_per_bit"
        case spikePicojoules = "spike_pj", nocHopPicojoulesPerFlit = "noc_hop_pj_per_flit"
        case dramPicojoulesPerBit = "dram_pj_per_bit", leakageMilliwattsPerCore = "leakage_mw_per_core"
        case poolComparePicojoules = "pool_compare_pj"
    }

    /// Decodes the section, taking `HardwareConfig.defaults.energy` for absent keys (and this
    /// section's accumulate energy for an absent `pool_compare_pj`), rejecting unknown keys and
    /// wrong types with their key path. Ranges are checked by `validate`.
    public init(from decoder: any Decoder) throws {
        let reader = try ConfigReader(decoder)
        try reader.rejectUnknownKeys(CodingKeys.self)
        let fallback = HardwareConfig.defaults.energy
        func read(_ key: CodingKeys, _ value: Double) throws -> Double { try reader.double(key, default: value) }
        accumulatePicojoules = try read(.accumulatePicojoules, fallback.accumulatePicojoules)
        macPicojoules = try read(.macPicojoules, fallback.macPicojoules)
        synapticReadPicojoulesPerBit = try read(.synapticReadPicojoulesPerBit, fallback.synapticReadPicojoulesPerBit)
        membraneReadPicojoulesPerBit = try read(.membraneReadPicojoulesPerBit, fallback.membraneReadPicojoulesPerBit)
        membraneWritePicojoulesPerBit = try read(.membraneWritePicojoulesPerBit, fallback.membraneWritePicojoulesPerBit)
        spikePicojoules = try read(.spikePicojoules, fallback.spikePicojoules)
        nocHopPicojoulesPerFlit = try read(.nocHopPicojoulesPerFlit, fallback.nocHopPicojoulesPerFlit)
        dramPicojoulesPerBit = try read(.dramPicojoulesPerBit, fallback.dramPicojoulesPerBit)
        leakageMilliwattsPerCore = try read(.leakageMilliwattsPerCore, fallback.leakageMilliwattsPerCore)
        poolComparePicojoules = try read(.poolComparePicojoules, accumulatePicojoules)
    }

    /// Every entry with its JSON key, in declaration order (for reports and checks).
    public var entries: [(key: String, value: Double)] {
        [(CodingKeys.accumulatePicojoules, accumulatePicojoules), (.macPicojoules, macPicojoules),
         (.synapticReadPicojoulesPerBit, synapticReadPicojoulesPerBit),
         (.membraneReadPicojoulesPerBit, membraneReadPicojoulesPerBit),
         (.membraneWritePicojoulesPerBit, membraneWritePicojoulesPerBit), (.spikePicojoules, spikePicojoules),
         (.nocHopPicojoulesPerFlit, nocHopPicojoulesPerFlit), (.dramPicojoulesPerBit, dramPicojoulesPerBit),
         (.leakageMilliwattsPerCore, leakageMilliwattsPerCore), (.poolComparePicojoules, poolComparePicojoules)]
            .map { (key: $0.0.rawValue, value: $0.1) }
    }

    /// The largest price of one action (pJ) or of one core's leakage (mW). Far above any real
    /// chip, yet small enough that every total (at most 2^63 actions of each kind, or ~10^15 s of
    /// leakage on 65,536 cores) stays a finite number: a report never shows an infinite energy.
    public static let maximumEntry = 1e6

    /// Throws the first entry that is negative, not finite or above `maximumEntry`; `section` is
    /// the key path of this section.
    func validate(section: String) throws {
        for entry in entries {
            try ConfigCheck.range(entry.value, "\(section).\(entry.key)", atLeast: 0, atMost: Self.maximumEntry)
        }
    }
}
