import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import NCReport
import XCTest

@testable import NeurocycleCLI

final class SimulateReplayTests: XCTestCase {
    /// For every preset, replaying the trace that `simulate` recorded on it (spikeyolo-t.pt on
    /// input320; the spikes depend on the preset's arithmetic) gives the same hardware and energy
    /// sections as the simulation itself.
    func testReplayEqualsSimulateOnEveryPreset() throws {
        let dir = try Fixtures.temporaryDirectory()
        let trace = dir + "/t320.nctrace"
        let presets = try FileManager.default.contentsOfDirectory(atPath: Paths.hwconfigs)
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
        XCTAssertEqual(presets, ["default", "edge-small", "loihi", "loihi-like", "paper-45nm", "speck-like"])
        for preset in presets {
            let sim = CLI.capture(["simulate", "--model", Fixtures.path("spikeyolo-t.pt"), "--input", Fixtures.path("input320.npy"),
                                   "--hw", Paths.hwconfig(preset), "--json", dir + "/sim.json", "--no-compare", "--record", trace])
            XCTAssertEqual(sim.status, 0, sim.err)
            let rep = CLI.capture(["replay", trace, "--hw", Paths.hwconfig(preset), "--json", dir + "/rep.json"])
            XCTAssertEqual(rep.status, 0, rep.err)
            // Decoded as reports, so a missing section or key fails instead of comparing nil with nil.
            let simulated = try report(dir + "/sim.json"), replayed = try report(dir + "/rep.json")
            XCTAssertEqual(try XCTUnwrap(simulated.hardware, preset), try XCTUnwrap(replayed.hardware, preset), "\(preset): hardware")
            XCTAssertNotNil(simulated.energy.hardware, "\(preset): chip energy")
            XCTAssertEqual(simulated.energy, replayed.energy, "\(preset): energy")
            XCTAssertFalse(simulated.layers.isEmpty, preset)
            XCTAssertEqual(simulated.layers, replayed.layers, "\(preset): layers")
            XCTAssertEqual(simulated.totals, replayed.totals, "\(preset): totals")
            XCTAssertEqual(try XCTUnwrap(simulated.neurons, preset), try XCTUnwrap(replayed.neurons, preset), "\(preset): neurons")
        }
    }

    /// The same report bytes for 1 and 2 threads and across repeated runs.
    func testReportBytesDoNotDependOnThreadsOrRuns() throws {
        var outputs = [String]()
        for threads in ["1", "2", "2"] {
            let r = CLI.capture(["simulate", "--model", Fixtures.path("spikeyolo-t.pt"), "--input", Fixtures.path("input128.npy"),
                                 "--threads", threads, "--json", "-"])
            XCTAssertEqual(r.status, 0, r.err)
            outputs.append(r.out)
        }
        XCTAssertEqual(outputs[0], outputs[1])
        XCTAssertEqual(outputs[1], outputs[2])
    }

    /// Bad configs and bad traces: one line naming the file and the problem, and nothing written.
    func testBadConfigsAndTracesWriteNothing() throws {
        let dir = try Fixtures.temporaryDirectory()
        let out = dir + "/never.json"
        try #"{"version": 1, "core": {"accumulate_units": 0}}"#.write(toFile: dir + "/zero.json", atomically: true, encoding: .utf8)
        try #"{"version": 1, "core": {"neuron_mem": 4}}"#.write(toFile: dir + "/typo.json", atomically: true, encoding: .utf8)
        try Data(repeating: 7, count: 100).write(to: URL(fileURLWithPath: dir + "/junk.nctrace"))
        let cases: [([String], String)] = [
            (["simulate", "--scale", "t", "--imgsz", "64", "--hw", dir + "/zero.json"], "core.accumulate_units must be at least 1"),
            (["simulate", "--scale", "t", "--imgsz", "64", "--hw", dir + "/typo.json"], "core.neuron_mem"),
            (["replay", dir + "/junk.nctrace"], dir + "/junk.nctrace"),
            (["replay", dir + "/missing.nctrace"], dir + "/missing.nctrace"),
        ]
        for (args, fragment) in cases {
            let r = CLI.capture(args + ["--json", out])
            XCTAssertEqual(r.status, 1, "\(args)")
            XCTAssertEqual(r.err.filter { $0 == "\n" }.count, 1, r.err)
            XCTAssertTrue(r.err.contains(fragment), r.err)
            XCTAssertFalse(FileManager.default.fileExists(atPath: out))
        }
    }

    /// The HTML report of a simulation is well-formed XML, and the JSON numbers appear in it.
    func testHTMLReportIsWellFormedAndShowsTheJSONNumbers() throws {
        let dir = try Fixtures.temporaryDirectory()
        let r = CLI.capture(["simulate", "--model", Fixtures.path("spikeyolo-t.pt"), "--input", Fixtures.path("input128.npy"),
                             "--html", dir + "/r.html", "--json", dir + "/r.json"])
        XCTAssertEqual(r.status, 0, r.err)
        let html = try Data(contentsOf: URL(fileURLWithPath: dir + "/r.html"))
        let parser = XMLParser(data: html)
        XCTAssertTrue(parser.parse(), "\(String(describing: parser.parserError))")
        let json = try Paths.json(dir + "/r.json")
        let text = String(decoding: html, as: UTF8.self)
        let layers = try XCTUnwrap(json["layers"] as? [[String: Any]])
        XCTAssertFalse(layers.isEmpty)
        for layer in layers {
            XCTAssertTrue(text.contains(try XCTUnwrap(layer["name"] as? String)))
        }
        XCTAssertFalse(text.contains("http://") || text.contains("https://"))
    }

    /// The report in the JSON file at `path`.
    private func report(_ path: String) throws -> Report {
        try JSONReport.decode(String(decoding: Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self))
    }
}
