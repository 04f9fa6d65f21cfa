import Foundation
import XCTest

@testable import NCFormats

/// Damaged and hostile images: every one gives a one-line `FormatError` (or, where the damage
/// leaves a decodable file, an image), never a trap, and memory is refused before it is allocated.
final class JPEGHostileTests: XCTestCase {
    let baseline = JPEGParts(JPEGVectors.mixed.bytes)

    func testNotAnImageNamesTheFormatsRead() {
        for bytes: [UInt8] in [[], [0xFF], Array("GIF89a....".utf8), [0xFF, 0xD8], [0x89, 0x50, 0x4E, 0x47]] {
            assertFormatError(try ImageDecoder.decode(bytes), .unsupported, "not a JPEG or PNG image")
            assertFormatError(try ImageDecoder.size(bytes), .unsupported, "not a JPEG or PNG image")
        }
    }

    func testHugeClaimedSizesFailBeforeAllocating() {
        func sized(_ width: Int, _ height: Int) -> [UInt8] {
            baseline.editing(0xC0) { sof in
                sof[1] = UInt8(height >> 8); sof[2] = UInt8(height & 0xFF)
                sof[3] = UInt8(width >> 8); sof[4] = UInt8(width & 0xFF)
            }
        }
        assertFormatError(
            try ImageDecoder.decode(sized(65535, 65535)), .limitExceeded,
            "JPEG image of 65535 × 65535 pixels is larger than the limit of 67108864 pixels")
        assertFormatError(try ImageDecoder.decode(sized(65535, 65535), maxPixels: Int.max), .unsupported, "65500")
        // Under the pixel limit but far more blocks than a 900-byte file can code.
        assertFormatError(try ImageDecoder.decode(sized(8000, 8000)), .truncated, "needs at least 218750 bytes of compressed data")
        assertFormatError(try ImageDecoder.decode(sized(100, 100), maxPixels: 9999), .limitExceeded, "100 × 100 pixels is larger than the limit of 9999")
        // The size probe reads the header and reports the size without judging it.
        XCTAssertEqual(try ImageDecoder.size(sized(65535, 65535)).width, 65535)
    }

    func testSmallPNGClaimingAHugeImageDoesNotAllocateIt() throws {
        // 32 KB of incompressible image data under an IHDR claiming 16384 × 16384 RGB (805 MB).
        var rng = TestRandom(seed: 7)
        let noise = (0..<(32 * 1024)).map { _ in UInt8.random(in: 0...255, using: &rng) }
        let small = try PNGEncoder.encode(width: 128, height: 85, channels: 3, pixels: Array(noise[0..<(128 * 85 * 3)]))
        var png = small
        let ihdr = 8 + 8  // IHDR data offset
        for (k, v) in [16384, 16384].enumerated() {
            png[ihdr + 4 * k] = UInt8(v >> 24); png[ihdr + 4 * k + 1] = UInt8((v >> 16) & 0xFF)
            png[ihdr + 4 * k + 2] = UInt8((v >> 8) & 0xFF); png[ihdr + 4 * k + 3] = UInt8(v & 0xFF)
        }
        var crc = CRC32()
        crc.update(Array(png[12..<29]))
        png[29] = UInt8(crc.value >> 24); png[30] = UInt8((crc.value >> 16) & 0xFF)
        png[31] = UInt8((crc.value >> 8) & 0xFF); png[32] = UInt8(crc.value & 0xFF)
        XCTAssertLessThan(png.count, 40_000)
        assertFormatError(
            try ImageDecoder.decode(png), .limitExceeded, "16384 × 16384 pixels, more than the limit of 67108864")
        assertFormatError(try ImageDecoder.decode(png, maxPixels: 1 << 30), .truncated, "cannot inflate to the 805322752 bytes")
        XCTAssertEqual(try ImageDecoder.size(png).width, 16384)
    }

    func testBadHuffmanTables() {
        func dht(_ body: [UInt8]) -> [UInt8] { baseline.editing(0xC4) { $0 = body } }
        let counts = { (c: [Int: UInt8]) -> [UInt8] in (1...16).map { c[$0] ?? 0 } }
        let cases: [([UInt8], FormatErrorKind, String)] = [
            ([0x00] + counts([1: 3]) + [0, 1, 2], .malformed, "over-subscribed"),
            ([0x00] + counts([1: 2]) + [0, 1], .malformed, "over-subscribed"),  // uses the all-ones code
            ([0x00] + counts([2: 2, 3: 5]) + [0, 1, 2, 3, 4, 5, 16], .malformed, "DC symbols are 0 to 15"),
            ([0x20] + counts([1: 1]) + [0], .malformed, "table class 2"),
            ([0x04] + counts([1: 1]) + [0], .malformed, "destination 4"),
            ([0x00] + counts([:]), .malformed, "defines no codes"),
            ([0x10] + counts([8: 200, 9: 100]) + [UInt8](repeating: 1, count: 300), .malformed, "at most 256"),
            ([0x00] + counts([2: 3]) + [0, 1], .truncated, "3 Huffman symbols"),
        ]
        for (body, kind, fragment) in cases {
            assertFormatError(try ImageDecoder.decode(dht(body)), kind, fragment, fragment)
        }
    }

