import Foundation
import XCTest

@testable import NCFormats

/// Checks `PNGDecoder` and `PNGEncoder` against PNG files written by hand in CPython (see `PNGVectors`).
final class PNGTests: XCTestCase {
    private typealias V = PNGVectors

    private func assertDecodes(_ c: V.Case, _ label: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let image = try PNGDecoder.decode(c.bytes)
        XCTAssertEqual(image.width, c.width, label, file: file, line: line)
        XCTAssertEqual(image.height, c.height, label, file: file, line: line)
        let scale = Float(c.scale)
        XCTAssertEqual(image.rgb, c.rgb.map { Float($0) / scale }, label, file: file, line: line)
        XCTAssertEqual(image.alpha, c.alpha.map { $0.map { Float($0) / scale } }, label, file: file, line: line)
    }

    // MARK: decoding

    func testEveryColourTypeAndBitDepth() throws {
        let cases: [(String, V.Case)] = [
            ("grey8", V.grey8), ("grey16", V.grey16), ("grey1", V.grey1), ("grey2", V.grey2), ("grey4", V.grey4),
            ("rgb8", V.rgb8), ("rgb16", V.rgb16),
            ("palette8", V.palette8), ("palette4", V.palette4), ("palette2", V.palette2), ("palette1", V.palette1),
            ("greyAlpha8", V.greyAlpha8), ("greyAlpha16", V.greyAlpha16), ("rgba8", V.rgba8), ("rgba16", V.rgba16),
        ]
        for (name, c) in cases { try assertDecodes(c, name) }
    }

    func testEveryFilterTypeIsExercised() throws {
        // The vectors cycle rows through filters 0-4; check the filter bytes really are all there.
        let raw = try zlibData(V.rgb8.bytes)
        let rowLength = 1 + 6 * 3
        let filters = Set(stride(from: 0, to: raw.count, by: rowLength).map { raw[$0] })
        XCTAssertEqual(filters, [0, 1, 2, 3, 4])
        try assertDecodes(V.rgb8, "rgb8")
    }

    func testTransparency() throws {
        try assertDecodes(V.palette8, "palette8 with tRNS")
        try assertDecodes(V.palette2, "palette2 with tRNS")
        try assertDecodes(V.greyKey, "grey colour key")
        try assertDecodes(V.rgbKey, "rgb colour key")
        let keyed = try PNGDecoder.decode(V.greyKey.bytes)
        XCTAssertEqual(keyed.alpha?.first, 0)
        XCTAssertEqual(keyed.alpha?.last, 0)
        XCTAssertNil(try PNGDecoder.decode(V.palette4.bytes).alpha)
    }

    func testAdam7Interlacing() throws {
        try assertDecodes(V.interlacedRGB8, "interlaced rgb8")
        try assertDecodes(V.interlacedRGBA16, "interlaced rgba16")
        try assertDecodes(V.interlacedGrey2, "interlaced grey2 with empty passes")
        try assertDecodes(V.interlacedPalette1, "interlaced 1x1")
    }

    func testSplitImageDataAndAncillaryChunks() throws {
        try assertDecodes(V.split, "IDAT in three chunks")
    }

    // MARK: hostile files

    func testBadCRCIsRejected() {
        var bytes = V.grey8.bytes
        bytes[29] ^= 1  // first byte of the IHDR CRC
        assertFormatError(try PNGDecoder.decode(bytes), .malformed, "chunk IHDR at byte 8 fails its CRC check")
        var data = V.grey8.bytes
        data[45] ^= 0x40  // inside the IDAT data
        assertFormatError(try PNGDecoder.decode(data), .malformed, "chunk IDAT at byte 33 fails its CRC check")
    }

    func testTruncatedAtEveryOffsetThrows() {
        for c in [V.grey8, V.interlacedRGB8, V.palette8] {
            let full = c.bytes
            for cut in 0..<full.count {
                XCTAssertThrowsError(try PNGDecoder.decode(Array(full[..<cut])), "cut at \(cut)") { error in
                    XCTAssertTrue(error is FormatError)
                }
            }
        }
        assertFormatError(try PNGDecoder.decode(Array(V.grey8.bytes.dropLast(12))), .truncated, "without an IEND chunk")
    }

