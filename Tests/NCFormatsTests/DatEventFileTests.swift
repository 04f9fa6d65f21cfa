import Foundation
import XCTest

@testable import NCFormats

/// `DatEventFile` against the Gen1 fixture (`gen1/synth_dev_td.dat`, numbers from the toolbox's
/// read-back in `synth_dev_data.json` / `synth_dev_frames.json`) and against hand-built files.
final class DatEventFileTests: XCTestCase {
    private func json(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("gen1/" + name)))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private var fixture: DatEventFile {
        get throws { try DatEventFile(path: Fixtures.path("gen1/synth_dev_td.dat")) }
    }

    // MARK: the fixture

    func testFixtureHeaderAsTheToolboxParsesIt() throws {
        let data = try json("synth_dev_data.json")
        let file = try fixture
        XCTAssertEqual(file.header.lines, data["header_lines"] as? [String])
        XCTAssertEqual(file.header.width, 304)
        XCTAssertEqual(file.header.height, 240)
        XCTAssertEqual(file.header.version, "2")
        XCTAssertEqual(file.header.eventType, 0)
        XCTAssertEqual(file.header.eventSize, 8)
        XCTAssertEqual(file.header.dataOffset, data["event_bytes_start"] as? Int)
        XCTAssertEqual(file.eventCount, data["n_events"] as? Int)
        XCTAssertEqual(try file.timeSpan(), 16...999_997)
    }

    func testFixtureTotalsAndPolarities() throws {
        let data = try json("synth_dev_data.json")
        let file = try fixture
        let all = try file.events(inIndices: 0..<file.eventCount)
        XCTAssertEqual(all.count, 64_009)
        XCTAssertEqual(all.onCount, data["n_on"] as? Int)
        XCTAssertEqual(all.count - all.onCount, data["n_off"] as? Int)
        XCTAssertEqual(all.t.first, 16)
        XCTAssertEqual(all.t.last, 999_997)
        XCTAssertTrue(all.x.allSatisfy { $0 < 304 } && all.y.allSatisfy { $0 < 240 })
        XCTAssertNoThrow(try file.checkTimeOrder())
    }

    func testFixtureWindowCounts() throws {
        let frames = try json("synth_dev_frames.json")
        let windows = try XCTUnwrap(frames["windows_us"] as? [[Int]])
        let counts = try XCTUnwrap(frames["window_event_counts"] as? [Int])
        let file = try fixture
        for (w, n) in zip(windows, counts) {
            XCTAssertEqual(try file.events(inTimes: Int64(w[0])..<Int64(w[1])).count, n, "\(w)")
        }
        // The four windows tile [400000, 650000): one read of the whole span has their sum.
        XCTAssertEqual(try file.events(inTimes: 400_000..<650_000).count, counts.reduce(0, +))
    }

    func testFixtureProbeEventsAreReadInFileOrder() throws {
        let data = try json("synth_dev_data.json")
        let probes = try XCTUnwrap(data["probes"] as? [[String: Any]])
        let file = try fixture
        for probe in probes {
            let t = Int64(try XCTUnwrap(probe["t"] as? Int))
            let batch = try file.events(inTimes: t..<(t + 1))
            let x = UInt16(try XCTUnwrap(probe["x"] as? Int)), y = UInt16(try XCTUnwrap(probe["y"] as? Int))
            let p = UInt8(try XCTUnwrap(probe["p"] as? Int))
            let hits = (0..<batch.count).filter { batch.x[$0] == x && batch.y[$0] == y && batch.p[$0] == p }
            XCTAssertEqual(hits.count, 1, "probe \(probe)")
            XCTAssertTrue(batch.t.allSatisfy { $0 == t })
        }
        // Same pixel, same timestamp: OFF then ON in file order (the last one must win when painting).
        let tie = try file.events(inTimes: 400_300..<400_301)
        let atPixel = (0..<tie.count).filter { tie.x[$0] == 20 && tie.y[$0] == 2 }.map { tie.p[$0] }
        XCTAssertEqual(atPixel, [0, 1])
        // Window edges: [t0, t1) keeps 400000 and drops 650000.
        let window = try file.events(inTimes: 400_000..<650_000)
        XCTAssertEqual(window.t.first, 400_000)
        XCTAssertEqual(window.t.last, 649_999)
    }

    // MARK: hand-built files

    func testPackingAndPolarityBit() throws {
        // Bits 29-31 set: the toolbox masks only bit 28 for p.
        let events: [(t: UInt32, w: UInt32)] = [
            (5, DatBytes.word(x: 303, y: 239, p: 1)), (5, DatBytes.word(x: 0, y: 0, p: 0) | 0xE000_0000),
            (7, DatBytes.word(x: 17, y: 100, p: 0)), (4_294_967_295, DatBytes.word(x: 1, y: 2, p: 1) | 0xE000_0000),
        ]
        let file = try DatEventFile(path: try DatBytes.write(DatBytes.file(events: events)))
        XCTAssertEqual(file.eventCount, 4)
        let b = try file.events(inIndices: 0..<4)
        XCTAssertEqual(b.t, [5, 5, 7, 4_294_967_295])
        XCTAssertEqual(b.x, [303, 0, 17, 1])
        XCTAssertEqual(b.y, [239, 0, 100, 2])
        XCTAssertEqual(b.p, [1, 0, 0, 1])
        XCTAssertEqual(try file.events(inTimes: 5..<7).count, 2)
        XCTAssertEqual(try file.events(inTimes: 6..<7).count, 0)
        XCTAssertEqual(try file.events(inTimes: 7..<4_294_967_296).t, [7, 4_294_967_295])
        XCTAssertEqual(try file.events(inTimes: -100..<6).count, 2)
        XCTAssertEqual(file.firstEvent(atOrAfter: 4_294_967_296), 4)
    }

    func testEncodeWritesTheLayoutByHand() throws {
        let batch = try EventBatch(t: [0, 7, 7, 4_294_967_295], x: [303, 0, 5, 1], y: [239, 0, 9, 2], p: [1, 0, 1, 0])
        let header = ["% Data file containing Event2D events.", "% Version 2", "% Height 240", "% Width 304"]
        let expected = DatBytes.file(header: header, events: [
            (0, DatBytes.word(x: 303, y: 239, p: 1)), (7, 0), (7, DatBytes.word(x: 5, y: 9, p: 1)), (4_294_967_295, DatBytes.word(x: 1, y: 2, p: 0)),
        ])
        XCTAssertEqual(try DatEventFile.encode(batch, width: 304, height: 240), expected)
        let path = try Fixtures.temporaryDirectory() + "/w.dat"
        try DatEventFile.write(batch, width: 304, height: 240, to: path)
        XCTAssertEqual(try DatEventFile(path: path).events(inIndices: 0..<4), batch)
        let late = try EventBatch(t: [5, 4], x: [0, 0], y: [0, 0], p: [0, 0])
        assertFormatError(try DatEventFile.encode(late, width: 4, height: 4), .malformed, "event 1 at t = 4")
        let outside = try EventBatch(t: [5], x: [4], y: [0], p: [0])
        assertFormatError(try DatEventFile.encode(outside, width: 4, height: 4), .malformed, "outside the 4×4 sensor")
        assertFormatError(try EventBatch(t: [1], x: [1], y: [1], p: [2]), .malformed, "polarity 2")
        assertFormatError(try EventBatch(t: [1], x: [], y: [1], p: [1]), .malformed, "different lengths")
    }

    func testHeaderlessFileAndOddHeaderLines() throws {
        // No "% " line: events from byte 0, Event2D of 8 bytes, no sensor size.
        let bare = try DatEventFile(path: try DatBytes.write(DatBytes.file(header: [], events: [(9, 3), (10, 4)])))
        XCTAssertEqual(bare.header.dataOffset, 0)
        XCTAssertNil(bare.header.width)
        XCTAssertEqual(try bare.events(inIndices: 0..<2).x, [3, 4])
        // Comments, a lone "% ", tabs and CRLF are header lines; Width/Height are found among them.
        let odd = try DatEventFile(path: try DatBytes.write(DatBytes.file(
            header: ["% ", "% Date 2019-3-22 13:46:21", "% Width\t+8\r", "% Height 0004", "% just a comment"],
            type: 12, events: [(1, DatBytes.word(x: 7, y: 3, p: 1))])))
        XCTAssertEqual(odd.header.width, 8)
        XCTAssertEqual(odd.header.height, 4)
        XCTAssertEqual(odd.header.eventType, 12)
        XCTAssertEqual(odd.header.lines.count, 5)
        XCTAssertEqual(try odd.events(inIndices: 0..<1).x, [7])
    }

    func testEmptyAndEventlessFiles() throws {
        let empty = try DatEventFile(path: try DatBytes.write([]))
        XCTAssertEqual(empty.eventCount, 0)
        XCTAssertNil(try empty.timeSpan())
        XCTAssertEqual(try empty.events(inTimes: 0..<100).count, 0)
        let headerOnly = try DatEventFile(path: try DatBytes.write(DatBytes.file(events: [])))
        XCTAssertEqual(headerOnly.eventCount, 0)
        XCTAssertEqual(try headerOnly.events(inTimes: Int64.min..<Int64.max).count, 0)
    }

    func testHostileHeaders() throws {
        let e: [(t: UInt32, w: UInt32)] = [(1, 1)]
        let cases: [([UInt8], FormatErrorKind, String)] = [
            (DatBytes.file(size: 16, events: e), .unsupported, "only 8-byte events"),
            (DatBytes.file(size: 0, events: e), .unsupported, "only 8-byte events"),
            (DatBytes.file(type: 14, events: e), .unsupported, "event type 14"),
            // "%Width" lacks the space: the header ends there and '%' becomes the type byte.
            (DatBytes.file(header: ["% Height 240", "%Width 304"], events: e), .unsupported, "event type 37"),
            (Array("% Height 240\n% Width 304\n".utf8), .truncated, "event type byte"),
            (Array("% Height 240\n% Width 304".utf8), .truncated, "event type byte"),
            (Array("% Height 240\n% Width 304\n\u{0}".utf8), .truncated, "event size byte"),
            (DatBytes.file(header: ["% Width 0"], events: e), .malformed, "outside 1...16384"),
            (DatBytes.file(header: ["% Width 16385"], events: e), .malformed, "outside 1...16384"),
            (DatBytes.file(header: ["% Height 99999999999999999999"], events: e), .malformed, "not a whole number"),
            (DatBytes.file(header: ["% Height two"], events: e), .malformed, "not a whole number"),
            (DatBytes.file(header: ["% Height -5"], events: e), .malformed, "not a whole number"),
            (DatBytes.file(header: ["% Width"], events: e), .malformed, "has no value"),
            (DatBytes.file(events: e) + [1, 2, 3], .truncated, "3 bytes of a partial event after 1 whole events"),
            ([UInt8]("% ".utf8) + [UInt8](repeating: 0x41, count: DatHeader.maxHeaderBytes + 1), .limitExceeded, "no end of the header"),
        ]
        for (bytes, kind, fragment) in cases {
            let path = try DatBytes.write(bytes)
            assertFormatError(try DatEventFile(path: path), kind, fragment, fragment)
            assertFormatError(try DatEventFile(path: path), kind, path, "names the file")
        }
    }

    func testPartialLastEventCanBeIgnoredAsTheToolboxDoes() throws {
        let path = try DatBytes.write(DatBytes.file(events: [(1, 1), (2, 2)]) + [9, 9, 9, 9, 9])
        let file = try DatEventFile(path: path, options: .init(ignoresPartialLastEvent: true))
        XCTAssertEqual(file.eventCount, 2)
        XCTAssertEqual(try file.events(inTimes: 0..<100).t, [1, 2])
    }

    func testEveryTruncationIsAnErrorOrAPrefix() throws {
        let full = DatBytes.file(events: (0..<6).map { (UInt32($0 * 3), DatBytes.word(x: UInt32($0), y: 1, p: 1)) })
        let start = full.count - 48
        for cut in 0..<full.count {
            let path = try DatBytes.write(Array(full[..<cut]))
            guard cut >= start else {
                // A cut header never crashes; mostly it is an error (a lone "%" is a header-less file).
                _ = try? DatEventFile(path: path, options: .init(ignoresPartialLastEvent: true))
                continue
            }
            let whole = (cut - start) / 8
            if (cut - start) % 8 == 0 {
                XCTAssertEqual(try DatEventFile(path: path).eventCount, whole, "cut \(cut)")
            } else {
                assertFormatError(try DatEventFile(path: path), .truncated, "partial event", "cut \(cut)")
            }
            let lenient = try DatEventFile(path: path, options: .init(ignoresPartialLastEvent: true))
            XCTAssertEqual(try lenient.events(inTimes: 0..<100).x, (0..<whole).map(UInt16.init), "cut \(cut)")
        }
    }

    func testCoordinatesOutsideTheSensorAreAnErrorWhenRead() throws {
        let path = try DatBytes.write(DatBytes.file(
            events: [(1, DatBytes.word(x: 3, y: 3, p: 1)), (2, DatBytes.word(x: 304, y: 3, p: 1)), (3, DatBytes.word(x: 3, y: 240, p: 0))]))
        let file = try DatEventFile(path: path)
        XCTAssertEqual(try file.events(inTimes: 0..<2).count, 1)
        assertFormatError(try file.events(inTimes: 2..<3), .malformed, "x = 304, y = 3, outside the 304×240 sensor")
        assertFormatError(try file.events(inTimes: 3..<4), .malformed, "x = 3, y = 240")
        assertFormatError(try file.events(inTimes: 3..<4), .malformed, path)
    }

    func testTimeGoingBackIsAnErrorWhereverARead() throws {
        // Event 3 goes back in time: a read of it, or next to it, sees that; a read elsewhere does not.
        let times: [UInt32] = [10, 20, 30, 25, 40, 50, 60]
        let file = try DatEventFile(path: try DatBytes.write(DatBytes.file(events: times.map { ($0, 1) })))
        assertFormatError(try file.events(inIndices: 3..<5), .malformed, "event 3 has t = 25 µs, earlier than event 2 at 30 µs")
        assertFormatError(try file.events(inIndices: 0..<3), .malformed, "event 3 has t = 25")
        XCTAssertEqual(try file.events(inIndices: 5..<7).t, [50, 60])
        assertFormatError(try file.checkTimeOrder(), .malformed, "event 3 has t = 25")
    }

    func testReadsAboveTheLimitAreRefused() throws {
        let path = try DatBytes.write(DatBytes.file(events: (0..<10).map { (UInt32($0), 1) }))
        let file = try DatEventFile(path: path, options: .init(maxEventsPerRead: 4))
        XCTAssertEqual(try file.events(inTimes: 0..<4).count, 4)
        assertFormatError(try file.events(inTimes: 0..<5), .limitExceeded, "5 events (indices 0..<5) exceeds the limit of 4")
        assertFormatError(try file.events(inIndices: 8..<11), .malformed, "outside 0..<10")
        assertFormatError(try file.timestamp(ofEvent: 10), .malformed, "outside 0..<10")
    }

    func testBinarySearchEqualsALinearScan() throws {
        // Many equal timestamps and gaps; every window against a scan written here.
        var rng = TestRandom(seed: 7)
        var t: UInt32 = 0
        var times: [UInt32] = []
        for _ in 0..<3000 {
            t += UInt32(rng.next() % 4 == 0 ? rng.next() % 50 : 0)
            times.append(t)
        }
        let file = try DatEventFile(path: try DatBytes.write(DatBytes.file(events: times.map { ($0, 5) })))
        for _ in 0..<300 {
            let a = Int64(rng.next() % UInt64(t + 20)) - 10, b = a + Int64(rng.next() % 400)
            let expected = times.filter { Int64($0) >= a && Int64($0) < b }.map(Int64.init)
            XCTAssertEqual(try file.events(inTimes: a..<b).t, expected, "[\(a), \(b))")
        }
    }
}
