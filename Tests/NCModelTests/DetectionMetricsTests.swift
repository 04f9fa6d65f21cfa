import Foundation
import NCFormats
import XCTest

@testable import NCModel

/// The validator's metrics on the fixture dataset (`Tests/Fixtures/inputs/dataset`: YOLO labels,
/// fabricated COCO-format predictions, and what the fork's `DetectionValidator` + `DetMetrics`
/// computed for them).
final class DetectionMetricsTests: XCTestCase {
    /// The dataset images and their original sizes (height, width), from the fixture README, in
    /// the order the fixture script added them.
    static let images: [(stem: String, height: Int, width: Int)] = [
        ("dev01_chelsea_cv2_q90_420", 300, 451), ("dev02_coffee_pil_q95_444", 281, 353),
        ("dev03_astronaut_pil_q90_422_opt", 397, 283), ("dev04_motorcycle_left_pil_prog_q85", 251, 371),
        ("dev06_rocket_original", 427, 640),
    ]

    static func expected() throws -> PlainValue { try Fixtures.json("inputs/dataset/expected_metrics.json") }

    /// Runs the dataset through an evaluator; returns it and the per-image correct strings.
    static func evaluate() throws -> (DetectionEvaluator, [String: [String]]) {
        let predictions = try COCOPredictions.read(path: Fixtures.path("inputs/dataset/predictions.json"))
        var evaluator = DetectionEvaluator()
        var strings = [String: [String]]()
        for image in images {
            let labels = try YOLOLabels.read(path: Fixtures.path("inputs/dataset/labels/\(image.stem).txt"))
                .map { $0.box(imageWidth: image.width, imageHeight: image.height) }
            let correct = evaluator.add(predictions: predictions.detections(forStem: image.stem), labels: labels)
            strings[image.stem] = correct.map { row in String(row.map { $0 ? "1" : "0" }) }
        }
        return (evaluator, strings)
    }

    func testCorrectMatrixOfEveryPrediction() throws {
        let (evaluator, strings) = try Self.evaluate()
        let want = try Self.expected()["per_image_correct_matrix"]
        for image in Self.images {
            let rows = (want?[image.stem]?["correct_at_iou_0.50..0.95"]?.arrayValue ?? []).compactMap(\.stringValue)
            XCTAssertEqual(strings[image.stem], rows, image.stem)
        }
        XCTAssertEqual(evaluator.metrics().predictions, 21)
        XCTAssertEqual(evaluator.metrics().labels, 10)
    }

    /// Every number to the last bit: the same float32/float64 operations in the same order.
    func testMetricsEqualTheValidators() throws {
        let m = try Self.evaluate().0.metrics()
        let want = try Self.expected()
        let tolerance = 0.0
        XCTAssertEqual(m.precision, want["precision"]?.doubleValue ?? .nan, accuracy: tolerance)
        XCTAssertEqual(m.recall, want["recall"]?.doubleValue ?? .nan, accuracy: tolerance)
        XCTAssertEqual(m.map50, want["mAP50"]?.doubleValue ?? .nan, accuracy: tolerance)
        XCTAssertEqual(m.map75, want["mAP75"]?.doubleValue ?? .nan, accuracy: tolerance)
        XCTAssertEqual(m.map50_95, want["mAP50-95"]?.doubleValue ?? .nan, accuracy: tolerance)
        XCTAssertEqual(m.fitness, want["fitness"]?.doubleValue ?? .nan, accuracy: tolerance)
        let classes = (want["classes"]?.arrayValue ?? []).compactMap { $0.intValue.map(Int.init) }
        XCTAssertEqual(m.perClass.map(\.classIndex), classes)
        for c in m.perClass {
            let w = want["per_class"]?["\(c.classIndex)"]
            XCTAssertEqual(c.ap50, w?["AP50"]?.doubleValue ?? .nan, accuracy: tolerance, "class \(c.classIndex)")
            XCTAssertEqual(c.ap50_95, w?["AP50-95"]?.doubleValue ?? .nan, accuracy: tolerance, "class \(c.classIndex)")
            XCTAssertEqual(c.precision, w?["P"]?.doubleValue ?? .nan, accuracy: tolerance, "class \(c.classIndex)")
            XCTAssertEqual(c.recall, w?["R"]?.doubleValue ?? .nan, accuracy: tolerance, "class \(c.classIndex)")
            XCTAssertEqual(c.f1, w?["F1"]?.doubleValue ?? .nan, accuracy: tolerance, "class \(c.classIndex)")
            let each = (w?["AP_at_each_iou"]?.arrayValue ?? []).compactMap(\.doubleValue)
            XCTAssertEqual(each.count, 10)
            for (a, b) in zip(c.apPerThreshold, each) { XCTAssertEqual(a, b, accuracy: tolerance, "class \(c.classIndex)") }
            XCTAssertEqual(c.labels, want["n_targets_per_class"]?["\(c.classIndex)"]?.intValue.map(Int.init))
        }
    }

    /// `named` gives class `i` the `i`-th name, and `class i` to a class beyond the list; the
    /// evaluator itself names none.
    func testNamedClasses() {
        func row(_ c: Int) -> ClassMetrics {
            ClassMetrics(classIndex: c, labels: 1, predictions: 1, apPerThreshold: [1], ap50: 1, ap50_95: 1, precision: 1, recall: 1, f1: 1)
        }
        let metrics = DetectionMetrics(precision: 1, recall: 1, map50: 1, map75: 1, map50_95: 1, fitness: 1,
                                       perClass: [row(0), row(2), row(5)], images: 1, predictions: 3, labels: 3)
        XCTAssertEqual(metrics.perClass.map(\.name), [nil, nil, nil])
        XCTAssertEqual(metrics.named(["person", "bicycle", "car"]).perClass.map(\.name), ["person", "car", "class 5"])
    }
}
