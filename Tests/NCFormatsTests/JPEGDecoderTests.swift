import Foundation
import XCTest

@testable import NCFormats

/// `JPEGDecoder` against OpenCV's decodes of crafted files (`JPEGVectors`), of cut-short
/// progressive fixtures, and of fixtures carrying each EXIF orientation.
final class JPEGDecoderTests: XCTestCase {
    func testCraftedVectorsMatchOpenCV() throws {
        XCTAssertEqual(JPEGVectors.all.count, 18)
        for (name, v) in JPEGVectors.all {
            let image = try ImageDecoder.decode(v.bytes)
            XCTAssertEqual(image.width, v.width, name)
            XCTAssertEqual(image.height, v.height, name)
            XCTAssertEqual(v.pixels.count, v.width * v.height * 3, name)
            guard image.pixels.count == v.pixels.count else { continue }
            let (exact, worst) = ImageDecoderTests.compare(image.pixels, v.pixels)
            XCTAssertEqual(exact, 1, "\(name): \(exact * 100) % exact, max difference \(worst)")
        }
    }

    /// The progressive fixture cut after each of its 10 scans (EOI appended): libjpeg smooths the
    /// blocks whose low-frequency coefficients are still incomplete. SHA-256 of OpenCV's RGB
    /// output for each cut (`cv2.imdecode(data[:end_of_scan_k] + b'\xff\xd9', IMREAD_COLOR)`).
    static let cutProgressiveDigests = [
        "43ce2a982fcf4df301a3f7a8899ce65ca8cf6c3cd6b46e5253ddaa471c3b9a1a",
        "65d4b871f9f33ca31c8c8672e9545893ef366a7a0e512684ffdcb7e73f11abdb",
        "d252bfbf57199ef796037b394af20f6725f5383df44f8c671c807f6f4b787508",
        "82aee70458bbbd30d261015680de1e4478f45a1c714541a80963410fe71f1171",
        "8d97407a08860dd05df6dae93770ac81ad865fa11992e0296935f5d9872a755a",
        "301a94a834fc8b6de740793729a405a163ec8e14b1b635a0b6f9db6cc08c1a89",
        "af924859f368e7da909258d7e9fefeb6c43266e39cab4eb09734d16069e18fc0",
        "644e265cb0e21e9bd5f6a1b945b6619c603af8e3dd21dc5fc7754174926f6a4c",
        "2c04e685f888d29fe2af6eff405ad9fd2e9edcd07e5dbe8407a2426a6621e181",
        "d7bc20ff9f22c3cb30b4a163fd0cb97b0128d7fc93cb85a00f2814fd54059ebb",
    ]

    /// Offsets where each scan's entropy-coded data ends: the first marker after its SOS that is
    /// neither a stuffed 0xFF 0x00 nor a restart marker (written here, not taken from the decoder).
    static func scanEnds(_ d: [UInt8]) -> [Int] {
        var ends = [Int]()
        var i = 2
        while i + 1 < d.count {
            let marker = d[i + 1]
            if marker == 0xD9 { break }
            let length = Int(d[i + 2]) << 8 | Int(d[i + 3])
            if marker == 0xDA {
                var j = i + 2 + length
                while !(d[j] == 0xFF && d[j + 1] != 0 && !(0xD0...0xD7).contains(d[j + 1])) { j += 1 }
                ends.append(j)
                i = j
            } else {
                i += 2 + length
            }
        }
        return ends
    }

    /// Offsets of the SOS markers, found the same way.
    static func scanStarts(_ d: [UInt8]) -> [Int] {
        var starts = [Int]()
        var i = 2
        while i + 1 < d.count && d[i + 1] != 0xD9 {
            let length = Int(d[i + 2]) << 8 | Int(d[i + 3])
            if d[i + 1] == 0xDA {
                starts.append(i)
                var j = i + 2 + length
                while !(d[j] == 0xFF && d[j + 1] != 0 && !(0xD0...0xD7).contains(d[j + 1])) { j += 1 }
                i = j
            } else {
                i += 2 + length
            }
        }
        return starts
    }

