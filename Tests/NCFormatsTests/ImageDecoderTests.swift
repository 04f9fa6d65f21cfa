import Foundation
import XCTest

@testable import NCFormats

/// Every image of the input-pipeline oracle (`Tests/Fixtures/inputs`, copied from
/// `shared/fixtures/inputs`) decodes to the pixels OpenCV 5.0 / libjpeg-turbo 3.1 / libpng 1.6
/// returned for it (`<name>.rgb.npy`: `cv2.imread(path, cv2.IMREAD_COLOR)[..., ::-1]`).
final class ImageDecoderTests: XCTestCase {
    static let fixtures = [
        "dev01_chelsea_cv2_q90_420.jpg", "dev02_coffee_pil_q95_444.jpg", "dev03_astronaut_pil_q90_422_opt.jpg",
        "dev04_motorcycle_left_pil_prog_q85.jpg", "dev05_camera_gray_cv2_q90_rst4.jpg", "dev06_rocket_original.jpg",
        "dev07_rocket_strip_rgb8.png", "dev08_chelsea_rgba.png", "dev09_coffee_rgb16.png",
    ]

    /// OpenCV's pixels for fixture `name`, from its `.rgb.npy` (uint8 H × W × 3).
    static func reference(_ name: String) throws -> (height: Int, width: Int, pixels: [UInt8]) {
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        let tensor = try Npy.read(path: Fixtures.path("inputs/\(stem).rgb.npy"))
        XCTAssertEqual(tensor.dtype, .uint8)
        XCTAssertEqual(tensor.shape.count, 3)
        XCTAssertEqual(tensor.shape.last, 3)
        return (tensor.shape[0], tensor.shape[1], tensor.bytes)
    }

    /// Share of values equal to the reference, and the largest difference.
    static func compare(_ a: [UInt8], _ b: [UInt8]) -> (exact: Double, maxDiff: Int) {
        precondition(a.count == b.count)
        var same = 0, worst = 0
        for i in a.indices {
            let d = abs(Int(a[i]) - Int(b[i]))
            if d == 0 { same += 1 }
            worst = max(worst, d)
        }
        return (a.isEmpty ? 1 : Double(same) / Double(a.count), worst)
    }

    func testEveryFixtureMatchesOpenCV() throws {
        for name in Self.fixtures {
            let image = try ImageDecoder.decode(path: Fixtures.path("inputs/\(name)"))
            let ref = try Self.reference(name)
            XCTAssertEqual(image.width, ref.width, name)
            XCTAssertEqual(image.height, ref.height, name)
            guard image.pixels.count == ref.pixels.count else { continue }
            let (exact, worst) = Self.compare(image.pixels, ref.pixels)
            print(String(format: "%@: %.4f%% of values exact, max difference %d", name, exact * 100, worst))
            XCTAssertLessThanOrEqual(worst, 1, name)
            XCTAssertEqual(exact, 1, "\(name): \(exact * 100) % exact")
        }
    }

    func testSizeProbeReadsHeadersOnly() throws {
        for name in Self.fixtures {
            let ref = try Self.reference(name)
            let size = try ImageDecoder.size(path: Fixtures.path("inputs/\(name)"))
            XCTAssertEqual(size.orientedWidth, ref.width, name)
            XCTAssertEqual(size.orientedHeight, ref.height, name)
            XCTAssertEqual(size.orientation, .topLeft, name)
            XCTAssertEqual(size.format, name.hasSuffix(".png") ? .png : .jpeg, name)
        }
    }

    /// The hand-written PNG vectors (every colour type and bit depth, palettes, tRNS, Adam7) as
    /// libpng hands them to OpenCV: v >> 8 at 16 bits, bit replication below 8 (v · 255 / max),
    /// palette colours looked up, grey in all three channels, alpha dropped.
    func testPNGVectorsDecodeToRGBAsLibpngExpandsThem() throws {
        typealias V = PNGVectors
        let cases: [(String, V.Case)] = [
            ("grey8", V.grey8), ("grey16", V.grey16), ("grey1", V.grey1), ("grey2", V.grey2), ("grey4", V.grey4),
            ("rgb8", V.rgb8), ("rgb16", V.rgb16), ("palette8", V.palette8), ("palette4", V.palette4),
            ("palette2", V.palette2), ("palette1", V.palette1), ("greyAlpha8", V.greyAlpha8),
            ("greyAlpha16", V.greyAlpha16), ("rgba8", V.rgba8), ("rgba16", V.rgba16), ("greyKey", V.greyKey),
            ("rgbKey", V.rgbKey), ("interlacedRGB8", V.interlacedRGB8), ("interlacedRGBA16", V.interlacedRGBA16),
            ("interlacedGrey2", V.interlacedGrey2), ("interlacedPalette1", V.interlacedPalette1), ("split", V.split),
        ]
        for (name, c) in cases {
            let image = try ImageDecoder.decode(c.bytes)
            let plane = c.width * c.height
            var expected = [UInt8](repeating: 0, count: 3 * plane)
            for i in 0..<plane {
                for ch in 0..<3 {
                    let v = c.rgb[ch * plane + i]
                    expected[3 * i + ch] = UInt8(c.scale == 65535 ? v >> 8 : v * 255 / c.scale)
                }
            }
            XCTAssertEqual(image.width, c.width, name)
            XCTAssertEqual(image.height, c.height, name)
            XCTAssertEqual(image.pixels, expected, name)
            XCTAssertEqual(try ImageDecoder.size(c.bytes).width, c.width, name)
            // The float decoder reads the same raster: its planes, scaled back, agree.
            let floats = try PNGDecoder.decode(c.bytes)
            XCTAssertEqual(floats.rgb.count, 3 * plane, name)
        }
    }

    func testPNGErrorsThroughImageDecoder() throws {
        let bytes = PNGVectors.rgb8.bytes
        for cut in 8..<(bytes.count - 1) {
            XCTAssertThrowsError(try ImageDecoder.decode(Array(bytes[..<cut])), "cut at \(cut)") { error in
                XCTAssertTrue(error is FormatError)
            }
        }
        assertFormatError(try ImageDecoder.decode(PNGVectors.rgb8.bytes, maxPixels: 10), .limitExceeded, "more than the limit of 10")
    }
}
