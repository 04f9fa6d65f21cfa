import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import NCReport
import XCTest

@testable import NeurocycleCLI

/// The Gen1 model from the command line: event input (`--events --at`, `--events --sample`,
/// `--frames`), a recorded Gen1 trace replayed, per-timestep reports, and the paper's estimate
/// against the authors' numbers.
final class Gen1CommandTests: XCTestCase {
    let model = Fixtures.path("gen1/spikeyolo-gen1-p.pt")
    let events = Fixtures.path("gen1/synth_dev_td.dat")
    let frames = Fixtures.path("gen1/synth_dev_frames.npy")

    func report(_ path: String) throws -> Report {
        try JSONReport.decode(String(decoding: Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self))
    }

    /// `simulate` on the FP32 chip records a trace; replaying it gives the same hardware, energy,
    /// layers, populations and per-timestep rows, and the spikes per timestep are PyTorch's FP32.
    func testAGen1TraceReplaysToTheSimulation() throws {
        let dir = try scratchDirectory()
        let trace = dir + "/gen1.nctrace"
        let sim = CLI.capture(["simulate", "--model", model, "--events", events, "--at", "650000", "--hw", Paths.hwconfig("paper-45nm"),
                               "--record", trace, "--json", dir + "/sim.json", "--html", dir + "/sim.html"])
        XCTAssertEqual(sim.status, 0, sim.err)
        XCTAssertTrue(sim.out.contains("PER TIMESTEP — T = 4"), sim.out)
        let rep = CLI.capture(["replay", trace, "--hw", Paths.hwconfig("paper-45nm"), "--json", dir + "/rep.json"])
        XCTAssertEqual(rep.status, 0, rep.err)
        let simulated = try report(dir + "/sim.json"), replayed = try report(dir + "/rep.json")
        XCTAssertEqual(simulated.model.timesteps, 4)
        XCTAssertEqual(simulated.model.classes, 2)
        XCTAssertEqual(try XCTUnwrap(simulated.hardware), try XCTUnwrap(replayed.hardware))
        XCTAssertEqual(simulated.energy, replayed.energy)
        XCTAssertEqual(simulated.layers, replayed.layers)
        XCTAssertEqual(simulated.totals, replayed.totals)
        XCTAssertEqual(try XCTUnwrap(simulated.neurons), try XCTUnwrap(replayed.neurons))
        XCTAssertEqual(try XCTUnwrap(simulated.perTimestep), try XCTUnwrap(replayed.perTimestep))

        // The fixture's FP32 spikes per timestep (PyTorch), population by population and in total.
        let fixture = try Paths.json(Fixtures.path("gen1/ref_gen1_p_synth_dev.json"))
        let fp32 = try XCTUnwrap(fixture["fp32"] as? [String: Any])
        for row in try XCTUnwrap(simulated.neurons) {
            let expected = try XCTUnwrap((fp32[row.name] as? [String: Any])?["per_t"] as? [[String: Any]], row.name)
            XCTAssertEqual(row.perTimestep?.map(\.spikes), expected.map { $0["sum"] as? Int ?? -1 }, row.name)
            XCTAssertEqual(row.perTimestep?.map(\.histogram), expected.map { $0["hist"] as? [Int] ?? [] }, row.name)
        }
        let rows = try XCTUnwrap(simulated.perTimestep)
        XCTAssertEqual(rows.map(\.spikes), [774_427, 730_804, 672_772, 687_340])
        // Per-timestep rows add up to the totals.
        XCTAssertEqual(rows.reduce(0) { $0 + ($1.sops ?? 0) }, simulated.totals.sops)
        XCTAssertEqual(rows.reduce(0) { $0 + ($1.cycles ?? 0) }, simulated.hardware?.cycles)
        let chip = try XCTUnwrap(simulated.energy.hardware?.totalMillijoules)
        XCTAssertEqual(rows.reduce(0) { $0 + ($1.hardwareMillijoules ?? 0) }, chip, accuracy: chip * 1e-12)
        XCTAssertEqual(rows.reduce(0) { $0 + $1.paperMillijoules }, simulated.energy.paper.snnMillijoules,
                       accuracy: simulated.energy.paper.snnMillijoules * 1e-12)

        // The HTML page is well-formed and has the per-timestep table and heat map.
        let html = try Data(contentsOf: URL(fileURLWithPath: dir + "/sim.html"))
        let parser = XMLParser(data: html)
        XCTAssertTrue(parser.parse(), "\(String(describing: parser.parserError))")
        let text = String(decoding: html, as: UTF8.self)
        XCTAssertTrue(text.contains("Per timestep (T = 4)"))
        XCTAssertTrue(text.contains("Firing rate of 88 populations over 4 timesteps"))
    }

    /// The three ways to give the same frames give the same spikes: `--events --at`, `--events
    /// --sample 1` (labels found beside the events) and `--frames`.
    func testEventsSampleAndFramesAreTheSameInput() throws {
        let dir = try scratchDirectory()
        var neurons = [[NeuronRow]]()
        for (i, input) in [["--events", events, "--at", "650000"], ["--events", events, "--sample", "1"], ["--frames", frames]].enumerated() {
            let r = CLI.capture(["run", "--model", model, "--json", dir + "/\(i).json"] + input)
            XCTAssertEqual(r.status, 0, r.err)
            neurons.append(try XCTUnwrap(report(dir + "/\(i).json").neurons))
        }
        XCTAssertEqual(neurons[0], neurons[1])
        XCTAssertEqual(neurons[0], neurons[2])
        XCTAssertEqual(try report(dir + "/1.json").model.input, "synth_dev_td.dat sample 1 @ 650000 µs")
    }

