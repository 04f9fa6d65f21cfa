import NCHardware

/// Energy by component, in picojoules; the total is the sum of the parts by construction.
public struct EnergyBreakdown: Sendable, Equatable {
    /// Component name -> picojoules, in a fixed order.
    public private(set) var components: [(name: String, picojoules: Double)]

    /// The component names every breakdown lists, in report order: one per `Action` that is
    /// `listedWhenZero` (its `energyKey`), then leakage. Other actions join when they cost energy.
    public static let names = Action.allCases.filter(\.listedWhenZero).map(\.energyKey) + ["leakage"]

    /// All components at zero.
    public init() { components = EnergyBreakdown.names.map { ($0, 0) } }

    /// Prices `actions` with `table`, plus leakage of `leakageMilliwatts` over `seconds`.
    public init(actions: ActionCounts, table: EnergyTable, leakageMilliwatts: Double, seconds: Double) {
        components = Action.allCases.filter { $0.listedWhenZero || Double(actions[$0]) * table[$0] != 0 }
            .map { ($0.energyKey, Double(actions[$0]) * table[$0]) }
        // mW x s = mJ = 1e9 pJ.
        components.append(("leakage", leakageMilliwatts * seconds * 1e9))
    }

    /// Prices `actions` with `table`, plus leakage of `cores` cores at `leakage_mw_per_core` over `seconds`.
    public init(actions: ActionCounts, table: EnergyTable, cores: Int, seconds: Double) {
        self.init(actions: actions, table: table, leakageMilliwatts: table.leakageMilliwattsPerCore * Double(cores), seconds: seconds)
    }

    /// Sum of the components, pJ.
    public var totalPicojoules: Double { components.reduce(0) { $0 + $1.picojoules } }

    /// Component -> millijoules.
    public var millijoules: [String: Double] {
        Dictionary(uniqueKeysWithValues: components.map { ($0.name, $0.picojoules * 1e-9) })
    }

    /// Adds `other` component-wise.
    public mutating func add(_ other: EnergyBreakdown) {
        for c in other.components {
            if let i = components.firstIndex(where: { $0.name == c.name }) {
                components[i].picojoules += c.picojoules
            } else {
                // An action listed only when it costs energy: in `Action` order, before leakage.
                let order = EnergyBreakdown.order
                let rank = order[c.name] ?? order.count
                let at = components.firstIndex { (order[$0.name] ?? order.count) > rank } ?? components.count
                components.insert(c, at: at)
            }
        }
    }

    /// Every component's rank in report order.
    static let order: [String: Int] = Dictionary(uniqueKeysWithValues: (Action.allCases.map(\.energyKey) + ["leakage"]).enumerated().map { ($1, $0) })

    /// Same components with the same energies.
    public static func == (a: EnergyBreakdown, b: EnergyBreakdown) -> Bool {
        a.components.map(\.name) == b.components.map(\.name) && a.components.map(\.picojoules) == b.components.map(\.picojoules)
    }
}
