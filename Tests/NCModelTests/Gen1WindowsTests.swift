import Foundation
import NCFormats
import XCTest

@testable import NCModel

/// Gen1 windows and painting against the authors' fixture (`gen1/synth_dev_*`, made by
/// `pre_gen1.py` and the fork's dataloader), and the quirks of SEMANTICS.md §4 on crafted files.
final class Gen1WindowsTests: XCTestCase {
    private func json(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("gen1/" + name)))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func stage(_ name: String) throws -> Tensor {
        try NpzArchive(path: Fixtures.path("gen1/synth_dev_stages.npz")).array(named: name)
    }

    private var fixtureFile: DatEventFile { get throws { try DatEventFile(path: Fixtures.path("gen1/synth_dev_td.dat")) } }

    /// A file of events at `times`, all at pixel (1, 1) with p = 1.
    private func file(times: [Int64]) throws -> DatEventFile {
        let n = times.count
        let batch = try EventBatch(
            t: times, x: [UInt16](repeating: 1, count: n), y: [UInt16](repeating: 1, count: n), p: [UInt8](repeating: 1, count: n))
        let path = try Fixtures.temporaryDirectory() + "/events.dat"
        try DatEventFile.write(batch, width: 304, height: 240, to: path)
        return try DatEventFile(path: path)
    }

    private func counts(_ framing: Gen1Framing, _ file: DatEventFile, _ ts: Int64) throws -> [Int] {
        try framing.windowEvents(from: file, labelTime: ts).map(\.count)
    }

    func testGeometryAndWindowsAreTheAuthors() throws {
        let f = Gen1Framing.gen1
        let frames = try json("synth_dev_frames.json")
        let letterbox = try XCTUnwrap(frames["letterbox"] as? [String: Any])
        XCTAssertEqual([f.geometry.resizedHeight, f.geometry.resizedWidth], letterbox["resized_hw"] as? [Int])
        XCTAssertEqual(f.geometry.top, letterbox["pad_top"] as? Int)
        XCTAssertEqual(f.geometry.bottom, letterbox["pad_bottom"] as? Int)
        XCTAssertEqual([f.geometry.left, f.geometry.right], [0, 0])
        XCTAssertEqual([f.paddedHeight, f.paddedWidth], [320, 320])
        XCTAssertEqual(f.windowMicroseconds, Int64(try XCTUnwrap(frames["window_us"] as? Int)))
        let windows = try XCTUnwrap(frames["windows_us"] as? [[Int]])
        XCTAssertEqual(f.windows(before: 650_000).map { [Int($0.lowerBound), Int($0.upperBound)] }, windows)
    }

    func testWindowCountsOnTheFixtureUnderBothSemantics() throws {
        let expected = try XCTUnwrap(try json("synth_dev_frames.json")["window_event_counts"] as? [Int])
        for semantics in Gen1WindowSemantics.allCases {
            let f = try Gen1Framing(semantics: semantics)
            XCTAssertEqual(try counts(f, try fixtureFile, 650_000), expected, "\(semantics)")
        }
    }

    func testPaintedWindowsEqualTheAuthorsBitForBit() throws {
        let f = Gen1Framing.gen1
        let windows = try f.windowEvents(from: try fixtureFile, labelTime: 650_000)
        let painted = try stage("painted"), saved = try stage("pre_gen1_npy")
        XCTAssertEqual(painted.shape, [4, 240, 304])
        XCTAssertEqual(saved.shape, [4, 304, 240])
        let plane = 240 * 304
        for (i, events) in windows.enumerated() {
            let frame = try f.paint(events)
            XCTAssertEqual(frame, Array(painted.bytes[(i * plane)..<((i + 1) * plane)]), "window \(i)")
            // pre_gen1.py saved the same frame x-major ([x][y]); transpose it here to compare.
            var xMajor = [UInt8](repeating: 0, count: plane)
            for y in 0..<240 { for x in 0..<304 { xMajor[x * 240 + y] = frame[y * 304 + x] } }
            XCTAssertEqual(xMajor, Array(saved.bytes[(i * plane)..<((i + 1) * plane)]), "window \(i), x-major")
        }
    }

    func testPaintingRulesOnProbes() throws {
        // synth_dev_data.json probes: (18, 2) ON then OFF in window 0 → 0; (20, 2) OFF then ON at the
        // same timestamp → 255; (2, 2) one µs before the window and (16, 2) at the label → untouched.
        let f = Gen1Framing.gen1
        let windows = try f.windowEvents(from: try fixtureFile, labelTime: 650_000)
        let w0 = try f.paint(windows[0]), w3 = try f.paint(windows[3])
        XCTAssertEqual(w0[2 * 304 + 18], 0)
        XCTAssertEqual(w0[2 * 304 + 20], 255)
        XCTAssertEqual(w0[2 * 304 + 4], 255)
        XCTAssertEqual(w0[2 * 304 + 6], 255)
        XCTAssertEqual(w3[2 * 304 + 14], 255)
        XCTAssertEqual(windows.map { $0.t.contains(399_999) || $0.t.contains(650_000) }, [false, false, false, false])
        XCTAssertEqual(try f.paint(EventBatch()), [UInt8](repeating: 127, count: 240 * 304))
    }

    func testEventsOutsideTheSensorAreAnError() throws {
        let f = Gen1Framing.gen1
        let inside = try EventBatch(t: [1], x: [303], y: [239], p: [0])
        XCTAssertEqual(try f.paint(inside)[239 * 304 + 303], 0)
        for (x, y) in [(304, 0), (0, 240)] as [(UInt16, UInt16)] {
            let outside = try EventBatch(t: [1], x: [x], y: [y], p: [1])
            XCTAssertThrowsError(try f.paint(outside)) {
                XCTAssertEqual("\($0)", "input: event at t = 1 µs, x = \(x), y = \(y) lies outside the 304×240 sensor")
            }
        }
    }

    /// Quirk (b): a label at ts < 250000. Intended: the windows keep their place before ts (the early
    /// ones empty). The authors: seek_time(negative) rewinds, windows [0, 62500), … whatever ts is.
    func testLabelBeforeTheFirstFullSample() throws {
        let quirk = try XCTUnwrap(try json("gen1_quirks.json")["uint64_ts_minus_250000_numpy1"] as? [String: Any])
        XCTAssertEqual(quirk["value"] as? Double, -150_000, "the fixture's example is ts = 100000")
        let events = try file(times: [0, 10_000, 70_000, 99_999, 100_000, 130_000, 200_000, 260_000])
        // Intended: [-150000, -87500), [-87500, -25000), [-25000, 37500), [37500, 100000).
        XCTAssertEqual(try counts(.gen1, events, 100_000), [0, 0, 2, 2])
        // Authors: [0, 62500), [62500, 125000), [125000, 187500), [187500, 250000) — events after ts.
        let authors = try Gen1Framing(semantics: .authors)
        XCTAssertEqual(try counts(authors, events, 100_000), [2, 3, 1, 1])
        // ts = 250000 exactly: start 0, both agree.
        XCTAssertEqual(try counts(.gen1, events, 250_000), [2, 3, 1, 1])
        XCTAssertEqual(try counts(authors, events, 250_000), [2, 3, 1, 1])
        XCTAssertEqual(try counts(.gen1, events, 0), [0, 0, 0, 0])
        XCTAssertEqual(try counts(authors, events, 0), [2, 3, 1, 1])
    }

    /// Quirk (c): over 100000 events, seek_time's binary search stops after a probed event whose
    /// timestamp equals ts − 250000, skipping it (gen1_quirks.json: 150001 events 5 µs apart).
    func testSeekExactHitSkipsAnEventOnlyForTheAuthors() throws {
        let quirk = try XCTUnwrap(try json("gen1_quirks.json")["seek_time_exact_hit"] as? [String: Any])
        let n = try XCTUnwrap(quirk["n_events"] as? Int), target = Int64(try XCTUnwrap(quirk["target"] as? Int))
        let events = try file(times: (0..<n).map { Int64($0) * 5 })
        let ts = target + 250_000
        let authors = try Gen1Framing(semantics: .authors)
        XCTAssertEqual(try authors.windowEvents(from: events, labelTime: ts)[0].t.first, Int64(try XCTUnwrap(quirk["first_t_loaded"] as? Int)))
        XCTAssertEqual(try Gen1Framing.gen1.windowEvents(from: events, labelTime: ts)[0].t.first, target)
        // 62500 µs / 5 µs = 12500 events per window; the authors' window 0 lacks the skipped one.
        XCTAssertEqual(try counts(.gen1, events, ts), [12_500, 12_500, 12_500, 12_500])
        XCTAssertEqual(try counts(authors, events, ts), [12_500 - (quirk["events_skipped"] as? Int ?? -1), 12_500, 12_500, 12_500])
        // Control: a target between probes is not skipped by either.
        let control = Int64(try XCTUnwrap(quirk["control_target_plus_5_first_t"] as? Int))
        XCTAssertEqual(try authors.windowEvents(from: events, labelTime: control + 250_000)[0].t.first, control)
        // Past the end of the recording: every window is empty under both.
        XCTAssertEqual(try counts(authors, events, Int64(n) * 5 + 250_001), [0, 0, 0, 0])
        XCTAssertEqual(try counts(.gen1, events, Int64(n) * 5 + 250_001), [0, 0, 0, 0])
    }

    func testBadLabelTimesAndOptions() throws {
        let events = try file(times: [1, 2])
        XCTAssertThrowsError(try Gen1Framing.gen1.windowEvents(from: events, labelTime: -1)) {
            XCTAssertTrue("\($0)".contains("label timestamp -1 µs is outside"))
        }
        XCTAssertThrowsError(try Gen1Framing.gen1.windowEvents(from: events, labelTime: Int64.max))
        XCTAssertThrowsError(try Gen1Framing(timesteps: 0))
        XCTAssertThrowsError(try Gen1Framing(timesteps: 8, sampleMicroseconds: 7))
        XCTAssertThrowsError(try Gen1Framing(sensorWidth: 0))
    }
}
