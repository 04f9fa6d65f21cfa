import Dispatch
import NCModel

/// The pipelined segments of one timestep of a streamed mapping, simulated ahead on other
/// threads, a few at a time (`StepLookahead.chips`), each holding its own chip until its turn.
///
/// A segment starts after a barrier, once its weights and membranes are in; from then on what its
/// tasks and events do depends on the chip only through that cycle and the DRAM channel's queue.
/// Simulated from cycle 0 on an idle chip of its own (its input spikes streaming in on an idle
/// channel), it is the real segment moved by its start — when the real channel streams those
/// spikes in at the same cycles after the start and holds nothing else past it, and no link is
/// reserved past it. `PipelinedSchedule` checks exactly that when the segment's turn comes
/// (`take`), then moves the segment onto the chip; otherwise it simulates the segment in place.
/// Results are the same for any thread count (`SegmentLookaheadTests`).
struct SegmentLookahead<NoC: NetworkOnChip> {
    /// A segment to simulate: its index in the mapping, the segment, the bits of input spikes each
    /// port-fed convolution streams from DRAM (in the order they are issued), and the populations
    /// whose spikes go back to DRAM.
    struct Plan {
        let index: Int
        let segment: MappingSegment
        let portFed: [(c: Int, bits: Int)]
        let storesSpikes: Set<Int>
    }

    /// A segment simulated from cycle 0.
    struct Simulated {
        var run: DataflowRun<NoC>
        let cores: [CoreTimeline]
        let network: NoC
        /// When each port-fed convolution's spikes start arriving, and when the DRAM channel is
        /// free once they are all issued.
        let portFed: [Int: Int]
        let dramFree: Int
        /// The transfers the segment issued while it ran (bits, cycle), to issue on the real channel.
        let transfers: [(bits: Int, at: Int)]
    }

    private let plans: [Plan]
    /// The model as the timestep starts (its topology, mapping, config and cores' sizes).
    private let model: TimingModel<NoC>
    private let t: Int, spikes: [[UInt8]]
    /// Segments simulated and not yet taken, by index in the mapping; the plans simulated so far.
    private var simulated = [Int: Simulated](), simulatedTo = 0

    /// Simulates `plans` (in schedule order) at timestep `t`, whose populations fired `spikes`:
    /// as many at once as `StepLookahead.chips` allows, largest first, one per thread at a time.
    init(_ plans: [Plan], model: TimingModel<NoC>, t: Int, spikes: [[UInt8]]) {
        self.plans = plans
        self.model = model
        self.t = t
        self.spikes = spikes
    }

    /// Simulates the plans from `first` on, as many as fit at once.
    private mutating func simulateAhead(from first: Int) {
        let end = min(plans.count, first + StepLookahead<NoC>.chips(threads: model.threads, cores: model.config.coreCount))
        let topology = model.topology, plans = self.plans, t = self.t, spikes = self.spikes
        let order = (first..<end).sorted { a, b in
            let ma = Self.macs(plans[a].segment, topology), mb = Self.macs(plans[b].segment, topology)
            return ma != mb ? ma > mb : a < b
        }
        var results = [Simulated?](repeating: nil, count: end - first)
        results.withUnsafeMutableBufferPointer { out in
            let box = UncheckedSendable((out, model))
            DispatchQueue.concurrentPerform(iterations: order.count) { k in
                let i = order[k]
                box.value.0[i - first] = Self.simulate(plans[i], model: box.value.1, t: t, spikes: spikes)
            }
        }
        for i in first..<end { simulated[plans[i].index] = results[i - first] }
        simulatedTo = end
    }

    /// The multiply-accumulates of a segment's convolutions (how long it takes, roughly).
    private static func macs(_ segment: MappingSegment, _ topology: NetworkTopology) -> Int {
        segment.steps.reduce(0) { sum, k in
            if case .conv(let c) = topology.steps[k] { return sum + topology.convs[c].macs }
            return sum
        }
    }

    /// `plan` from cycle 0 on an idle chip and an idle DRAM channel.
    private static func simulate(_ plan: Plan, model base: TimingModel<NoC>, t: Int, spikes: [[UInt8]]) -> Simulated {
        var model = base
        model.cores = base.cores.map(\.idle)
        model.mesh = NoC.idle(base.config)
        var dram = DRAMChannel(base.config.dram)
        var streams = DataflowRun<NoC>.Streams()
        for (c, bits) in plan.portFed { streams.portFed[c] = dram.transfer(bits, at: 0).start + dram.latency }
        streams.storesSpikes = plan.storesSpikes
        let dramFree = dram.free
        dram.log = []
        var run = DataflowRun(topology: model.topology, segment: plan.segment, timesteps: t..<(t + 1), start: 0, streams: streams,
                              model: model)
        run.simulate(&model, dram: &dram, spikesAt: { _ in spikes })
        run.dropWorkingState()
        for i in model.cores.indices { model.cores[i].forgetQueue() }
        return Simulated(run: run, cores: model.cores, network: model.mesh, portFed: streams.portFed, dramFree: dramFree,
                         transfers: dram.log ?? [])
    }

    /// Segment `index`, if it was simulated ahead and starts at `ready` as it was simulated:
    /// its port-fed spikes arrive at the same cycles after `ready` (`streams`), the DRAM channel
    /// is free at the same cycle after it, and `network` holds no link past it.
    mutating func take(_ index: Int, ready: Int, streams: DataflowRun<NoC>.Streams, dram: DRAMChannel, network: NoC) -> Simulated? {
        if simulated[index] == nil, let next = plans[simulatedTo...].firstIndex(where: { $0.index == index }) { simulateAhead(from: next) }
        guard let s = simulated.removeValue(forKey: index) else { return nil }
        guard streams.portFed.mapValues({ $0 - ready }) == s.portFed, max(dram.free - ready, 0) == s.dramFree,
              network.isDrained(at: ready) else { return nil }
        return s
    }
}
