import Foundation
import XCTest

@testable import NCFormats

/// Checks `Inflate` against streams made by CPython's zlib (see `DeflateVectors`).
final class InflateTests: XCTestCase {
    private typealias V = DeflateVectors

    private func inflate(_ data: [UInt8], expectedSize: Int? = nil) throws -> [UInt8] {
        try data.withUnsafeBytes { try Inflate.decompress($0, expectedSize: expectedSize) }
    }

    private func inflate(_ data: [UInt8], maxSize: Int) throws -> [UInt8] {
        try data.withUnsafeBytes { try Inflate.decompress($0, maxSize: maxSize) }
    }

    private func zlib(_ data: [UInt8], maxSize: Int = 1 << 24) throws -> [UInt8] {
        try data.withUnsafeBytes { try Inflate.zlibDecompress($0, maxSize: maxSize) }
    }

    /// BTYPE of the first block: bits 1–2 of the first byte.
    private func firstBlockType(_ data: [UInt8]) -> UInt8 { (data[0] >> 1) & 3 }

    // MARK: valid streams

    func testStoredBlock() throws {
        let data = V.bytes(V.stored)
        XCTAssertEqual(firstBlockType(data), 0)
        XCTAssertEqual(String(decoding: try inflate(data), as: UTF8.self), "stored block: 0123456789")
        XCTAssertEqual(try inflate(data, expectedSize: 24).count, 24)
    }

    func testFixedHuffmanBlock() throws {
        let data = V.bytes(V.fixed)
        XCTAssertEqual(firstBlockType(data), 1)
        XCTAssertEqual(
            String(decoding: try inflate(data), as: UTF8.self), "fixed Huffman, fixed Huffman, fixed Huffman!")
    }

    func testDynamicHuffmanBlock() throws {
        let data = V.bytes(V.dynamic)
        XCTAssertEqual(firstBlockType(data), 2)
        let expected = (0..<600).map { "line \($0): \($0 * $0 % 977)\n" }.joined()
        let out = try inflate(data, expectedSize: 8217)
        XCTAssertEqual(String(decoding: out, as: UTF8.self), expected)
        XCTAssertEqual(CRC32.checksum(out), 0x66ed_2df9)
    }

    func testStoredFixedAndDynamicBlocksInOneStream() throws {
        let expected = "stored part. " + "fixed part, fixed part. "
            + (0..<300).map { "dynamic \($0 % 37) " }.joined()
        let out = try inflate(V.bytes(V.mixed))
        XCTAssertEqual(String(decoding: out, as: UTF8.self), expected)
        XCTAssertEqual(CRC32.checksum(out), 0x8a60_ca04)
    }

    func testLongRunOfMaximalMatches() throws {
        let out = try inflate(V.bytes(V.run), expectedSize: 100_000)
        XCTAssertEqual(out, [UInt8](repeating: UInt8(ascii: "a"), count: 100_000))
    }

    func testEveryLengthAndDistanceCodeWithExtremeExtraBits() throws {
        let out = try inflate(V.bytes(V.allCodes))
        XCTAssertEqual(out.count, 36550)
        XCTAssertEqual(CRC32.checksum(out), 0xd513_84ad)
    }

    func testMatchAtDistance32768() throws {
        let out = try inflate(V.bytes(V.far))
        let a = [UInt8](repeating: UInt8(ascii: "a"), count: 1)
        let expected = Array("XYZ".utf8) + a.repeated(32765) + Array("XYZ".utf8) + a.repeated(255)
        XCTAssertEqual(out.count, 33026)
        XCTAssertEqual(out, expected)
        XCTAssertEqual(CRC32.checksum(out), 0x6fb1_b99d)
    }

    func testEmptyStream() throws {
        XCTAssertEqual(try inflate(V.bytes(V.empty)), [])
        XCTAssertEqual(try inflate(V.bytes(V.empty), expectedSize: 0), [])
        XCTAssertEqual(try inflate(V.bytes(V.empty), maxSize: 0), [])
        // A final stored block of length 0.
        XCTAssertEqual(try inflate([0x01, 0x00, 0x00, 0xFF, 0xFF]), [])
    }

    func testPermittedIncompleteCodes() throws {
        // A single one-bit distance code, no distance code at all, and a code holding only end-of-block.
        XCTAssertEqual(String(decoding: try inflate(V.bytes(V.distSingle)), as: UTF8.self), "AAAA")
        XCTAssertEqual(String(decoding: try inflate(V.bytes(V.distNone)), as: UTF8.self), "hi")
        XCTAssertEqual(try inflate(V.bytes(V.endOfBlockOnly)), [])
    }

