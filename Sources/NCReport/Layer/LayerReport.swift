import NCEnergy
import NCHardware
import NCModel
import NCSimulation

/// The report of `neurocycle layer`: SANA-FE-comparable totals and per-timestep rows at the top
/// level (the keys scripts read: `output_spikes`, `synaptic_events`, `messages`, `hops`,
/// `neurons_updated`, `neurons_fired`, `latency_s`, `energy_j`, `timesteps`), and the chip's own
/// cycles and energy by component under `chip`. The details' fields read through (`report.chip`).
@dynamicMemberLookup
public struct LayerReport: Codable, Sendable, Equatable {
    /// Counts and energies of one SANA-FE timestep, or of the whole run.
    public struct Figures: Codable, Sendable, Equatable {
        /// SANA-FE timestep (1 … T + 1); nil for totals.
        public var timestep: Int?
        /// Input spikes emitted.
        public var inputSpikes: Int
        /// Output spikes.
        public var outputSpikes: Int
        /// Synapses looked up, zero weights included.
        public var synapticEvents: Int
        /// One per spiking input neuron and destination core.
        public var messages: Int
        /// Tile hops (east-west + north-south).
        public var hops: Int
        /// Neurons updated and fired, input and output.
        public var neuronsUpdated: Int, neuronsFired: Int
        /// SANA-FE's `simple` timing model, seconds.
        public var latencyS: Double
        /// Joules by component.
        public var energyJ: Energy

        enum CodingKeys: String, CodingKey {
            case timestep, inputSpikes = "input_spikes", outputSpikes = "output_spikes", synapticEvents = "synaptic_events", messages, hops
            case neuronsUpdated = "neurons_updated", neuronsFired = "neurons_fired", latencyS = "latency_s", energyJ = "energy_j"
        }

        init(_ c: LayerStepCounts, timestep: Int?) {
            self.timestep = timestep
            inputSpikes = c.inputSpikes
            outputSpikes = c.outputSpikes
            synapticEvents = c.synapticEvents
            messages = c.messages
            hops = c.hops
            neuronsUpdated = c.neuronsUpdated
            neuronsFired = c.neuronsFired
            latencyS = c.nanoseconds * 1e-9
            energyJ = Energy(synapse: c.synapsePicojoules * 1e-12, soma: c.somaPicojoules * 1e-12,
                             network: c.networkPicojoules * 1e-12, total: c.totalPicojoules * 1e-12)
        }
    }

    /// Joules by SANA-FE component.
    public struct Energy: Codable, Sendable, Equatable {
        /// Synaptic events.
        public var synapse: Double
        /// Neuron accesses, updates and spikes.
        public var soma: Double
        /// Messages and hops.
        public var network: Double
        /// The sum.
        public var total: Double
    }

    /// The chip's own model of the same spikes.
    public struct Chip: Codable, Sendable, Equatable {
        /// The hardware config.
        public var hardware: String
        /// Cycles and seconds.
        public var cycles: Int, latencyS: Double
        /// Joules by component (`energy.hardware.breakdown` keys) and in total.
        public var energyJ: [String: Double], totalJ: Double

        enum CodingKeys: String, CodingKey {
            case hardware, cycles, latencyS = "latency_s", energyJ = "energy_j", totalJ = "total_j"
        }
    }

    /// Everything but the totals: the workload, the neuron, per-timestep rows, tiles, the chip.
    public struct Details: Codable, Sendable, Equatable {
        /// Workload shape: `T, C_in, H, W → C_out, H_out, W_out`, kernel, stride, padding, groups.
        public var workload: String
        /// The neuron: threshold, comparison, reset, leak.
        public var neuron: String
        /// Per SANA-FE timestep.
        public var timesteps: [Figures]
        /// Tiles holding neurons.
        public var mappedTiles: Int
        /// The chip engine's numbers.
        public var chip: Chip

        enum CodingKeys: String, CodingKey {
            case workload, neuron, timesteps, mappedTiles = "mapped_tiles", chip
        }
    }

