/// Energy per action, in picojoules (and leakage power in milliwatts): the engine counts actions,
/// this table prices them, `energy = Σ count × price` (the Timeloop/Accelergy split). Every entry
/// is finite, at least 0 and at most `maximumEntry`; an entry of 0 leaves that action out of the
/// total.
///
/// JSON section `energy`: one `<action>_pj…` key per `Action` (`Action.priceKey`) plus
/// `leakage_mw_per_core`. Every key may be omitted (see `HardwareConfig.defaults`); an omitted
/// price of an action with a `defaultPrice` (`pool_compare_pj`) equals that action's price.
public struct EnergyTable: Codable, Equatable, Sendable {
    /// Picojoules per action, indexed by `Action.rawValue`.
    private var prices = SIMD16<Double>()
    /// Static power of one core, mW (`leakage_mw_per_core`); leakage energy is this × cores × latency.
    public var leakageMilliwattsPerCore: Double
    /// Static power per KiB of a core's configured memory (neuron memory at its membrane width
    /// plus synaptic memory), mW (`leakage_mw_per_kib`), added to `leakageMilliwattsPerCore`.
    public var leakageMilliwattsPerKiB: Double

    /// Picojoules per `action`.
    public subscript(_ action: Action) -> Double {
        get { prices[action.rawValue] }
        set { prices[action.rawValue] = newValue }
    }

    /// A table with the price of every action (missing ones cost 0) and the leakage power.
    public init(prices: [Action: Double], leakageMilliwattsPerCore: Double, leakageMilliwattsPerKiB: Double = 0) {
        self.leakageMilliwattsPerCore = leakageMilliwattsPerCore
        self.leakageMilliwattsPerKiB = leakageMilliwattsPerKiB
        for (a, p) in prices { self[a] = p }
    }

    static let leakageKey = "leakage_mw_per_core"
    static let leakagePerKiBKey = "leakage_mw_per_kib"

    /// Every JSON key of the section: the action prices in `Action` order, then leakage.
    static var keys: [String] { Action.allCases.map(\.priceKey) + [leakageKey, leakagePerKiBKey] }

    /// Decodes the section, taking `HardwareConfig.defaults.energy` for absent keys (and the price
    /// of an action's `defaultPrice` where it has one), rejecting unknown keys and wrong types with
    /// their key path. Ranges are checked by `validate`.
    public init(from decoder: any Decoder) throws {
        let reader = try ConfigReader(decoder)
        try reader.rejectUnknownKeys(EnergyTable.keys)
        let fallback = HardwareConfig.defaults.energy
        leakageMilliwattsPerCore = try reader.double(AnyConfigKey(EnergyTable.leakageKey), default: fallback.leakageMilliwattsPerCore)
        leakageMilliwattsPerKiB = try reader.double(AnyConfigKey(EnergyTable.leakagePerKiBKey),
                                                    default: fallback.leakageMilliwattsPerKiB)
        for a in Action.allCases where a.defaultPrice == nil {
            self[a] = try reader.double(AnyConfigKey(a.priceKey), default: fallback[a])
        }
        for a in Action.allCases {
            if let other = a.defaultPrice { self[a] = try reader.double(AnyConfigKey(a.priceKey), default: self[other]) }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyConfigKey.self)
        for entry in entries { try c.encode(entry.value, forKey: AnyConfigKey(entry.key)) }
    }

    /// Every entry with its JSON key, in `Action` order then leakage (for reports and checks);
    /// an action not `listedWhenZero` only when its price is not 0.
    public var entries: [(key: String, value: Double)] {
        Action.allCases.filter { $0.listedWhenZero || self[$0] != 0 }.map { ($0.priceKey, self[$0]) }
            + [(EnergyTable.leakageKey, leakageMilliwattsPerCore), (EnergyTable.leakagePerKiBKey, leakageMilliwattsPerKiB)]
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
