import Foundation
import XCTest

@testable import NeurocycleCLI

/// One grammar for every command: `--json FILE` (`-` or nothing: standard output), a
/// `schema_version` in every JSON, `--precision` on `run` and `simulate`.
final class CLIGrammarTests: XCTestCase {
    private func json(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], file: file, line: line)
    }

    /// `inspect` and `map`, whose `--json` was a flag: the old spellings still print JSON, and
    /// `--json FILE` writes it like every other command.
    func testJSONFlagAndFileOnInspectAndMap() throws {
        let dir = try scratchDirectory()
        let model = Fixtures.path("spikeyolo-t.pt")
        for args in [["inspect", model, "--json"], ["inspect", "--json", model], ["inspect", model, "--json", "-"],
                     ["inspect", "--json=-", model]] {
            let r = CLI.capture(args)
            XCTAssertEqual(r.status, 0, "\(args): \(r.err)")
            XCTAssertEqual(try json(r.out)["params"] as? Int, 2_011_184, "\(args)")
        }
        let toFile = CLI.capture(["inspect", model, "--json", dir + "/i.json"])
        XCTAssertEqual(toFile.status, 0, toFile.err)
        XCTAssertEqual(toFile.out, "")
        XCTAssertEqual(try Paths.json(dir + "/i.json")["params"] as? Int, 2_011_184)
        let otherName = CLI.capture(["inspect", model, "--json=" + dir + "/i.txt"])
        XCTAssertEqual(otherName.status, 0, otherName.err)
        XCTAssertEqual(try Paths.json(dir + "/i.txt")["schema_version"] as? Int, 1)
        // Without `=`, a word not ending in .json is not taken as the file (it was the checkpoint).
        let ambiguous = CLI.capture(["inspect", model, "--json", dir + "/i.txt"])
        XCTAssertEqual(ambiguous.status, 64, "a usage error")
        XCTAssertTrue(ambiguous.err.contains("unexpected argument"), ambiguous.err)

        for args in [["map", "--scale", "t", "--imgsz", "64", "--json"], ["map", "--json", "--scale", "t", "--imgsz", "64"]] {
            let r = CLI.capture(args)
            XCTAssertEqual(r.status, 0, "\(args): \(r.err)")
            XCTAssertEqual(try json(r.out)["hardware"] as? String, "default", "\(args)")
        }
        let map = CLI.capture(["map", "--scale", "t", "--imgsz", "64", "--hw", "speck-like", "--json", dir + "/m.json"])
        XCTAssertEqual(map.status, 0, map.err)
        let mapJSON = try Paths.json(dir + "/m.json")
        XCTAssertEqual(mapJSON["hardware"] as? String, "speck-like")
        XCTAssertEqual(mapJSON["model"] as? String, "synthetic SpikeYOLO-t (seed 2024)")
        XCTAssertEqual(mapJSON["input_height"] as? Int, 64)
        XCTAssertEqual(mapJSON["neurons_per_core"] as? Int, 32_768)
    }

    /// Every JSON the tool writes says which layout it is.
    func testEveryJSONHasASchemaVersion() throws {
        let model = Fixtures.path("spikeyolo-t.pt"), input = Fixtures.path("input128.npy")
        let commands: [[String]] = [
            ["inspect", model, "--json"],
            ["map", "--model", model, "--imgsz", "128", "--json"],
            ["run", "--model", model, "--input", input, "--json"],
            ["simulate", "--model", model, "--input", input, "--hw", "edge-small", "--json", "-"],
            ["replay", Paths.sampleTrace, "--json"],
            ["trace", "info", Paths.sampleTrace, "--json"],
            ["bench", "reference", "--scale", "t", "--imgsz", "32", "--json"],
        ]
        for args in commands {
            let r = CLI.capture(args)
            XCTAssertEqual(r.status, 0, "\(args): \(r.err)")
            XCTAssertEqual(try json(r.out)["schema_version"] as? Int, 1, "\(args)")
        }
    }

    /// `trace info --json`: the summary's numbers and the source record.
    func testTraceInfoJSON() throws {
        let r = CLI.capture(["trace", "info", Paths.sampleTrace, "--json"])
        XCTAssertEqual(r.status, 0, r.err)
        let info = try json(r.out)
        XCTAssertEqual(info["model"] as? String, "spikeyolo-t.pt")
        XCTAssertEqual(info["timesteps"] as? Int, 1)
        XCTAssertEqual(info["spike_levels"] as? Int, 4)
        XCTAssertEqual((info["populations"] as? [Any])?.count, 88)
        let source = try XCTUnwrap(info["source"] as? [String: Any])
        XCTAssertEqual(source["arithmetic"] as? String, "fp32")
        XCTAssertEqual(source["command"] as? String, "run")
        XCTAssertNil(source["hardware"])
    }

    /// `run` reports `totals.events` as the README promises: the binary events its layers
    /// receive. A 1×1 convolution receives exactly the spikes of its input population, and on a
    /// chip every layer is delivered at least as many (once per destination core).
    func testRunReportsEvents() throws {
        let model = Fixtures.path("spikeyolo-t.pt"), input = Fixtures.path("input128.npy")
        let run = try json(CLI.capture(["run", "--model", model, "--input", input, "--json"]).out)
        let sim = try json(CLI.capture(["simulate", "--model", model, "--input", input, "--hw", "paper-45nm", "--json"]).out)
        let runLayers = try XCTUnwrap(run["layers"] as? [[String: Any]])
        let simLayers = try XCTUnwrap(sim["layers"] as? [[String: Any]])
        let events = runLayers.map { $0["events"] as? Int ?? -1 }
        XCTAssertEqual((run["totals"] as? [String: Any])?["events"] as? Int, events.reduce(0, +))
        XCTAssertEqual(events[0], 0, "the encoding layer is fed by the image")
        let neurons = try XCTUnwrap(run["neurons"] as? [[String: Any]])
        XCTAssertEqual(runLayers[1]["name"] as? String, "model.2.Conv.pwconv1")
        XCTAssertEqual(neurons[0]["name"] as? String, "model.2.Conv.lif1")
        XCTAssertEqual(events[1], neurons[0]["spikes"] as? Int)
        for (r, s) in zip(runLayers, simLayers) {
            XCTAssertLessThanOrEqual(r["events"] as? Int ?? .max, s["events"] as? Int ?? -1, r["name"] as? String ?? "")
        }
    }

    /// `simulate --precision` replaces the chip's arithmetic; bad values are one line.
    func testSimulatePrecision() throws {
        let args = ["simulate", "--scale", "t", "--imgsz", "64", "--hw", "default", "--no-compare"]
        let r = CLI.capture(args + ["--precision", "fp64", "--json"])
        XCTAssertEqual(r.status, 0, r.err)
        let report = try json(r.out)
        XCTAssertEqual((report["hardware"] as? [String: Any])?["arithmetic"] as? String, "fp64")
        XCTAssertTrue((report["notes"] as? [String] ?? []).contains {
            $0 == "--precision fp64 replaces the arithmetic of the hardware config default"
        })
        let bad = CLI.capture(args + ["--precision", "int8"])
        XCTAssertEqual(bad.status, 64, "a usage error")
        XCTAssertEqual(bad.err, "neurocycle: --precision must be fp32 or fp64, got 'int8'\n")
    }

    /// Help shows which values are optional: `--json [<v>]`.
    func testHelpShowsOptionalValues() {
        let r = CLI.capture(["map", "--help"])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.out.hasPrefix("usage: neurocycle map [--model M | --scale S] [--imgsz N | --input X.jpg --imgsz N] [--hw H] [--json out.json]"), r.out)
        XCTAssertTrue(r.out.contains("\n  --json [<v>]"), r.out)
        XCTAssertTrue(r.out.contains("\n  --hw <v>"), r.out)
    }
}

/// `bench` lines: names padded, numbers right-aligned before their unit, counts grouped.
final class BenchLineTests: XCTestCase {
    func testBenchLinesAlign() {
        XCTAssertEqual(BenchCommand.line("fold graph 640×640", value: "1.234", unit: "s", detail: "89 convolutions, 1,949,952,000 MACs"),
                       "fold graph 640×640               1.234 s    89 convolutions, 1,949,952,000 MACs")
        XCTAssertEqual(BenchCommand.line("peak resident memory", value: "1049", unit: "MiB", detail: ""),
                       "peak resident memory              1049 MiB")
        XCTAssertEqual(BenchCommand.line("trace size", value: "", unit: "", detail: "226,273 bytes"),
                       "trace size                                  226,273 bytes")
    }
}