    func testRandomByteFlipsNeverCrash() {
        var rng = TestRandom(seed: 99)
        for c in [V.interlacedRGBA16, V.palette2, V.split] {
            let full = c.bytes
            for offset in 0..<full.count {
                var damaged = full
                damaged[offset] ^= UInt8(truncatingIfNeeded: rng.next() | 1)
                do { _ = try PNGDecoder.decode(damaged) } catch is FormatError {} catch { XCTFail("\(error)") }
            }
        }
    }

    func testByteFlipsWithRepairedCRCsNeverCrash() {
        // Re-computing the damaged chunk's CRC gets the damage past the CRC check, into IHDR
        // validation, inflate, unfiltering and palette lookups.
        var rng = TestRandom(seed: 3)
        var decoded = 0
        for c in [V.interlacedRGBA16, V.palette2, V.grey1, V.split, V.rgbKey] {
            let full = c.bytes
            for (start, length) in chunks(full) where length > 0 {
                for offset in (start + 8)..<(start + 8 + length) {
                    for _ in 0..<4 {
                        var damaged = full
                        damaged[offset] ^= UInt8(truncatingIfNeeded: rng.next() | 1)
                        let crc = CRC32.checksum(Array(damaged[(start + 4)..<(start + 8 + length)]))
                        for k in 0..<4 { damaged[start + 8 + length + k] = UInt8(truncatingIfNeeded: crc >> (24 - 8 * k)) }
                        do {
                            _ = try PNGDecoder.decode(damaged)
                            decoded += 1
                        } catch is FormatError {} catch { XCTFail("\(error)") }
                    }
                }
            }
        }
        XCTAssertGreaterThan(decoded, 0)
    }

