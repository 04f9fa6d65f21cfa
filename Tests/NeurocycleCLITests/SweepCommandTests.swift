import Foundation
import FoundationXML
import NCTestSupport
import XCTest

@testable import NCReport
@testable import NCSimulation
@testable import NeurocycleCLI

/// `neurocycle sweep` on the sample trace of the t model: each point equals its own `replay`
/// field by field, bad `--vary` is one line and exit 64, shards merge into the whole, and an
/// interrupted sweep resumes from its part.
final class SweepCommandTests: XCTestCase {
    static let trace = Paths.sampleTrace
    /// 2 × 2 points on the built-in default chip: accumulate units change the cycles and the
    /// leakage, the pipeline latency the cycles a little.
    static let grid = ["--vary", "core.accumulate_units=4,16", "--vary", "core.pipeline_latency_cycles=4,400"]

    /// The default preset with the two keys set by text substitution: an independent way to
    /// write each point's config as a file for `replay`.
    static func configText(units: Int, pipeline: Int) throws -> String {
        let text = try String(contentsOfFile: Paths.hwconfig("default"), encoding: .utf8)
        let edited = text.replacingOccurrences(of: "\"accumulate_units\": 16,", with: "\"accumulate_units\": \(units),")
            .replacingOccurrences(of: "\"pipeline_latency_cycles\": 4,", with: "\"pipeline_latency_cycles\": \(pipeline),")
        XCTAssertNotEqual(edited == text, units != 16 || pipeline != 4, "the preset's text has the keys to substitute")
        return edited
    }

    func testFourPointsEqualFourReplays() throws {
        let dir = try scratchDirectory()
        let sweep = CLI.capture(["sweep", Self.trace] + Self.grid + ["--jobs", "2", "--json", dir + "/s.json", "--csv", dir + "/s.csv"])
        XCTAssertEqual(sweep.status, 0, sweep.err)
        let report = try JSONReport.decodeSweep(try String(contentsOfFile: dir + "/s.json", encoding: .utf8))
        XCTAssertEqual(report.points.count, 4)
        let csv = try String(contentsOfFile: dir + "/s.csv", encoding: .utf8).split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        XCTAssertEqual(csv.count, 5)
        let column = Dictionary(uniqueKeysWithValues: csv[0].enumerated().map { ($1, $0) })
        var cycles = Set<Int>()
        for (k, (units, pipeline)) in [(4, 4), (4, 400), (16, 4), (16, 400)].enumerated() {
            let config = dir + "/c\(k).json"
            try Self.configText(units: units, pipeline: pipeline).write(toFile: config, atomically: true, encoding: .utf8)
            let replay = CLI.capture(["replay", Self.trace, "--hw", config, "--json", dir + "/r\(k).json"])
            XCTAssertEqual(replay.status, 0, replay.err)
            var expected = try JSONReport.decode(try String(contentsOfFile: dir + "/r\(k).json", encoding: .utf8))
            let p = report.points[k]
            XCTAssertEqual(p.index, k)
            XCTAssertEqual(p.values, ["core.accumulate_units": .int(Int64(units)), "core.pipeline_latency_cycles": .int(Int64(pipeline))])
            XCTAssertTrue(p.mapped)
            let hardware = try XCTUnwrap(expected.hardware), energy = try XCTUnwrap(expected.energy.hardware)
            XCTAssertEqual(p.cycles, hardware.cycles)
            XCTAssertEqual(p.latencySeconds, hardware.latencySeconds)
            XCTAssertEqual(p.energyMillijoules, energy.totalMillijoules)
            XCTAssertEqual(p.energyComponents, energy.breakdown)
            XCTAssertEqual(p.peakQueue, hardware.cores.map(\.queueHighWater).max())
            XCTAssertEqual(try XCTUnwrap(p.utilisation), hardware.cores.map(\.utilisation).reduce(0, +) / Double(hardware.cores.count),
                           accuracy: 1e-15)
            XCTAssertEqual(p.mappingMode, hardware.mappingMode)
            // 16 × 16 cores, each 256 KiB of synaptic memory and 65,536 neurons of 24-bit membranes.
            XCTAssertEqual(p.sramBits, 256 * (262_144 * 8 + 65_536 * 24))
            // The whole replay report, field by field (the sweep leaves out the trace's neurons[]).
            expected.neurons = nil
            XCTAssertEqual(p.breakdown, expected)
            // The CSV row says the same in exact numbers.
            let row = csv[k + 1]
            XCTAssertEqual(row[column["core.accumulate_units"]!], String(units))
            XCTAssertEqual(row[column["cycles"]!], String(hardware.cycles))
            XCTAssertEqual(Double(row[column["latency_s"]!]), hardware.latencySeconds)
            XCTAssertEqual(Double(row[column["energy_mJ"]!]), energy.totalMillijoules)
            XCTAssertEqual(Double(row[column["energy_leakage_mJ"]!]), energy.breakdown["leakage"])
            XCTAssertEqual(row[column["sram_bits"]!], String(p.sramBits))
            cycles.insert(hardware.cycles)
        }
        XCTAssertEqual(cycles.count, 4, "every point is a different chip")
        // Fewer accumulate units are slower and, leaking longer, cost more: points 2 and 3 dominate 0 and 1,
        // and the shorter pipeline is faster and cheaper.
        XCTAssertEqual(report.pareto, [2])
        XCTAssertEqual(report.points.map(\.pareto), [false, false, true, false])
        XCTAssertTrue(sweep.out.contains("POINTS — 4 exact replays"), sweep.out)
    }

