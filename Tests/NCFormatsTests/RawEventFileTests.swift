import Foundation
import XCTest

@testable import NCFormats

/// EVT 2.0 and EVT 3.0 `.raw` files crafted word by word from Prophesee's format description
/// (docs.prophesee.ai, "EVT 2.0 Format", "EVT 3.0 Format", "RAW File Format"); every expected
/// event is worked out by hand in the comments.
final class RawEventFileTests: XCTestCase {
    // EVT 2.0 words: type << 28 | fields.
    private func cd2(on: Bool, low: UInt32, x: UInt32, y: UInt32) -> UInt32 { (on ? 1 : 0) << 28 | low << 22 | x << 11 | y }
    private func high2(_ v: UInt32) -> UInt32 { 8 << 28 | v }
    // EVT 3.0 words: type << 12 | fields.
    private func w3(_ type: UInt16, _ v: UInt16) -> UInt16 { type << 12 | v }

    private func file(_ header: String, _ words: [UInt32]) throws -> String {
        var bytes = Array(header.utf8)
        for w in words { bytes += (0..<4).map { UInt8(truncatingIfNeeded: w >> (8 * $0)) } }
        return try DatBytes.write(bytes, name: "e.raw")
    }

    private func file(_ header: String, _ words: [UInt16]) throws -> String {
        var bytes = Array(header.utf8)
        for w in words { bytes += [UInt8(w & 0xFF), UInt8(w >> 8)] }
        return try DatBytes.write(bytes, name: "e.raw")
    }

    private let evt2Header = "% date 2020-09-14 14:18:29\n% evt 2.0\n% format EVT2;height=240;width=304\n% end\n"
    private let evt3Header = "% evt 3.0\n% geometry 304x240\n% end\n"

    private func assertEvents(_ b: EventBatch, _ expected: [(Int64, UInt16, UInt16, UInt8)], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(b.t, expected.map(\.0), file: file, line: line)
        XCTAssertEqual(b.x, expected.map(\.1), file: file, line: line)
        XCTAssertEqual(b.y, expected.map(\.2), file: file, line: line)
        XCTAssertEqual(b.p, expected.map(\.3), file: file, line: line)
    }

    func testEVT2Decoding() throws {
        let path = try file(evt2Header, [
            cd2(on: true, low: 1, x: 1, y: 1),       // no time base yet: skipped
            high2(1),                                // base 64
            cd2(on: true, low: 5, x: 10, y: 20),     // t = 69
            cd2(on: false, low: 63, x: 303, y: 239), // t = 127
            10 << 28 | 1,                            // external trigger: no CD
            high2(2),                                // base 128
            cd2(on: true, low: 0, x: 0, y: 0),       // t = 128
        ])
        let raw = try RawEventFile(path: path)
        XCTAssertEqual(raw.encoding, .evt2)
        XCTAssertEqual(raw.header.width, 304)
        XCTAssertEqual(raw.header.height, 240)
        XCTAssertEqual(raw.header.dataOffset, evt2Header.utf8.count)
        XCTAssertEqual(raw.wordCount, 7)
        assertEvents(try raw.events(inTimes: 0..<1000), [(69, 10, 20, 1), (127, 303, 239, 0), (128, 0, 0, 1)])
        assertEvents(try raw.events(inTimes: 70..<128), [(127, 303, 239, 0)])
    }

    func testEVT2TimeHighWrapsAfter2To34Microseconds() throws {
        let path = try file("% evt 2.0\n", [
            high2(0x0FFF_FFFF), cd2(on: true, low: 1, x: 2, y: 3), // t = (2^28 - 1) · 64 + 1
            high2(0), cd2(on: false, low: 2, x: 4, y: 5),           // wrapped: t = 2^34 + 2
        ])
        let b = try RawEventFile(path: path).events(inTimes: 0..<(Int64(1) << 40))
        assertEvents(b, [(((1 << 28) - 1) * 64 + 1, 2, 3, 1), ((1 << 34) + 2, 4, 5, 0)])
    }

    func testEVT3Decoding() throws {
        let path = try file(evt3Header, [
            w3(0, 5), w3(2, 1 << 11 | 3),    // y = 5, event before any time high: skipped
            w3(8, 1),                        // base 4096, now 4096
            w3(6, 10),                       // now 4106
            w3(0, 7),                        // y = 7
            w3(2, 1 << 11 | 3),              // (4106, 3, 7, ON)
            w3(3, 100),                      // base x 100, OFF
            w3(4, 0b1000_0000_0101),         // x = 100, 102, 111; base x → 112
            w3(5, 0b1000_0001),              // x = 112, 119; base x → 120
            w3(6, 20),                       // now 4116
            w3(2, 50),                       // (4116, 50, 7, OFF)
            w3(1, 9), w3(2, 51),             // exposure-measurement row: not a CD event
            w3(7, 0xF), w3(10, 0x101), w3(14, 0), w3(15, 0xFFF), // no CD
            w3(0, 8), w3(8, 2),              // y = 8, now 8192
            w3(2, 1 << 11 | 1),              // (8192, 1, 8, ON)
        ])
        let raw = try RawEventFile(path: path)
        XCTAssertEqual(raw.encoding, .evt3)
        XCTAssertEqual([raw.header.width, raw.header.height], [304, 240])
        assertEvents(try raw.events(inTimes: 0..<100_000), [
            (4106, 3, 7, 1), (4106, 100, 7, 0), (4106, 102, 7, 0), (4106, 111, 7, 0), (4106, 112, 7, 0), (4106, 119, 7, 0),
            (4116, 50, 7, 0), (8192, 1, 8, 1),
        ])
        assertEvents(try raw.events(inTimes: 4107..<8192), [(4116, 50, 7, 0)])
    }