    /// (offset, data length) of every chunk.
    private func chunks(_ png: [UInt8]) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var i = 8
        while i + 12 <= png.count {
            let length = png[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) }
            out.append((i, length))
            i += 12 + length
        }
        return out
    }

    func testHugeIHDRIsRejectedBeforeAllocating() {
        assertFormatError(
            try PNGDecoder.decode(V.bytes(V.huge)), .limitExceeded, "claims 100000 × 100000 pixels, more than the limit")
    }

    func testStructuralErrors() {
        let cases: [(String, String, FormatErrorKind, String)] = [
            ("badFilter", V.badFilter, .malformed, "row 0 has filter type 5"),
            ("paletteIndex", V.paletteIndex, .malformed, "pixel (1, 0) uses palette index 5 but PLTE has 2 entries"),
            ("shortData", V.shortData, .truncated, "inflates to 8 bytes but a 3 × 3 image needs 12"),
            ("longData", V.longData, .malformed, "more than the 12 bytes a 3 × 3 image needs"),
            ("noPLTE", V.noPLTE, .malformed, "no PLTE chunk"),
            ("plteInGrey", V.plteInGrey, .malformed, "PLTE chunk is not allowed"),
            ("trnsBeforePlte", V.trnsBeforePlte, .malformed, "tRNS chunk comes before PLTE"),
            ("trnsWithAlpha", V.trnsWithAlpha, .malformed, "tRNS chunk is not allowed with colour type 6"),
            ("idatInterrupted", V.idatInterrupted, .malformed, "does not follow the other IDAT chunks"),
            ("unknownCritical", V.unknownCritical, .unsupported, "critical chunk ABCD"),
            ("badDepth", V.badDepth, .malformed, "colour type 2 with bit depth 4"),
            ("zeroWidth", V.zeroWidth, .malformed, "invalid size of 0 × 2"),
            ("plteTooLong", V.plteTooLong, .malformed, "3 entries, more than bit depth 1"),
        ]
        for (name, b64, kind, fragment) in cases {
            assertFormatError(try PNGDecoder.decode(V.bytes(b64)), kind, fragment, name)
        }
        assertFormatError(try PNGDecoder.decode(Array("GIF89a".utf8)), .malformed, "not a PNG file")
        // The signature alone: no chunks at all.
        assertFormatError(try PNGDecoder.decode(Array(V.grey8.bytes.prefix(8))), .truncated, "without an IEND")
    }

    func testFileErrorsNameTheFile() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/bad.png"
        try Data(V.bytes(V.badFilter)).write(to: URL(fileURLWithPath: path))
        assertFormatError(try PNGDecoder.decode(path: path), .malformed, "bad.png: PNG row 0 has filter type 5")
    }

    // MARK: encoding

    func testEncoderMatchesHandWrittenFiles() throws {
        let rgb: [UInt8] = [255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 128, 128, 128, 255, 255, 255]
        XCTAssertEqual(try PNGEncoder.encode(width: 3, height: 2, channels: 3, pixels: rgb), V.bytes(V.encoderRGB))
        let rgba: [UInt8] = [10, 20, 30, 0, 40, 50, 60, 128, 70, 80, 90, 255, 1, 2, 3, 4]
        XCTAssertEqual(try PNGEncoder.encode(width: 2, height: 2, channels: 4, pixels: rgba), V.bytes(V.encoderRGBA))
    }

    func testEncodeDecodeRoundTrip() throws {
        var rng = TestRandom(seed: 5)
        // 300 × 250 RGB needs several stored blocks; the RGBA image is tiny.
        for (w, h, alpha) in [(300, 250, false), (3, 1, true), (1, 1, false)] {
            let n = w * h
            let rgb = (0..<(3 * n)).map { _ in Float(rng.next() % 256) / 255 }
            let a = alpha ? (0..<n).map { _ in Float(rng.next() % 256) / 255 } : nil
            let image = try PNGImage(width: w, height: h, rgb: rgb, alpha: a)
            let png = try PNGEncoder.encode(image)
            XCTAssertEqual(try PNGDecoder.decode(png), image)
        }
    }

    func testEncoderClampsAndRounds() throws {
        let image = try PNGImage(width: 2, height: 1, rgb: [-1, 2, 0.5, .nan, 0.2, 1])
        let decoded = try PNGDecoder.decode(PNGEncoder.encode(image))
        XCTAssertEqual(decoded.rgb, [0, 1, 128 / 255, 0, 51 / 255, 1])
    }

    func testEncoderRejectsBadInput() {
        assertFormatError(try PNGEncoder.encode(width: 2, height: 2, channels: 3, pixels: [0]), .malformed, "got 1 bytes")
        assertFormatError(try PNGEncoder.encode(width: 0, height: 2, channels: 3, pixels: []), .malformed, "0 × 2")
        assertFormatError(try PNGEncoder.encode(width: 1, height: 1, channels: 2, pixels: [0, 0]), .unsupported, "not 2")
        assertFormatError(try PNGImage(width: 2, height: 2, rgb: [0]), .malformed, "got 1 values")
    }

    func testWriteReplacesTheFile() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/out.png"
        let image = try PNGImage(width: 2, height: 1, rgb: [0, 1, 0, 1, 1, 0])
        try PNGEncoder.write(image, to: path)
        try PNGEncoder.write(image, to: path)
        XCTAssertEqual(try PNGDecoder.decode(path: path), image)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["out.png"])
    }

    /// The inflated image data of a PNG (its IDAT chunks concatenated, then zlib-decoded).
    private func zlibData(_ png: [UInt8]) throws -> [UInt8] {
        var idat: [UInt8] = []
        var i = 8
        while i + 8 <= png.count {
            let length = png[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) }
            if Array(png[(i + 4)..<(i + 8)]) == Array("IDAT".utf8) { idat += png[(i + 8)..<(i + 8 + length)] }
            i += 12 + length
        }
        return try idat.withUnsafeBytes { try Inflate.zlibDecompress($0, maxSize: 1 << 20) }
    }
}
