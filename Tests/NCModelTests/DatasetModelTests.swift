import XCTest

@testable import NCModel

/// The model-side pieces of dataset runs: the validator's multi-label NMS and one folding shared
/// by every input shape.
final class DatasetModelTests: XCTestCase {
    /// Three anchors, three classes, worked by hand. Boxes (cx, cy, w, h): a0 (10, 10, 10, 10) →
    /// [5, 5, 15, 15]; a1 (11, 10, 10, 10) → [6, 5, 16, 15], IoU with a0 = 90 / 110 = 0.818 > 0.7;
    /// a2 (50, 50, 4, 4) far away.
    func testMultiLabelNMSMakesACandidatePerClassAboveTheConfidence() {
        let anchors = 3
        let rows: [[Float]] = [
            [10, 11, 50], [10, 10, 50], [10, 10, 4], [10, 10, 4],  // cx, cy, w, h
            [0.9, 0.8, 0.0005],  // class 0
            [0.5, 0.6, 0],  // class 1
            [0.001, 0, 0.3],  // class 2 (0.001 is not above 0.001)
        ]
        let decoded = rows.flatMap { $0 }
        // One label per box: a0 (class 0) suppresses a1 (class 0); a2 keeps class 2.
        let single = NonMaxSuppression(confidence: 0.001, iou: 0.7)(decoded, anchors: anchors, classCount: 3)
        XCTAssertEqual(single.map(\.classIndex), [0, 2])
        XCTAssertEqual(single.map(\.score), [0.9, 0.3])
        // Every class above 0.001: a0c0 .9, a1c0 .8, a1c1 .6, a0c1 .5, a2c2 .3; a1c0 falls to a0c0 and
        // a0c1 to a1c1 (same class, IoU 0.818), leaving three.
        let multi = NonMaxSuppression.validation(decoded, anchors: anchors, classCount: 3)
        XCTAssertEqual(multi.map(\.classIndex), [0, 1, 2])
        XCTAssertEqual(multi.map(\.score), [0.9, 0.6, 0.3])
        XCTAssertEqual(multi[1].box, [6, 5, 16, 15])
        XCTAssertEqual(multi[2].box, [48, 48, 52, 52])
    }

    /// Equal scores keep torch.where's order: anchor-major, then class.
    func testMultiLabelTiesKeepAnchorThenClassOrder() {
        let decoded: [Float] = [0, 100, 0, 100, 2, 2, 2, 2] + [0.5, 0.5] + [0.5, 0.5]
        let multi = NonMaxSuppression.validation(decoded, anchors: 2, classCount: 2)
        XCTAssertEqual(multi.map { [$0.box[0], Float($0.classIndex)] }, [[-1, 0], [-1, 1], [99, 0], [99, 1]])
    }

    /// A family folds once; every shape's graph equals the graph built directly for that shape.
    func testGraphFamilyEqualsDirectGraphsForEveryShape() throws {
        let model = try FixtureModel.t()
        let family = GraphFamily(model: model)
        for (h, w) in [(224, 320), (320, 256), (64, 320), (224, 320)] {
            let shared = try family.graph(height: h, width: w)
            let direct = try model.graph(height: h, width: w)
            XCTAssertEqual(shared.topology, direct.topology, "\(h)x\(w)")
            XCTAssertEqual(shared.weights, direct.weights, "\(h)x\(w)")
            XCTAssertEqual(try family.topology(height: h, width: w), direct.topology)
        }
        XCTAssertThrowsError(try family.graph(height: 100, width: 320))
    }
}
