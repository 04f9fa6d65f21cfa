import NCModel
import XCTest

@testable import NCHardware

/// The pipelined schedule on chains small enough to work out every cycle by hand. Rules used
/// (docs/hardware-model.md): a population row fires on its core's pipeline, one neuron per cycle
/// here, after every row it reads is integrated; a released row's events leave its core one flit
/// per cycle; a hop costs 2 cycles; an event occupies the accumulate unit ceil(fan-out / units)
/// cycles and its write completes `latency` cycles later; a join (an integrated row) finishes at
/// the latest of what it waits for.
final class PipelinedTimingTests: XCTestCase {
    /// P0 (core 0) -> C0 -> B1 (core 1) -> P1 -> C1 -> B2 (core 0), two rows each, every spike 1.
    func testTwoLayerPipelineOnTwoCores() throws {
        let buffers = [HandPlaced.buffer("B0", height: 2), HandPlaced.buffer("B1", height: 2), HandPlaced.buffer("B2", height: 2)]
        let pops = [HandPlaced.population("P0", reads: 0, buffers), HandPlaced.population("P1", reads: 1, buffers)]
        let convs = [HandPlaced.conv("C0", from: 0, into: 1, buffers, pops), HandPlaced.conv("C1", from: 1, into: 2, buffers, pops)]
        let topo = HandPlaced.topology(buffers, pops, convs, [.fire(0), .conv(0), .fire(1), .conv(1)])
        let config = TinyNetworks.machine(width: 2, units: 1, latency: 1, schedule: .pipelined, strategy: .spread)
        let r = HandPlaced.run(topo, HandPlaced.resident(topo, cores: [0, 1, 0], config: config), config, spikes: [[[1, 1], [1, 1]]])
        // P0 row 0 fires on core 0 in cycle 0 (ends 1), row 1 in cycle 1 (ends 2).
        // C0 row 0 leaves core 0 at 1, crosses one hop (2), starts on core 1 at 3, occupies it
        //   1 cycle and its write completes at 3 + 1 + 1 = 5: B1 row 0 is integrated at 5.
        // C0 row 1 leaves at 2, arrives 4, starts 4 (core 1 free at 4), completes 6.
        // P1 row 0 fires on core 1 at 5 (ends 6), row 1 at 6 (ends 7).
        // C1 row 0 leaves core 1 at 6, arrives on core 0 at 8, completes 8 + 1 + 1 = 10.
        // C1 row 1 leaves at 7, arrives 9, completes 11.
        XCTAssertEqual(r.cycles, 11)
        XCTAssertEqual(r.layers.map(\.startCycle), [1, 6])
        XCTAssertEqual(r.layers.map(\.endCycle), [6, 11])
        // Every cycle belongs to one layer: C0 moved the frontier to 6, C1 from 6 to 11.
        XCTAssertEqual(r.layers.map(\.cycles), [6, 5])
        // Core 0: two fire cycles and two accumulations; core 1 the same.
        XCTAssertEqual(r.cores.map(\.busy), [4, 4])
        XCTAssertEqual(r.layers.map(\.sops), [2, 2])
        // The same chain with a barrier per layer: P0 fires rows 0-1 by 2; C0's events leave at
        // 2 and 3, start at 4 and 5, the last write at 7; P1 fires by 9; C1's events leave at 9
        // and 10, start at 11 and 12, the last write completes at 14.
        var barrier = config
        barrier.chip.schedule = .layerBarrier
        let b = HandPlaced.run(topo, HandPlaced.resident(topo, cores: [0, 1, 0], config: barrier), barrier, spikes: [[[1, 1], [1, 1]]])
        XCTAssertEqual(b.cycles, 14)
        XCTAssertEqual(b.layers.map(\.sops), r.layers.map(\.sops))
    }