    func testBadQuantisationTables() {
        let cases: [((inout [UInt8]) -> Void, FormatErrorKind, String)] = [
            ({ $0[0] = 0x20 }, .malformed, "precision 2"),
            ({ $0[0] = 0x05 }, .malformed, "destination 0 to 3"),
            ({ $0[5] = 0 }, .malformed, "zero entry at zig-zag position 4"),
            ({ $0.removeLast(10) }, .truncated, "quantisation values"),
        ]
        for (edit, kind, fragment) in cases {
            assertFormatError(try ImageDecoder.decode(baseline.editing(0xDB, edit)), kind, fragment, fragment)
        }
    }

    func testComponentsReferencingMissingTables() {
        // The chroma components use quantisation table 3, which is never defined.
        let noQuant = baseline.editing(0xC0) { $0[6 + 3 + 2] = 3; $0[6 + 6 + 2] = 3 }
        assertFormatError(try ImageDecoder.decode(noQuant), .malformed, "component 2 uses quantisation table 3, which the file has not defined")
        // The first scan component selects AC table 2 (only 0 and 1 get standard stand-ins).
        let noHuffman = baseline.editing(0xDA) { $0[2] = 0x02 }
        assertFormatError(try ImageDecoder.decode(noHuffman), .malformed, "AC Huffman table 2, which the file has not defined")
        let unknownComponent = baseline.editing(0xDA) { $0[1] = 9 }
        assertFormatError(try ImageDecoder.decode(unknownComponent), .malformed, "refers to component 9, which the frame does not have")
        let twice = baseline.editing(0xDA) { $0[3] = $0[1] }
        assertFormatError(try ImageDecoder.decode(twice), .malformed, "lists component 1 twice")
        let duplicateIds = baseline.editing(0xC0) { $0[9] = $0[6] }
        assertFormatError(try ImageDecoder.decode(duplicateIds), .malformed, "lists component id 1 twice")
    }

    func testBadFrameHeaders() {
        let cases: [((inout [UInt8]) -> Void, FormatErrorKind, String)] = [
            ({ $0[3] = 0; $0[4] = 0 }, .malformed, "width 0"),
            ({ $0[1] = 0; $0[2] = 0 }, .unsupported, "height 0"),
            ({ $0[7] = 0x50 }, .malformed, "sampling factors 5x0"),
            ({ $0[7] = 0x32; $0[10] = 0x22 }, .unsupported, "not an integer fraction"),
            ({ $0[7] = 0x44 }, .unsupported, "interleaves 19 blocks per MCU"),
            ({ $0[0] = 12 }, .unsupported, "12-bit JPEG (SOF0)"),
            ({ $0.removeLast() }, .malformed, "3 components need 15"),
            ({ $0[5] = 4; $0 += [4, 0x11, 0] }, .unsupported, "4-component (CMYK or YCCK) JPEG"),
            ({ $0[5] = 2; $0.removeLast(3) }, .unsupported, "JPEG with 2 components"),
        ]
        for (edit, kind, fragment) in cases {
            assertFormatError(try ImageDecoder.decode(baseline.editing(0xC0, edit)), kind, fragment, fragment)
        }
    }

    func testUnsupportedKindsAreNamed() {
        let kinds: [(UInt8, String)] = [
            (0xC3, "lossless JPEG (SOF3)"), (0xC5, "hierarchical JPEG (SOF5)"), (0xC9, "arithmetic-coded JPEG (SOF9)"),
            (0xCA, "arithmetic-coded JPEG (SOF10)"), (0xCF, "arithmetic-coded JPEG (SOF15)"),
        ]
        for (marker, text) in kinds {
            var parts = baseline
            parts.segments[parts.index(0xC0)].marker = marker
            assertFormatError(try ImageDecoder.decode(parts.bytes), .unsupported, text, text)
        }
        var dac = baseline
        dac.segments.insert((0xCC, [0x00, 0x10]), at: 0)
        assertFormatError(try ImageDecoder.decode(dac.bytes), .unsupported, "arithmetic-coded JPEG (DAC)")
        var dnl = baseline
        dnl.segments.insert((0xDC, [0x00, 0x10]), at: 0)
        assertFormatError(try ImageDecoder.decode(dnl.bytes), .unsupported, "DNL")
    }

