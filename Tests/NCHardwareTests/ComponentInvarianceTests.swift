import NCModel
import XCTest

@testable import NCHardware

/// Schedules, mappings, kernel storage and spike packets change time and energy, never the
/// arithmetic: the spikes, SOPs and NeuroBench counts are the same for every choice, and replaying
/// a run's spikes gives exactly its timing (every count of `TimingResult`) in every mode.
final class ComponentInvarianceTests: XCTestCase {
    /// Every combination of the four choices on `base`.
    func variants(_ base: HardwareConfig) -> [HardwareConfig] {
        var configs = [HardwareConfig]()
        for schedule in ChipConfig.Schedule.allCases {
            for strategy in MappingConfig.Strategy.allCases {
                for storage in MappingConfig.WeightStorage.allCases {
                    for (packets, accumulate) in [(NoCConfig.SpikePacketKind.binary, NoCConfig.GradedAccumulate.repeated),
                                                  (.graded, .repeated), (.graded, .shiftAdd)] {
                        var c = base
                        c.chip.schedule = schedule
                        c.mapping = MappingConfig(strategy: strategy, weights: storage, skipZeroWeights: false)
                        c.noc.spikePackets = packets
                        c.noc.gradedAccumulate = accumulate
                        configs.append(c)
                    }
                }
            }
        }
        return configs
    }

    func label(_ c: HardwareConfig) -> String {
        "\(c.name): \(c.chip.schedule.rawValue), \(c.mapping.strategy.rawValue), \(c.mapping.weights.rawValue), "
            + "\(c.noc.spikePackets.rawValue) \(c.noc.gradedAccumulate.rawValue)"
    }

    func check(_ graph: SpikingGraph, _ image: InputImage, presets: [HardwareConfig]) throws {
        for base in presets {
            var reference: SimulationResult?
            for config in variants(base) {
                let engine = ChipEngine(config: config, threads: 2)
                let r = try engine.simulate(graph, image: image)
                let replayed = try engine.replay(topology: graph.topology, spikes: r.spikes)
                XCTAssertEqual(replayed.timing, r.timing, "replay ≠ simulate: \(label(config))")
                XCTAssertEqual(replayed.populations, r.populations, label(config))
                guard let first = reference else {
                    reference = r
                    continue
                }
                XCTAssertEqual(r.spikes, first.spikes, label(config))
                XCTAssertEqual(r.timing.layers.map(\.sops), first.timing.layers.map(\.sops), label(config))
                XCTAssertEqual(r.timing.layers.map(\.nonzeroSOPs), first.timing.layers.map(\.nonzeroSOPs), label(config))
                XCTAssertEqual(r.timing.cores.reduce(0) { $0 + $1.sops }, first.timing.cores.reduce(0) { $0 + $1.sops }, label(config))
                XCTAssertEqual(r.timing.layers.reduce(0) { $0 + $1.cycles }, r.timing.cycles, "every cycle to one layer: \(label(config))")
                if config.noc.spikePackets == .binary {
                    XCTAssertEqual(r.timing.actions[.accumulate], r.timing.layers.reduce(0) { $0 + $1.sops }, label(config))
                }
            }
        }
    }

    /// t at 64 x 64 on the default chip (resident) and on edge-small (streamed: segments, and
    /// passes for the layers too large for 16 cores), in fixed point.
    func testOneTimestepEveryChoice() throws {
        let model = try SpikeYOLOModel.load(path: Fixtures.path("spikeyolo-t.pt"))
        let graph = try model.graph(height: 64, width: 64)
        let image = TestImage.make(height: 64, width: 64)
        try check(graph, image, presets: [try Presets.load("default"), try Presets.load("edge-small")])
    }

    /// Three timesteps overlap in the pipelined schedule (at most two in flight); the counts are
    /// still those of the barrier schedule.
    func testThreeTimestepsEveryChoice() throws {
        let graph = try TwoTimesteps.graph(size: 32, timesteps: 3)
        let image = TestImage.make(height: 32, width: 32)
        try check(graph, image, presets: [try Presets.load("default")])
    }

    /// Sparse synaptic memory skips the zero weights' SOPs (int8 rounds many weights to 0) but
    /// counts the same SOPs; replay needs the mask and then equals simulate.
    func testSkippingZeroWeightsKeepsTheSOPs() throws {
        let model = try SpikeYOLOModel.load(path: Fixtures.path("spikeyolo-t.pt"))
        let graph = try model.graph(height: 64, width: 64)
        let image = TestImage.make(height: 64, width: 64)
        var config = try Presets.load("default")
        let dense = try ChipEngine(config: config).simulate(graph, image: image)
        config.mapping.skipZeroWeights = true
        let engine = ChipEngine(config: config)
        let sparse = try engine.simulate(graph, image: image)
        XCTAssertEqual(sparse.timing.layers.map(\.sops), dense.timing.layers.map(\.sops))
        let skipped = sparse.timing.layers.reduce(0) { $0 + $1.skippedSOPs }
        XCTAssertGreaterThan(skipped, 0)
        XCTAssertEqual(sparse.timing.actions[.accumulate] + skipped, dense.timing.actions[.accumulate])
        XCTAssertThrowsError(try engine.replay(topology: graph.topology, spikes: sparse.spikes))
        let mask = SynapseMask(graph: graph, arithmetic: config.arithmetic)
        XCTAssertEqual(try engine.replay(topology: graph.topology, spikes: sparse.spikes, synapses: mask).timing, sparse.timing)
    }
}
