import NCHardware

/// Energy by component, in picojoules; the total is the sum of the parts by construction.
public struct EnergyBreakdown: Sendable, Equatable {
    /// Component name -> picojoules, in a fixed order.
    public private(set) var components: [(name: String, picojoules: Double)]

    /// The component names, in report order.
    public static let names = ["accumulate", "encoder_mac", "synaptic_read", "membrane_read", "membrane_write",
                               "spike", "noc", "dram", "pool_compare", "leakage"]

    /// All components at zero.
    public init() { components = EnergyBreakdown.names.map { ($0, 0) } }

    /// Prices `actions` with `table`, plus leakage of `cores` cores over `seconds`.
    public init(actions a: ActionCounts, table t: EnergyTable, cores: Int, seconds: Double) {
        components = [
            ("accumulate", Double(a.accumulate) * t.accumulatePicojoules),
            ("encoder_mac", Double(a.encoderMAC) * t.macPicojoules),
            ("synaptic_read", Double(a.synapticReadBits) * t.synapticReadPicojoulesPerBit),
            ("membrane_read", Double(a.membraneReadBits) * t.membraneReadPicojoulesPerBit),
            ("membrane_write", Double(a.membraneWriteBits) * t.membraneWritePicojoulesPerBit),
            ("spike", Double(a.spike) * t.spikePicojoules),
            ("noc", Double(a.flitHops) * t.nocHopPicojoulesPerFlit),
            ("dram", Double(a.dramBits) * t.dramPicojoulesPerBit),
            ("pool_compare", Double(a.poolCompare) * t.poolComparePicojoules),
            // mW x s = mJ = 1e9 pJ.
            ("leakage", t.leakageMilliwattsPerCore * Double(cores) * seconds * 1e9),
        ]
    }

    /// Sum of the components, pJ.
    public var totalPicojoules: Double { components.reduce(0) { $0 + $1.picojoules } }

    /// Component -> millijoules.
    public var millijoules: [String: Double] {
        Dictionary(uniqueKeysWithValues: components.map { ($0.name, $0.picojoules * 1e-9) })
    }

    /// Adds `other` component-wise.
    public mutating func add(_ other: EnergyBreakdown) {
        for i in components.indices { components[i].picojoules += other.components[i].picojoules }
    }

    /// Same components with the same energies.
    public static func == (a: EnergyBreakdown, b: EnergyBreakdown) -> Bool {
        a.components.map(\.name) == b.components.map(\.name) && a.components.map(\.picojoules) == b.components.map(\.picojoules)
    }
}