    /// Totals over all SANA-FE timesteps.
    public var totals: Figures
    /// The rest of the report.
    public var details: Details

    /// The report of `outcome`.
    public init(_ outcome: LayerOutcome) {
        let w = outcome.run.workload, n = w.neuron
        totals = Figures(outcome.accounting.total, timestep: nil)
        let e = outcome.chip.energy.total
        details = Details(
            workload: "T \(w.timesteps), \(w.inChannels)x\(w.height)x\(w.width) -> \(w.outChannels)x\(w.outHeight)x\(w.outWidth), "
                + "kernel \(w.kernel), stride \(w.stride), padding \(w.padding), groups \(w.groups)",
            neuron: "integrate-and-fire, fire on v \(n.firesAtThreshold ? ">=" : ">") \(n.threshold), "
                + "\(n.reset == .zero ? "reset to 0" : "subtract threshold"), leak \(n.leak)",
            timesteps: outcome.accounting.timesteps.enumerated().map { Figures($1, timestep: $0 + 1) },
            mappedTiles: outcome.accounting.mappedTiles,
            chip: Chip(hardware: outcome.chip.config.name, cycles: outcome.chip.result.timing.cycles,
                       latencyS: outcome.chip.result.latencySeconds,
                       energyJ: Dictionary(uniqueKeysWithValues: e.components.map { ($0.name, $0.picojoules * 1e-12) }),
                       totalJ: e.totalPicojoules * 1e-12))
    }

    /// A field of the details.
    public subscript<Value>(dynamicMember field: KeyPath<Details, Value>) -> Value { details[keyPath: field] }

    /// The totals' keys at the top level beside `workload`, `neuron`, `timesteps`, `chip`.
    public func encode(to encoder: any Encoder) throws { try encoder.encode(sideBySide: totals, details) }

    /// Reads what `encode(to:)` writes.
    public init(from decoder: any Decoder) throws {
        totals = try Figures(from: decoder)
        details = try Details(from: decoder)
    }

    /// Pretty, key-sorted JSON.
    public func jsonText() throws -> String { try JSONText.encode(self) }

    /// The terminal text: per-timestep rows, totals, the chip's numbers.
    public var text: String {
        var lines = ["layer: \(details.workload)", "neuron: \(details.neuron)", "",
                     "SANA-FE accounting (timestep t+1 emits input t; output t appears at t+2):",
                     "step  in_spk  out_spk  syn_events  messages   hops  updated  fired     latency      energy"]
        func row(_ f: Figures, _ label: String) -> String {
            func pad(_ s: String, _ n: Int) -> String { String(repeating: " ", count: max(0, n - s.count)) + s }
            return pad(label, 4) + pad("\(f.inputSpikes)", 8) + pad("\(f.outputSpikes)", 9) + pad("\(f.synapticEvents)", 12)
                + pad("\(f.messages)", 10) + pad("\(f.hops)", 7) + pad("\(f.neuronsUpdated)", 9) + pad("\(f.neuronsFired)", 7)
                + "  " + pad(ReportFormat.duration(seconds: f.latencyS), 10) + "  " + pad(ReportFormat.engineering(f.energyJ.total, unit: "J"), 10)
        }
        lines += details.timesteps.map { row($0, "\($0.timestep ?? 0)") }
        lines.append(row(totals, "all"))
        lines.append("energy: synapse \(ReportFormat.engineering(totals.energyJ.synapse, unit: "J")), soma \(ReportFormat.engineering(totals.energyJ.soma, unit: "J")), "
            + "network \(ReportFormat.engineering(totals.energyJ.network, unit: "J")); \(details.mappedTiles) tiles hold neurons")
        lines.append("")
        let chip = details.chip
        lines.append("chip model (\(chip.hardware)): \(chip.cycles) cycles, \(ReportFormat.duration(seconds: chip.latencyS)), \(ReportFormat.engineering(chip.totalJ, unit: "J"))")
        lines += chip.energyJ.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map { "  \($0.key): \(ReportFormat.engineering($0.value, unit: "J"))" }
        return lines.joined(separator: "\n")
    }
}
