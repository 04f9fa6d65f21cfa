import NCModel
import XCTest

@testable import NCHardware

/// `MappingSummary` on hand-sized tiles (the tiling itself is checked in `MappingTests`).
final class MappingSummaryTests: XCTestCase {
    /// Resident on 4 x 2 cores of 48 neurons and 576 bytes. The 2x4x4 input buffer (no writer,
    /// no weights) is one tile of 2 x 4 x 4 = 32 neurons. The 8x4x4 output buffer: 576 / 18 = 32
    /// channels would fit the synaptic memory and 48 / 4 = 12 the neuron memory, so a tile holds
    /// all 8 channels and 48 / (8 x 4) = 1 row: 4 tiles of 32 neurons, each holding 8 x 18 = 144
    /// weight bytes. Five tiles on five distinct cores, one pass.
    func testResidentSummary() throws {
        let topology = TinyNetworks.single(channels: 2, size: 4, outChannels: 8, kernel: 3)
        let machine = TinyNetworks.machine(width: 4, height: 2, units: 1, latency: 0, neurons: 48, synapticBytes: 576)
        let summary = MappingSummary(try Mapping.plan(topology, on: machine), topology: topology, neuronsPerCore: 48,
                                     synapticBytesPerCore: 576)
        XCTAssertEqual(summary.mode, .resident)
        XCTAssertEqual(summary.coreCount, 8)
        XCTAssertEqual(summary.neuronsPerCore, 48)
        XCTAssertEqual(summary.synapticBytesPerCore, 576)
        XCTAssertEqual(summary.tiles, 5)
        XCTAssertEqual(summary.buffers, [
            .init(name: "in", writers: [], channels: 2, height: 4, width: 4, tiles: 1, cores: 1, passes: 1,
                  channelsPerTile: 2, rowsPerTile: 4, neuronUtilisation: 32.0 / 48, synapticUtilisation: 0),
            .init(name: "out", writers: ["conv"], channels: 8, height: 4, width: 4, tiles: 4, cores: 4, passes: 1,
                  channelsPerTile: 8, rowsPerTile: 1, neuronUtilisation: 32.0 / 48, synapticUtilisation: 144.0 / 576),
        ])
    }

    /// Streamed on one core of 40 bytes: 40 / 18 = 2 channels per tile, so the output buffer is
    /// 4 tiles taking turns on the one core in 4 passes, each holding 2 x 18 = 36 bytes.
    func testStreamedSummary() throws {
        let topology = TinyNetworks.single(channels: 2, size: 4, outChannels: 8, kernel: 3)
        let machine = TinyNetworks.machine(width: 1, units: 1, latency: 0, synapticBytes: 40)
        let summary = MappingSummary(try Mapping.plan(topology, on: machine), topology: topology,
                                     neuronsPerCore: 1 << 16, synapticBytesPerCore: 40)
        XCTAssertEqual(summary.mode, .streamed)
        XCTAssertEqual(summary.tiles, 5)
        let out = summary.buffers[1]
        XCTAssertEqual([out.tiles, out.cores, out.passes, out.channelsPerTile, out.rowsPerTile], [4, 1, 4, 2, 4])
        XCTAssertEqual(out.neuronUtilisation, 32.0 / 65_536)
        XCTAssertEqual(out.synapticUtilisation, 36.0 / 40)
    }
}
