import NCHardware
import NCModel

/// What one point of a sweep measured: its exact replay's cycles, latency and energy with the
/// figures a design comparison needs, or, for a point whose network does not fit the chip, why.
/// `breakdown` carries the point's full replay report (JSON text the caller produces), so the
/// sweep keeps everything `replay` would have reported.
public struct SweepMeasurement: Codable, Equatable, Sendable {
    /// Position in the sweep's plan.
    public var index: Int
    /// The trace replayed (as given).
    public var trace: String
    /// The base config (`--hw` as given).
    public var hardware: String
    /// `{key path: value}` of the varied keys.
    public var values: [String: SweepValue]
    /// Whether the network could be placed on the chip (false: `reason` says why).
    public var mapped: Bool
    /// Why the point did not map.
    public var reason: String?
    /// Total cycles of the inference.
    public var cycles: Int?
    /// Latency, seconds.
    public var latencySeconds: Double?
    /// The chip's energy per inference, mJ.
    public var energyMillijoules: Double?
    /// The same energy by component (`accumulate`, `synaptic_read`, ..., `leakage`), mJ.
    public var energyComponents: [String: Double]?
    /// Mean utilisation of the cores (busy cycles over all cycles, averaged over every core).
    public var utilisation: Double?
    /// The fullest any core's event queue got, events.
    public var peakQueue: Int?
    /// `resident` or `streamed`.
    public var mappingMode: String?
    /// Area proxy: the SRAM bits of the chip (every core's synaptic memory plus its neuron
    /// memory at the membrane width), known whether or not the point maps.
    public var sramBits: Int
    /// The point's replay report as JSON text (the caller's renderer), nil when unmapped.
    public var breakdown: String?

    enum CodingKeys: String, CodingKey {
        case index, trace, hardware = "hw", values, mapped, reason, cycles, latencySeconds = "latency_s"
        case energyMillijoules = "energy_mJ", energyComponents = "energy_by_component_mJ", utilisation
        case peakQueue = "peak_queue", mappingMode = "mapping_mode", sramBits = "sram_bits", breakdown
    }

    /// A mapped point from its replay's outcome.
    public init(_ plan: SweepPlan, _ point: SweepPlan.Point, outcome: Outcome, breakdown: String?) {
        self.init(plan, point)
        guard let chip = outcome.chip else { return }
        let t = chip.result.timing
        mapped = true
        cycles = t.cycles
        latencySeconds = chip.result.latencySeconds
        energyMillijoules = chip.energy.total.totalPicojoules * 1e-9
        energyComponents = chip.energy.total.millijoules
        utilisation = t.cores.isEmpty ? 0 : t.cores.reduce(0) { $0 + t.utilisation(of: $1) } / Double(t.cores.count)
        peakQueue = t.cores.map(\.queueHighWater).max() ?? 0
        mappingMode = t.mappingMode.rawValue
        self.breakdown = breakdown
    }

    /// A point whose network does not map onto its chip.
    public init(_ plan: SweepPlan, _ point: SweepPlan.Point, unmapped reason: String) {
        self.init(plan, point)
        self.reason = reason
    }

    private init(_ plan: SweepPlan, _ point: SweepPlan.Point) {
        index = point.index
        trace = plan.traces[point.trace].name
        hardware = plan.bases[point.base].name
        values = plan.values(of: point)
        mapped = false
        sramBits = Self.sramBits(point.config)
    }

    /// Synaptic plus neuron memory of every core, bits. Within a validated config's ranges
    /// (≤ 2^40 bytes and 2^32 neurons of ≤ 64 bits per core, ≤ 256 × 256 cores) this is below
    /// 2^60, so the products cannot overflow.
    public static func sramBits(_ config: HardwareConfig) -> Int {
        (config.core.synapticMemoryBytes * 8 + config.core.neuronMemoryNeurons * config.membraneBitsEffective) * config.coreCount
    }
}
