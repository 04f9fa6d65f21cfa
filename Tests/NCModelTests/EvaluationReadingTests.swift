import NCFormats
import XCTest

@testable import NCModel

/// YOLO label files and COCO-results predictions: what is read, and one-line errors for the rest.
final class EvaluationReadingTests: XCTestCase {
    func testLabelsAreFloat32AndDenormalisedInFloat32() throws {
        let labels = try YOLOLabels.parse("15 0.521064 0.500000 0.931264 1.000000\n")
        XCTAssertEqual(labels, [YOLOLabel(classIndex: 15, centerX: 0.521064, centerY: 0.5, width: 0.931264, height: 1)])
        // xywh2xyxy then * (W, H, W, H), every step in float32.
        let box = labels[0].box(imageWidth: 451, imageHeight: 300)
        let cx: Float = 0.521064, w: Float = 0.931264
        XCTAssertEqual(box, LabelBox(classIndex: 15, box: [(cx - w / 2) * 451, 0, (cx + w / 2) * 451, 300]))
    }

    func testLabelRowsAsUltralyticsReadsThem() throws {
        // Blank lines and surrounding whitespace are ignored; duplicates removed, rows then sorted.
        let text = "\n  3 0.5 0.5 0.2 0.2\r\n1 0.1 0.1 0.1 0.1\n\n3 0.5 0.5 0.2 0.2\n \n"
        XCTAssertEqual(try YOLOLabels.parse(text).map(\.classIndex), [1, 3])
        XCTAssertEqual(try YOLOLabels.parse("2 .5 5e-1 0.25 1.\n0 0.1 0.1 0.1 0.1").map(\.classIndex), [2, 0])
        XCTAssertEqual(try YOLOLabels.parse("  \n\n"), [])
        // Any row longer than 6 values makes every row a polygon: its bounding box, as xywh.
        let polygon = try YOLOLabels.parse("4 0.25 0.5 0.75 0.25 0.5 1")
        XCTAssertEqual(polygon, [YOLOLabel(classIndex: 4, centerX: 0.5, centerY: 0.625, width: 0.5, height: 0.75)])
    }

    func testBadLabelsNameTheLine() {
        let cases: [(String, String)] = [
            ("0 0.5 0.5 0.2", "labels: line 1 has 4 values; a label is 'class cx cy w h'"),
            ("0 0.5 0.5 0.2 0.2\n1 0.5 0.5 0.2 0.2 0.9", "labels: line 2 has 6 values; a label is 'class cx cy w h'"),
            ("0 0.5 0.5 0.2 0.2\n\n1 0.5 abc 0.2 0.2", "labels: line 3: 'abc' is not a number"),
            ("0 0.5 0.5 0x1p3 0.2", "labels: line 1: '0x1p3' is not a number"),
            ("0 0.5 -0.5 0.2 0.2", "labels: line 1: value -0.5 is negative or not a number"),
            ("0 0.5 nan 0.2 0.2", "labels: line 1: value nan is negative or not a number"),
            ("0 0.5 0.5 1.2 0.2", "labels: line 1: coordinate 1.2 is not normalised to [0, 1]"),
            ("0 0.5 0.5 inf 0.2", "labels: line 1: coordinate inf is not normalised to [0, 1]"),
            ("1.5 0.5 0.5 0.2 0.2", "labels: line 1: class 1.5 is not a whole number"),
            ("1e30 0.5 0.5 0.2 0.2", "labels: line 1: class 1e+30 is not a whole number"),
            ("4 0.25 0.5 0.75 0.25 0.5 1 0.3", "labels: line 1: a polygon label needs pairs of coordinates, found 7 values"),
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try YOLOLabels.parse(text)) { XCTAssertEqual("\($0)", message) }
        }
        XCTAssertThrowsError(try YOLOLabels.read(path: "/nonexistent/labels.txt")) { XCTAssertTrue("\($0)".hasPrefix("/nonexistent/labels.txt: "), "\($0)") }
    }

    func testPredictionsAreGroupedByImageInFileOrder() throws {
        let json = """
            [{"image_id": "a", "category_id": 2, "bbox": [1.5, 2, 10.25, 20], "score": 0.5},
             {"image_id": 42, "category_id": 0, "bbox": [0, 0, 1, 1], "score": 0.25, "extra": true},
             {"image_id": "a", "category_id": 1, "bbox": [0.1, 0.2, 0.3, 0.4], "score": 0.75}]
            """
        let p = try COCOPredictions(json: json)
        XCTAssertEqual(p.count, 3)
        XCTAssertEqual(p.imageKeys, ["a", "42"])
        // x + w and y + h are summed in Double, then rounded to float32 (0.1 + 0.3 = 0.4000000000000001).
        XCTAssertEqual(p.detections(forStem: "a"), [
            Detection(box: [1.5, 2, 11.75, 22], score: 0.5, classIndex: 2),
            Detection(box: [Float(0.1), Float(0.2), Float(0.1 + 0.3), Float(0.2 + 0.4)], score: 0.75, classIndex: 1),
        ])
        // ultralytics writes int(stem) for an all-digit stem: 000042.jpg is image 42.
        XCTAssertEqual(p.detections(forStem: "000042").count, 1)
        XCTAssertEqual(p.detections(forStem: "b"), [])
        let coco = try COCOPredictions(json: #"[{"image_id": 1, "category_id": 90, "bbox": [0, 0, 1, 1], "score": 1}]"#, categoryIDs: .coco91)
        XCTAssertEqual(coco.detections(forStem: "1").map(\.classIndex), [79])
    }

    func testBadPredictionsNameTheEntry() {
        let cases: [(String, String)] = [
            ("{}", "predictions: expected a JSON array of {image_id, category_id, bbox, score} objects"),
            ("[1", "predictions: not valid JSON: JSON at byte 2: unterminated array"),
            (#"[{"image_id": "a", "category_id": 1, "bbox": [0, 0, 1], "score": 1}]"#, "predictions: entry 0: bbox must be [x, y, w, h]"),
            (#"[{"image_id": "a", "category_id": 1, "bbox": [0, 0, -1, 1], "score": 1}]"#, "predictions: entry 0: bbox [0.0, 0.0, -1.0, 1.0] must hold 4 finite numbers with w, h ≥ 0"),
            (#"[{"image_id": "a", "category_id": 1, "bbox": [0, 0, 1, 1]}]"#, "predictions: entry 0: score must be a finite number"),
            (#"[{"image_id": "a", "category_id": 1.5, "bbox": [0, 0, 1, 1], "score": 1}]"#, "predictions: entry 0: category_id must be a non-negative whole number"),
            (#"[{"image_id": -3, "category_id": 1, "bbox": [0, 0, 1, 1], "score": 1}]"#, "predictions: entry 0: image_id must be a file stem or a non-negative integer"),
            ("[5]", "predictions: entry 0 is not an object"),
        ]
        for (json, message) in cases {
            XCTAssertThrowsError(try COCOPredictions(json: json)) { XCTAssertEqual("\($0)", message) }
        }
        XCTAssertThrowsError(try COCOPredictions(json: #"[{"image_id": 1, "category_id": 12, "bbox": [0, 0, 1, 1], "score": 1}]"#, categoryIDs: .coco91)) {
            XCTAssertEqual("\($0)", "predictions: entry 0: category_id 12 is not one of COCO's 80 categories")
        }
    }
}