    func testBytesAfterTheFinalBlockAreIgnored() throws {
        XCTAssertEqual(try inflate(V.bytes(V.stored) + [1, 2, 3]).count, 24)
    }

    // MARK: limits

    func testZipBombStopsAtTheLimit() throws {
        let bomb = V.bytes(V.bomb)
        XCTAssertLessThan(bomb.count, 2100)
        assertFormatError(try inflate(bomb, maxSize: 100_000), .limitExceeded, "100000-byte limit")
        assertFormatError(try inflate(bomb, maxSize: 1_999_999), .limitExceeded, "limit")
        assertFormatError(try inflate(bomb, expectedSize: 100_000), .malformed, "more than the expected 100000")
        XCTAssertEqual(CRC32.checksum(try inflate(bomb, maxSize: 2_000_000)), 0x425a_1d41)
        XCTAssertEqual(CRC32.checksum(try inflate(bomb, expectedSize: 2_000_000)), 0x425a_1d41)
    }

    func testExpectedSizeMustMatch() {
        let data = V.bytes(V.stored)
        assertFormatError(try inflate(data, expectedSize: 23), .malformed, "more than the expected 23 bytes")
        assertFormatError(try inflate(data, expectedSize: 25), .malformed, "inflates to 24 bytes but 25")
        assertFormatError(try inflate(data, expectedSize: -1), .malformed, "negative")
    }

    func testExpectedSizeBeyondDeflateRatioFailsWithoutAllocating() {
        assertFormatError(try inflate(V.bytes(V.empty), expectedSize: 1 << 50), .malformed, "cannot inflate")
        assertFormatError(try inflate(V.bytes(V.empty), expectedSize: Int.max), .malformed, "cannot inflate")
    }

    // MARK: hostile streams

    func testMalformedStreamsMatchZlibVerdicts() {
        // (vector, expected error, fragment of the message); zlib's verdict is next to each vector.
        let cases: [(String, String, FormatErrorKind, String)] = [
            ("btype3", V.btype3, .malformed, "reserved block type 3"),
            ("storedNlen", V.storedNlen, .malformed, "LEN 5 but NLEN 0"),
            ("storedShort", V.storedShort, .truncated, "stored block of 5 bytes"),
            ("lit286", V.lit286, .malformed, "invalid literal/length code 286"),
            ("lit287", V.lit287, .malformed, "invalid literal/length code 287"),
            ("dist30", V.dist30, .malformed, "invalid distance code 30"),
            ("dist31", V.dist31, .malformed, "invalid distance code 31"),
            ("tooFar", V.tooFar, .malformed, "distance 2 at input byte"),
            ("tooManyLit", V.tooManyLit, .malformed, "287 literal/length codes"),
            ("tooManyDist", V.tooManyDist, .malformed, "31 distance codes"),
            ("clOver", V.clOver, .malformed, "code-length code is over-subscribed"),
            ("clIncomplete", V.clIncomplete, .malformed, "code-length code is incomplete"),
            ("repeatFirst", V.repeatFirst, .malformed, "before the first one"),
            ("repeatOverrun", V.repeatOverrun, .malformed, "repeats a code length 138 times"),
            ("noEndOfBlock", V.noEndOfBlock, .malformed, "no code for end-of-block"),
            ("litOver", V.litOver, .malformed, "literal/length code is over-subscribed"),
            ("litIncomplete", V.litIncomplete, .malformed, "literal/length code is incomplete"),
            ("distIncomplete", V.distIncomplete, .malformed, "distance code is incomplete"),
            ("distOver", V.distOver, .malformed, "distance code is over-subscribed"),
            ("distSingleUnused", V.distSingleUnused, .malformed, "matches no distance code"),
            ("distNoneUsed", V.distNoneUsed, .malformed, "matches no distance code"),
        ]
        for (name, b64, kind, fragment) in cases {
            assertFormatError(try inflate(V.bytes(b64)), kind, fragment, name)
        }
    }

    func testEmptyInputIsTruncated() {
        assertFormatError(try inflate([]), .truncated, "input of 0 bytes")
        assertFormatError(try inflate([], expectedSize: 0), .truncated, "input of 0 bytes")
    }

    func testEveryTruncationThrowsTruncated() throws {
        for name in ["stored", "fixed", "mixed", "allCodes", "far", "distSingle"] {
            let full = V.bytes(vector(name))
            XCTAssertNoThrow(try inflate(full), name)
            for cut in 0..<full.count {
                assertFormatError(try inflate(Array(full[..<cut])), .truncated, "ends inside", "\(name)[..<\(cut)]")
            }
        }
    }