    /// The paper's estimate equals the fixture's folded-convention numbers (`macs.folded`, made
    /// from PyTorch's FP32 run, whose spikes ours equal: ANN_mJ = E_MAC × MACs per timestep,
    /// SNN_mJ = E_MAC × MACs(encoding) × T + E_AC × value-weighted SOPs over all timesteps).
    func testPaperEstimateEqualsTheAuthorsConvention() throws {
        let dir = try scratchDirectory()
        let r = CLI.capture(["run", "--model", model, "--frames", frames, "--precision", "fp32", "--json", dir + "/r.json"])
        XCTAssertEqual(r.status, 0, r.err)
        let fixture = try Paths.json(Fixtures.path("gen1/ref_gen1_p_synth_dev.json"))
        let folded = try XCTUnwrap((fixture["macs"] as? [String: Any])?["folded"] as? [String: Any])
        let report = try report(dir + "/r.json")
        XCTAssertEqual(report.totals.macs, folded["MACs_all_timesteps"] as? Int)
        XCTAssertEqual(report.totals.spikes, 2_865_343)
        let ann = try XCTUnwrap(folded["ANN_mJ"] as? Double), snn = try XCTUnwrap(folded["SNN_mJ"] as? Double)
        let sops = try XCTUnwrap(folded["SOPs_all_timesteps"] as? Double)
        XCTAssertEqual(report.energy.paper.annMillijoules, ann, accuracy: ann * 1e-12)
        XCTAssertEqual(report.energy.paper.snnMillijoules, snn, accuracy: snn * 1e-9)
        XCTAssertEqual(report.energy.paper.sops, sops, accuracy: 1e-3)
    }

    /// `estimate` on the Gen1 model takes T = 4 (its framing) and, fed the fixture's FP32 mean
    /// rates, reproduces the fixture's folded `SNN_mJ` and `ANN_mJ`.
    func testEstimateFromTheFixtureRatesUsesFourTimesteps() throws {
        let dir = try scratchDirectory()
        let fixture = try Paths.json(Fixtures.path("gen1/ref_gen1_p_synth_dev.json"))
        let fp32 = try XCTUnwrap(fixture["fp32"] as? [String: Any])
        var rates = [String: Double]()
        for name in try XCTUnwrap(fixture["populations_in_execution_order"] as? [String]) {
            rates[name] = try XCTUnwrap(((fp32[name] as? [String: Any])?["total"] as? [String: Any])?["mean"] as? Double)
        }
        try JSONSerialization.data(withJSONObject: rates).write(to: URL(fileURLWithPath: dir + "/fr.json"))
        let r = CLI.capture(["estimate", "--model", model, "--imgsz", "320", "--firing-rates", dir + "/fr.json", "--json", dir + "/e.json"])
        XCTAssertEqual(r.status, 0, r.err)
        let report = try report(dir + "/e.json")
        XCTAssertEqual(report.model.timesteps, 4)
        let folded = try XCTUnwrap((fixture["macs"] as? [String: Any])?["folded"] as? [String: Any])
        let ann = try XCTUnwrap(folded["ANN_mJ"] as? Double), snn = try XCTUnwrap(folded["SNN_mJ"] as? Double)
        XCTAssertEqual(report.energy.paper.annMillijoules, ann, accuracy: ann * 1e-12)
        XCTAssertEqual(report.energy.paper.snnMillijoules, snn, accuracy: snn * 1e-9)
    }

    /// Bad event inputs: one line naming the problem (and the file when one is at fault), nothing written.
    func testBadEventInputsWriteNothing() throws {
        let dir = try scratchDirectory()
        let out = dir + "/never.json"
        try Data(repeating: 7, count: 100).write(to: URL(fileURLWithPath: dir + "/junk.npy"))
        // Exit status 64 for option mistakes (usage), 1 for a problem with a file or the run.
        let cases: [([String], String, Int32)] = [
            (["--model", model, "--events", events], "--events needs --at TS_US", 64),
            (["--model", model, "--events", events, "--at", "650000", "--sample", "1"], "give one", 64),
            (["--model", model, "--events", events, "--sample", "3"], "has 3 labelled timestamps (400000, 650000, 900000 µs)", 64),
            (["--model", model, "--events", events, "--at", "650000", "--input", frames], "cannot be combined with --input", 64),
            (["--model", model, "--at", "650000"], "--at applies to --events, which is missing", 64),
            (["--model", model, "--frames", dir + "/junk.npy"], dir + "/junk.npy", 1),
            (["--model", model, "--events", dir + "/missing_td.dat", "--at", "1"], dir + "/missing_td.dat", 1),
            (["--model", Fixtures.path("spikeyolo-t.pt"), "--frames", frames], "4 input frames for a COCO model", 1),
        ]
        for (args, fragment, status) in cases {
            let r = CLI.capture(["run"] + args + ["--json", out])
            XCTAssertEqual(r.status, status, "\(args)")
            XCTAssertEqual(r.err.filter { $0 == "\n" }.count, 1, r.err)
            XCTAssertTrue(r.err.contains(fragment), "\(args): \(r.err)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: out))
        }
    }
}
