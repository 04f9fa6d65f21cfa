import Foundation
import XCTest

@testable import NCReport

final class JSONReportTests: XCTestCase {
    func testRoundTripsEveryFixture() throws {
        for report in [ReportFixtures.small(), ReportFixtures.withoutHardware(), ReportFixtures.large(),
                       ReportFixtures.hostile()] {
            let text = JSONReport.jsonText(report)
            XCTAssertEqual(try JSONReport.decode(text), report)
        }
    }

    /// Dictionaries filled in different orders (and so iterating in different orders) give the
    /// same bytes, their keys written sorted.
    func testDictionaryOrderDoesNotReachTheBytes() throws {
        let (one, other) = try XCTUnwrap(ReportFixtures.inTwoDictionaryOrders(), "the dictionaries iterate alike: the test proves nothing")
        let text = JSONReport.jsonText(one)
        XCTAssertEqual(text, JSONReport.jsonText(other))
        // The keys of each dictionary appear in sorted order ("action_10" before "action_2").
        for prefix in ["action_", "part_"] {
            let written = text.split(separator: "\n").compactMap { line -> String? in
                let t = line.trimmingCharacters(in: .whitespaces)
                guard t.hasPrefix("\"\(prefix)") else { return nil }
                return String(t.dropFirst().prefix { $0 != "\"" })
            }
            XCTAssertEqual(written, (0..<40).map { "\(prefix)\($0)" }.sorted(), prefix)
        }
    }

    func testKeysAreSortedSnakeCaseAndPrettyPrinted() {
        let text = JSONReport.jsonText(ReportFixtures.small())
        let topLevel = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
            String($0.dropFirst(3).prefix { $0 != "\"" })
        }
        XCTAssertEqual(topLevel, ["command", "detections", "energy", "hardware", "layers", "model", "neurons", "notes",
                                  "schema_version", "totals"])
        for key in ["\"snn_mJ\" : 34.49", "\"ann_mJ\" : 465.57", "\"snn_over_ann_chip\"", "\"busy_cycles\"",
                    "\"energy_mJ\"", "\"latency_s\" : 0.002469", "\"class\" : 16", "\"schema_version\" : 1"] {
            XCTAssertTrue(text.contains(key), key)
        }
        XCTAssertTrue(text.contains("\"input\" : \"input320.npy\""))
        XCTAssertTrue(text.contains("\"arithmetic\" : \"int8/int24\""), "slashes are not escaped")
    }

    func testDoublesRoundTripBitForBit() throws {
        var report = ReportFixtures.small()
        let awkward: [Double] = [0.1 + 0.2, Double.leastNonzeroMagnitude, 1e300, -0.0, 1.0 / 3.0, 2.5e-5, 123_456_789.123_456_79,
                                 Double.greatestFiniteMagnitude]
        report.neurons = awkward.enumerated().map { NeuronRow(name: "n\($0)", count: 1, spikes: 0, histogram: [1], rate: $1) }
        let back = try JSONReport.decode(JSONReport.jsonText(report))
        let rates = back.neurons?.map(\.rate) ?? []
        XCTAssertEqual(rates.map(\.bitPattern), awkward.map(\.bitPattern))
    }

    func testNonFiniteValuesSurviveAsStrings() throws {
        var report = ReportFixtures.small()
        report.energy.paper.ratio = .infinity
        report.energy.annBaseline.paperRatio = -.infinity
        report.energy.paper.sops = .nan
        let text = JSONReport.jsonText(report)
        XCTAssertTrue(text.contains("\"ratio\" : \"inf\""))
        let back = try JSONReport.decode(text)
        XCTAssertEqual(back.energy.paper.ratio, .infinity)
        XCTAssertEqual(back.energy.annBaseline.paperRatio, -.infinity)
        XCTAssertTrue(back.energy.paper.sops.isNaN)
    }

    func testDecodeErrorsNameThePath() {
        let text = JSONReport.jsonText(ReportFixtures.small())
            .replacingOccurrences(of: "\"macs\" : 29491200", with: "\"macs\" : \"many\"")
        XCTAssertThrowsError(try JSONReport.decode(text)) { error in
            XCTAssertEqual((error as? ReportDecodingError)?.path, "layers[1].macs")
            XCTAssertTrue(String(describing: error).contains("layers[1].macs"))
        }
        XCTAssertThrowsError(try JSONReport.decode("{ not json")) { error in
            XCTAssertTrue(error is ReportDecodingError)
        }
        let missing = JSONReport.jsonText(ReportFixtures.small()).replacingOccurrences(of: "\"command\"", with: "\"cmd\"")
        XCTAssertThrowsError(try JSONReport.decode(missing)) { error in
            XCTAssertEqual((error as? ReportDecodingError)?.path, "command")
        }
    }

    func testRefusesANewerSchema() {
        let text = JSONReport.jsonText(ReportFixtures.small())
            .replacingOccurrences(of: "\"schema_version\" : 1", with: "\"schema_version\" : 2")
        XCTAssertThrowsError(try JSONReport.decode(text)) { error in
            XCTAssertEqual((error as? ReportDecodingError)?.path, "schema_version")
        }
    }
}
