import NCEnergy
import NCHardware
import NCModel
import NCSimulation
import NCTestSupport
import XCTest

/// The chip engine's own run of the SANA-FE fixture layer with the `loihi` preset against
/// SANA-FE's run summary (`Tests/Fixtures/sanafe/dev_conv3x3_8to16_24_run_summary.yaml`, copied
/// from `../shared/fixtures/sanafe/`): total energy within 12 % and latency within 25 %, SANA-FE's
/// own error against Loihi silicon (issue #12). Each component is printed next to SANA-FE's.
final class LayerChipModelTests: XCTestCase {
    func testLoihiPresetIsWithinSANAFEsTolerances() throws {
        let workload = try LayerWorkload.load(path: Fixtures.path("sanafe/dev_conv3x3_8to16_24_workload.npz"))
        let config = try HardwareConfig.load(fileOrPreset: "loihi")
        let chip = try LayerOutcome.simulate(workload, config: config, threads: 2).chip
        let summary = try SANAFESummary(path: Fixtures.path("sanafe/dev_conv3x3_8to16_24_run_summary.yaml"))
        let joules = chip.energy.total.millijoules.mapValues { $0 * 1e-3 }
        func sum(_ names: [String]) -> Double { names.reduce(0) { $0 + (joules[$1] ?? 0) } }
        let mine: [(name: String, sanafe: Double, chip: Double)] = [
            ("synapse (accumulate)", try summary.value("synapse"), sum(["accumulate", "synaptic_read", "synaptic_read_access"])),
            ("soma (neuron_update + spike)", try summary.value("soma"), sum(["neuron_update", "spike", "membrane_read", "membrane_write"])),
            ("network (message + tile hops + noc)", try summary.value("network"), sum(["message", "tile_hop_x", "tile_hop_y", "noc"])),
            ("total", try summary.value("total"), chip.energy.total.totalPicojoules * 1e-12),
            ("latency s (SANA-FE detailed)", try summary.value("sim_time"), chip.result.latencySeconds),
        ]
        let table = mine.map { "\($0.name): SANA-FE \($0.sanafe), chip \($0.chip) (\(String(format: "%+.1f", ($0.chip / $0.sanafe - 1) * 100)) %)" }
            .joined(separator: "; ")
        let total = mine[3], latency = mine[4]
        XCTAssertLessThanOrEqual(abs(total.chip / total.sanafe - 1), 0.12, table)
        XCTAssertLessThanOrEqual(abs(latency.chip / latency.sanafe - 1), 0.25, table)
        // The message count is SANA-FE's rule (one per spike and destination core) on the
        // engine's own placement, so it is positive but need not equal SANA-FE's 41,517.
        XCTAssertGreaterThan(chip.result.timing.actions[.message], 0, table)
    }
}

/// The `key: value` lines of a SANA-FE run summary (top level and the `energy:` block).
private struct SANAFESummary {
    var values: [String: Double] = [:]

    init(path: String) throws {
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            let text = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, let v = Double(parts[1]) { values[parts[0]] = v }
        }
    }

    func value(_ key: String) throws -> Double { try XCTUnwrap(values[key], "run summary has no \(key)") }
}
