import Foundation
import XCTest

@testable import NeurocycleCLI

/// `neurocycle layer` on the SANA-FE fixture (`Tests/Fixtures/sanafe/`, copies of
/// `../shared/fixtures/sanafe/`): the JSON keys carry SANA-FE's run summary numbers
/// (`dev_conv3x3_8to16_24_run_summary.yaml`) and `--spikes-out` writes SANA-FE's spikes.
final class LayerCommandTests: XCTestCase {
    func testJSONKeysCarrySANAFEsTotalsAndSpikesOutEqualsSANAFE() throws {
        let dir = try Fixtures.temporaryDirectory()
        let (json, npy) = (dir + "/layer.json", dir + "/out.npy")
        let r = CLI.capture(["layer", Fixtures.path("sanafe/dev_conv3x3_8to16_24_workload.npz"), "--hw", "loihi-like", "--json", json,
                             "--spikes-out", npy])
        XCTAssertEqual(r.status, 0, r.err)
        let report = try Paths.json(json)
        // The summary: total_spikes (synaptic events) 628512, messages 41517, hops 77468,
        // neurons updated 41477, fired 14730, output spikes 10117.
        XCTAssertEqual(report["synaptic_events"] as? Int, 628_512)
        XCTAssertEqual(report["messages"] as? Int, 41_517)
        XCTAssertEqual(report["hops"] as? Int, 77_468)
        XCTAssertEqual(report["neurons_updated"] as? Int, 41_477)
        XCTAssertEqual(report["neurons_fired"] as? Int, 14_730)
        XCTAssertEqual(report["output_spikes"] as? Int, 10_117)
        let energy = try XCTUnwrap(report["energy_j"] as? [String: Double])
        for (key, sanafe) in [("synapse", 1.508428799999329e-05), ("soma", 3.856666500000027e-06), ("network", 4.9337525999998154e-06),
                              ("total", 2.387470709999313e-05)] {
            XCTAssertEqual(try XCTUnwrap(energy[key]), sanafe, accuracy: 1e-9 * sanafe, key)
        }
        // sim_time_simple 3.2392520000000004e-04 s.
        XCTAssertEqual(try XCTUnwrap(report["latency_s"] as? Double), 3.2392520000000004e-04, accuracy: 1e-9 * 3.24e-4)
        let steps = try XCTUnwrap(report["timesteps"] as? [[String: Any]])
        XCTAssertEqual(steps.map { $0["output_spikes"] as? Int }, [0, 3112, 2594, 2291, 2120])
        XCTAssertNotNil((report["chip"] as? [String: Any])?["cycles"] as? Int)
        let written = try Data(contentsOf: URL(fileURLWithPath: npy))
        let expected = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("sanafe/dev_conv3x3_8to16_24_out_spikes.npy")))
        // Same spikes; SANA-FE's file is bool (|b1), ours uint8 (|u1): compare the data after the 128-byte headers.
        XCTAssertEqual(written.count, expected.count)
        XCTAssertEqual(written.suffix(4 * 16 * 24 * 24), expected.suffix(4 * 16 * 24 * 24))
    }

    func testBadWorkloadIsOneLineAndWritesNothing() throws {
        let dir = try Fixtures.temporaryDirectory()
        let out = dir + "/never.json"
        let r = CLI.capture(["layer", Fixtures.path("sanafe/loihi.yaml"), "--json", out])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("loihi.yaml: layer workload:"), r.err)
        XCTAssertEqual(r.err.trimmingCharacters(in: .newlines).split(separator: "\n").count, 1, r.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }
}
