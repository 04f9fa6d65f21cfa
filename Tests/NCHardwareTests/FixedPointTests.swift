import NCFormats
import XCTest

@testable import NCHardware
@testable import NCModel

/// The engine's fixed-point spikes against `FixedPointReference`, an implementation of the
/// documented rule that shares no code with the engine, bit for bit.
final class FixedPointTests: XCTestCase {
    static let model = Result { try SpikeYOLOModel.load(path: Fixtures.path("spikeyolo-t.pt")) }

    /// Every fixed-point preset in `hwconfigs/`, as (name, weight bits, membrane bits) read from
    /// the preset files through `HardwareConfig`.
    func fixedPointPresets() throws -> [(name: String, weightBits: Int, membraneBits: Int)] {
        try Presets.names.compactMap { name in
            guard case let .fixed(w, m) = try Presets.load(name).arithmetic else { return nil }
            return (name, w, m)
        }
    }

    /// The engine (`ChipEngine`'s functional model: the step interpreter in fixed point) and the
    /// reference on `graph` and `image`; asserts equal spikes for every timestep and population.
    /// Returns the engine's count of saturated membranes.
    @discardableResult
    func compare(_ graph: SpikingGraph, _ image: InputImage, weightBits: Int, membraneBits: Int, _ label: String,
                 file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let engine = try Interpreter.run(graph, frames: [image], options: Interpreter.Options(
            arithmetic: .fixed(weightBits: weightBits, membraneBits: membraneBits), keepSpikes: true, countOperations: false))
        let reference = FixedPointReference(topology: graph.topology, weights: graph.weights, weightBits: weightBits,
                                            membraneBits: membraneBits).run(image)
        assertSameSpikes(engine.spikes, reference, graph.topology, label, file: file, line: line)
        return engine.saturated
    }

    /// Every preset's arithmetic on input128; the default chip on input320 too.
    func testEngineEqualsReferenceOnEveryFixedPointPreset() throws {
        let presets = try fixedPointPresets()
        // The presets the task names; a new fixed-point preset must be added here deliberately.
        XCTAssertEqual(presets.map(\.name), ["default", "edge-small", "loihi-like", "loihi", "speck-like"])
        let model = try Self.model.get()
        for input in ["input128.npy", "input320.npy"] {
            let image = try FixtureInputs.image(input)
            let graph = try model.graph(height: image.height, width: image.width)
            for p in presets where input == "input128.npy" || p.name == "default" {
                try compare(graph, image, weightBits: p.weightBits, membraneBits: p.membraneBits, "\(p.name) \(input)")
            }
        }
    }

    /// Narrow membranes (int8 weights, int12 membranes) saturate; the saturating adds, taken in
    /// the documented event order, still agree bit for bit.
    func testEngineEqualsReferenceWhenMembranesSaturate() throws {
        let image = try FixtureInputs.image("input128.npy")
        let graph = try Self.model.get().graph(height: image.height, width: image.width)
        let saturated = try compare(graph, image, weightBits: 8, membraneBits: 12, "int8/int12")
        XCTAssertGreaterThan(saturated, 0, "12-bit membranes should saturate somewhere")
    }

    /// With T = 2 the leak and the neuron state across timesteps also agree bit for bit: on the
    /// default chip; with 12-bit membranes, which saturate; and with 2-bit weights, where some
    /// channels have `f < 0` (the leak's reset is then `s' >> -f`).
    func testEngineEqualsReferenceOverTwoTimesteps() throws {
        let image = try FixtureInputs.image("input128.npy")
        let graph = try TwoTimesteps.graph(size: image.height)
        XCTAssertEqual(graph.topology.timesteps, 2)
        try compare(graph, image, weightBits: 8, membraneBits: 24, "T=2 int8/int24")
        let saturated = try compare(graph, image, weightBits: 8, membraneBits: 12, "T=2 int8/int12")
        XCTAssertGreaterThan(saturated, 0, "12-bit membranes should saturate somewhere")
        let units = FixedPointUnits(topology: graph.topology, weights: graph.weights, weightBits: 2, membraneBits: 8)
        XCTAssertTrue(units.fractionBits.joined().contains { $0 < 0 }, "some channel should have f < 0 with 2-bit weights")
        try compare(graph, image, weightBits: 2, membraneBits: 8, "T=2 int2/int8")
    }

    /// The reference's no-saturation shortcut equals walking every membrane through the event
    /// order, with saturation happening (int8/int12) and over two timesteps.
    func testReferenceShortcutEqualsEventOrder() throws {
        let image = TestImage.make(height: 64, width: 64)
        let graph = try TwoTimesteps.graph(size: 64)
        var reference = FixedPointReference(topology: graph.topology, weights: graph.weights, weightBits: 8, membraneBits: 12)
        let shortcut = reference.run(image)
        reference.alwaysInEventOrder = true
        assertSameSpikes(reference.run(image), shortcut, graph.topology, "event order vs shortcut")
    }
}

/// Asserts that two spike histories `[t][population][neuron]` are equal, naming the first
/// population and neuron that differ rather than printing whole arrays.
func assertSameSpikes(_ actual: [[[UInt8]]], _ expected: [[[UInt8]]], _ topology: NetworkTopology, _ label: String,
                      file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(actual.count, topology.timesteps, "\(label): timesteps", file: file, line: line)
    XCTAssertEqual(expected.count, topology.timesteps, "\(label): timesteps of the expected spikes", file: file, line: line)
    for t in 0..<min(actual.count, expected.count) {
        XCTAssertEqual(actual[t].count, topology.populations.count, "\(label): populations at t \(t)", file: file, line: line)
        for (p, pop) in topology.populations.enumerated() where p < actual[t].count && p < expected[t].count {
            let a = actual[t][p], e = expected[t][p]
            XCTAssertEqual(a.count, pop.count, "\(label) t \(t) \(pop.name): neurons", file: file, line: line)
            guard a != e else { continue }
            let shared = 0..<min(a.count, e.count)
            let differing = shared.filter { a[$0] != e[$0] }.count
            let first = shared.first { a[$0] != e[$0] } ?? shared.upperBound
            XCTFail("\(label) t \(t) \(pop.name): \(differing) of \(pop.count) spikes differ, first at neuron \(first)",
                    file: file, line: line)
            return
        }
    }
}
