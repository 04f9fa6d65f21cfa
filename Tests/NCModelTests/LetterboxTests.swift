import Foundation
import NCFormats
import XCTest

@testable import NCModel

/// The letterbox paths and box mapping against the fork's own outputs (`Tests/Fixtures/inputs`,
/// see `Tests/Fixtures/README.md`): the predictor's rect and square inputs byte for byte, the
/// validator's shapes and `ratio_pad`, `scale_boxes` on the predictor's detections.
final class LetterboxTests: XCTestCase {
    static let names = [
        "dev01_chelsea_cv2_q90_420", "dev02_coffee_pil_q95_444", "dev03_astronaut_pil_q90_422_opt",
        "dev04_motorcycle_left_pil_prog_q85", "dev05_camera_gray_cv2_q90_rst4", "dev06_rocket_original",
        "dev07_rocket_strip_rgb8", "dev08_chelsea_rgba", "dev09_coffee_rgb16",
    ]

    /// The fixture manifest's per-image facts.
    static func manifest() throws -> [String: PlainValue] {
        try Fixtures.json("inputs/manifest.json")["images"]?.objectValue?.reduce(into: [:]) { $0[$1.key] = $1.value } ?? [:]
    }

    /// The integers of a JSON array.
    static func ints(_ v: PlainValue?) -> [Int] { (v?.arrayValue ?? []).compactMap { $0.intValue.map(Int.init) } }

    /// The decoded image `<name>.rgb.npy`: (bytes, height, width).
    static func decoded(_ name: String) throws -> (rgb: [UInt8], height: Int, width: Int) {
        let t = try Npy.read(path: Fixtures.path("inputs/\(name).rgb.npy"))
        XCTAssertEqual(t.dtype, .uint8)
        return (t.bytes, t.shape[0], t.shape[1])
    }

    /// One mode at 320 against `<name>.<mode>320.u8.npy` and the manifest's geometry.
    func check(_ name: String, _ mode: LetterboxMode, facts: PlainValue?) throws {
        let (rgb, h, w) = try Self.decoded(name)
        let boxed = try Letterbox(mode: mode, size: 320).apply(rgb: rgb, height: h, width: w)
        let g = boxed.geometry
        let want = facts?["\(mode.rawValue)320"]
        XCTAssertEqual(g.ratio, want?["r"]?.doubleValue, name)
        XCTAssertEqual([g.resizedWidth, g.resizedHeight], Self.ints(want?["resized_wh"]), name)
        XCTAssertEqual([g.top, g.bottom, g.left, g.right], Self.ints(want?["pad_top_bottom_left_right"]), name)
        XCTAssertEqual([g.inputHeight, g.inputWidth], Self.ints(want?["out_hw"]), name)
        let tensor = try Npy.read(path: Fixtures.path("inputs/\(name).\(mode.rawValue)320.u8.npy"))
        XCTAssertEqual(tensor.shape, [1, 3, g.inputHeight, g.inputWidth], name)
        let differing = zip(boxed.pixels, tensor.bytes).filter { $0 != $1 }.count
        XCTAssertEqual(boxed.pixels.count, tensor.bytes.count, name)
        XCTAssertEqual(differing, 0, "\(name) \(mode): \(differing) bytes differ")
    }

    func testRectInputsAreByteExactForEveryImage() throws {
        let manifest = try Self.manifest()
        for name in Self.names { try check(name, .rect, facts: manifest[name]) }
    }

    func testSquareInputsAreByteExact() throws {
        let manifest = try Self.manifest()
        for name in ["dev03_astronaut_pil_q90_422_opt", "dev07_rocket_strip_rgb8"] {
            try check(name, .square, facts: manifest[name])
        }
    }

    /// The float input is `Float(byte) / 255` (IEEE division): for some bytes multiplying by the
    /// rounded reciprocal gives another float, so this comparison can tell the two apart.
    func testInputValuesAreBytesDividedBy255() throws {
        let all = [UInt8](0...255)
        let image = try InputImage(bytes: all, channels: 1, height: 16, width: 16)
        XCTAssertEqual(image.values, all.map { Float($0) / 255 })
        XCTAssertTrue(all.contains { Float($0) / 255 != Float($0) * (Float(1) / 255) })
        let (rgb, h, w) = try Self.decoded("dev07_rocket_strip_rgb8")
        let boxed = try Letterbox(mode: .rect, size: 320).apply(rgb: rgb, height: h, width: w)
        XCTAssertEqual(boxed.inputImage().values, boxed.pixels.map { Float($0) / 255 })
        XCTAssertEqual([boxed.inputImage().height, boxed.inputImage().width], [64, 320])
    }

