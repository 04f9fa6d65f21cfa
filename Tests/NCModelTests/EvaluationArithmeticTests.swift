import XCTest

@testable import NCModel

/// The pieces of the validator's metrics on cases worked out by hand (or, for NumPy's summation
/// order, with NumPy itself: the expected sums below are `np.add.reduce` outputs).
final class EvaluationArithmeticTests: XCTestCase {
    /// torch.linspace(0.5, 0.95, 10) in float32 lands on the floats nearest 0.50, 0.55, ..., 0.95
    /// (checked with numpy float32 arithmetic following torch's kernel).
    func testIoUThresholds() {
        XCTAssertEqual(PredictionMatching.cocoThresholds, [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95])
    }

    /// Intersection 60 over union 100 + 100 − 60 (+ eps, lost in float32).
    func testBoxIoU() {
        let iou = PredictionMatching.iou(labels: [LabelBox(classIndex: 0, box: [0, 0, 10, 10])],
                                         predictions: [Detection(box: [4, 0, 14, 10], score: 1, classIndex: 0),
                                                       Detection(box: [20, 20, 30, 30], score: 1, classIndex: 0)])
        XCTAssertEqual(iou, [[Float(60) / 140, 0]])
    }

    /// One label, two same-class predictions with IoU 0.625 (prediction 0) and 0.925 (prediction
    /// 1). Where both qualify (0.50–0.60) the fork keeps the lower-numbered prediction, not the
    /// better one; from 0.65 only prediction 1 qualifies, up to 0.90. A third prediction of another
    /// class on the same box is never correct.
    func testMatchingKeepsTheFirstPredictionNotTheBestIoU() {
        let label = LabelBox(classIndex: 3, box: [0, 0, 10, 10])
        let predictions = [
            Detection(box: [0, 0, 10, 6.25], score: 0.9, classIndex: 3),
            Detection(box: [0, 0, 10, 9.25], score: 0.8, classIndex: 3),
            Detection(box: [0, 0, 10, 10], score: 0.7, classIndex: 4),
        ]
        let correct = PredictionMatching.correct(predictions: predictions, labels: [label])
        XCTAssertEqual(correct.map { String($0.map { $0 ? "1" : "0" }) }, ["1110000000", "0001111110", "0000000000"])
        XCTAssertEqual(PredictionMatching.correct(predictions: predictions, labels: []).flatMap { $0 }.filter { $0 }.count, 0)
    }

    /// Two labels, predictions 0.9 (correct at every threshold) and 0.8 (wrong): recall 0.5, 0.5;
    /// precision 1, 0.5. The envelope with sentinels is 1 on [0, 0.5), 0.5 at 0.5 (np.interp takes
    /// the last of the repeated recall 0.5), then linear down to 0 at recall 1. Over the 101 points:
    /// 49 steps at 1 (0.49), one step from 1 to 0.5 (0.0075), the triangle 0.5 · 0.5 / 2 (0.125):
    /// AP = 0.6225 at every threshold.
    func testAveragePrecisionByHand() {
        var evaluator = DetectionEvaluator()
        let labels = [LabelBox(classIndex: 0, box: [0, 0, 10, 10]), LabelBox(classIndex: 0, box: [50, 50, 60, 60])]
        evaluator.add(predictions: [Detection(box: [0, 0, 10, 10], score: 0.9, classIndex: 0),
                                    Detection(box: [20, 20, 30, 30], score: 0.8, classIndex: 0)], labels: labels)
        let m = evaluator.metrics()
        XCTAssertEqual(m.perClass.count, 1)
        for ap in m.perClass[0].apPerThreshold { XCTAssertEqual(ap, 0.6225, accuracy: 1e-12) }
        XCTAssertEqual(m.map50_95, 0.6225, accuracy: 1e-12)
        XCTAssertEqual(m.fitness, 0.1 * 0.6225 + 0.9 * 0.6225, accuracy: 1e-12)
        // A perfect class: the sentinel precision 0 at recall 1 costs the last half step.
        var perfect = DetectionEvaluator()
        perfect.add(predictions: [Detection(box: [0, 0, 10, 10], score: 0.9, classIndex: 0)], labels: [labels[0]])
        XCTAssertEqual(perfect.metrics().map50, 0.995, accuracy: 1e-12)
    }

    /// Labels of a class nobody predicted count in the means with AP 0; predicted classes without
    /// labels are ignored; an image without predictions adds its labels only.
    func testClassesWithoutPredictionsOrLabels() {
        var e = DetectionEvaluator()
        e.add(predictions: [Detection(box: [0, 0, 10, 10], score: 0.9, classIndex: 0),
                            Detection(box: [0, 0, 10, 10], score: 0.95, classIndex: 7)],
              labels: [LabelBox(classIndex: 0, box: [0, 0, 10, 10])])
        e.add(predictions: [], labels: [LabelBox(classIndex: 2, box: [0, 0, 5, 5])])
        e.add(predictions: [], labels: [])
        let m = e.metrics()
        XCTAssertEqual(m.perClass.map(\.classIndex), [0, 2])
        XCTAssertEqual(m.perClass.map(\.ap50), [0.995, 0])
        XCTAssertEqual(m.map50, 0.995 / 2, accuracy: 1e-15)
        XCTAssertEqual([m.images, m.predictions, m.labels], [3, 2, 2])
    }

    /// As the fork's get_stats: with no correct prediction anywhere, nothing is computed.
    func testNoCorrectPredictionGivesZeros() {
        var e = DetectionEvaluator()
        e.add(predictions: [Detection(box: [0, 0, 10, 10], score: 0.9, classIndex: 1)], labels: [LabelBox(classIndex: 0, box: [0, 0, 10, 10])])
        let m = e.metrics()
        XCTAssertEqual([m.precision, m.recall, m.map50, m.map75, m.map50_95, m.fitness], [0, 0, 0, 0, 0, 0])
        XCTAssertEqual(m.perClass, [])
        XCTAssertEqual(DetectionEvaluator().metrics().images, 0)
    }

    /// NumPy's pairwise summation differs from a running sum; these values are np.add.reduce's.
    func testNumPySummationOrder() {
        func values(_ n: Int) -> [Double] {
            (0..<n).map { i -> Double in
                let a: Double = 0.1 * Double(i + 1)
                return a + 1.0 / Double(i + 3)
            }
        }
        XCTAssertEqual(NumPyArithmetic.sum(values(7)[...]), 4.128968253968254)
        XCTAssertEqual(NumPyArithmetic.sum(values(20)[...]), 23.190813250217275)
        XCTAssertEqual(values(20).reduce(0, +), 23.190813250217282)
        XCTAssertEqual(NumPyArithmetic.sum(values(300)[...]), 4519.789297397714)
        XCTAssertEqual(values(300).reduce(0, +), 4519.789297397716)
        XCTAssertEqual(NumPyArithmetic.mean(values(300)), 15.065964324659047)
    }

    /// np.interp([-1, 0, .25, .5, .75, 1, 2], [0, .5, .5, 1], [1, 1, .5, 0], left=7, right=9).
    func testInterpolationAtRepeatedPoints() {
        XCTAssertEqual(NumPyArithmetic.interp([-1, 0, 0.25, 0.5, 0.75, 1, 2], [0, 0.5, 0.5, 1], [1, 1, 0.5, 0], left: 7, right: 9),
                       [7, 1, 1, 0.5, 0.25, 0, 9])
    }
}
