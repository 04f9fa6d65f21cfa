import Foundation
import XCTest

@testable import NeurocycleCLI

/// `neurocycle metrics` on the fixture's fabricated predictions: the numbers the fork's
/// `DetectionValidator` + `DetMetrics` computed for them (`expected_metrics.json`).
final class MetricsCommandTests: XCTestCase {
    func testMetricsOfTheFixturePredictions() throws {
        let dir = try scratchDirectory()
        let r = CLI.capture(["metrics", "--predictions", Fixtures.path("inputs/dataset/predictions.json"),
                             "--labels", Fixtures.path("inputs/dataset/labels"), "--json", dir + "/m.json"])
        XCTAssertEqual(r.status, 0, r.err)
        let got = try Paths.json(dir + "/m.json")
        let want = try Paths.json(Fixtures.path("inputs/dataset/expected_metrics.json"))
        // JSON read back through Foundation (which may round a decimal to a neighbouring double):
        // 1e-12 is far below the 1e-4 asked for and far above that rounding.
        for (key, wantKey) in [("precision", "precision"), ("recall", "recall"), ("map50", "mAP50"), ("map75", "mAP75"),
                               ("map50_95", "mAP50-95"), ("fitness", "fitness")] {
            XCTAssertEqual(try XCTUnwrap(got[key] as? Double), try XCTUnwrap(want[wantKey] as? Double), accuracy: 1e-12, key)
        }
        let perClass = try XCTUnwrap(got["per_class"] as? [[String: Any]])
        let wantClasses = try XCTUnwrap(want["per_class"] as? [String: [String: Any]])
        XCTAssertEqual(perClass.count, wantClasses.count)
        for row in perClass {
            let c = try XCTUnwrap(row["class"] as? Int), w = try XCTUnwrap(wantClasses["\(c)"])
            for (key, wantKey) in [("ap50", "AP50"), ("ap50_95", "AP50-95"), ("precision", "P"), ("recall", "R"), ("f1", "F1")] {
                XCTAssertEqual(try XCTUnwrap(row[key] as? Double), try XCTUnwrap(w[wantKey] as? Double), accuracy: 1e-12, "class \(c) \(key)")
            }
        }
        XCTAssertEqual(got["predictions"] as? Int, 21)
        XCTAssertEqual(got["labels"] as? Int, 10)
        XCTAssertTrue(r.out.isEmpty || r.out.contains("mAP50-95"))
    }

    func testProblemsAreOneLine() throws {
        let dir = try scratchDirectory()
        let stray = try Fixtures.temporaryFile("p.json", #"[{"image_id": "nope", "category_id": 1, "bbox": [0, 0, 1, 1], "score": 0.5}]"#)
        // Bad files exit 1; a missing required option is a usage error (64).
        let cases: [([String], String, Int32)] = [
            (["--predictions", stray, "--labels", Fixtures.path("inputs/dataset/labels")], "1 image id not among the images", 1),
            (["--predictions", stray, "--labels", dir + "/none"], "not a folder of label files", 1),
            (["--labels", Fixtures.path("inputs/dataset/labels")], "--predictions is required", 64),
            (["--predictions", Fixtures.path("input128.npy"), "--labels", Fixtures.path("inputs/dataset/labels")], "predictions: not valid JSON", 1),
        ]
        for (arguments, message, status) in cases {
            let r = CLI.capture(["metrics"] + arguments)
            XCTAssertEqual(r.status, status, "\(arguments)")
            XCTAssertEqual(r.err.filter { $0 == "\n" }.count, 1, r.err)
            XCTAssertTrue(r.err.contains(message), "\(r.err) lacks \(message)")
        }
    }
}

/// The dataset progress bar's text.
final class DatasetProgressTests: XCTestCase {
    func testBarThroughputAndETA() {
        XCTAssertEqual(DatasetProgress.line(done: 412, total: 5000, elapsed: 132.9),
                       "[#-----------------------] 412/5000 images  3.10 images/s  ETA 24m40s")
        XCTAssertEqual(DatasetProgress.line(done: 5000, total: 5000, elapsed: 10), "[########################] 5000/5000 images  500.00 images/s  ETA 0s")
        XCTAssertEqual(DatasetProgress.line(done: 0, total: 3, elapsed: 2), "[------------------------] 0/3 images  0.00 images/s  ETA --")
        XCTAssertEqual(DatasetProgress.duration(3725), "1h02m")
    }
}