    /// A point whose network does not fit is reported with the reason, not dropped.
    func testUnmappedPointsAreReported() throws {
        let r = CLI.capture(["sweep", Self.trace, "--hw", "edge-small", "--vary", "core.synaptic_memory_bytes=512,262144", "--json", "-"])
        XCTAssertEqual(r.status, 0, r.err)
        let report = try JSONReport.decodeSweep(r.out)
        XCTAssertEqual(report.points.map(\.mapped), [false, true])
        let reason = try XCTUnwrap(report.points[0].reason)
        XCTAssertTrue(reason.hasPrefix("model.4.0.conv2.conv needs ") && reason.hasSuffix(" of synaptic memory for one output channel group; a core has 512 B"), reason)
        XCTAssertNil(report.points[0].cycles)
        XCTAssertNil(report.points[0].breakdown)
        XCTAssertEqual(report.pareto, [1])
    }

    /// Bad `--vary` values and keys are usage errors (64) in one line naming the key; a bad base
    /// file or trace is a file error (1). Nothing is written.
    func testBadInputIsOneLine() throws {
        let dir = try scratchDirectory()
        let badBase = dir + "/bad.json"
        try #"{"version": 1, "core": {"accumulate_units": 0}}"#.write(toFile: badBase, atomically: true, encoding: .utf8)
        let cases: [([String], Int32, String)] = [
            (["--vary", "core.acumulate_units=4"], 64, "--hw default with core.acumulate_units=4: unknown key core.acumulate_units (did you mean core.accumulate_units?)"),
            (["--vary", "core.accumulate_units=0,4"], 64, "core.accumulate_units must be at least 1 (found 0)"),
            (["--vary", "core.accumulate_units=4.0"], 64, "core.accumulate_units must be an integer"),
            (["--vary", "core.accumulate_units"], 64, "--vary core.accumulate_units: expected key.path=v1,v2,..."),
            (["--vary", "core.accumulate_units=4,8", "--vary", "core.pipeline_latency_cycles=1", "--zip"], 64, "--zip pairs"),
            (["--vary", "core.x=1", "--vary", "core.x=2"], 64, "--vary core.x is given twice"),
            (["--vary", "core.accumulate_units=4", "--shard", "4/3"], 64, "--shard"),
            (["--vary", "core.accumulate_units=4", "--resume"], 64, "--resume needs --part"),
            (["--vary", "core.accumulate_units=4", "--hw", badBase], 1, "bad.json: core.accumulate_units must be at least 1 (found 0)"),
            (["--vary", "core.accumulate_units=4", "--hw", "no-such-preset"], 1, "no-such-preset: no such file, and not a built-in preset"),
        ]
        for (extra, status, message) in cases {
            let r = CLI.capture(["sweep", Self.trace] + extra + ["--json", dir + "/out.json"])
            XCTAssertEqual(r.status, status, "\(extra): \(r.err)")
            XCTAssertTrue(r.err.contains(message), "\(extra): \(r.err)")
            XCTAssertEqual(r.err.split(separator: "\n").count, 1, r.err)
        }
        let missing = CLI.capture(["sweep", dir + "/none.nctrace", "--vary", "core.accumulate_units=4", "--json", dir + "/out.json"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["bad.json"])
    }

    /// Three shards merged give the bytes of the whole sweep: its JSON, CSV and part.
    func testShardsMergeIntoTheWhole() throws {
        let dir = try scratchDirectory()
        let grid = ["--vary", "core.accumulate_units=2,4,8,16,32", "--jobs", "1"]
        let whole = CLI.capture(["sweep", Self.trace] + grid + ["--json", dir + "/w.json", "--csv", dir + "/w.csv", "--part", dir + "/w.ncpart"])
        XCTAssertEqual(whole.status, 0, whole.err)
        for i in 1...3 {
            let r = CLI.capture(["sweep", Self.trace] + grid + ["--shard", "\(i)/3", "--part", dir + "/p\(i).ncpart"])
            XCTAssertEqual(r.status, 0, r.err)
        }
        let shard = try SweepPart.read(path: dir + "/p2.ncpart")
        XCTAssertEqual(shard.points.map(\.index), [1, 2], "shard 2/3 of 5 points is ⌊5/3⌋..<⌊10/3⌋")
        let merged = CLI.capture(["merge", dir + "/p3.ncpart", dir + "/p1.ncpart", dir + "/p2.ncpart", "--json", dir + "/m.json",
                                  "--csv", dir + "/m.csv", "--part", dir + "/m.ncpart", "--html", dir + "/m.html"])
        XCTAssertEqual(merged.status, 0, merged.err)
        for (a, b) in [("w.json", "m.json"), ("w.csv", "m.csv"), ("w.ncpart", "m.ncpart")] {
            XCTAssertEqual(FileManager.default.contents(atPath: dir + "/" + a), FileManager.default.contents(atPath: dir + "/" + b), a)
        }
        let short = CLI.capture(["merge", dir + "/p1.ncpart", dir + "/p3.ncpart", "--json", dir + "/x.json"])
        XCTAssertEqual(short.status, 1)
        XCTAssertTrue(short.err.contains("shard 2/3 missing"), short.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/x.json"))
    }

    /// `--resume` measures only the points its part lacks and keeps those it holds.
    func testResumeSkipsPointsDone() throws {
        let dir = try scratchDirectory()
        let grid = ["--vary", "core.accumulate_units=2,4,8,16", "--jobs", "2"]
        XCTAssertEqual(CLI.capture(["sweep", Self.trace] + grid + ["--json", dir + "/w.json", "--part", dir + "/w.ncpart"]).status, 0)
        // A part as an interrupted run leaves it: two points done. Point 0 is marked so that a
        // rerun of it would show.
        var part = try SweepPart.read(path: dir + "/w.ncpart")
        let measured = part.points
        part.points = [measured[0], measured[2]]
        part.points[0].cycles = 12_345
        part.complete = false
        try Data(try part.encoded()).write(to: URL(fileURLWithPath: dir + "/r.ncpart"))
        let resumed = CLI.capture(["sweep", Self.trace] + grid + ["--resume", "--part", dir + "/r.ncpart", "--json", dir + "/r.json"])
        XCTAssertEqual(resumed.status, 0, resumed.err)
        let after = try SweepPart.read(path: dir + "/r.ncpart")
        XCTAssertTrue(after.complete)
        XCTAssertEqual(after.points[0].cycles, 12_345, "point 0 was not run again")
        XCTAssertEqual(Array(after.points[1...]), Array(measured[1...]), "points 1 and 3 measured as the whole run measured them")
        // A part of another sweep is refused, and left as it was.
        let other = CLI.capture(["sweep", Self.trace, "--vary", "core.accumulate_units=2,4", "--resume", "--part", dir + "/r.ncpart"])
        XCTAssertEqual(other.status, 1)
        XCTAssertTrue(other.err.contains("belongs to another sweep"), other.err)
        XCTAssertEqual(try SweepPart.read(path: dir + "/r.ncpart"), after)
    }

    /// The page is well-formed XML with one mark per mapped point, the Pareto front drawn, and
    /// a sensitivity plot of energy and latency for each varied key.
    func testHTMLPage() throws {
        let dir = try scratchDirectory()
        let r = CLI.capture(["sweep", Self.trace, "--hw", "default", "--hw", "edge-small", "--vary", "core.accumulate_units=4,16",
                             "--vary", "core.synaptic_memory_bytes=512,262144", "--html", dir + "/s.html", "--json", dir + "/s.json"])
        XCTAssertEqual(r.status, 0, r.err)
        let report = try JSONReport.decodeSweep(try String(contentsOfFile: dir + "/s.json", encoding: .utf8))
        let html = try String(contentsOfFile: dir + "/s.html", encoding: .utf8)
        let parser = XMLParser(data: Data(html.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        let mapped = report.points.filter(\.mapped).count
        XCTAssertEqual(mapped, 4, "512 B of synaptic memory is too little for model.4.0.conv2.conv on either chip")
        // One scatter plus energy and latency for each of the two keys, a mark per mapped point in each.
        XCTAssertEqual(html.components(separatedBy: "<svg").count - 1, 5)
        XCTAssertEqual(html.components(separatedBy: "<circle").count - 1, 5 * mapped)
        XCTAssertTrue(html.contains("<h3>Energy against core.synaptic_memory_bytes</h3>"))
        XCTAssertTrue(html.contains("does not map: model.4.0.conv2.conv needs"))
        XCTAssertTrue(html.contains("Colour: base config (blue default, orange edge-small)"))
    }

    /// Interrupted (SIGINT) once its part holds some points: no report file and no temporary
    /// file is left, and the part is a valid, incomplete part that `--resume` can finish.
    func testInterruptedSweepLeavesOnlyItsCheckpoint() throws {
        guard let binary = BuiltBinary.path else { return XCTFail("no built neurocycle beside the tests") }
        let dir = try scratchDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        // 400 points: far more than finish before the first checkpoint (written after 2 s).
        process.arguments = ["sweep", Self.trace, "--vary", "core.accumulate_units=" + (1...400).map(String.init).joined(separator: ","),
                             "--jobs", "1", "--part", "p.ncpart", "--json", "s.json", "--html", "s.html"]
        process.currentDirectoryURL = URL(fileURLWithPath: dir)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: dir + "/p.ncpart") && process.isRunning && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTAssertTrue(process.isRunning, "the sweep ended before its first checkpoint")
        process.interrupt()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 128 + 2)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["p.ncpart"])
        let part = try SweepPart.read(path: dir + "/p.ncpart")
        XCTAssertFalse(part.complete)
        XCTAssertGreaterThan(part.points.count, 0)
        XCTAssertLessThan(part.points.count, 400)
        XCTAssertEqual(part.points.map(\.index), Array(0..<part.points.count), "one job measures points in order")
    }
}
