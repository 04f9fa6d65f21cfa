/// The chip as a whole: a `meshWidthCores` x `meshHeightCores` mesh of identical cores on one
/// clock, the schedule its layers run in, and whether idle cores are switched off.
///
/// JSON section `chip`; every key may be omitted (see `HardwareConfig.defaults`).
public struct ChipConfig: Codable, Equatable, Sendable {
    /// How layers share time on the chip (`schedule`). The engine's implementations are
    /// `PipelinedSchedule` and `LayerBarrierSchedule` (docs/hardware-model.md).
    public enum Schedule: String, Codable, Sendable, CaseIterable {
        /// Dataflow: every layer works as soon as the input rows it needs are integrated; layers
        /// and timesteps overlap and their events contend for links, queues and cores.
        case pipelined
        /// One layer after another, with a barrier per layer and timestep (neurocycle before
        /// issue #11; its cycle counts are kept exactly).
        case layerBarrier = "layer-barrier"
    }

    /// Columns of the core mesh, in cores (`mesh_width`, 1...256). Core `id` sits at column
    /// `id % meshWidthCores`.
    public var meshWidthCores: Int
    /// Rows of the core mesh, in cores (`mesh_height`, 1...256). Core `id` sits at row
    /// `id / meshWidthCores`.
    public var meshHeightCores: Int
    /// Clock frequency in hertz (`clock_hz`, positive, at most 1e12). Every latency in the
    /// config is in cycles of this clock.
    public var clockHz: Double
    /// The schedule (`schedule`: `"pipelined"` or `"layer-barrier"`).
    public var schedule: Schedule
    /// Cores that hold no tile are switched off and leak nothing (`power_gating`).
    public var powerGating: Bool
    /// What the `spike` action counts (`spike_energy`, default `packet`).
    public enum SpikeEnergy: String, Codable, Sendable, CaseIterable {
        /// One per spike packet sent (binary event, or graded packet).
        case packet
        /// One per neuron that fires in a fire phase (SANA-FE's `energy_spike_out`); populations
        /// of given spikes (no convolution writes their neurons: a layer workload's inputs) are
        /// stimuli, their fire phases cost neither energy nor time.
        case firedNeuron = "fired-neuron"
    }
    /// What the `spike` action counts (`spike_energy`).
    public var spikeEnergy = SpikeEnergy.packet
    /// Synchronisation at the end of every timestep, nanoseconds (`timestep_sync_ns`, 0...1e9,
    /// default 0; rounded up to whole cycles): SANA-FE's `latency_sync`. Layer-barrier schedule only.
    public var timestepSyncNanoseconds = 0.0

    /// Cycles of the per-timestep synchronisation.
    public var timestepSyncCycles: Int { Cycles.ceiling(timestepSyncNanoseconds * 1e-9 * clockHz) }

    /// The largest mesh side, in cores.
    public static let maximumMeshSideCores = 256
    /// The largest clock frequency accepted, in hertz (a guard against unit mistakes).
    public static let maximumClockHz = 1e12

    enum CodingKeys: String, CodingKey, CaseIterable {
        case meshWidthCores = "mesh_width", meshHeightCores = "mesh_height", clockHz = "clock_hz", schedule
        case powerGating = "power_gating", spikeEnergy = "spike_energy", timestepSyncNanoseconds = "timestep_sync_ns"
    }
}

extension ChipConfig: ConfigSection {
    static var fields: [ConfigField<ChipConfig>] {
        [.int(.meshWidthCores, \.meshWidthCores, in: 1...maximumMeshSideCores),
         .int(.meshHeightCores, \.meshHeightCores, in: 1...maximumMeshSideCores),
         .double(.clockHz, \.clockHz, in: 1...maximumClockHz), .choice(.schedule, \.schedule), .bool(.powerGating, \.powerGating),
         .choice(.spikeEnergy, \.spikeEnergy, omittedAtDefault: true),
         .double(.timestepSyncNanoseconds, \.timestepSyncNanoseconds, in: 0...1e9, omittedAtDefault: true)]
    }

    static var fallback: ChipConfig { HardwareConfig.defaults.chip }

    /// Decodes the section, taking `HardwareConfig.defaults.chip` for absent keys and rejecting
    /// unknown keys, wrong types and unknown schedules with their key path. Ranges are checked
    /// by `validate`.
    public init(from decoder: any Decoder) throws {
        try self.init(reading: ConfigReader(decoder))
    }

    /// Encodes every key, the SANA-FE accounting keys only when they differ from their defaults.
    public func encode(to encoder: any Encoder) throws { try write(to: encoder) }
}