    func testCutProgressiveFilesAreSmoothedLikeLibjpeg() throws {
        let file = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("inputs/dev04_motorcycle_left_pil_prog_q85.jpg"))))
        let ends = Self.scanEnds(file)
        XCTAssertEqual(ends.count, 10)
        for (k, end) in ends.enumerated() {
            let cut = Array(file[..<end]) + [0xFF, 0xD9]
            let image = try ImageDecoder.decode(cut)
            XCTAssertEqual(SHA256.hex(SHA256.hash(image.pixels)), Self.cutProgressiveDigests[k], "cut after scan \(k + 1)")
        }
        // Without the EOI too (libjpeg supplies one): the same image.
        let noEOI = try ImageDecoder.decode(Array(file[..<ends[4]]))
        XCTAssertEqual(SHA256.hex(SHA256.hash(noEOI.pixels)), Self.cutProgressiveDigests[4])
    }

    // MARK: EXIF orientation

    /// An APP1 segment holding a little- or big-endian TIFF header and one IFD0 entry:
    /// orientation (tag 0x0112, SHORT, count 1).
    static func exifSegment(_ orientation: Int, littleEndian: Bool) -> [UInt8] {
        func u16(_ v: Int) -> [UInt8] { littleEndian ? [UInt8(v & 0xFF), UInt8(v >> 8)] : [UInt8(v >> 8), UInt8(v & 0xFF)] }
        func u32(_ v: Int) -> [UInt8] { littleEndian ? u16(v & 0xFFFF) + u16(v >> 16) : u16(v >> 16) + u16(v & 0xFFFF) }
        let tiff = (littleEndian ? [0x49, 0x49] : [0x4D, 0x4D]) + u16(42) + u32(8)
            + u16(1) + u16(0x0112) + u16(3) + u32(1) + u16(orientation) + u16(0) + u32(0)
        let body = Array("Exif\0\0".utf8) + tiff
        return [0xFF, 0xE1, UInt8((body.count + 2) >> 8), UInt8((body.count + 2) & 0xFF)] + body
    }

    /// `image` (H × W × 3 bytes) as OpenCV's ExifTransform turns it: flips and a transpose.
    static func orient(_ pixels: [UInt8], width: Int, height: Int, _ orientation: Int) -> (Int, Int, [UInt8]) {
        func transpose(_ p: [UInt8], _ w: Int, _ h: Int) -> [UInt8] {
            var out = [UInt8](repeating: 0, count: p.count)
            for y in 0..<h { for x in 0..<w { for c in 0..<3 { out[3 * (x * h + y) + c] = p[3 * (y * w + x) + c] } } }
            return out
        }
        func flip(_ p: [UInt8], _ w: Int, _ h: Int, horizontal: Bool, vertical: Bool) -> [UInt8] {
            var out = [UInt8](repeating: 0, count: p.count)
            for y in 0..<h {
                for x in 0..<w {
                    let sx = horizontal ? w - 1 - x : x, sy = vertical ? h - 1 - y : y
                    for c in 0..<3 { out[3 * (y * w + x) + c] = p[3 * (sy * w + sx) + c] }
                }
            }
            return out
        }
        var p = pixels, w = width, h = height
        if orientation >= 5 {
            p = transpose(p, w, h)
            swap(&w, &h)
        }
        switch orientation {
        case 2, 6: p = flip(p, w, h, horizontal: true, vertical: false)
        case 3, 7: p = flip(p, w, h, horizontal: true, vertical: true)
        case 4, 8: p = flip(p, w, h, horizontal: false, vertical: true)
        default: break
        }
        return (w, h, p)
    }

    func testEveryEXIFOrientationIsAppliedAsOpenCVDoes() throws {
        for name in ["dev02_coffee_pil_q95_444.jpg", "dev01_chelsea_cv2_q90_420.jpg"] {
            let file = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("inputs/\(name)"))))
            let ref = try ImageDecoderTests.reference(name)
            for orientation in 1...8 {
                for littleEndian in [true, false] {
                    // Right after SOI, and (same result) after the quantisation tables.
                    let dqt = file.indices.first { file[$0] == 0xFF && file[$0 + 1] == 0xDB }!
                    for at in [2, dqt] {
                        let spliced = Array(file[..<at]) + Self.exifSegment(orientation, littleEndian: littleEndian) + Array(file[at...])
                        let image = try ImageDecoder.decode(spliced)
                        let (w, h, expected) = Self.orient(ref.pixels, width: ref.width, height: ref.height, orientation)
                        let label = "\(name) orientation \(orientation) \(littleEndian ? "II" : "MM") at byte \(at)"
                        XCTAssertEqual(image.width, w, label)
                        XCTAssertEqual(image.height, h, label)
                        XCTAssertTrue(image.pixels == expected, label)
                        let size = try ImageDecoder.size(spliced)
                        XCTAssertEqual(size.orientation.rawValue, orientation, label)
                        XCTAssertEqual(size.width, ref.width, label)
                        XCTAssertEqual(size.orientedWidth, w, label)
                        XCTAssertEqual(size.orientedHeight, h, label)
                    }
                }
            }
        }
    }

    /// OpenCV reads only the first `Exif\0\0` APP1 and ignores what it cannot parse.
    func testEXIFCornerCasesFollowOpenCV() throws {
        let name = "dev02_coffee_pil_q95_444.jpg"
        let file = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("inputs/\(name)"))))
        let ref = try ImageDecoderTests.reference(name)
        func decoded(_ segments: [UInt8]) throws -> RGBImage { try ImageDecoder.decode(Array(file[..<2]) + segments + Array(file[2...])) }
        let xmpBody = Array("http://ns.adobe.com/xap/1.0/\0<x/>".utf8)
        let xmp: [UInt8] = [0xFF, 0xE1, 0, UInt8(xmpBody.count + 2)] + xmpBody
        // XMP first, then EXIF 6: rotated.
        XCTAssertEqual(try decoded(xmp + Self.exifSegment(6, littleEndian: true)).width, ref.height)
        // Two EXIF segments: the first wins.
        XCTAssertEqual(try decoded(Self.exifSegment(1, littleEndian: true) + Self.exifSegment(6, littleEndian: true)).width, ref.width)
        // Values outside 1...8, a damaged TIFF header, a cut IFD: shown as stored.
        for bad in [Self.exifSegment(0, littleEndian: true), Self.exifSegment(9, littleEndian: false)] {
            XCTAssertEqual(try decoded(bad).pixels, ref.pixels)
        }
        var wrongMagic = Self.exifSegment(6, littleEndian: true)
        wrongMagic[10] = 0x58
        XCTAssertEqual(try decoded(wrongMagic).pixels, ref.pixels)
        let full = Self.exifSegment(6, littleEndian: true)
        let cut = [0xFF, 0xE1, 0, 18] + full[4..<20]
        XCTAssertEqual(try decoded(cut).pixels, ref.pixels)
    }

    func testPNGeXIfChunkIsApplied() throws {
        let name = "dev07_rocket_strip_rgb8.png"
        let file = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("inputs/\(name)"))))
        let ref = try ImageDecoderTests.reference(name)
        for orientation in 1...8 {
            let tiff = Array(Self.exifSegment(orientation, littleEndian: orientation % 2 == 0)[10...])
            var chunk = [UInt8]()
            let type = Array("eXIf".utf8)
            chunk += [0, 0, UInt8(tiff.count >> 8), UInt8(tiff.count & 0xFF)] + type + tiff
            var crc = CRC32()
            crc.update(type + tiff)
            chunk += [UInt8(crc.value >> 24), UInt8((crc.value >> 16) & 0xFF), UInt8((crc.value >> 8) & 0xFF), UInt8(crc.value & 0xFF)]
            // After IHDR, and (OpenCV applies it there too) just before IEND.
            for at in [33, file.count - 12] {
                let spliced = Array(file[..<at]) + chunk + Array(file[at...])
                let image = try ImageDecoder.decode(spliced)
                let (w, h, expected) = Self.orient(ref.pixels, width: ref.width, height: ref.height, orientation)
                XCTAssertEqual(image.width, w)
                XCTAssertEqual(image.height, h)
                XCTAssertTrue(image.pixels == expected, "orientation \(orientation) at byte \(at)")
                XCTAssertEqual(try ImageDecoder.size(spliced).orientation.rawValue, orientation)
            }
        }
    }
}
