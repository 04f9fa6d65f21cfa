import NCFormats
import XCTest

@testable import NCModel

/// `OpenCVLinearResize` against OpenCV's own output: the Gen1 framing stages and the content
/// region of the COCO letterbox tensors (`Tests/Fixtures/README.md`), and hand arithmetic.
final class OpenCVLinearResizeTests: XCTestCase {
    /// 1x2 -> 1x4 and 2x1 -> 4x1 by hand (cv2.resize gives [0, 64, 191, 255] both ways; a float
    /// bilinear resize would give 63.75 -> 64 and 191.25 -> 191 here but differs elsewhere):
    /// scale 0.5; column 1: f = 0.25, weights 1536/512, H = 255·512 = 130560, (130560 >> 4) = 8160,
    /// 8160·2048 >> 16 = 255, (255 + 2) >> 2 = 64; column 2: H = 255·1536 = 391680 -> 765 -> 191;
    /// column 3 lies past the last source column: weight 2048 on it -> 255.
    func testHandArithmetic() {
        XCTAssertEqual(OpenCVLinearResize.resize([0, 255], height: 1, width: 2, channels: 1, toHeight: 1, toWidth: 4), [0, 64, 191, 255])
        XCTAssertEqual(OpenCVLinearResize.resize([0, 255], height: 2, width: 1, channels: 1, toHeight: 4, toWidth: 1), [0, 64, 191, 255])
        // Row 0 of an upscale reads source row "-1": clamped to row 0 with fraction 0.75 kept, so
        // the weights 512 + 1536 apply to the same row: 32640·512 >> 16 = 255, ·1536 >> 16 = 765.
        XCTAssertEqual(OpenCVLinearResize.resize([255, 255], height: 2, width: 1, channels: 1, toHeight: 4, toWidth: 1), [255, 255, 255, 255])
        // Same size: every weight is 2048/0, the bytes come back unchanged; channels stay apart.
        let rgb: [UInt8] = [1, 2, 3, 250, 251, 252, 7, 8, 9, 100, 0, 255]
        XCTAssertEqual(OpenCVLinearResize.resize(rgb, height: 2, width: 2, channels: 3, toHeight: 2, toWidth: 2), rgb)
        // Exact halving averages each 2x2 block with rounding: (1 + 250 + 7 + 100 + 2) >> 2 = 90, ...
        XCTAssertEqual(OpenCVLinearResize.resize(rgb, height: 2, width: 2, channels: 3, toHeight: 1, toWidth: 1), [90, 65, 130])
    }

    /// Gen1 frames (one channel, 240x304 -> 253x320, an upscale): every frame of the authors'
    /// `painted` stage resizes to their `resized` stage exactly.
    func testGen1FramesEqualOpenCV() throws {
        let npz = try NpzArchive(path: Fixtures.path("gen1/synth_dev_stages.npz"))
        let painted = try npz.array(named: "painted"), resized = try npz.array(named: "resized")
        XCTAssertEqual(painted.shape, [4, 240, 304])
        XCTAssertEqual(resized.shape, [4, 253, 320])
        for t in 0..<4 {
            let src = Array(painted.bytes[(t * 240 * 304)..<((t + 1) * 240 * 304)])
            let want = Array(resized.bytes[(t * 253 * 320)..<((t + 1) * 253 * 320)])
            let got = OpenCVLinearResize.resize(src, height: 240, width: 304, channels: 1, toHeight: 253, toWidth: 320)
            XCTAssertEqual(got, want, "frame \(t): \(zip(got, want).filter { $0 != $1 }.count) values differ")
        }
    }

    /// Three channels, down (427x640 -> 214x320) and up (240x212 -> 320x283): the content region
    /// of the predictor's letterboxed input (pads from the fixture README: top 5 / left 0 and
    /// top 0 / left 2) equals the resized decode.
    func testCOCOContentRegionsEqualOpenCV() throws {
        let cases: [(name: String, resized: (h: Int, w: Int), top: Int, left: Int)] = [
            ("dev06_rocket_original", (214, 320), 5, 0),
            ("dev08_chelsea_rgba", (320, 283), 0, 2),
        ]
        for c in cases {
            let rgb = try Npy.read(path: Fixtures.path("inputs/\(c.name).rgb.npy"))
            let input = try Npy.read(path: Fixtures.path("inputs/\(c.name).rect320.u8.npy"))
            let (h, w) = (rgb.shape[0], rgb.shape[1])
            let got = OpenCVLinearResize.resize(rgb.bytes, height: h, width: w, channels: 3, toHeight: c.resized.h, toWidth: c.resized.w)
            let (ih, iw) = (input.shape[2], input.shape[3])
            var differing = 0
            for ch in 0..<3 {
                for y in 0..<c.resized.h {
                    for x in 0..<c.resized.w {
                        let want = input.bytes[(ch * ih + y + c.top) * iw + x + c.left]
                        if got[(y * c.resized.w + x) * 3 + ch] != want { differing += 1 }
                    }
                }
            }
            XCTAssertEqual(differing, 0, c.name)
        }
    }
}
