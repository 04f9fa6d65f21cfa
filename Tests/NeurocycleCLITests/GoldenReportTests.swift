import Foundation
import XCTest

@testable import NeurocycleCLI

/// Every report the CLI writes for the `t` fixture — terminal text, JSON, CSV and HTML of `run`,
/// `simulate` and `replay` on every preset, plus `map`, `inspect`, `estimate`, `hw show` and
/// `trace info` — compared byte for byte with the files in `Tests/Golden/`.
///
/// The goldens were recorded before the structural refactor (one step interpreter, one action
/// list), so that refactor provably changes no byte. A change that alters a report on purpose
/// re-records them: `NEUROCYCLE_RECORD_GOLDEN=1 swift test -c release -Xswiftc -enable-testing
/// --filter GoldenReportTests`, then review `git diff Tests/Golden` before committing.
final class GoldenReportTests: XCTestCase {
    /// One command and the files it writes.
    struct Case {
        var name: String
        var arguments: [String]
        /// Output options to add, each with the extension of its golden file.
        var outputs: [(option: String, ext: String)]
    }

    static let goldenDirectory = Paths.root + "/Tests/Golden"
    static var recording: Bool { ProcessInfo.processInfo.environment["NEUROCYCLE_RECORD_GOLDEN"] == "1" }

    static let presets = ["default", "edge-small", "loihi-like", "paper-45nm", "speck-like"]

    /// Commands with paths relative to the scratch directory (which holds links to the fixtures),
    /// so no report mentions where the clone lives.
    func cases(ratesFile: String) -> [Case] {
        let model = "spikeyolo-t.pt", input = "input128.npy", sample = "spikeyolo-t_input128.nctrace"
        let all: [(String, String)] = [("json", "json"), ("csv", "csv"), ("html", "html")]
        var list = [
            Case(name: "run_t128_fp32", arguments: ["run", "--model", model, "--input", input, "--conf", "0.001"], outputs: all),
            Case(name: "run_t128_fp64", arguments: ["run", "--model", model, "--input", input, "--precision", "fp64", "--conf", "0.001"],
                 outputs: [("json", "json")]),
            Case(name: "map_t128_default", arguments: ["map", "--model", model, "--imgsz", "128", "--hw", "hwconfigs/default.json"],
                 outputs: []),
            Case(name: "map_t128_loihi-like_json", arguments: ["map", "--model", model, "--imgsz", "128", "--hw", "hwconfigs/loihi-like.json", "--json"],
                 outputs: []),
            Case(name: "inspect_t", arguments: ["inspect", model], outputs: []),
            Case(name: "inspect_t_json", arguments: ["inspect", model, "--json"], outputs: []),
            Case(name: "estimate_t128", arguments: ["estimate", "--model", model, "--imgsz", "128", "--firing-rates", ratesFile],
                 outputs: [("json", "json"), ("csv", "csv")]),
            Case(name: "hw_show_default", arguments: ["hw", "show"], outputs: []),
            Case(name: "trace_info_sample", arguments: ["trace", "info", sample], outputs: []),
        ]
        for preset in Self.presets {
            list.append(Case(name: "simulate_t128_\(preset)",
                             arguments: ["simulate", "--model", model, "--input", input, "--hw", "hwconfigs/\(preset).json", "--conf", "0.001"],
                             outputs: all))
            list.append(Case(name: "replay_sample_\(preset)", arguments: ["replay", sample, "--hw", "hwconfigs/\(preset).json"],
                             outputs: [("json", "json"), ("csv", "csv")]))
        }
        return list
    }

    func testReportsAreByteIdenticalToGoldens() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try ratesText().write(toFile: dir + "/rates.txt", atomically: true, encoding: .utf8)
        let files = FileManager.default
        for name in ["spikeyolo-t.pt", "input128.npy"] {
            try files.createSymbolicLink(atPath: dir + "/" + name, withDestinationPath: Fixtures.path(name))
        }
        try files.createSymbolicLink(atPath: dir + "/spikeyolo-t_input128.nctrace",
                                     withDestinationPath: Paths.sampleTrace)
        try files.createSymbolicLink(atPath: dir + "/hwconfigs", withDestinationPath: Paths.hwconfigs)
        let previous = files.currentDirectoryPath
        XCTAssertTrue(files.changeCurrentDirectoryPath(dir))
        defer { _ = files.changeCurrentDirectoryPath(previous) }
        if Self.recording {
            try FileManager.default.createDirectory(atPath: Self.goldenDirectory, withIntermediateDirectories: true)
        }
        var checked = 0
        for c in cases(ratesFile: "rates.txt") {
            var arguments = c.arguments
            for (option, ext) in c.outputs { arguments += ["--\(option)", "\(c.name).\(ext)"] }
            let r = CLI.capture(arguments)
            XCTAssertEqual(r.status, 0, "\(c.name): \(r.err)")
            var produced = [("\(c.name).txt", portable(r.out, dir))]
            for (_, ext) in c.outputs {
                let text = try String(contentsOfFile: "\(dir)/\(c.name).\(ext)", encoding: .utf8)
                produced.append(("\(c.name).\(ext)", portable(text, dir)))
            }
            for (file, text) in produced {
                let path = Self.goldenDirectory + "/" + file
                if Self.recording {
                    try text.write(toFile: path, atomically: true, encoding: .utf8)
                    continue
                }
                guard let golden = try? String(contentsOfFile: path, encoding: .utf8) else {
                    XCTFail("\(file): no golden file; record with NEUROCYCLE_RECORD_GOLDEN=1")
                    continue
                }
                checked += 1
                if golden != text { XCTFail("\(file) differs from its golden: \(firstDifference(golden, text))") }
            }
        }
        if !Self.recording { XCTAssertGreaterThan(checked, 40) }
    }

    /// `text` with the clone's location and the scratch directory replaced by placeholders, so
    /// goldens do not depend on where the repository lives.
    func portable(_ text: String, _ scratch: String) -> String {
        text.replacingOccurrences(of: scratch, with: "$TMP").replacingOccurrences(of: Paths.root, with: "$ROOT")
    }

    /// The authors' test.py printout of `ref_t_128.json`'s per-population means.
    func ratesText() throws -> String {
        let ref = try Paths.json(Fixtures.path("ref_t_128.json"))
        let events = try XCTUnwrap(ref["events"] as? [[String: Any]]).filter { $0["kind"] as? String == "mem_update" }
        var text = "{"
        for e in events {
            let name = try XCTUnwrap(e["name"] as? String), mean = try XCTUnwrap(e["mean"] as? Double)
            text += "'model.\(name)': tensor(\(mean)), "
        }
        return text + "}"
    }

    /// Line number and both versions of the first line that differs.
    func firstDifference(_ a: String, _ b: String) -> String {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false), y = b.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(x.count, y.count) {
            let l = i < x.count ? String(x[i]) : "<end>", r = i < y.count ? String(y[i]) : "<end>"
            if l != r { return "line \(i + 1): golden «\(l.prefix(300))» now «\(r.prefix(300))»" }
        }
        return "same lines, different bytes"
    }
}
