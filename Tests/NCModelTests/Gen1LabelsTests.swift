import Foundation
import NCFormats
import XCTest

@testable import NCModel

/// Gen1 labels: grouping and targets against `pre_gen1.py`'s output for the fixture
/// (`synth_dev_frames.json`), both label dtypes, the authors' quirks, and the back-mapping of
/// predictions to sensor pixels.
final class Gen1LabelsTests: XCTestCase {
    private func json(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("gen1/" + name)))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func testFixtureGroupsAreTheLabelRows() throws {
        let labels = try Gen1Labels.read(path: Fixtures.path("gen1/synth_dev_bbox.npy"))
        let info = try XCTUnwrap(try json("synth_dev_data.json")["labels"] as? [String: Any])
        XCTAssertEqual(labels.groups.map(\.timestamp), (info["timestamps"] as? [Int])?.map(Int64.init))
        let rows = try XCTUnwrap(info["rows"] as? [[Double]])
        XCTAssertEqual(labels.boxes.count, rows.count)
        for (box, row) in zip(labels.boxes, rows) {
            XCTAssertEqual(box, Gen1Box(
                timestamp: Int64(row[0]), x: Float(row[1]), y: Float(row[2]), width: Float(row[3]), height: Float(row[4]),
                classID: Int64(row[5]), confidence: Float(row[6]), trackID: Int64(row[7])))
        }
        XCTAssertEqual(labels.groups.map(\.boxes.count), [3, 3, 3])
    }

    func testTargetsEqualPreGen1LabelFilesExactly() throws {
        let labels = try Gen1Labels.read(path: Fixtures.path("gen1/synth_dev_bbox.npy"))
        // PlainValue's parser, not JSONSerialization: the latter rounds some 17-digit numbers on Linux.
        let text = try String(contentsOfFile: Fixtures.path("gen1/synth_dev_frames.json"), encoding: .utf8)
        let frames = try PlainValue.parseJSON(text)
        for (k, group) in labels.groups.enumerated() {
            let rows = group.targets().map { [Double($0.classID), $0.centerX, $0.centerY, $0.width, $0.height] }
            let values = frames["pre_gen1_labels"]?["\(k)"]?.arrayValue?.map { $0.arrayValue?.compactMap(\.doubleValue) }
            XCTAssertEqual(rows, values, "label \(k)")
            // The `%.18e` text pre_gen1 wrote parses to the same doubles.
            let parsed = frames["pre_gen1_labels_txt"]?["\(k)"]?.stringValue?.split(separator: "\n")
                .map { $0.split(separator: " ").compactMap { Double($0) } }
            XCTAssertEqual(rows, parsed, "label \(k) text")
        }
    }

    /// A label file in the toolbox's aligned BBOX_DTYPE, rows given as (t, x, y, w, h, class, track).
    private func toolboxLabels(_ rows: [(Int64, Float, Float, Float, Float, UInt32, UInt32)]) throws -> Gen1Labels {
        let dict = "{'descr': [('t', '<i8'), ('x', '<f4'), ('y', '<f4'), ('w', '<f4'), ('h', '<f4'), ('class_id', '<u4'), ('track_id', '<u4'), ('class_confidence', '<f4'), ('', '|V4')], 'fortran_order': False, 'shape': (\(rows.count),), }"
        func le<T: FixedWidthInteger>(_ v: T) -> [UInt8] { (0..<MemoryLayout<T>.size).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
        var data: [UInt8] = []
        for r in rows {
            data += le(r.0) + le(r.1.bitPattern) + le(r.2.bitPattern) + le(r.3.bitPattern) + le(r.4.bitPattern)
            data += le(r.5) + le(r.6) + le(Float(1).bitPattern) + [0, 0, 0, 0]
        }
        return try Gen1Labels(table: try NpyRecords.read(bytes: npy(dict, data)), source: "crafted.npy")
    }

    /// A `.npy` image with a hand-written header dict.
    private func npy(_ dict: String, _ data: [UInt8] = []) -> [UInt8] {
        let n = dict.utf8.count
        return [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(n & 0xFF), UInt8(n >> 8)] + Array(dict.utf8) + data
    }

    func testToolboxDtypeAndTheAuthorsQuirks() throws {
        let labels = try toolboxLabels([
            (100, -6, 10, 20, 30, 0, 5),   // starts left of the sensor: x clamps to 0, w stays 20
            (100, 1, 2, 3, 4, 1, 9),       // track 9, replaced by its later row
            (100, 290, 230, 40, 40, 0, 2), // reaches past the sensor: cx = 290 + 20 clamps to 304
            (100, 50, 60, 0, 10, 1, 7),    // zero width: dropped
            (100, 7, 8, 10, 12, 1, 9),     // track 9's last row
            (200, 0, 0, 304, 240, 1, 1),
        ])
        XCTAssertEqual(labels.groups.map(\.timestamp), [100, 200])
        XCTAssertEqual(labels.groups[0].boxes.map(\.trackID), [5, 9, 2, 7, 9])
        XCTAssertEqual(labels.boxes[0].confidence, 1)
        let t = labels.groups[0].targets()
        // Descending track: 9 (last row), 5, 2; track 7 dropped (w = 0). Values × float64 1/304, 1/240.
        XCTAssertEqual(t.map(\.classID), [1, 0, 0])
        XCTAssertEqual(t[0], Gen1Target(classID: 1, centerX: 12 * (1 / 304.0), centerY: 14 * (1 / 240.0), width: 10 * (1 / 304.0), height: 12 * (1 / 240.0)))
        XCTAssertEqual(t[1], Gen1Target(classID: 0, centerX: 10 * (1 / 304.0), centerY: 25 * (1 / 240.0), width: 20 * (1 / 304.0), height: 30 * (1 / 240.0)))
        XCTAssertEqual(t[2], Gen1Target(classID: 0, centerX: 304 * (1 / 304.0), centerY: 240 * (1 / 240.0), width: 40 * (1 / 304.0), height: 40 * (1 / 240.0)))
        XCTAssertEqual(labels.groups[1].targets(), [Gen1Target(classID: 1, centerX: 152 * (1 / 304.0), centerY: 120 * (1 / 240.0), width: 1, height: 1)])
    }

    func testBadLabelFiles() throws {
        XCTAssertThrowsError(try toolboxLabels([(200, 0, 0, 1, 1, 0, 1), (100, 0, 0, 1, 1, 0, 1)])) {
            XCTAssertEqual("\($0)", "input: crafted.npy: row 1 has timestamp 100 µs, before row 0 at 200 µs (labels must be sorted by time)")
        }
        XCTAssertThrowsError(try toolboxLabels([(1, .nan, 0, 1, 1, 0, 1)])) { XCTAssertTrue("\($0)".contains("row 0 has a box that is not finite")) }
        let noTrack = try NpyRecords.read(bytes: npy("{'descr': [('ts', '<u8'), ('x', '<f4')], 'fortran_order': False, 'shape': (0,), }"))
        XCTAssertThrowsError(try Gen1Labels(table: noTrack, source: "l.npy")) {
            XCTAssertEqual("\($0)", "input: l.npy: Gen1 labels need a field y (fields: ts, x)")
        }
        XCTAssertThrowsError(try Gen1Labels.read(path: Fixtures.path("gen1/synth_dev_frames.npy"))) {
            XCTAssertTrue("\($0)".contains("synth_dev_frames.npy"))
        }
        XCTAssertEqual(try toolboxLabels([]).groups, [])
    }

    func testPredictionsMapBackToSensorPixelsAsTheValidatorDoes() throws {
        let scaling = Gen1Framing.gen1.sensorBoxScaling
        // The validator's ratio_pad for this sample (synth_dev_frames.json, batch_labels): ((253/240, 320/304), (0, 33)).
        let text = try String(contentsOfFile: Fixtures.path("gen1/synth_dev_frames.json"), encoding: .utf8)
        let ratioPad = try PlainValue.parseJSON(text)["batch_labels"]?["ratio_pad"]
        XCTAssertEqual(scaling.gain, ratioPad?[0]?[0]?.doubleValue)
        XCTAssertEqual(Double(scaling.padX), ratioPad?[1]?[0]?.doubleValue)
        XCTAssertEqual(Double(scaling.padY), ratioPad?[1]?[1]?.doubleValue)
        XCTAssertEqual([scaling.originalWidth, scaling.originalHeight], [304, 240])
        // (v - pad) / Float(gain) in float32, clipped to the sensor.
        let gain = Float(253.0 / 240.0)
        let d = Gen1Framing.gen1.sensorDetection(Detection(box: [10.5, 50, 200, 100], score: 0.5, classIndex: 1))
        XCTAssertEqual(d, Detection(box: [10.5 / gain, 17 / gain, 200 / gain, 67 / gain], score: 0.5, classIndex: 1))
        XCTAssertEqual(scaling.toOriginal([-5, 20, 400, 300]), [0, 0, 304, 240])
    }
}
