import NCFormats
import NCModel
import XCTest

@testable import NCHardware

/// A generous generic machine for functional tests.
func testMachine(arithmetic: Machine.Arithmetic = .fp32, mesh: Int = 16, neurons: Int = 1 << 16, synapticBytes: Int = 1 << 22) -> Machine {
    Machine(meshWidth: mesh, meshHeight: mesh, clockHz: 5e8, neuronMemory: neurons, synapticMemoryBytes: synapticBytes,
            arithmetic: arithmetic, accumulateUnits: 16, queueDepth: 64, pipelineLatency: 4, fireRate: 16, hopLatency: 2,
            flitsPerPacket: 1, linkWidthBits: 64, routerBuffer: 4, encoderMACsPerCycle: 256, dramBytesPerCycle: 32,
            dramLatency: 100)
}

enum FixtureInputs {
    static func image(_ name: String) throws -> InputImage {
        let t = try Npy.read(path: Fixtures.path(name))
        return try InputImage(shape: t.shape, values: t.floats())
    }
}

final class EngineFixtureTests: XCTestCase {
    /// FP32 mode: every population's spikes equal the integer reference (FP64 accumulation of the
    /// same FP32 folded weights) exactly, neuron by neuron, on every fixture input.
    func testFP32SpikesEqualTheReferenceExactly() throws {
        let model = try SpikeYOLOModel.load(path: Fixtures.path("spikeyolo-t.pt"))
        for input in ["input128.npy", "input320.npy", "real_astronaut_320.npy"] {
            let image = try FixtureInputs.image(input)
            let graph = try model.graph(height: image.height, width: image.width)
            let reference = try ReferenceEngine(graph: graph, options: ReferenceOptions(precision: .fp64, keepSpikes: true)).run(image)
            let chip = try ChipEngine(machine: testMachine()).simulate(graph, image: image)
            XCTAssertEqual(chip.spikes.count, reference.spikes.count)
            for (p, pop) in graph.topology.populations.enumerated() {
                XCTAssertEqual(chip.spikes[0][p], reference.spikes[0][p], "\(input) \(pop.name)")
            }
            XCTAssertEqual(chip.populations, reference.populations, input)
            // SOPs delivered by the timing model equal the reference's exact count.
            XCTAssertEqual(chip.timing.layers.map(\.sops), reference.convs.map(\.sops), input)
            // Each event reaches each of its destination cores once.
            XCTAssertEqual(chip.timing.layers.reduce(0) { $0 + $1.sops }, reference.totalSOPs)
        }
    }
}

extension EngineFixtureTests {
    /// With T = 2 (leak and neuron state across timesteps, SPPF pooling before the neuron) the
    /// chip's fp32 spikes still equal the reference's at every timestep.
    func testFP32SpikesEqualTheReferenceOverTwoTimesteps() throws {
        let graph = try TwoTimesteps.graph(size: 64)
        let image = TestImage.make(height: 64, width: 64)
        let reference = try ReferenceEngine(graph: graph, options: ReferenceOptions(precision: .fp64, keepSpikes: true)).run(image)
        let chip = try ChipEngine(machine: testMachine()).simulate(graph, image: image)
        XCTAssertEqual(chip.spikes.count, 2)
        XCTAssertEqual(chip.spikes, reference.spikes)
        XCTAssertEqual(chip.populations, reference.populations)
    }
}