    func testEVT3TimeWrapsEvery2To24Microseconds() throws {
        let path = try file("% evt 3.0\n", [
            w3(8, 0xFFF), w3(6, 0xFFF), w3(2, 9),  // t = 2^24 - 1
            w3(8, 0), w3(2, 8),                    // wrapped: t = 2^24
            w3(6, 3), w3(2, 7),                    // t = 2^24 + 3
        ])
        assertEvents(try RawEventFile(path: path).events(inTimes: 0..<(1 << 30)), [((1 << 24) - 1, 9, 0, 0), (1 << 24, 8, 0, 0), ((1 << 24) + 3, 7, 0, 0)])
    }

    func testHostileRawFiles() throws {
        let cases: [(String, FormatErrorKind, String)] = [
            // A small step back of the time high is not a wrap: time goes backwards.
            (try file("% evt 3.0\n", [w3(8, 5), w3(2, 1), w3(8, 4), w3(2, 2)]), .malformed, "earlier than 20480 µs"),
            (try file("% evt 3.0\n", [w3(8, 5), w3(9, 0)]), .malformed, "word at byte 12 has the reserved type 9"),
            (try file(evt3Header, [w3(8, 0), w3(3, 300), w3(4, 0xFFF)]), .malformed, "x = 304, y = 0, outside the 304×240 sensor"),
            (try file(evt2Header, [high2(1), cd2(on: true, low: 0, x: 304, y: 0)]), .malformed, "x = 304"),
            (try file(evt2Header, [high2(1), 3 << 28]), .malformed, "reserved type 3"),
            (try file("% evt 2.0\n", [high2(2), cd2(on: true, low: 0, x: 1, y: 1), high2(1), cd2(on: true, low: 0, x: 1, y: 1)]), .malformed, "earlier than 128 µs"),
        ]
        for (path, kind, fragment) in cases {
            let raw = try RawEventFile(path: path)
            assertFormatError(try raw.events(inTimes: 0..<(1 << 40)), kind, fragment, fragment)
            assertFormatError(try raw.events(inTimes: 0..<(1 << 40)), kind, path, "names the file")
        }
        let headers: [(String, FormatErrorKind, String)] = [
            ("% plugin_name hal_plugin_gen3_fx3\n% end\n", .malformed, "declares no encoding"),
            ("% evt 2.1\n", .unsupported, "only EVT 2.0 and EVT 3.0"),
            ("% format EVT21;height=720;width=1280\n", .unsupported, "only EVT2 and EVT3"),
            ("% evt 3.0\n% format EVT2;height=720;width=1280\n", .malformed, "two encodings"),
            ("% evt 3.0\n% format EVT3;height=720;width=1280\n% geometry 640x480\n", .malformed, "two sensor sizes"),
            ("% evt 3.0\n% geometry 5000x720\n", .malformed, "outside 1...2048"),
            ("% evt 3.0\n% geometry big\n", .malformed, "not WIDTHxHEIGHT"),
            ("% evt 3.0\n% end\nX", .truncated, "1 bytes of a partial EVT 3.0 word"),
        ]
        for (header, kind, fragment) in headers {
            assertFormatError(try RawEventFile(path: try DatBytes.write(Array(header.utf8), name: "h.raw")), kind, fragment, header)
        }
        // "% end" ends the header even if a "% " line follows; the encoding can be named by the caller.
        let named = try file("% plugin_name x\n% end\n", [w3(8, 1), w3(2, 5)])
        XCTAssertEqual(try RawEventFile(path: named, encoding: .evt3).events(inTimes: 0..<10_000).x, [5])
        assertFormatError(try RawEventFile(path: try file(evt2Header, [UInt32]()), encoding: .evt3), .malformed, "declares EVT 2.0 but EVT 3.0")
        let limited = try RawEventFile(path: try file("% evt 3.0\n", [w3(8, 0), w3(3, 0), w3(4, 0xFFF)]), options: .init(maxEventsPerRead: 11))
        assertFormatError(try limited.events(inTimes: 0..<10), .limitExceeded, "more than 11 events")
    }
}
