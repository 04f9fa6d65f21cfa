import Foundation
import XCTest

@testable import NeurocycleCLI

final class RunCommandTests: XCTestCase {
    /// `run --json` on the fixture: the public keys exist and the paper energy equals the
    /// authors' `energy.reparam` numbers in `ref_t_128.json` to 1e-9 relative.
    func testRunJSONKeysAndPaperEnergy() throws {
        let dir = try Fixtures.temporaryDirectory()
        let out = dir + "/run.json"
        let r = CLI.capture(["run", "--model", Fixtures.path("spikeyolo-t.pt"), "--input", Fixtures.path("input128.npy"), "--json", out])
        XCTAssertEqual(r.status, 0, r.err)
        let json = try Paths.json(out)
        let ref = try Paths.json(Fixtures.path("ref_t_128.json"))
        let reparam = try XCTUnwrap((ref["energy"] as? [String: Any])?["reparam"] as? [String: Any])
        let paper = try XCTUnwrap((json["energy"] as? [String: Any])?["paper"] as? [String: Any])
        let ann = try XCTUnwrap(paper["ann_mJ"] as? Double), snn = try XCTUnwrap(paper["snn_mJ"] as? Double)
        XCTAssertEqual(ann, try XCTUnwrap(reparam["ANN_mJ"] as? Double), accuracy: 1e-9 * ann)
        XCTAssertEqual(snn, try XCTUnwrap(reparam["SNN_mJ"] as? Double), accuracy: 1e-9 * snn)
        let totals = try XCTUnwrap(json["totals"] as? [String: Any])
        let referenceSpikes = try XCTUnwrap((ref["totals"] as? [String: Any])?["total_spikes"] as? Int)
        XCTAssertEqual(try XCTUnwrap(totals["spikes"] as? Int), referenceSpikes)
        XCTAssertEqual(totals["neurons"] as? Int, 905_728)
        XCTAssertEqual(totals["macs"] as? Int, 311_992_320)
        XCTAssertNotNil(totals["sops"] as? Int)
        let neurons = try XCTUnwrap(json["neurons"] as? [[String: Any]])
        XCTAssertEqual(neurons.first?["name"] as? String, "model.2.Conv.lif1")
        XCTAssertEqual(Set(neurons[0].keys).isSuperset(of: ["name", "count", "spikes", "histogram"]), true)
        XCTAssertNotNil(json["detections"] as? [Any])
    }

    func testBadInputsAreOneLineErrorsAndWriteNothing() throws {
        let dir = try Fixtures.temporaryDirectory()
        let out = dir + "/never.json"
        // Exit status 64 for a bad option value, 1 for a bad file.
        let cases: [([String], Int32)] = [
            (["run", "--scale", "q"], 64),
            (["run", "--scale", "t", "--imgsz", "100"], 64),
            (["run", "--model", Fixtures.path("spikeyolo-t.pt"), "--input", Fixtures.path("ref_t_128_y.npy")], 1),
            (["run", "--model", dir + "/nope.pt"], 1),
            (["run", "--model", Fixtures.path("spikeyolo-t.pt"), "--seed", "3"], 64),
        ]
        for (c, status) in cases {
            let r = CLI.capture(c + ["--json", out])
            XCTAssertEqual(r.status, status, "\(c)")
            XCTAssertEqual(r.err.filter { $0 == "\n" }.count, 1, r.err)
            XCTAssertFalse(FileManager.default.fileExists(atPath: out), "\(c)")
        }
    }
}

extension RunCommandTests {
    /// One output that cannot be written means no output at all: no JSON, no trace, no report.
    func testAFailingOutputLeavesNothingBehind() throws {
        let dir = try Fixtures.temporaryDirectory()
        let r = CLI.capture(["run", "--model", Fixtures.path("spikeyolo-t.pt"), "--input", Fixtures.path("input128.npy"),
                             "--json", dir + "/a.json", "--csv", dir + "/missing-dir/x.csv", "--record", dir + "/t.nctrace"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.out, "")
        XCTAssertTrue(r.err.contains("missing-dir/x.csv"), r.err)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), [])
    }
}

extension RunCommandTests {
    /// The paper-style energy also equals the authors' numbers for `input320`.
    func testPaperEnergyOnInput320() throws {
        let r = CLI.capture(["run", "--model", Fixtures.path("spikeyolo-t.pt"), "--input", Fixtures.path("input320.npy"), "--json", "-"])
        XCTAssertEqual(r.status, 0, r.err)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let paper = try XCTUnwrap((json["energy"] as? [String: Any])?["paper"] as? [String: Any])
        let reparam = try XCTUnwrap((Paths.json(Fixtures.path("ref_t_320.json"))["energy"] as? [String: Any])?["reparam"] as? [String: Any])
        for (mine, theirs) in [("ann_mJ", "ANN_mJ"), ("snn_mJ", "SNN_mJ")] {
            let a = try XCTUnwrap(paper[mine] as? Double), b = try XCTUnwrap(reparam[theirs] as? Double)
            XCTAssertEqual(a, b, accuracy: 1e-9 * b, mine)
        }
        let macs = try XCTUnwrap((json["totals"] as? [String: Any])?["macs"] as? Int)
        XCTAssertEqual(macs, try XCTUnwrap(reparam["MACs_total"] as? Int))
    }
}

final class CompareFP64Tests: XCTestCase {
    /// The t fixture's FP32 and FP64 spikes agree on input128 (the fixture README: the t model is too
    /// small to show FP32's chaos), so `--compare-fp64` must report no difference there; and the
    /// section appears in text, JSON and HTML.
    func testRunCompareFP64OnTheFixture() throws {
        let dir = try Fixtures.temporaryDirectory()
        let r = CLI.capture(["run", "--model", Fixtures.path("spikeyolo-t.pt"), "--input", Fixtures.path("input128.npy"),
                             "--compare-fp64", "--json", dir + "/r.json", "--html", dir + "/r.html"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("NUMERICS — fp32 against fp64 on this input"), r.out)
        let numerics = try XCTUnwrap(Paths.json(dir + "/r.json")["numerics"] as? [String: Any])
        XCTAssertEqual(numerics["differing"] as? Int, 0)
        XCTAssertEqual(numerics["spikes"] as? Int, numerics["reference_spikes"] as? Int)
        XCTAssertEqual((numerics["populations"] as? [Any])?.count, 88)
        let html = try String(contentsOfFile: dir + "/r.html", encoding: .utf8)
        XCTAssertTrue(html.contains("Numerics — fp32 against fp64 on this input"))
    }
}
