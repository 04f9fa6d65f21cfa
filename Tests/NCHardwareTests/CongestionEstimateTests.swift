import NCModel
import XCTest

@testable import NCHardware

/// `noc.congestion: sanafe` (SANA-FE's detailed-model congestion estimate,
/// docs/hardware-model.md "Congestion estimate") worked out by hand: a message of `h` tile hops
/// counts `1 / (h + 2)` at each of the `h + 1` router ports of its route while in flight; a new
/// message's congestion `c` is the sum on its route, `m` the mean occupancy in flight; it arrives
/// no sooner than `ceil(c·m / (h + 1))` after it is sent, and `c > (h + 1) × buffer` blocks its
/// sender `ceil((c − (h + 1) × buffer) · m)` cycles.
final class CongestionEstimateTests: XCTestCase {
    private func machine(width: Int, height: Int, tile: Int, buffer: Int) -> HardwareConfig {
        var c = TinyNetworks.machine(width: width, height: height, units: 1, latency: 2, routerBuffer: buffer, fireRate: 8)
        c.noc.tileWidthCores = tile
        c.noc.tileHeightCores = tile
        c.noc.congestion = .sanafe
        return c
    }

    /// Ports: 4 directions then one per core of the tile, `(tileRow × tilesWide + tileColumn) × ports + port`.
    func testRouteCountsOnePortPerTileItEnters() {
        let grid = TileGrid(config: machine(width: 4, height: 4, tile: 2, buffer: 1))
        XCTAssertEqual(grid.portsPerRouter, 8)
        // Core 0 (0, 0) to core 15 (3, 3): tile (0, 0) by core 0's port 4 + 0, tile (1, 0)
        // travelling +x (port 0), tile (1, 1) travelling +y (port 2).
        XCTAssertEqual(grid.route(from: 0, to: 15), [4, 8 + 0, (2 + 1) * 8 + 2])
        // Core 5 (1, 1) to core 4 (0, 1): the same tile, by core 5's port 4 + 1 + 1 × 2.
        XCTAssertEqual(grid.route(from: 5, to: 4), [7])
        // Core 3 (3, 0) to core 0: tile (1, 0) by core 3's port 4 + 1, tile (0, 0) travelling −x (port 1).
        XCTAssertEqual(grid.route(from: 3, to: 0), [8 + 5, 1])
    }

    /// Five packets from core 0 to core 1 (one tile hop: 2 ports, 1/3 each), 8 cycles each, one
    /// packet per cycle from cycle 1, router buffers of 1 packet (a route holds 2).
    func testBurstDelaysAndBlockingByHand() {
        var estimate = CongestionEstimate(config: machine(width: 2, height: 1, tile: 1, buffer: 1))
        let blocked = estimate.enter(5, from: 0, at: 1, spacing: 1, to: [1], occupancies: [8])
        // e0 at 1: c = 0 → 1. e1 at 2: c = 2/3, m = 8 → 2 + ceil(8/3) = 5. e2 at 3: c = 4/3 →
        // 3 + ceil(16/3) = 9. e3 at 4: c = 2 (not above 2) → 4 + 8 = 12. e4 at 5: c = 8/3 > 2
        // blocks ceil(2/3 × 8) = 6, sent at 11 → 11 + ceil(32/3) = 22.
        XCTAssertEqual(estimate.earliest, [1, 5, 9, 12, 22])
        XCTAssertEqual(blocked, 6)
        XCTAssertEqual(estimate.inFlight, 5)
        XCTAssertEqual(estimate.density.filter { $0 != 0 }.count, 2)
        // Two leave (started by their core) at 9 and 17; a message sent at 10 sees the first gone.
        estimate.leave(from: 0, to: 1, occupancy: 8, at: 9)
        estimate.leave(from: 0, to: 1, occupancy: 8, at: 17)
        let more = estimate.enter(1, from: 0, at: 10, spacing: 1, to: [1], occupancies: [2])
        // c = 4 × 2/3 = 8/3 > 2: blocks ceil(2/3 × 8) = 6; sent at 16 → 16 + ceil(32/3) = 27.
        XCTAssertEqual(more, 6)
        XCTAssertEqual(estimate.earliest, [27])
        // At 17 the second leaves: in flight the three 8-cycle ones and the 2-cycle one.
        estimate.release(upTo: 17)
        XCTAssertEqual(estimate.inFlight, 4)
        XCTAssertEqual(estimate.meanOccupancy, 26.0 / 4)
    }

    /// Through the engine: one pixel of 8 channels on core 0, a 1×1 convolution to 8 channels on
    /// core 1 (one accumulate unit: 8 cycles per packet; pipeline latency 2, hop 2, buffers of 1).
    /// The burst leaves at 1, its packets reach core 1 at 3…10 and start at 3, 11, …, 59 (the
    /// core is the bottleneck): done at 59 + 8 + 2 = 69 either way. The estimate sends packet e
    /// at 1 + e plus the blocking so far, retiring the packets started by then (e0 at 3, e1 at
    /// 11, e2 at 19, …): e0…e4 see c = 0, 2/3, 2/3, 4/3, 2 (e0 retired before e2), never above 2;
    /// e5 at 6 sees 4 in flight, c = 8/3, and blocks ceil(2/3 × 8) = 6; e6 at 1 + 6 + 6 = 13 (e1
    /// retired) and e7 at 1 + 12 + 7 = 20 (e2 retired) see 8/3 again: 18 cycles of stall.
    func testEngineStallsTheSenderForTheBlockedCycles() throws {
        let topo = TinyNetworks.single(channels: 8, outChannels: 8)
        let spikes: [[[UInt8]]] = [[[1, 1, 1, 1, 1, 1, 1, 1]]]
        var plain = machine(width: 2, height: 1, tile: 1, buffer: 1)
        plain.noc.congestion = .none
        let before = try ChipEngine(config: plain).replay(topology: topo, spikes: spikes)
        XCTAssertEqual(before.timing.cycles, 69)
        XCTAssertEqual(before.timing.cores[0].stall, 0)
        let r = try ChipEngine(config: machine(width: 2, height: 1, tile: 1, buffer: 1)).replay(topology: topo, spikes: spikes)
        XCTAssertEqual(r.timing.cycles, 69)
        XCTAssertEqual(r.timing.cores[0].stall, 18)
    }
}
