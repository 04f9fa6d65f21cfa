import NCModel

/// The schedule component (`chip.schedule`): when each step's work happens on the chip. Both
/// implementations drive the same `TimingModel` (mesh, cores, counts), so the events, SOPs and
/// actions they count are the same for the same mapping; only time differs.
protocol ScheduleStrategy {
    /// The schedule's name in configs and reports.
    static var name: String { get }
    /// Runs every timestep on `model`; `spikesAt(t)` gives timestep `t`'s spikes, asked for in
    /// order of `t`, each once.
    func run<NoC: NetworkOnChip>(_ model: inout TimingModel<NoC>, spikesAt: (Int) throws -> [[UInt8]],
                                 progress: ((String) -> Void)?) rethrows
}

/// `layer-barrier`: layers run one after another with a barrier per layer and timestep. Within
/// a timestep the order is the topology's: derive buffers, fire populations, run convolutions;
/// a step starts when every queue and link of the previous step has drained. This is
/// neurocycle's schedule before issue #11, kept cycle for cycle.
struct LayerBarrierSchedule: ScheduleStrategy {
    static let name = "layer-barrier"

    func run<NoC: NetworkOnChip>(_ model: inout TimingModel<NoC>, spikesAt: (Int) throws -> [[UInt8]],
                                 progress: ((String) -> Void)?) rethrows {
        let topology = model.topology
        let lastConv = topology.lastConvStep
        for t in 0..<topology.timesteps {
            let spikes = try spikesAt(t)
            model.written.removeAll()
            if model.threads > 1 {
                let steps = model.barrierSteps(topology.steps.indices, placed: model.mapping.buffers, spikes: spikes)
                model.lookAhead(steps)
            }
            for k in topology.steps.indices {
                model.runBarrierStep(k, t: t, spikes: spikes, lastConv: lastConv, progress: progress)
            }
            model.lookahead = nil
            model.clock += model.config.chip.timestepSyncCycles  // SANA-FE's per-timestep sync
            model.markTimestep(end: model.clock)
        }
        // Fires after the last convolution (a layer workload's output population) have no next
        // convolution to be counted with.
        if !topology.steps.isEmpty { model.attributePending(to: topology.attributedConv[topology.steps.count - 1]) }
    }
}

extension TimingModel {
    /// Counts the pending fires and derives (work that prepares a convolution) with convolution
    /// `c` when no later convolution will take them.
    mutating func attributePending(to c: Int) {
        guard !pending.isEmpty || pendingCycles > 0, result.layers.indices.contains(c) else { return }
        result.layers[c].actions.add(pending)
        result.layers[c].cores = max(result.layers[c].cores, pendingCores.count)
        pending = ActionCounts()
        pendingCycles = 0
        pendingCores = []
    }

    /// Step `k` of timestep `t` with the layer-barrier rules (and the read-out after the last
    /// convolution `lastConv`).
    mutating func runBarrierStep(_ k: Int, t: Int, spikes: [[UInt8]], lastConv: Int?, progress: ((String) -> Void)?) {
        switch topology.steps[k] {
        case .derive(let b): derive(b)
        case .fire(let p): fire(p, t: t, spikes: spikes[p])
        case .conv(let c):
            progress?("timestep \(t + 1)/\(topology.timesteps): \(topology.convs[c].name)")
            conv(c, spikes: spikes)
            if k == lastConv { readout(into: c) }
        }
    }
}

extension NetworkTopology {
    /// Index in `steps` of the last convolution (after which the heads are read out).
    var lastConvStep: Int? {
        steps.lastIndex { if case .conv = $0 { return true } else { return false } }
    }

    /// For each step, the convolution its work is counted with: itself for a convolution, the
    /// next convolution for the derives and fires that prepare its input (the last convolution
    /// for steps after it).
    var attributedConv: [Int] {
        var result = [Int](repeating: 0, count: steps.count)
        var next = convs.count - 1
        for k in steps.indices.reversed() {
            if case .conv(let c) = steps[k] { next = c }
            result[k] = max(0, next)
        }
        return result
    }
}
