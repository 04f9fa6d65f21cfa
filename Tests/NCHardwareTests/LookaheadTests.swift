import NCModel
import XCTest

@testable import NCHardware

/// Layer-barrier steps timed ahead on other threads (`StepLookahead`) and moved onto the chip
/// give exactly the timing of each step timed in its turn: every count of `TimingResult`, on every
/// preset (resident and streamed mappings, passes, SANA-FE's congestion estimate) and on the
/// layer-barrier variant of each, with every step actually taken from the lookahead.
final class StepLookaheadTests: XCTestCase {
    /// Times `spikes` on `config` one step after another and with the lookahead; returns the steps
    /// the lookahead timed.
    @discardableResult
    func compare(_ topology: NetworkTopology, _ spikes: [[[UInt8]]], _ config: HardwareConfig, _ label: String,
                 file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let mapping = try Mapping.plan(topology, on: config)
        var inTurn = TimingModel<Mesh>(topology: topology, mapping: mapping, config: config)
        let expected = inTurn.run(spikesAt: { spikes[$0] })
        XCTAssertEqual(inTurn.stepsTimedAhead, 0, label, file: file, line: line)
        var ahead = TimingModel<Mesh>(topology: topology, mapping: mapping, config: config)
        ahead.threads = 2
        let actual = ahead.run(spikesAt: { spikes[$0] })
        XCTAssertEqual(actual, expected, label, file: file, line: line)
        // Every step the schedule timed in layer-barrier rules came from the lookahead.
        XCTAssertEqual(ahead.stepsTimedInTurn, 0, label, file: file, line: line)
        XCTAssertEqual(ahead.stepsTimedAhead, inTurn.stepsTimedInTurn, label, file: file, line: line)
        return ahead.stepsTimedAhead
    }

    func testEveryPresetAndItsLayerBarrierVariant() throws {
        let model = try SpikeYOLOModel.load(path: Fixtures.path("spikeyolo-t.pt"))
        let graph = try model.graph(height: 64, width: 64)
        let image = TestImage.make(height: 64, width: 64)
        var timedAhead = 0
        for name in Presets.names {
            let config = try Presets.load(name)
            let spikes = try ChipEngine(config: config, threads: 1).simulate(graph, image: image).spikes
            timedAhead += try compare(graph.topology, spikes, config, name)
            var barrier = config
            barrier.chip.schedule = .layerBarrier
            let steps = try compare(graph.topology, spikes, barrier, "\(name), layer-barrier")
            XCTAssertGreaterThan(steps, 0, "\(name), layer-barrier: steps timed ahead")
            timedAhead += steps
        }
        XCTAssertGreaterThan(timedAhead, 100)
    }

    /// Three timesteps: the lookahead is rebuilt for each, its spikes and its placement.
    func testThreeTimesteps() throws {
        let graph = try TwoTimesteps.graph(size: 32, timesteps: 3)
        let image = TestImage.make(height: 32, width: 32)
        for name in ["edge-small", "loihi"] {
            var config = try Presets.load(name)
            config.chip.schedule = .layerBarrier
            let spikes = try ChipEngine(config: config, threads: 1).simulate(graph, image: image).spikes
            try compare(graph.topology, spikes, config, "\(name), three timesteps")
        }
    }

    /// A streamed pipelined mapping whose oversized steps run in passes takes those passes from
    /// the lookahead (one list across the timestep's segments, each with its own placement).
    func testPassesOfAStreamedPipelinedMapping() throws {
        let model = try SpikeYOLOModel.load(path: Fixtures.path("spikeyolo-t.pt"))
        let graph = try model.graph(height: 64, width: 64)
        let image = TestImage.make(height: 64, width: 64)
        var config = try Presets.load("edge-small")
        config.core.neuronMemoryNeurons = 512
        let mapping = try Mapping.plan(graph.topology, on: config)
        XCTAssertTrue(mapping.segments.contains { $0.kind == .passes }, "edge-small with 512 neurons per core needs passes at 64×64")
        let spikes = try ChipEngine(config: config, threads: 1).simulate(graph, image: image).spikes
        XCTAssertGreaterThan(try compare(graph.topology, spikes, config, "edge-small, 512 neurons per core"), 0)
    }
}
