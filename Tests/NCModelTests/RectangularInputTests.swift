import Foundation
import NCFormats
import XCTest

@testable import NCModel

/// The predictor's rect inputs (H ≠ W) through the folded graph and the reference engine: every
/// population's spikes equal the authors' FP32 run (`<name>.rect320.spikes.json`, whose FP32 and
/// FP64 blocks agree for these images), and NMS gives their detections.
final class RectangularInputTests: XCTestCase {
    func check(_ name: String, height: Int, width: Int) throws {
        let tensor = try Npy.read(path: Fixtures.path("inputs/\(name).rect320.u8.npy"))
        XCTAssertEqual(tensor.shape, [1, 3, height, width])
        let image = try InputImage(bytes: tensor.bytes, channels: 3, height: height, width: width)
        let graph = try FixtureModel.t().graph(height: height, width: width)
        let run = try ReferenceEngine(graph: graph).run(image)

        let json = try Fixtures.json("inputs/\(name).rect320.spikes.json")
        let fp32 = json["fp32"]?.objectValue ?? []
        XCTAssertEqual(json["fp32"], json["fp64"], "the fixture's precisions agree on \(name)")
        XCTAssertEqual(fp32.count, 88)
        XCTAssertEqual(run.populations.count, fp32.count)
        for (p, want) in zip(run.populations, fp32) {
            let numbers = (want.value.arrayValue ?? []).compactMap { $0.intValue.map(Int.init) }
            XCTAssertEqual(p.name, want.key)
            XCTAssertEqual(p.spikes, numbers.first, "\(name) \(p.name)")
            XCTAssertEqual(p.histogram, Array(numbers.dropFirst()), "\(name) \(p.name)")
        }

        // The decoded heads through NMS at conf 0.001 give the fixture's rows (input pixels).
        let (y, anchors) = DetectionDecoder.decode(run.heads, classCount: 80)
        XCTAssertEqual(anchors, (height / 8) * (width / 8) + (height / 16) * (width / 16) + (height / 32) * (width / 32))
        let detections = NonMaxSuppression(confidence: 0.001, iou: 0.7)(y, anchors: anchors, classCount: 80)
        let ref = try Npy.read(path: Fixtures.path("inputs/\(name).rect320.det.npy"))
        XCTAssertEqual(ref.shape, [detections.count, 6])
        let rows = ref.floats()
        for (i, d) in detections.enumerated() {
            for k in 0..<4 { XCTAssertEqual(d.box[k], rows[i * 6 + k], accuracy: 0.01, "\(name) detection \(i)") }
            XCTAssertEqual(d.score, rows[i * 6 + 4], accuracy: 1e-6)
            XCTAssertEqual(Float(d.classIndex), rows[i * 6 + 5])
        }
    }

    /// 64x320: a wide strip (W = 5 H).
    func testWideStrip() throws { try check("dev07_rocket_strip_rgb8", height: 64, width: 320) }

    /// 320x256: portrait, H > W.
    func testPortrait() throws { try check("dev03_astronaut_pil_q90_422_opt", height: 320, width: 256) }
}
