import NCSimulation

/// A hardware sweep (`neurocycle sweep`, or `merge` of its parts): every point's varied values,
/// its exact replay's cycles, latency and energy, and its full replay report (`breakdown`), with
/// the Pareto front of energy against latency. JSON keys are part of the public interface.
public struct SweepReport: Codable, Sendable, Equatable {
    /// Version of this JSON layout.
    public var schemaVersion: Int = Report.currentSchemaVersion
    /// `sweep`.
    public var command = "sweep"
    /// The traces replayed, as given.
    public var traces: [String]
    /// The base configs (`--hw`), as given.
    public var hardware: [String]
    /// The varied keys and their values.
    public var axes: [SweepAxis]
    /// Whether the values were paired (`--zip`) rather than crossed.
    public var zip: Bool
    /// Every point, in plan order.
    public var points: [SweepPointRow]
    /// Indices (into `points`) of the Pareto front of each trace, fastest first.
    public var pareto: [Int]
    /// Facts about how the numbers were made.
    public var notes: [String]

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", command, traces, hardware = "hw", axes, zip, points, pareto, notes
    }

    /// A report.
    public init(traces: [String], hardware: [String], axes: [SweepAxis], zip: Bool, points: [SweepPointRow], pareto: [Int],
                notes: [String]) {
        self.traces = traces
        self.hardware = hardware
        self.axes = axes
        self.zip = zip
        self.points = points
        self.pareto = pareto
        self.notes = notes
    }
}

/// One point of a sweep.
public struct SweepPointRow: Codable, Sendable, Equatable {
    /// Position in the sweep.
    public var index: Int
    /// The trace (as given) and the base config (`--hw` as given).
    public var trace: String, hardware: String
    /// `{key path: value}` of the varied keys.
    public var values: [String: SweepValue]
    /// Whether the network mapped onto the chip; `reason` says why not.
    public var mapped: Bool
    /// Why the point did not map.
    public var reason: String?
    /// Cycles, latency (s) and chip energy (mJ) of the inference (mapped points).
    public var cycles: Int?, latencySeconds: Double?, energyMillijoules: Double?
    /// Chip energy by component, mJ.
    public var energyComponents: [String: Double]?
    /// Mean core utilisation and the fullest event queue (events).
    public var utilisation: Double?, peakQueue: Int?
    /// `resident` or `streamed`.
    public var mappingMode: String?
    /// Area proxy: SRAM bits of the chip (synaptic and neuron memory of every core).
    public var sramBits: Int
    /// Whether the point is on its trace's Pareto front.
    public var pareto: Bool
    /// The point's `replay` report, without the per-population spikes (`neurons`), which are the
    /// trace's and the same at every point.
    public var breakdown: Report?

    enum CodingKeys: String, CodingKey {
        case index, trace, hardware = "hw", values, mapped, reason, cycles, latencySeconds = "latency_s", energyMillijoules = "energy_mJ"
        case energyComponents = "energy_by_component_mJ", utilisation, peakQueue = "peak_queue", mappingMode = "mapping_mode"
        case sramBits = "sram_bits", pareto, breakdown
    }

    /// `key=value` of every varied key, in `axes` order, with the base config when there are several.
    public func label(axes: [SweepAxis], hardwareCount: Int) -> String {
        var parts = axes.map { "\($0.path)=\(values[$0.path].map(String.init(describing:)) ?? "")" }
        if hardwareCount > 1 || parts.isEmpty { parts.insert(hardware, at: 0) }
        return parts.joined(separator: " ")
    }
}
