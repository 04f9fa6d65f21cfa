import NCFormats
import NCModel
import XCTest

@testable import NCHardware

/// A generous generic chip for functional tests: fp32, or fixed point of `fixed` (weight bits,
/// membrane bits).
func testMachine(fixed: (Int, Int)? = nil, mesh: Int = 16, neurons: Int = 1 << 16, synapticBytes: Int = 1 << 22) -> HardwareConfig {
    var c = HardwareConfig.defaults
    c.chip = ChipConfig(meshWidthCores: mesh, meshHeightCores: mesh, clockHz: 5e8, schedule: .pipelined, powerGating: false)
    c.core = CoreConfig(neuronMemoryNeurons: neurons, synapticMemoryBytes: synapticBytes, arithmetic: fixed == nil ? .fp32 : .fixed,
                        weightBits: fixed?.0 ?? 32, membraneBits: fixed?.1 ?? 32, accumulateUnits: 16, eventQueueDepthEvents: 64,
                        pipelineLatencyCycles: 4, fireNeuronsPerCycle: 16, synapticWordBits: 64, neuronWordBits: 64)
    c.noc = NoCConfig(hopLatencyCycles: 2, linkWidthBits: 64, packetBits: 64, routerBufferPackets: 4, spikePackets: .binary,
                      gradedAccumulate: .repeated)
    c.encoder = EncoderConfig(macsPerCycle: 256)
    c.dram = DRAMConfig(bandwidthBytesPerCycle: 32, latencyCycles: 100)
    return c
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
            let chip = try ChipEngine(config: testMachine()).simulate(graph, image: image)
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
        let chip = try ChipEngine(config: testMachine()).simulate(graph, image: image)
        XCTAssertEqual(chip.spikes.count, 2)
        XCTAssertEqual(chip.spikes, reference.spikes)
        XCTAssertEqual(chip.populations, reference.populations)
    }
}
