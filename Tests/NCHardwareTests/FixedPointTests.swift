import NCFormats
import XCTest

@testable import NCHardware
@testable import NCModel

final class FixedPointTests: XCTestCase {
    /// The event-driven fixed-point engine equals the dense fixed-point reference bit for bit,
    /// with wide membranes (no saturation) and with 12-bit membranes (saturation happens).
    func testEngineEqualsDenseFixedPointReference() throws {
        let model = try SpikeYOLOModel.load(path: Fixtures.path("spikeyolo-t.pt"))
        let image = TestImage.make(height: 64, width: 64)
        let graph = try model.graph(height: 64, width: 64)
        for (wb, mb) in [(8, 24), (6, 12)] {
            let chip = try ChipEngine(config: testMachine(fixed: (wb, mb))).simulate(graph, image: image)
            let dense = DenseFixedPointReference(topology: graph.topology, weights: graph.weights, weightBits: wb, membraneBits: mb)
                .run(image)
            for (p, pop) in graph.topology.populations.enumerated() {
                XCTAssertEqual(chip.spikes[0][p], dense[0][p], "int\(wb)/int\(mb) \(pop.name)")
            }
            if mb == 12 { XCTAssertGreaterThan(chip.saturatedMembranes, 0, "12-bit membranes should saturate somewhere") }
        }
    }

    /// With T = 2 the leak and the neuron state across timesteps also agree bit for bit.
    func testEngineEqualsDenseReferenceOverTwoTimesteps() throws {
        let graph = try TwoTimesteps.graph(size: 64)
        let image = TestImage.make(height: 64, width: 64)
        let chip = try ChipEngine(config: testMachine(fixed: (8, 16))).simulate(graph, image: image)
        let dense = DenseFixedPointReference(topology: graph.topology, weights: graph.weights, weightBits: 8, membraneBits: 16).run(image)
        XCTAssertEqual(chip.spikes.count, 2)
        for t in 0..<2 {
            for (p, pop) in graph.topology.populations.enumerated() {
                XCTAssertEqual(chip.spikes[t][p], dense[t][p], "t \(t) \(pop.name)")
            }
        }
    }

    /// Integer rounding of the I-LIF matches round-half-even of the real quotient for every
    /// membrane value near the thresholds, for several fraction widths (exhaustive small domain).
    func testIntegerSpikeRoundingIsHalfToEven() {
        for f in [-2, 0, 1, 3, 8] {
            for u in Int32(-40)...Int32(2000) {
                let real = Double(u) * pow(2.0, Double(-f))
                let expected = UInt8(min(4, max(0, real)).rounded(.toNearestOrEven))
                XCTAssertEqual(FixedPointFormat.spike(u, f, levels: 4), expected, "u \(u) f \(f)")
            }
        }
    }
}
