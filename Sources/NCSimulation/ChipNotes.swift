import NCHardware

/// What every chip report says about the components that produced its numbers: the schedule,
/// the mapping, the kernel storage, the spike packets and which cores leak.
enum ChipNotes {
    /// One sentence per component, in that order.
    static func describe(_ result: SimulationResult) -> [String] {
        let config = result.config, timing = result.timing, mapping = result.mapping
        var notes = [String]()
        switch config.chip.schedule {
        case .layerBarrier:
            notes.append("schedule: layer-barrier (layers one after another, a barrier per layer and timestep)")
        case .pipelined where mapping.segments.isEmpty:
            notes.append("schedule: pipelined, but the fewest-cores streamed mapping gives every layer its own turn on the same "
                + "cores, so layers run one after another as with layer-barrier")
        case .pipelined:
            notes.append("schedule: pipelined (dataflow: each output row fires as soon as the rows it reads are integrated; "
                + "layers and timesteps overlap and contend for links, queues and cores)")
        }
        let occupied = timing.occupiedCores
        let strategy = "mapping: \(mapping.strategy.rawValue)"
        if mapping.mode == .resident {
            notes.append("\(strategy), resident on \(occupied) of \(config.coreCount) cores")
        } else if mapping.segments.isEmpty {
            notes.append("\(strategy), streamed: every layer takes its turn on the cores, weights and activations through DRAM")
        } else {
            let passes = mapping.segments.filter { $0.kind == .passes }.count
            let switches = timing.segments.filter { $0.kind == .pipelined }.count
            let overlapped = timing.segments.filter(\.prefetched).count
            notes.append("\(strategy), streamed in \(mapping.segments.count) segments of layers resident together "
                + "(\(passes) of one layer too large for the chip, run in passes); \(overlapped) of \(switches) segment "
                + "weight loads overlapped the previous segment (double buffering)")
        }
        var storage = mapping.weightStorage == .sharedKernel
            ? "weights: shared-kernel (a kernel stored once per core, however many row bands of it the core holds)"
            : "weights: per-tile (every tile stores its own kernel copy)"
        if config.mapping.skipZeroWeights {
            let skipped = timing.layers.reduce(0) { $0 + $1.skippedSOPs }
            storage += "; sparse: only non-zero weights stored and accumulated, \(skipped) SOPs with a zero weight skipped"
        }
        notes.append(storage)
        switch (config.noc.spikePackets, config.noc.gradedAccumulate) {
        case (.binary, _):
            notes.append("spike packets: binary (an integer spike s travels as s one-bit packets, one per virtual step)")
        case (.graded, .repeated):
            notes.append("spike packets: graded (one packet carries s; the destination adds each weight s times)")
        case (.graded, .shiftAdd):
            notes.append("spike packets: graded (one packet carries s; the destination shift-adds each weight, popcount(s) additions)")
        }
        if config.chip.powerGating {
            notes.append("leakage: power-gated, only the \(occupied) cores holding tiles leak")
        } else {
            notes.append("leakage: all \(config.coreCount) cores leak for the whole latency")
        }
        return notes
    }
}
