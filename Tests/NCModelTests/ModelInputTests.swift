import Foundation
import NCFormats
import XCTest

@testable import NCModel

/// User inputs: `.npy` tensors taken as they are, PNG samples turned into imread's bytes, and
/// one-line errors for everything the authors' code would not accept.
final class ModelInputTests: XCTestCase {
    func testATensorInZeroOneIsTheInputAsItIs() throws {
        let values: [Float] = (0..<(3 * 32 * 64)).map { Float($0 % 256) / 255 }
        let a = try ModelInputTensor.image(from: Tensor(shape: [1, 3, 32, 64], floats: values))
        XCTAssertEqual([a.channels, a.height, a.width], [3, 32, 64])
        XCTAssertEqual(a.values, values)
        let b = try ModelInputTensor.image(from: Tensor(shape: [3, 32, 64], floats: values))
        XCTAssertEqual(a, b)
    }

    func testBadTensorsAreRejectedWithTheReason() throws {
        let u8 = try Tensor(dtype: .uint8, shape: [1, 3, 2, 2], bytes: [UInt8](repeating: 200, count: 12))
        XCTAssertThrowsError(try ModelInputTensor.image(from: u8)) {
            XCTAssertEqual("\($0)", "input: tensor has dtype u8 (a uint8 image must be divided by 255 into float32 first); expected float32 [1,3,H,W] (or [3,H,W]) with values in [0,1]")
        }
        let f64 = try Tensor(dtype: .float64, shape: [1, 3, 1, 1], bytes: [UInt8](repeating: 0, count: 24))
        XCTAssertThrowsError(try ModelInputTensor.image(from: f64)) { XCTAssertTrue("\($0)".contains("dtype f64"), "\($0)") }
        for shape in [[1, 1, 4, 4], [2, 3, 4, 4], [4, 4, 3], [1, 3, 0, 4], [48]] {
            let n = shape.reduce(1, *)
            XCTAssertThrowsError(try ModelInputTensor.image(from: Tensor(shape: shape, floats: [Float](repeating: 0, count: n)))) {
                XCTAssertEqual("\($0)", "input: tensor has shape \(shape); expected float32 [1,3,H,W] (or [3,H,W]) with values in [0,1]")
            }
        }
        // The first offending value, its flat index and its [n, c, y, x] position (H 2, W 3).
        let bad: [(Float, String)] = [(-1, "-1.0"), (4.3e9, "4.3e+09"), (3.4e38, "3.4e+38"), (.nan, "nan"), (1.0000001, "1.0000001")]
        for (value, text) in bad {
            var values = [Float](repeating: 0.5, count: 18)
            values[10] = value
            values[13] = 7
            XCTAssertThrowsError(try ModelInputTensor.image(from: Tensor(shape: [1, 3, 2, 3], floats: values))) {
                XCTAssertEqual("\($0)", "input: tensor value \(text) at flat index 10 (position [0, 1, 1, 1]) is outside [0, 1]; expected float32 [1,3,H,W] (or [3,H,W]) with values in [0,1]")
            }
        }
    }

    func testNpyFileErrorsNameTheFile() throws {
        let dir = try Fixtures.temporaryDirectory()
        let path = dir + "/u8.npy"
        try Npy.write(Tensor(dtype: .uint8, shape: [1, 3, 32, 32], bytes: [UInt8](repeating: 1, count: 3072)), to: path)
        XCTAssertThrowsError(try ModelInputTensor.read(path: path)) {
            XCTAssertTrue("\($0)".hasPrefix(path + ": input: tensor has dtype u8"), "\($0)")
        }
    }

    /// Every sample value of every PNG bit depth, as `PNGDecoder` stores it (`v / (2^d − 1)`),
    /// comes back as imread's byte: bit replication below 8 bits, the high byte at 16.
    func testPNGSamplesBecomeImreadBytesForEveryDepth() {
        for depth in [1, 2, 4, 8, 16] {
            let maxValue = (1 << depth) - 1
            for v in 0...maxValue {
                let f = Float(v) / Float(maxValue)
                let want = depth == 16 ? v >> 8 : v * 255 / maxValue
                XCTAssertEqual(Int(PNGImage.openCVByte(f)), want, "depth \(depth) value \(v)")
            }
        }
        // round(v / 257), a plausible but wrong reduction, differs from v >> 8: 255 -> 0 (not 1),
        // 65280 = 255·256 -> 255 (not 254).
        XCTAssertEqual(PNGImage.openCVByte(Float(255) / 65535), 0)
        XCTAssertEqual(Int((Double(255) / 257).rounded()), 1)
        XCTAssertEqual(PNGImage.openCVByte(Float(65280) / 65535), 255)
        XCTAssertEqual(Int((Double(65280) / 257).rounded()), 254)
    }

    /// The RGBA and 16-bit PNG fixtures decode to exactly imread's bytes (`<name>.rgb.npy`).
    func testPNGFixturesDecodeToImreadBytes() throws {
        for name in ["dev08_chelsea_rgba", "dev09_coffee_rgb16"] {
            let png = try PNGDecoder.decode(path: Fixtures.path("inputs/\(name).png"))
            let want = try Npy.read(path: Fixtures.path("inputs/\(name).rgb.npy"))
            XCTAssertEqual(want.shape, [png.height, png.width, 3])
            let got = png.openCVRGB()
            XCTAssertEqual(zip(got, want.bytes).filter { $0 != $1 }.count, 0, name)
            XCTAssertEqual(got.count, want.bytes.count)
        }
    }

    func testLetterboxRejectsImpossibleSizes() throws {
        XCTAssertThrowsError(try Letterbox(mode: .rect, size: 100)) {
            XCTAssertEqual("\($0)", "input size 100 must be a positive multiple of 32 up to 8192")
        }
        let box = try Letterbox(mode: .rect, size: 320)
        XCTAssertThrowsError(try box.geometry(height: 1, width: 10_000)) {
            XCTAssertEqual("\($0)", "input: image of 1x10000 pixels is too elongated: it would be resized to 0x320")
        }
        XCTAssertThrowsError(try box.geometry(height: 0, width: 5)) { XCTAssertEqual("\($0)", "input: image is 0x5 pixels") }
        XCTAssertThrowsError(try box.apply(rgb: [1, 2, 3], height: 2, width: 2)) {
            XCTAssertEqual("\($0)", "input: an RGB image of 2x2 pixels does not have 3 bytes")
        }
        XCTAssertThrowsError(try box.apply(rgb: [], height: 1 << 40, width: 1 << 40)) { XCTAssertTrue("\($0)".contains("does not have 0 bytes")) }
        XCTAssertThrowsError(try Letterbox(mode: .val, size: 320).geometry(height: 10, width: 10, batchShape: (0, 32)))
    }
}
