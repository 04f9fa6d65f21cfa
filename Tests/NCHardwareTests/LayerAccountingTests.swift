import NCTestSupport
import XCTest

@testable import NCHardware
@testable import NCModel

/// SANA-FE's accounting of the fixture layer against SANA-FE's own per-timestep trace
/// (`Tests/Fixtures/sanafe/dev_conv3x3_8to16_24_perf_full.csv`, copied from
/// `../shared/fixtures/sanafe/`): counts exactly, energies and the `simple` timing model's
/// seconds to 1e-9 relative.
final class LayerAccountingTests: XCTestCase {
    func testEveryTimestepEqualsSANAFE() throws {
        let workload = try LayerWorkload.load(path: Fixtures.path("sanafe/dev_conv3x3_8to16_24_workload.npz"))
        let accounting = LayerAccounting(try LayerRun.run(workload, threads: 2), costs: .sanafeLoihi)
        let csv = try String(contentsOfFile: Fixtures.path("sanafe/dev_conv3x3_8to16_24_perf_full.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        let header = rows[0]
        func column(_ name: String) throws -> Int { try XCTUnwrap(header.firstIndex(of: name), name) }
        XCTAssertEqual(accounting.timesteps.count, rows.count - 1)
        XCTAssertEqual(accounting.mappedTiles, 4)
        func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(abs(a), abs(b)) }
        for (s, row) in rows.dropFirst().enumerated() {
            let mine = accounting.timesteps[s]
            let int = { (name: String) throws -> Int in Int(row[try column(name)])! }
            let real = { (name: String) throws -> Double in Double(row[try column(name)])! }
            let what = "timestep \(s + 1): mine \(mine)"
            XCTAssertEqual(mine.neuronsFired, try int("fired"), what)
            XCTAssertEqual(mine.neuronsUpdated, try int("updated"), what)
            XCTAssertEqual(mine.messages, try int("packets"), what)
            XCTAssertEqual(mine.hops, try int("hops"), what)
            XCTAssertEqual(mine.synapticEvents, try int("spikes"), what)
            XCTAssertTrue(close(mine.synapsePicojoules * 1e-12, try real("synapse_energy")), what)
            XCTAssertTrue(close(mine.somaPicojoules * 1e-12, try real("soma_energy")), what)
            XCTAssertTrue(close(mine.networkPicojoules * 1e-12, try real("network_energy")), what)
            XCTAssertTrue(close(mine.totalPicojoules * 1e-12, try real("total_energy")), what)
            let simple = try real("sim_time_simple")
            XCTAssertTrue(close(mine.nanoseconds * 1e-9, simple), "\(what) vs \(simple)")
        }
        // README totals: 628512 events, 41517 messages, 77468 hops, 41477 updated, 14730 fired, 10117 output spikes.
        let t = accounting.total
        XCTAssertEqual([t.synapticEvents, t.messages, t.hops, t.neuronsUpdated, t.neuronsFired, t.outputSpikes],
                       [628512, 41517, 77468, 41477, 14730, 10117])
        // Detailed sim_time 4.15612439e-4 s is SANA-FE's NoC scheduler, not modelled: the simple
        // model must still be within the 25 %.
        XCTAssertLessThan(abs(t.nanoseconds * 1e-9 / 4.1561243924270334e-4 - 1), 0.25, "simple \(t.nanoseconds * 1e-9) s vs detailed 4.156e-4 s")
    }

    func testHandCountedTinyLayerOnTwoTiles() throws {
        // 1 channel 2×2 input, pad 0, kernel 1, 2 output channels (weights 1, 1): output 2×2×2.
        // Placement: 2 input neurons per core (cores 0, 1), 4 output neurons per core from core 2,
        // 1 core per tile, mesh 4 high: tiles 0..3 at (0,0),(0,1),(0,2),(0,3).
        // Input spike at (0,1) at t = 0 (neuron 1, core 0): targets output (co,0,1) for co = 0, 1
        // → indices 1 and 5 → cores 2 and 3: 2 events, 2 messages, hops |2−0| + |3−0| = 5 (y).
        var costs = LayerEventCosts.sanafeLoihi
        costs.meshHeightTiles = 4
        let w = LayerWorkload(timesteps: 1, inChannels: 1, height: 2, width: 2, spikes: [0, 1, 0, 0], outChannels: 2, kernel: 1,
                              stride: 1, padding: 0, groups: 1, weights: [1, 1], neuron: IntegrateAndFire(threshold: 0.5),
                              placement: .init(inputNeuronsPerCore: 2, outputNeuronsPerCore: 4, coresPerTile: 1, firstOutputCore: 2))
        let a = LayerAccounting(try LayerRun.run(w, threads: 1), costs: costs)
        XCTAssertEqual(a.timesteps.count, 2)
        let (first, second) = (a.timesteps[0], a.timesteps[1])
        XCTAssertEqual([first.inputSpikes, first.synapticEvents, first.messages, first.hopsX, first.hopsY, first.neuronsFired], [1, 2, 2, 0, 5, 1])
        XCTAssertEqual([second.outputSpikes, second.neuronsUpdated, second.neuronsFired, second.messages], [2, 2, 2, 0])
        // Soma: 8 accesses each step; step 2 adds 2 updates and 2 spikes.
        XCTAssertEqual(first.somaPicojoules, 8 * 51.2, accuracy: 1e-9)
        XCTAssertEqual(second.somaPicojoules, 8 * 51.2 + 2 * 21.6 + 2 * 69.3, accuracy: 1e-9)
        XCTAssertEqual(first.networkPicojoules, 2 * 111 + 5 * 4.2, accuracy: 1e-9)
        // Timing: step 1, core 2 and core 3 each get one message of one synapse: 16 + 3.1 ns; the
        // output cores generate 4 × 6.0 = 24 ns; sync for 4 tiles 1.4 µs → 1424 ns.
        XCTAssertEqual(first.nanoseconds, 1424, accuracy: 1e-9)
        // Step 2: core 2 holds neurons 0..3 (one updated and fired): 24 + 3.7 + 30 = 57.7 ns.
        XCTAssertEqual(second.nanoseconds, 1400 + 57.7, accuracy: 1e-9)
    }
}
