import NCFormats
import NCHardware
import NCModel
import XCTest

@testable import NCEnergy

final class ChipEnergyTests: XCTestCase {
    func simulate(_ config: HardwareConfig, input: String = "input128.npy") throws -> (SimulationResult, NetworkTopology) {
        let model = try SpikeYOLOModel.load(path: Fixtures.path("spikeyolo-t.pt"))
        let t = try Npy.read(path: Fixtures.path(input))
        let image = try InputImage(shape: t.shape, values: t.floats())
        let graph = try model.graph(height: image.height, width: image.width)
        return (try ChipEngine(config: config).simulate(graph, image: image), graph.topology)
    }

    /// Under paper-45nm.json (only accumulates at 0.9 pJ and encoder MACs at 4.6 pJ cost
    /// anything) the chip's energy is the paper's formula with event-exact SOPs: the two
    /// accountings are tied together.
    func testPaper45nmEqualsThePaperFormulaWithEventExactSOPs() throws {
        let config = try HardwareConfig.load(path: Paths.hwconfig("paper-45nm"))
        let (result, topology) = try simulate(config)
        let energy = ChipEnergy(result, topology: topology, table: config.energy)
        let sops = result.timing.layers.reduce(0) { $0 + $1.sops }
        let encoder = topology.convs.filter(\.isEncoding).reduce(0) { $0 + $1.macs } * topology.timesteps
        let paper = 0.9 * Double(sops) + 4.6 * Double(encoder)
        XCTAssertEqual(energy.total.totalPicojoules, paper, accuracy: 1e-9 * paper)
        for (name, pj) in energy.total.components where name != "accumulate" && name != "encoder_mac" {
            XCTAssertEqual(pj, 0, name)
        }
    }

    /// The whole run's energy equals the sum of the layers' energies, each priced from its own
    /// actions and cycles (leakage included), and every cycle belongs to exactly one layer.
    func testTotalsAreTheSumOfTheirParts() throws {
        let config = HardwareConfig.builtinDefault
        let (result, topology) = try simulate(config)
        let energy = ChipEnergy(result, topology: topology, table: config.energy)
        let layers = energy.layers.reduce(0) { $0 + $1.totalPicojoules }
        XCTAssertEqual(layers, energy.total.totalPicojoules, accuracy: 1e-9 * layers)
        // Every cycle belongs to exactly one layer.
        XCTAssertEqual(result.timing.layers.reduce(0) { $0 + $1.cycles }, result.timing.cycles)
        XCTAssertEqual(result.timing.cores.reduce(0) { $0 + $1.sops }, result.timing.layers.reduce(0) { $0 + $1.sops })
    }

    /// Everything that happens inside cores is charged to a core: per-core counts add up to the
    /// chip's for accumulates, memory traffic, pooling and (when cores send them) spikes.
    func testCoreLocalActionsAddUpToTheTotals() throws {
        for name in ["paper-45nm", "default"] {
            let config = try HardwareConfig.load(path: Paths.hwconfig(name))
            let (result, _) = try simulate(config)
            var sum = ActionCounts()
            for c in result.timing.cores { sum.add(c.actions) }
            let total = result.timing.actions
            XCTAssertEqual(sum[.accumulate], total[.accumulate], name)
            XCTAssertEqual(sum[.synapticRead], total[.synapticRead], name)
            XCTAssertEqual(sum[.membraneRead], total[.membraneRead], name)
            XCTAssertEqual(sum[.membraneWrite], total[.membraneWrite], name)
            XCTAssertEqual(sum[.poolCompare], total[.poolCompare], name)
            if result.timing.mappingMode == .resident {
                XCTAssertEqual(sum[.spike], total[.spike], name)
            } else {
                XCTAssertEqual(sum[.spike], 0, "\(name): streamed events leave from the I/O port")
            }
        }
    }
}