    /// A residual join: B1 receives C0 straight from P0 and Cb through P0 -> Ca -> Bx -> Px; P1
    /// reads B1 and fires only when both have been integrated.
    func testResidualJoinWaitsForBothInputs() throws {
        let buffers = [HandPlaced.buffer("B0"), HandPlaced.buffer("Bx"), HandPlaced.buffer("B1"), HandPlaced.buffer("B2")]
        let pops = [HandPlaced.population("P0", reads: 0, buffers), HandPlaced.population("Px", reads: 1, buffers),
                    HandPlaced.population("P1", reads: 2, buffers)]
        let convs = [HandPlaced.conv("Ca", from: 0, into: 1, buffers, pops), HandPlaced.conv("C0", from: 0, into: 2, buffers, pops),
                     HandPlaced.conv("Cb", from: 1, into: 2, buffers, pops), HandPlaced.conv("C1", from: 2, into: 3, buffers, pops)]
        let topo = HandPlaced.topology(buffers, pops, convs, [.fire(0), .conv(0), .conv(1), .fire(1), .conv(2), .fire(2), .conv(3)])
        let config = TinyNetworks.machine(width: 3, units: 1, latency: 1, schedule: .pipelined, strategy: .spread)
        let r = HandPlaced.run(topo, HandPlaced.resident(topo, cores: [0, 1, 2, 0], config: config), config, spikes: [[[1], [1], [1]]])
        // P0 fires on core 0, ends 1. Ca's event leaves at 1 (east link of core 0 busy 1..2),
        // reaches core 1 at 3 and completes at 5. C0's event finds that link busy and leaves at
        // 2 (a 1-cycle stall), crosses two hops, reaches core 2 at 6 and completes at 8.
        // Px fires on core 1 at 5 (ends 6); Cb's event leaves at 6, reaches core 2 at 8, waits
        // for C0's (core 2 free at 7, so it starts at 8) and completes at 10.
        // P1 waits for both: it fires at max(8, 10) = 10 and ends 11. C1's event leaves core 2
        // at 11, crosses two hops west to core 0 at 15 and completes at 17.
        XCTAssertEqual(r.cycles, 17)
        XCTAssertEqual(r.layers.map(\.endCycle), [5, 8, 10, 17])
        XCTAssertEqual(r.layers.map(\.startCycle), [1, 1, 6, 11])
        XCTAssertEqual(r.cores[0].stall, 1)
    }
}

/// Per-timestep cycles and actions (the Gen1 reports' `per_timestep`) under every schedule and
/// mapping mode: they add up to the run's totals, and each timestep did work of its own.
final class TimestepTimingTests: XCTestCase {
    func testTimestepsAddUpUnderEverySchedule() throws {
        let graph = try TwoTimesteps.graph(size: 64)
        let image = TestImage.make(height: 64, width: 64)
        for preset in ["default", "edge-small"] {
            for schedule in [ChipConfig.Schedule.pipelined, .layerBarrier] {
                var config = try XCTUnwrap(try HardwareConfig.builtinPreset(named: preset))
                config.chip.schedule = schedule
                let timing = try ChipEngine(config: config, threads: 1).simulate(graph, frames: InputFrames(image)).timing
                let label = "\(preset) \(schedule.rawValue) (\(timing.mappingMode.rawValue))"
                XCTAssertEqual(timing.timesteps.count, 2, label)
                XCTAssertEqual(timing.timesteps.reduce(0) { $0 + $1.cycles }, timing.cycles, label)
                var sum = ActionCounts()
                for t in timing.timesteps { sum.add(t.actions) }
                XCTAssertEqual(sum, timing.actions, label)
                for (t, step) in timing.timesteps.enumerated() {
                    XCTAssertGreaterThan(step.cycles, 0, "\(label) timestep \(t)")
                    XCTAssertGreaterThan(step.actions[.accumulate], 0, "\(label) timestep \(t)")
                    XCTAssertTrue(Action.allCases.allSatisfy { step.actions[$0] >= 0 }, "\(label) timestep \(t)")
                }
            }
        }
    }
}
