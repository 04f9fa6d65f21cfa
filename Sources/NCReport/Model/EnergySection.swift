/// Energy under every accounting, in millijoules per inference.
public struct EnergySection: Codable, Sendable, Equatable {
    /// The paper's estimate (the authors' `power_cal.xlsx` convention).
    public var paper: PaperEnergy
    /// Synaptic operations under each counting convention, with why they differ.
    public var conventions: [SOPConvention]
    /// The chip's full energy (chip runs only).
    public var hardware: HardwareEnergy?
    /// The ANN baseline on the same folded graph.
    public var annBaseline: ANNBaseline

    enum CodingKeys: String, CodingKey {
        case paper, conventions, hardware, annBaseline = "ann_baseline"
    }
}

/// `E_ANN = E_MAC * Σ MACs`; `E_SNN = E_MAC * MACs(encoding) + E_AC * Σ MACs * fr`.
public struct PaperEnergy: Codable, Sendable, Equatable {
    /// ANN energy, mJ.
    public var annMillijoules: Double
    /// SNN energy, mJ.
    public var snnMillijoules: Double
    /// `annMillijoules / snnMillijoules`.
    public var ratio: Double
    /// Energy per MAC used, pJ.
    public var macPicojoules: Double
    /// Energy per accumulate used, pJ.
    public var acPicojoules: Double
    /// Value-weighted SOPs (`Σ MACs * fr * T`) the SNN figure prices.
    public var sops: Double

    enum CodingKeys: String, CodingKey {
        case annMillijoules = "ann_mJ", snnMillijoules = "snn_mJ", ratio, macPicojoules = "e_mac_pJ"
        case acPicojoules = "e_ac_pJ", sops
    }
}

/// Synaptic operations as one tool counts them.
public struct SOPConvention: Codable, Sendable, Equatable {
    /// Short key (`value_weighted`, `event_exact`, `neurobench`, `syops`).
    public var name: String
    /// Operations counted.
    public var sops: Double
    /// One line on what is counted and why it differs.
    public var note: String
}

/// The chip's energy: action counts priced by the hardware config's energy table.
public struct HardwareEnergy: Codable, Sendable, Equatable {
    /// Total, mJ (equals the sum of `breakdown`).
    public var totalMillijoules: Double
    /// Component -> mJ (`accumulate`, `encoder_mac`, `synaptic_read`, `membrane_read`,
    /// `membrane_write`, `spike`, `noc`, `dram`, `leakage`, ...).
    public var breakdown: [String: Double]

    enum CodingKeys: String, CodingKey {
        case totalMillijoules = "total_mJ", breakdown
    }
}

/// The ANN baseline on the same folded graph.
public struct ANNBaseline: Codable, Sendable, Equatable {
    /// MAC energy at the configured precision, mJ.
    public var macMillijoules: Double
    /// Picojoules per MAC used.
    public var macPicojoules: Double
    /// A dense ANN on the same chip: MACs plus the memory traffic a dense layer needs, mJ
    /// (chip runs only).
    public var sameChipMillijoules: Double?
    /// SNN/ANN energy under the paper's accounting.
    public var paperRatio: Double
    /// SNN/ANN energy under the chip's accounting (chip runs only).
    public var chipRatio: Double?

    enum CodingKeys: String, CodingKey {
        case macMillijoules = "mac_mJ", macPicojoules = "e_mac_pJ", sameChipMillijoules = "same_chip_mJ"
        case paperRatio = "snn_over_ann_paper", chipRatio = "snn_over_ann_chip"
    }
}
