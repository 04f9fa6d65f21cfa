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
}
