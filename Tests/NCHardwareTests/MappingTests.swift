import NCModel
import XCTest

@testable import NCHardware

final class MappingTests: XCTestCase {
    /// An 8-channel 4x4 output in cores of 32 neurons: one tile holds 8 channels x 1 row x 4
    /// columns = 32 neurons, so the layer splits into 4 row bands.
    func testLayerSplitIntoRowBands() throws {
        let topo = TinyNetworks.single(channels: 2, size: 4, outChannels: 8, kernel: 3)
        let machine = TinyNetworks.machine(width: 4, height: 2, units: 1, latency: 0, neurons: 32)
        let m = try Mapping.plan(topo, on: machine)
        XCTAssertEqual(m.mode, .resident)
        XCTAssertEqual(m.buffers[1].tiles.count, 4)
        XCTAssertEqual(m.buffers[1].channelsPerTile, 8)
        XCTAssertEqual(m.buffers[1].rowsPerTile, 1)
        // Weights per output channel: 2 x 3 x 3 x 8 bits = 18 bytes; a tile of 8 channels: 144 bytes.
        XCTAssertEqual(m.buffers[1].weightBytesPerTile, 144)
    }

    /// Synaptic memory of 40 bytes holds 2 output channels of 18 bytes: 8 channels split into 4 groups.
    func testLayerSplitByChannelGroups() throws {
        let topo = TinyNetworks.single(channels: 2, size: 4, outChannels: 8, kernel: 3)
        let machine = TinyNetworks.machine(width: 4, height: 2, units: 1, latency: 0, synapticBytes: 40)
        let m = try Mapping.plan(topo, on: machine)
        XCTAssertEqual(m.buffers[1].groups, 4)
        XCTAssertEqual(m.buffers[1].channelsPerTile, 2)
        // Every event of a dense conv reaches every channel group: s = 2 -> 2 events x 4 cores.
        var spikes = [UInt8](repeating: 0, count: 2 * 16)
        spikes[0] = 2
        let r = try ChipEngine(config: machine).replay(topology: topo, spikes: [[spikes]])
        XCTAssertEqual(r.timing.layers[0].events, 2)
        XCTAssertEqual(r.timing.layers[0].deliveries, 8)
        // Corner input (0, 0) of a padded 3x3 conv reaches 2 x 2 outputs x 8 channels per event.
        XCTAssertEqual(r.timing.layers[0].sops, 2 * 4 * 8)
    }

    /// More tiles than cores: layers take turns and reload their weights from DRAM.
    func testModelThatMustReloadWeights() throws {
        let topo = TinyNetworks.single(channels: 2, size: 4, outChannels: 8, kernel: 3)
        let machine = TinyNetworks.machine(width: 1, units: 1, latency: 0, synapticBytes: 40)
        let m = try Mapping.plan(topo, on: machine)
        XCTAssertEqual(m.mode, .streamed)
        XCTAssertEqual(m.buffers[1].passes, 4)
        let r = try ChipEngine(config: machine).replay(topology: topo, spikes: [[[UInt8](repeating: 1, count: 32)]])
        let layer = r.timing.layers[0]
        XCTAssertEqual(layer.passes, 4)
        // DRAM traffic of the conv: each pass loads its 2 channels' weights (36 bytes) and reads
        // the whole input (32 neurons x 3 bits for D = 4); each pass writes back its 2 x 16
        // membranes of 24 bits. The fire before it reads 32 membranes and writes 32 spikes.
        let passes = 4
        let conv = passes * (36 * 8 + 32 * 3 + 2 * 16 * 24)
        let fire = 32 * 24 + 32 * 3
        XCTAssertEqual(layer.actions[.dram], conv + fire)
        // Every output neuron is still reached exactly as without splitting: SOPs are the same.
        let resident = try ChipEngine(config: TinyNetworks.machine(width: 8, height: 2, units: 1, latency: 0))
            .replay(topology: topo, spikes: [[[UInt8](repeating: 1, count: 32)]])
        XCTAssertEqual(layer.sops, resident.timing.layers[0].sops)
        // With every spike 1, NeuroBench's count (non-zero inputs x fan-out) equals the SOPs,
        // whatever the passes.
        XCTAssertEqual(layer.nonzeroSOPs, layer.sops)
        XCTAssertEqual(resident.timing.layers[0].nonzeroSOPs, layer.sops)
    }

    /// A layer whose one output channel does not fit gets an actionable message.
    func testWeightsThatCannotFitNameTheLayer() throws {
        let topo = TinyNetworks.single(channels: 64, size: 4, outChannels: 8, kernel: 3)
        let machine = TinyNetworks.machine(width: 4, units: 1, latency: 0, synapticBytes: 512)
        XCTAssertThrowsError(try Mapping.plan(topo, on: machine)) { error in
            // 64 x 3 x 3 weights of 8 bits = 576 bytes per output channel.
            XCTAssertEqual("\(error)", "conv needs 576 B of synaptic memory for one output channel group; a core has 512 B")
        }
    }

    func testMessageUsesBinaryUnits() {
        XCTAssertEqual(MappingError.weightsTooLarge(layer: "model.6.0.conv1", bytes: 2_359_296, capacity: 131_072).description,
                       "model.6.0.conv1 needs 2.25 MiB of synaptic memory for one output channel group; a core has 128 KiB")
    }
}
