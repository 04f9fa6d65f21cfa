import Dispatch
import NCModel

/// Layer-barrier steps timed ahead of their turn, on other threads.
///
/// After a barrier every core's queue is empty and every link is free, so what a step's events
/// do depends on the chip only through the barrier's cycle: timed from cycle 0 on an idle chip of
/// its own, a step is the real step moved by that cycle (every time in the engine is a sum or a
/// maximum of times and durations). `TimingModel.conv` takes each step when its turn comes and
/// moves it onto the chip (`CoreTimeline.absorb`, `NetworkOnChip.absorb`); when the step asked
/// for is not the next one timed ahead, or the network still held a link past the barrier, it
/// times the step in place instead. Results are the same for any thread count
/// (`LookaheadTests` against timing every step in turn).
final class StepLookahead<NoC: NetworkOnChip>: @unchecked Sendable {
    /// Convolution `c`'s pass `pass` after a barrier at cycle 0: its events and where they go.
    struct Step {
        let c: Int, pass: Int
        let destinations: [ConvStepSimulator.Destination]
        /// Sources with cycles counted from the barrier.
        let sources: [ConvStepSimulator.Source]
        let spikes: [UInt8]
        let channels: Int
    }

    /// A step timed from cycle 0 on an idle chip: its totals, and every core and the network after it.
    struct Timed {
        let outcome: ConvStepSimulator.Outcome
        let cores: [CoreTimeline]
        let network: NoC
    }

    private let steps: [Step]
    private var timed: [Timed?]
    /// The next step to take, and the end of the steps timed so far.
    private var next = 0, timedTo = 0
    private let threads: Int
    private let config: HardwareConfig
    /// The topology and non-zero weights routing is built from (on the thread timing the step).
    private let topology: NetworkTopology, synapses: SynapseMask?

    /// Times `steps` (in the order the schedule reaches them) on up to `threads` threads, a few
    /// steps per thread ahead of the schedule (each timed step holds a chip's cores).
    init(_ steps: [Step], topology: NetworkTopology, config: HardwareConfig, synapses: SynapseMask?, threads: Int) {
        self.steps = steps
        self.topology = topology
        self.config = config
        self.synapses = synapses
        self.threads = max(1, threads)
        timed = [Timed?](repeating: nil, count: steps.count)
    }

    /// The next step timed ahead if it is convolution `c`'s pass `pass` to `destinations` from
    /// `sources` (cycles counted from the barrier); nil otherwise (the caller times the step in place).
    func take(c: Int, pass: Int, destinations: [ConvStepSimulator.Destination], sources: [ConvStepSimulator.Source]) -> Timed? {
        guard next < steps.count, steps[next].c == c, steps[next].pass == pass, steps[next].destinations == destinations,
              steps[next].sources == sources else { return nil }
        if next >= timedTo { timeAhead() }
        defer {
            timed[next] = nil
            next += 1
        }
        return timed[next]
    }

    /// How many chips (a step's or a segment's cores and network) to time at once: a few per
    /// thread, fewer for a large chip, so that the lookahead's memory stays a few chips'.
    static func chips(threads: Int, cores: Int) -> Int {
        max(threads, min(4 * threads, (1 << 18) / max(1, cores)))
    }

    /// Times the next few steps at once, one per thread at a time.
    private func timeAhead() {
        let end = min(steps.count, next + Self.chips(threads: threads, cores: config.coreCount))
        let range = next..<end
        let config = self.config, steps = self.steps, topology = self.topology, synapses = self.synapses
        timed.withUnsafeMutableBufferPointer { out in
            let box = UncheckedSendable(out)
            DispatchQueue.concurrentPerform(iterations: range.count) { k in
                let i = range.lowerBound + k
                box.value[i] = Self.time(steps[i], topology: topology, config: config, synapses: synapses)
            }
        }
        timedTo = end
    }

    /// `step` from cycle 0 on an idle chip.
    static func time(_ step: Step, topology: NetworkTopology, config: HardwareConfig, synapses: SynapseMask?) -> Timed {
        var network = NoC.idle(config)
        var cores = TimingModel<NoC>.emptyCores(config).map(\.idle)
        let routing = TimingModel<NoC>.routing(step.c, channels: step.channels, destinations: step.destinations, topology: topology,
                                               synapses: synapses)
        let sim = ConvStepSimulator(config: config, routing: routing, levels: topology.spikeLevels)
        let outcome = sim.run(start: 0, spikes: step.spikes, channels: step.channels, sources: step.sources,
                              mesh: &network, cores: &cores)
        for i in cores.indices { cores[i].forgetQueue() }
        return Timed(outcome: outcome, cores: cores, network: network)
    }
}