    /// The validator's path: input shapes and `ratio_pad` as the fork's val loader reported them
    /// (`dataset/expected_rates.json` → `bonus_val_pipeline.inputs`).
    func testValidatorShapesAndRatioPad() throws {
        let inputs = try Fixtures.json("inputs/dataset/expected_rates.json")["bonus_val_pipeline"]?["inputs"]?.objectValue ?? []
        XCTAssertEqual(inputs.count, 5)
        let manifest = try Self.manifest()
        for member in inputs {
            let (name, want) = (member.key, member.value)
            let hw = Self.ints(manifest[name]?["orig_hw"])
            let g = try Letterbox(mode: .val, size: 320).geometry(height: hw[0], width: hw[1])
            XCTAssertEqual([1, 3, g.inputHeight, g.inputWidth], Self.ints(want["input_shape"]), name)
            let ratioPad = (want["ratio_pad"]?.arrayValue ?? []).map { ($0.arrayValue ?? []).compactMap(\.doubleValue) }
            XCTAssertEqual(Double(g.loadedHeight) / Double(g.originalHeight), ratioPad[0][0], name)
            XCTAssertEqual(Double(g.loadedWidth) / Double(g.originalWidth), ratioPad[0][1], name)
            XCTAssertEqual([Double(g.left), Double(g.top)], ratioPad[1], name)
            XCTAssertEqual(g.boxScaling.gain, ratioPad[0][0], name)
            XCTAssertEqual([g.boxScaling.padX, g.boxScaling.padY], [g.left, g.top], name)
        }
        // 300x451 by hand: load_image -> ceil(300·320/451) = 213 x 320; batch shape
        // ceil(300/451·10 + 0.5)·32 = 8·32 = 256 by ceil(10.5)·32 = 352; pads dh = 43 -> 21/22, dw = 32 -> 16/16.
        let g = try Letterbox(mode: .val, size: 320).geometry(height: 300, width: 451)
        XCTAssertEqual([g.loadedHeight, g.loadedWidth, g.resizedHeight, g.resizedWidth], [213, 320, 213, 320])
        XCTAssertEqual([g.top, g.bottom, g.left, g.right, g.inputHeight, g.inputWidth], [21, 22, 16, 16, 256, 352])
    }

    /// Batches of several images share the shape of their extreme aspect ratio.
    func testValidatorBatchShapes() {
        // Aspect ratios 300/451 = 0.665, 281/353 = 0.796, 397/283 = 1.40; batches of 2 after sorting:
        // {0.665, 0.796} -> [0.796, 1] -> ceil(8.46)·32 = 288 x 352; {1.40} -> [1, 0.713] -> 352 x ceil(7.63)·32 = 256.
        let shapes = ValidationBatchShapes.shapes(sizes: [(397, 283), (300, 451), (281, 353)], batchSize: 2, size: 320)
        XCTAssertEqual(shapes.map { [$0.height, $0.width] }, [[352, 256], [288, 352], [288, 352]])
    }

    /// `scale_boxes` as the predictor calls it: `<name>.rect320.det.npy` -> `.det_orig.npy`
    /// bit for bit, including the two images where it assumes a pad one pixel off LetterBox's.
    func testPredictorBoxesBackToOriginalPixels() throws {
        let manifest = try Self.manifest()
        var rows = 0
        for name in Self.names {
            let hw = Self.ints(manifest[name]?["orig_hw"])
            let g = try Letterbox(mode: .rect, size: 320).geometry(height: hw[0], width: hw[1])
            let det = try Npy.read(path: Fixtures.path("inputs/\(name).rect320.det.npy"))
            let orig = try Npy.read(path: Fixtures.path("inputs/\(name).rect320.det_orig.npy"))
            XCTAssertEqual(det.shape, orig.shape)
            let d = det.floats(), o = orig.floats()
            for r in 0..<(det.shape.first ?? 0) {
                let detection = Detection(box: Array(d[(r * 6)..<(r * 6 + 4)]), score: d[r * 6 + 4], classIndex: Int(d[r * 6 + 5]))
                let mapped = g.boxScaling.toOriginal(detection)
                XCTAssertEqual(mapped.box, Array(o[(r * 6)..<(r * 6 + 4)]), "\(name) row \(r)")
                XCTAssertEqual(mapped.score, o[r * 6 + 4])
                rows += 1
            }
            let assumed = Self.ints(manifest[name]?["scale_boxes_pad_left_top"])
            XCTAssertEqual([g.boxScaling.padX, g.boxScaling.padY], assumed, name)
        }
        XCTAssertEqual(rows, 19)
        // dev02 (281x353 -> 256x320): LetterBox padded top 0 / bottom 1, scale_boxes assumes top 1.
        let g = try Letterbox(mode: .rect, size: 320).geometry(height: 281, width: 353)
        XCTAssertEqual([g.top, g.bottom, g.boxScaling.padY], [0, 1, 1])
    }
}

extension LetterboxTests {
    /// A label through the validator's own round trip, by hand: 300x451 at 320 loads as 213x320,
    /// pads dw = 32 (16 each side), dh = 43 (LetterBox shifts labels by 21.5, scale_boxes removes
    /// 21), gain 213/300 = 0.71 for both axes. "0 0.5 0.5 0.5 0.5" -> x 80..240 + 16, y 53.25..159.75
    /// + 21.5 in the input; back: x (96 - 16) / 0.71 = 112.676, y (74.75 - 21) / 0.71 = 75.704,
    /// against the direct 112.75 and 75 of YOLOLabel.box.
    func testValidatorLabelRoundTrip() throws {
        let g = try Letterbox(mode: .val, size: 320).geometry(height: 300, width: 451)
        let label = YOLOLabel(classIndex: 0, centerX: 0.5, centerY: 0.5, width: 0.5, height: 0.5)
        let box = g.validatorLabelBox(label).box
        let want: [Float] = [80 / 0.71, 53.75 / 0.71, 240 / 0.71, 160.25 / 0.71]
        for k in 0..<4 { XCTAssertEqual(box[k], want[k], accuracy: 2e-4, "coordinate \(k)") }
        XCTAssertEqual(label.box(imageWidth: 451, imageHeight: 300).box, [112.75, 75, 338.25, 225])
    }
}
