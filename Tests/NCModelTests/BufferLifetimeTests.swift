import XCTest

@testable import NCModel

/// A run frees each current buffer after the step that last touches it (`bufferLifetimes`); the
/// run that keeps every buffer for the whole run is the definition it must equal, bit for bit.
final class BufferLifetimeTests: XCTestCase {
    /// `graph` on `frames` keeping every buffer and freeing them: the same spikes of every
    /// population at every timestep, the same heads, histograms and saturations.
    func assertFreeingChangesNothing(_ graph: SpikingGraph, _ frames: [InputImage], _ arithmetic: Arithmetic,
                                     _ label: String) throws {
        var options = Interpreter.Options(arithmetic: arithmetic, threads: 2, keepSpikes: true, countOperations: true)
        options.keepMembranes = true
        let kept = try Interpreter.run(graph, frames: frames, options: options)
        options.keepMembranes = false
        let freed = try Interpreter.run(graph, frames: frames, options: options)
        XCTAssertEqual(freed.spikes, kept.spikes, label)
        XCTAssertEqual(freed.heads, kept.heads, label)
        XCTAssertEqual(freed.populations.map(\.perTimestep), kept.populations.map(\.perTimestep), label)
        XCTAssertEqual(freed.saturated, kept.saturated, label)
        XCTAssertEqual(freed.convs.map(\.sops), kept.convs.map(\.sops), label)
        XCTAssertGreaterThan(kept.totalSpikes, 0, label)
    }

    func testFreeingBuffersChangesNoSpikeOnSyntheticN() throws {
        let graph = try SpikeYOLOModel.synthetic(scale: "n").graph(height: 96, width: 96)
        let image = TestImage.make(height: 96, width: 96)
        try assertFreeingChangesNothing(graph, [image], .fp32, "fp32 n@96")
        try assertFreeingChangesNothing(graph, [image], .fixed(weightBits: 8, membraneBits: 14), "int8/int14 n@96")
    }

    /// Four timesteps: currents are rebuilt every timestep while membranes carry over.
    func testFreeingBuffersChangesNoSpikeOnTheGen1Model() throws {
        let frames = try Gen1Fixture.frames()
        try assertFreeingChangesNothing(try FixtureModel.gen1().graph(for: frames), frames.images, .fp64, "gen1 fp64")
    }

    /// Every step finds the buffers it touches allocated, the heads' buffers are never freed, and
    /// every other buffer is freed exactly once, by the last step that touches it.
    func testLifetimesCoverEveryTouchOfTheFixtureNetwork() throws {
        let topology = try FixtureModel.t().graph(height: 128, width: 128).topology
        let lifetimes = topology.bufferLifetimes()
        var live = Set<Int>(), freed = Set<Int>()
        let heads = Set(topology.heads.flatMap { $0.map(\.buffer) })
        for (i, step) in topology.steps.enumerated() {
            for b in lifetimes.starting[i] {
                XCTAssertFalse(freed.contains(b), "buffer \(b) allocated after it was freed")
                live.insert(b)
            }
            for b in topology.buffers(touchedBy: step) { XCTAssertTrue(live.contains(b), "step \(i) touches buffer \(b) before it lives") }
            for b in lifetimes.ending[i] {
                XCTAssertFalse(heads.contains(b), "head buffer \(b) freed at step \(i)")
                XCTAssertTrue(live.remove(b) != nil, "buffer \(b) freed twice or never allocated")
                freed.insert(b)
                let later = topology.steps[(i + 1)...].contains { topology.buffers(touchedBy: $0).contains(b) }
                XCTAssertFalse(later, "buffer \(b) freed at step \(i) but touched later")
            }
        }
        XCTAssertEqual(live, heads, "only the heads' buffers outlive the last step")
        XCTAssertEqual(freed.count + heads.count, topology.buffers.count)
    }
}
