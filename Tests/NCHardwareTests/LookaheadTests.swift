import NCModel
import XCTest

@testable import NCHardware

/// Layer-barrier steps timed ahead on other threads (`StepLookahead`) and pipelined segments of a
/// streamed mapping simulated ahead (`SegmentLookahead`), each moved onto the chip at its start,
/// give exactly the timing of everything simulated in its turn: every count of `TimingResult`, on
/// every preset (resident and streamed mappings, passes, SANA-FE's congestion estimate) and on
/// the layer-barrier variant of each, with every step and segment actually taken from the
/// lookahead.
final class LookaheadTests: XCTestCase {
    /// Times `spikes` on `config` one step after another and with the lookaheads; returns the
    /// steps and segments they timed.
    @discardableResult
    func compare(_ topology: NetworkTopology, _ spikes: [[[UInt8]]], _ config: HardwareConfig, _ label: String,
                 file: StaticString = #filePath, line: UInt = #line) throws -> (steps: Int, segments: Int) {
        let mapping = try Mapping.plan(topology, on: config)
        var inTurn = TimingModel<Mesh>(topology: topology, mapping: mapping, config: config)
        let expected = inTurn.run(spikesAt: { spikes[$0] })
        XCTAssertEqual(inTurn.stepsTimedAhead + inTurn.segmentsSimulatedAhead, 0, label, file: file, line: line)
        var ahead = TimingModel<Mesh>(topology: topology, mapping: mapping, config: config)
        ahead.threads = 2
        let actual = ahead.run(spikesAt: { spikes[$0] })
        XCTAssertEqual(actual, expected, label, file: file, line: line)
        // Every step the schedule timed in layer-barrier rules came from the lookahead.
        XCTAssertEqual(ahead.stepsTimedInTurn, 0, label, file: file, line: line)
        XCTAssertEqual(ahead.stepsTimedAhead, inTurn.stepsTimedInTurn, label, file: file, line: line)
        // Every pipelined segment too, when a timestep has two or more to run side by side.
        if mapping.segments.filter({ $0.kind == .pipelined }).count > 1 {
            XCTAssertEqual(ahead.segmentsSimulatedInTurn, 0, label, file: file, line: line)
            XCTAssertEqual(ahead.segmentsSimulatedAhead, inTurn.segmentsSimulatedInTurn, label, file: file, line: line)
        }
        return (ahead.stepsTimedAhead, ahead.segmentsSimulatedAhead)
    }

    func testEveryPresetAndItsLayerBarrierVariant() throws {
        let model = try SpikeYOLOModel.load(path: Fixtures.path("spikeyolo-t.pt"))
        let graph = try model.graph(height: 64, width: 64)
        let image = TestImage.make(height: 64, width: 64)
        var steps = 0, segments = 0
        for name in Presets.names {
            let config = try Presets.load(name)
            let spikes = try ChipEngine(config: config, threads: 1).simulate(graph, image: image).spikes
            let pipelined = try compare(graph.topology, spikes, config, name)
            var barrier = config
            barrier.chip.schedule = .layerBarrier
            let layerBarrier = try compare(graph.topology, spikes, barrier, "\(name), layer-barrier")
            XCTAssertGreaterThan(layerBarrier.steps, 0, "\(name), layer-barrier: steps timed ahead")
            steps += pipelined.steps + layerBarrier.steps
            segments += pipelined.segments
        }
        XCTAssertGreaterThan(steps, 100)
        XCTAssertGreaterThan(segments, 3, "edge-small's streamed segments")
    }

    /// Three timesteps: the lookaheads are rebuilt for each, with its spikes (and the segments'
    /// DRAM traffic carries neuron state between timesteps).
    func testThreeTimesteps() throws {
        let graph = try TwoTimesteps.graph(size: 32, timesteps: 3)
        let image = TestImage.make(height: 32, width: 32)
        var segments = 0
        defer { XCTAssertGreaterThan(segments, 3, "edge-small's streamed segments, three timesteps") }
        for name in ["edge-small", "loihi"] {
            for schedule in ChipConfig.Schedule.allCases {
                var config = try Presets.load(name)
                config.chip.schedule = schedule
                config.core.neuronMemoryNeurons = 1024
                let spikes = try ChipEngine(config: config, threads: 1).simulate(graph, image: image).spikes
                let ahead = try compare(graph.topology, spikes, config, "\(name), \(schedule.rawValue), three timesteps")
                if schedule == .layerBarrier { XCTAssertGreaterThan(ahead.steps, 0, "\(name): steps timed ahead") }
                segments += ahead.segments
            }
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
        let ahead = try compare(graph.topology, spikes, config, "edge-small, 512 neurons per core")
        XCTAssertGreaterThan(ahead.steps, 0)
        XCTAssertGreaterThan(ahead.segments, 10)
    }
}
