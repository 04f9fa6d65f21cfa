import NCEnergy
import NCHardware
import NCModel

/// The same spikes on the same chip with binary and with graded spike packets
/// (`--compare-packets`): traffic, queueing, latency and energy side by side.
public struct PacketComparison: Sendable, Equatable {
    /// One packet model's run; a row of a report's packet comparison, whose JSON keys are its
    /// `CodingKeys`.
    public struct Run: Sendable, Equatable, Codable {
        /// `binary`, `graded (repeat)` or `graded (shift_add)`.
        public var model: String
        /// Packets injected, flits injected, flit-hops.
        public var packets: Int, flits: Int, flitHops: Int
        /// Mean cycles a delivered packet waited at its core (nil without packets).
        public var meanQueueWaitCycles: Double?
        /// Most packets waiting at one core at once.
        public var queueHighWater: Int
        /// Accumulator additions (`accumulate` actions).
        public var accumulates: Int
        /// Total cycles and latency.
        public var cycles: Int, latencySeconds: Double
        /// The chip's energy, mJ, and by component.
        public var millijoules: Double, breakdown: [String: Double]

        enum CodingKeys: String, CodingKey {
            case model, packets, flits, flitHops = "flit_hops", meanQueueWaitCycles = "mean_queue_wait_cycles"
            case queueHighWater = "queue_high_water", accumulates, cycles, latencySeconds = "latency_s"
            case millijoules = "energy_mJ", breakdown = "breakdown_mJ"
        }
    }

    /// Binary first, then graded (with the config's `graded_accumulate`).
    public var runs: [Run]

    /// The runs of `results` (each priced with its own config's table).
    init(_ results: [SimulationResult], topology: NetworkTopology) {
        runs = results.map { r in
            let energy = ChipEnergy(r, topology: topology, table: r.config.energy)
            let t = r.timing
            return Run(model: SpikePacketsLabel.of(r.config.noc), packets: t.packets, flits: t.flits, flitHops: t.flitHops,
                       meanQueueWaitCycles: t.meanQueueWaitCycles, queueHighWater: t.cores.map(\.queueHighWater).max() ?? 0,
                       accumulates: t.actions[.accumulate], cycles: t.cycles, latencySeconds: r.latencySeconds,
                       millijoules: energy.total.totalPicojoules * 1e-9, breakdown: energy.total.millijoules)
        }
    }

    /// `config` with binary and with graded packets, in that order.
    static func configs(_ config: HardwareConfig) -> [HardwareConfig] {
        [NoCConfig.SpikePacketKind.binary, .graded].map { kind in
            var c = config
            c.noc.spikePackets = kind
            return c
        }
    }
}

/// How reports name a spike-packet model.
enum SpikePacketsLabel {
    /// `binary`, `graded (repeat)` or `graded (shift_add)`.
    static func of(_ noc: NoCConfig) -> String {
        noc.spikePackets == .binary ? "binary" : "graded (\(noc.gradedAccumulate.rawValue))"
    }
}
