import Foundation
import XCTest

@testable import NeurocycleCLI

final class EstimateCommandTests: XCTestCase {
    /// `estimate` fed the per-neuron means of `ref_t_320.json`, printed the way the authors'
    /// test.py prints them, reproduces the reference's `energy.reparam.SNN_mJ`.
    func testEstimateFromPublishedRatesReproducesTheReference() throws {
        let ref = try Paths.json(Fixtures.path("ref_t_320.json"))
        let events = try XCTUnwrap(ref["events"] as? [[String: Any]]).filter { $0["kind"] as? String == "mem_update" }
        var text = "{"
        for e in events {
            let name = try XCTUnwrap(e["name"] as? String), mean = try XCTUnwrap(e["mean"] as? Double)
            text += "'model.\(name)': tensor(\(mean)), "
        }
        text += "}"
        let dir = try Fixtures.temporaryDirectory()
        try text.write(toFile: dir + "/fr.txt", atomically: true, encoding: .utf8)
        let r = CLI.capture(["estimate", "--model", Fixtures.path("spikeyolo-t.pt"), "--imgsz", "320",
                             "--firing-rates", dir + "/fr.txt", "--json", dir + "/e.json"])
        XCTAssertEqual(r.status, 0, r.err)
        let paper = try XCTUnwrap((Paths.json(dir + "/e.json")["energy"] as? [String: Any])?["paper"] as? [String: Any])
        let reparam = try XCTUnwrap((ref["energy"] as? [String: Any])?["reparam"] as? [String: Any])
        let snn = try XCTUnwrap(paper["snn_mJ"] as? Double), expected = try XCTUnwrap(reparam["SNN_mJ"] as? Double)
        XCTAssertEqual(snn, expected, accuracy: 1e-9 * expected)
        XCTAssertEqual(try XCTUnwrap(paper["ann_mJ"] as? Double), try XCTUnwrap(reparam["ANN_mJ"] as? Double), accuracy: 1e-9)
    }

    func testBadRateFilesListTheOffendingKeys() throws {
        let dir = try Fixtures.temporaryDirectory()
        let cases: [(String, String)] = [
            ("{'model.2.Conv.lif1': 0.5, 'model.99.lif': 0.1, 'model.2.bogus': 1}", "unknown population names model.99.lif, model.2.bogus"),
            ("{'model.2.Conv.lif1': -0.5, 'model.2.Conv.lif2': 7}", "rates outside 0...4 (mean integer spikes per neuron) for model.2.Conv.lif1, model.2.Conv.lif2"),
            ("{'model.2.Conv.lif1': 'high'}", "non-numeric rates for model.2.Conv.lif1"),
            ("{'model.2.Conv.lif1': 0.5}", "no rate for model.2.Conv.lif2"),
        ]
        for (text, message) in cases {
            try text.write(toFile: dir + "/fr.txt", atomically: true, encoding: .utf8)
            let r = CLI.capture(["estimate", "--model", Fixtures.path("spikeyolo-t.pt"), "--imgsz", "128", "--firing-rates", dir + "/fr.txt"])
            XCTAssertEqual(r.status, 1, text)
            XCTAssertTrue(r.err.contains(message), r.err)
            XCTAssertTrue(r.err.contains(dir + "/fr.txt"), r.err)
        }
    }
}