    func testBrokenStructure() {
        var sosFirst = baseline
        let sof = sosFirst.segments.remove(at: sosFirst.index(0xC0))
        assertFormatError(try ImageDecoder.decode(sosFirst.bytes), .malformed, "comes before the frame header")
        var twoFrames = baseline
        twoFrames.segments.insert(sof, at: twoFrames.index(0xC0))
        assertFormatError(try ImageDecoder.decode(twoFrames.bytes), .malformed, "second frame header (SOF0)")
        var unknown = baseline
        unknown.segments.insert((0xF5, [1, 2]), at: 1)
        assertFormatError(try ImageDecoder.decode(unknown.bytes), .malformed, "unknown marker 0xF5 at byte 20")
        let bytes = baseline.bytes
        assertFormatError(try ImageDecoder.decode(Array(bytes[..<40])), .truncated, "DQT segment at byte 20")
        assertFormatError(try ImageDecoder.decode([0xFF, 0xD8, 0xFF, 0xD9]), .malformed, "no scan")
        assertFormatError(try ImageDecoder.decode([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x01]), .malformed, "has length 1")
        assertFormatError(try ImageDecoder.decode([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x00]), .truncated, "APP0 segment at byte 2")
        assertFormatError(try ImageDecoder.size([0xFF, 0xD8, 0xFF, 0xD9]), .malformed, "without a frame header")
    }

    func testCorruptEntropyDataIsAnErrorNotAnImage() {
        // All-ones bits are no code of any JPEG Huffman table (the all-ones code is reserved).
        var ones = baseline
        ones.tail = [UInt8](repeating: 0, count: 40).indices.map { $0 % 2 == 0 ? 0xFF : 0x00 } + [0xFF, 0xD9]
        assertFormatError(try ImageDecoder.decode(ones.bytes), .malformed, "no code of its DC Huffman table")
        // Data that stops half-way (then EOI): libjpeg would pad with zeros; this decoder refuses.
        var short = baseline
        short.tail = Array(short.tail.prefix(short.tail.count / 2)) + [0xFF, 0xD9]
        assertFormatError(try ImageDecoder.decode(short.bytes), .truncated, "compressed data ends inside MCU")
    }

    func testRestartMarkers() throws {
        let parts = JPEGParts(JPEGVectors.separateScansRestart3.bytes)
        let rst = parts.tail.indices.filter { parts.tail[$0] == 0xFF && (0xD0...0xD7).contains(parts.tail[$0 + 1]) }
        XCTAssertGreaterThan(rst.count, 5)
        var wrong = parts
        wrong.tail[rst[1] + 1] = 0xD5
        assertFormatError(try ImageDecoder.decode(wrong.bytes), .malformed, "has RST5 at byte")
        assertFormatError(try ImageDecoder.decode(wrong.bytes), .malformed, "where restart marker RST1 was expected")
        var missing = parts
        missing.tail.removeSubrange(rst[2]...(rst[2] + 1))
        XCTAssertThrowsError(try ImageDecoder.decode(missing.bytes)) { XCTAssertTrue($0 is FormatError, "\($0)") }
        // Extra 0xFF fill bytes before a restart marker are allowed (T.81 B.1.1.2).
        var filled = parts
        filled.tail.insert(contentsOf: [0xFF, 0xFF], at: rst[0])
        XCTAssertEqual(try ImageDecoder.decode(filled.bytes).pixels, JPEGVectors.separateScansRestart3.pixels)
    }

    func testProgressionErrors() throws {
        let file = try [UInt8].fixture("inputs/dev04_motorcycle_left_pil_prog_q85.jpg")
        let ends = JPEGDecoderTests.scanEnds(file)
        let sosOffsets = JPEGDecoderTests.scanStarts(file)
        XCTAssertEqual(sosOffsets.count, ends.count)
        // Remove the first (DC) scan: the next one sends AC coefficients before any DC.
        let firstScanStart = sosOffsets[0]
        let withoutDC = Array(file[..<firstScanStart]) + Array(file[ends[0]...])
        assertFormatError(try ImageDecoder.decode(withoutDC), .malformed, "scans out of order: AC coefficients of component 1 come before its DC scan")
        // Repeat scan 2 (first AC scan of 1-5): the repeat sends a first scan of known coefficients.
        let scan2 = Array(file[ends[0]..<ends[1]])
        let repeated = Array(file[..<ends[1]]) + scan2 + Array(file[ends[1]...])
        assertFormatError(try ImageDecoder.decode(repeated), .malformed, "coefficient 1 of component 1 is known to bit 2 but this scan has Ah=0")
        // Invalid parameters in the last scan's header.
        let lastSOS = sosOffsets.last!
        for (offset, value, fragment) in [(8, UInt8(64), "Se=64"), (9, UInt8(0x0E), "Al=14"), (9, UInt8(0x31), "Ah=3 Al=1")] {
            var bad = file
            bad[lastSOS + offset] = value
            assertFormatError(try ImageDecoder.decode(bad), .malformed, fragment, fragment)
        }
    }