    func testSingleByteFlipsNeverCrash() {
        var rng = TestRandom(seed: 42)
        var decoded = 0
        var rejected = 0
        for name in ["stored", "fixed", "mixed", "dynamic", "distSingle"] {
            let full = V.bytes(vector(name))
            for offset in 0..<full.count {
                for mask: UInt8 in [0x01, 0x80, UInt8(truncatingIfNeeded: rng.next() | 1)] {
                    var damaged = full
                    damaged[offset] ^= mask
                    do {
                        _ = try inflate(damaged, maxSize: 1 << 20)
                        decoded += 1
                    } catch is FormatError {
                        rejected += 1
                    } catch {
                        XCTFail("\(name) offset \(offset): unexpected error \(error)")
                    }
                }
            }
        }
        // Flips inside stored data decode fine; flips in headers and codes mostly do not.
        XCTAssertGreaterThan(decoded, 0)
        XCTAssertGreaterThan(rejected, 1000)
    }

    // MARK: zlib

    func testZlibStreams() throws {
        XCTAssertEqual(String(decoding: try zlib(V.bytes(V.zlibHello)), as: UTF8.self), "hello zlib, hello zlib, hello zlib")
        XCTAssertEqual(try zlib(V.bytes(V.zlibEmpty)), [])
        let zeros = try zlib(V.bytes(V.zlibBomb), maxSize: 1_000_000)
        XCTAssertEqual(zeros, [UInt8](repeating: 0, count: 1_000_000))
        assertFormatError(try zlib(V.bytes(V.zlibBomb), maxSize: 65536), .limitExceeded, "65536-byte limit")
    }

    func testZlibHeaderAndTrailerChecks() {
        let good = V.bytes(V.zlibHello)
        var body = Array(good[2...])
        // Each mutation's zlib.decompress verdict is in the comment.
        // 78 9D: "incorrect header check"
        assertFormatError(try zlib([0x78, 0x9D] + body), .malformed, "FCHECK")
        // 7A 10: "unknown compression method"
        assertFormatError(try zlib([0x7A, 0x10] + body), .unsupported, "compression method 10")
        // 78 20: FDICT set, zlib asks for a dictionary (Z_NEED_DICT)
        assertFormatError(try zlib([0x78, 0x20] + body), .unsupported, "preset dictionary")
        // 88 1C: "invalid window size"
        assertFormatError(try zlib([0x88, 0x1C] + body), .malformed, "CINFO is 8")
        // last byte ^ 1: "incorrect data check"
        body[body.count - 1] ^= 1
        assertFormatError(try zlib([0x78, 0x9C] + body), .malformed, "Adler-32 checksum mismatch")
        // [:-4] and [:-2]: "incomplete or truncated stream"
        assertFormatError(try zlib(Array(good.dropLast(4))), .truncated, "Adler-32")
        assertFormatError(try zlib(Array(good.dropLast(2))), .truncated, "Adler-32")
        assertFormatError(try zlib([0x78]), .truncated, "2-byte header")
        // zlib itself ignores trailing bytes; a PNG's IDAT stream must end with the checksum.
        assertFormatError(try zlib(good + [0]), .malformed, "1 unexpected bytes")
    }

    func testAdler32KnownValues() {
        // zlib.adler32(b'Wikipedia'), zlib.adler32(bytes(1000000)), zlib.adler32(bytes(range(256)) * 1000)
        XCTAssertEqual(Adler32.checksum(Array("Wikipedia".utf8)), 0x11E6_0398)
        XCTAssertEqual(Adler32.checksum([UInt8](repeating: 0, count: 1_000_000)), 0x4321_0001)
        XCTAssertEqual(Adler32.checksum((0..<256_000).map { UInt8(truncatingIfNeeded: $0) }), 0xa73b_292f)
        XCTAssertEqual(Adler32.checksum([UInt8]()), 1)
    }

    private func vector(_ name: String) -> String {
        switch name {
        case "stored": return V.stored
        case "fixed": return V.fixed
        case "dynamic": return V.dynamic
        case "mixed": return V.mixed
        case "allCodes": return V.allCodes
        case "far": return V.far
        case "distSingle": return V.distSingle
        default: return ""
        }
    }
}

extension Array where Element == UInt8 {
    fileprivate func repeated(_ n: Int) -> [UInt8] {
        [UInt8]((0..<n).map { _ in self }.joined())
    }
}
