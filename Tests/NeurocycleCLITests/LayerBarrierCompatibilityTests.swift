import Foundation
import XCTest

@testable import NeurocycleCLI

/// With the layer-barrier schedule, the fewest-cores mapping, a kernel copy per tile and binary
/// packets, every preset gives exactly the timing neurocycle reported before these were choices:
/// the numbers of the golden reports recorded before issue #11, kept in
/// `Tests/Golden/layer-barrier-numbers.json` (simulate on input128 and replay of the sample trace).
final class LayerBarrierCompatibilityTests: XCTestCase {
    func testLegacySettingsReproduceTheOldCycleCounts() throws {
        let expected = try XCTUnwrap(try Paths.json(Paths.root + "/Tests/Golden/layer-barrier-numbers.json")["reports"] as? [String: Any])
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var compared = 0
        for preset in GoldenReportTests.presets {
            var config = try Paths.json(Paths.hwconfig(preset))
            config["chip", default: [String: Any]()] = merged(config["chip"], ["schedule": "layer-barrier"])
            config["mapping"] = ["strategy": "fewest-cores", "weights": "per-tile", "skip_zero_weights": false]
            config["noc"] = merged(config["noc"], ["spike_packets": "binary"])
            let path = "\(dir)/\(preset).json"
            try JSONSerialization.data(withJSONObject: config).write(to: URL(fileURLWithPath: path))
            let runs = [
                ("simulate_t128_\(preset)", ["simulate", "--model", Fixtures.path("spikeyolo-t.pt"), "--input", Fixtures.path("input128.npy"),
                                             "--no-compare"]),
                ("replay_sample_\(preset)", ["replay", Paths.root + "/traces/spikeyolo-t_input128.nctrace"]),
            ]
            for (name, arguments) in runs {
                let r = CLI.capture(arguments + ["--hw", path, "--json", "\(dir)/out.json"])
                XCTAssertEqual(r.status, 0, "\(name): \(r.err)")
                let report = try Paths.json("\(dir)/out.json")
                let old = try XCTUnwrap(expected[name] as? [String: Any], name)
                let hardware = try XCTUnwrap(report["hardware"] as? [String: Any])
                let layers = try XCTUnwrap(report["layers"] as? [[String: Any]])
                let cores = try XCTUnwrap(hardware["cores"] as? [[String: Any]])
                XCTAssertEqual(hardware["cycles"] as? Int, old["cycles"] as? Int, name)
                XCTAssertEqual(hardware["mapping_mode"] as? String, old["mapping_mode"] as? String, name)
                XCTAssertEqual(layers.map { $0["cycles"] as? Int }, ints(old["layer_cycles"]), "\(name): layer cycles")
                XCTAssertEqual(layers.map { $0["events"] as? Int }, ints(old["layer_events"]), "\(name): layer events")
                XCTAssertEqual(layers.map { $0["cores"] as? Int }, ints(old["layer_cores"]), "\(name): layer cores")
                XCTAssertEqual(layers.map { $0["sops"] as? Int }, ints(old["layer_sops"]), "\(name): layer SOPs")
                XCTAssertEqual(cores.map { $0["busy_cycles"] as? Int }, ints(old["core_busy"]), "\(name): core busy")
                XCTAssertEqual(cores.map { $0["stall_cycles"] as? Int }, ints(old["core_stall"]), "\(name): core stall")
                XCTAssertEqual(cores.map { $0["queue_high_water"] as? Int }, ints(old["core_queue_high_water"]), "\(name): queues")
                XCTAssertEqual(cores.map { $0["sops"] as? Int }, ints(old["core_sops"]), "\(name): core SOPs")
                let noc = try XCTUnwrap(hardware["noc"] as? [String: Any]), oldNoC = try XCTUnwrap(old["noc"] as? [String: Any])
                for key in oldNoC.keys.sorted() { XCTAssertEqual(noc[key] as? Int, oldNoC[key] as? Int, "\(name): noc.\(key)") }
                // Every action counted then is counted the same (neuron updates and word accesses are new).
                let actions = try XCTUnwrap(hardware["actions"] as? [String: Any]), oldActions = try XCTUnwrap(old["actions"] as? [String: Any])
                for key in oldActions.keys.sorted() { XCTAssertEqual(actions[key] as? Int, oldActions[key] as? Int, "\(name): \(key)") }
                compared += 1
            }
        }
        XCTAssertEqual(compared, 10)
    }

    private func merged(_ section: Any?, _ values: [String: Any]) -> [String: Any] {
        var s = section as? [String: Any] ?? [:]
        for (k, v) in values { s[k] = v }
        return s
    }

    private func ints(_ value: Any?) -> [Int?] { (value as? [Any] ?? []).map { $0 as? Int } }
}