    func testSequentialComponentCodedTwice() {
        var parts = JPEGParts(JPEGVectors.separateScansRestart3.bytes)
        // A copy of the first scan: its SOS header and its data (up to the second SOS).
        let sos = parts.segments.last!
        let end = parts.tail.indices.first { parts.tail[$0] == 0xFF && parts.tail[$0 + 1] == 0xDA }!
        let copy = [0xFF, 0xDA, UInt8((sos.body.count + 2) >> 8), UInt8((sos.body.count + 2) & 0xFF)] + sos.body
            + Array(parts.tail[..<end])
        parts.tail.insert(contentsOf: copy, at: parts.tail.count - 2)
        // The three components finish before the copy is read: the image is complete already.
        XCTAssertEqual(try ImageDecoder.decode(parts.bytes).pixels, JPEGVectors.separateScansRestart3.pixels)
        // Moved before the other components' scans, the repeat is refused.
        var early = JPEGParts(JPEGVectors.separateScansRestart3.bytes)
        early.tail.insert(contentsOf: copy, at: end)
        assertFormatError(try ImageDecoder.decode(early.bytes), .malformed, "component 1 already had its scan")
    }

    /// Every prefix of a small file, and every 37th prefix of the fixtures: an error or a whole
    /// image, never a trap.
    func testTruncatedAtEveryOffset() throws {
        var files: [(String, [UInt8], Int)] = JPEGVectors.all.prefix(4).map { ($0.0, $0.1.bytes, 1) }
        files.append(("separateScansRestart3", JPEGVectors.separateScansRestart3.bytes, 1))
        for name in ["dev04_motorcycle_left_pil_prog_q85.jpg", "dev05_camera_gray_cv2_q90_rst4.jpg", "dev03_astronaut_pil_q90_422_opt.jpg"] {
            files.append((name, try .fixture("inputs/\(name)"), 37))
        }
        for (name, bytes, step) in files {
            var errors = 0
            for cut in stride(from: 0, to: bytes.count - 2, by: step) {
                do {
                    let image = try ImageDecoder.decode(Array(bytes[..<cut]))
                    XCTAssertEqual(image.pixels.count, image.width * image.height * 3)
                } catch is FormatError {
                    errors += 1
                }
            }
            XCTAssertGreaterThan(errors, 0, name)
        }
    }

    /// Random byte flips (seeded): deterministic outcome, an error or an image, never a trap.
    func testRandomByteFlipsNeverTrap() throws {
        var rng = TestRandom(seed: 2026)
        var inputs = JPEGVectors.all.map(\.1.bytes)
        for name in ["dev01_chelsea_cv2_q90_420.jpg", "dev04_motorcycle_left_pil_prog_q85.jpg", "dev05_camera_gray_cv2_q90_rst4.jpg"] {
            inputs.append(try .fixture("inputs/\(name)"))
        }
        var outcomes = [0, 0]
        for input in inputs {
            let rounds = input.count > 5000 ? 40 : 60
            for _ in 0..<rounds {
                var damaged = input
                for _ in 0..<Int.random(in: 1...4, using: &rng) {
                    let at = Int.random(in: 2..<damaged.count, using: &rng)
                    damaged[at] ^= UInt8.random(in: 1...255, using: &rng)
                }
                let first = try? ImageDecoder.decode(damaged, maxPixels: 1 << 22)
                let second = try? ImageDecoder.decode(damaged, maxPixels: 1 << 22)
                XCTAssertEqual(first, second)
                outcomes[first == nil ? 0 : 1] += 1
                do { _ = try ImageDecoder.decode(damaged, maxPixels: 1 << 22) } catch is FormatError {} catch {
                    XCTFail("non-format error \(error)")
                }
            }
        }
        XCTAssertGreaterThan(outcomes[0], 0)
        XCTAssertGreaterThan(outcomes[1], 0)
    }

    func testFileErrorsNameTheFile() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/broken.jpg"
        try Data(Array(baseline.bytes.prefix(300))).write(to: URL(fileURLWithPath: path))
        assertFormatError(try ImageDecoder.decode(path: path), .truncated, "broken.jpg: truncated:")
        assertFormatError(try ImageDecoder.decode(path: dir + "/missing.png"), .io, "missing.png: cannot open")
        do {
            _ = try ImageDecoder.decode(path: path)
        } catch let error as FormatError {
            XCTAssertFalse(error.description.contains("\n"))
        }
    }
}
