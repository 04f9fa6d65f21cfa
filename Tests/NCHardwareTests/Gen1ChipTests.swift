import NCFormats
import XCTest

@testable import NCHardware
@testable import NCModel

/// The chip running the Gen1 model (Gen1 LIF, T = 4 event frames): in FP32 it equals the integer
/// reference neuron by neuron and timestep by timestep; in fixed point it equals
/// `FixedPointReference` (the documented rule, written apart from the engine) bit for bit; replay
/// of its spikes gives the same timing and actions.
final class Gen1ChipTests: XCTestCase {
    static let model = Result { try SpikeYOLOModel.load(path: Fixtures.path("gen1/spikeyolo-gen1-p.pt")) }
    static let frames = Result { try InputFrames(tensor: Npy.read(path: Fixtures.path("gen1/synth_dev_frames.npy"))) }

    /// The fixture frames cropped to `size` x `size` (top-left), for the slow dense reference.
    func cropped(_ size: Int) throws -> InputFrames {
        let f = try Self.frames.get()
        var values = [Float]()
        for t in 0..<f.timesteps {
            for c in 0..<f.channels {
                for y in 0..<size {
                    // Rows from the middle of the frame, where the events are (the top is letterbox pad).
                    let row = ((t * f.channels + c) * f.height + 100 + y) * f.width
                    values += f.values[(row + 40)..<(row + 40 + size)]
                }
            }
        }
        return try InputFrames(timesteps: f.timesteps, channels: f.channels, height: size, width: size, values: values)
    }

    func testFP32ChipEqualsTheReferenceNeuronByNeuron() throws {
        let frames = try Self.frames.get()
        let graph = try Self.model.get().graph(for: frames)
        let reference = try ReferenceEngine(graph: graph, options: ReferenceOptions(precision: .fp32, keepSpikes: true)).run(frames)
        let chip = try ChipEngine(config: testMachine()).simulate(graph, frames: frames)
        assertSameSpikes(chip.spikes, reference.spikes, graph.topology, "gen1 fp32 chip")
        XCTAssertEqual(chip.populations, reference.populations)
        // The fixture's FP32 total (PyTorch), and event-exact SOPs from the delivered events.
        XCTAssertEqual(chip.populations.reduce(0) { $0 + $1.spikes }, 2_865_343)
        XCTAssertEqual(chip.timing.layers.reduce(0) { $0 + $1.sops }, reference.totalSOPs)
        XCTAssertEqual(chip.heads, reference.heads)

        // Replaying the recorded spikes gives the same cycles, actions and per-timestep counts.
        let replayed = try ChipEngine(config: testMachine()).replay(topology: graph.topology, spikes: chip.spikes)
        XCTAssertEqual(replayed.timing, chip.timing)
        XCTAssertEqual(replayed.populations, chip.populations)
    }

    /// Fixed point: int8/int24 (no saturation) and int8/int12 (saturating) on a 96 x 96 crop of
    /// the frames, four timesteps of Gen1 LIF state, bit for bit.
    func testFixedPointEqualsTheIndependentReference() throws {
        let frames = try cropped(96)
        let graph = try Self.model.get().graph(for: frames)
        XCTAssertEqual(graph.topology.timesteps, 4)
        for (w, m) in [(8, 24), (8, 12), (2, 8)] {
            let engine = try Interpreter.run(graph, frames: frames.images, options: Interpreter.Options(
                arithmetic: .fixed(weightBits: w, membraneBits: m), keepSpikes: true, countOperations: false))
            let reference = FixedPointReference(topology: graph.topology, weights: graph.weights, weightBits: w, membraneBits: m)
                .run(frames: frames.images)
            assertSameSpikes(engine.spikes, reference, graph.topology, "gen1 int\(w)/int\(m)")
            XCTAssertGreaterThan(engine.populations.reduce(0) { $0 + $1.spikes }, 10_000, "the crop fires")
            if m == 12 { XCTAssertGreaterThan(engine.saturated, 0, "12-bit membranes should saturate somewhere") }
        }
    }
}
