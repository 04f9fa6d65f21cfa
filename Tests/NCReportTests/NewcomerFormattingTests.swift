import Foundation
import XCTest

@testable import NCHardware
@testable import NCReport

/// Numbers that read right (issue 17): no padded false precision, counts of things written
/// exactly, the detections line when there is nothing to compare, what `events` counts. Every
/// expected string is written by hand.
final class NewcomerFormattingTests: XCTestCase {
    func testDecimalColumnsShowThePrecisionOfTheirLargestValue() {
        XCTAssertEqual(ReportFormat.decimalColumn([1_333.18, 427.89, 0.0000012, 0, nil, -0.0001]),
                       ["1,333.18", "427.89", "<0.01", "0", nil, ">-0.01"])
        XCTAssertEqual(ReportFormat.decimalColumn([0.541, 1.021, 0.4824]), ["0.541", "1.021", "0.482"])
        XCTAssertEqual(ReportFormat.decimalColumn([0.0936, 0.001]), ["0.09360", "0.00100"])
        XCTAssertEqual(ReportFormat.decimalColumn([0.025, 0.1, nil, 2.469, 1.234e-8, .nan]),
                       ["0.025", "0.100", nil, "2.469", "<0.001", "n/a"])
        XCTAssertEqual(ReportFormat.decimalColumn([0, 0]), ["0", "0"])
    }

    /// The chip energy table: `1,333.18`, not `1,333.1800000`, because of one tiny component.
    func testChipEnergyTableHasNoPaddedZeros() {
        var report = ReportFixtures.small()
        report.energy.hardware = HardwareEnergy(
            totalMillijoules: 1_333.18,
            breakdown: ["accumulate": 905.29, "membrane_read": 427.89, "spike": 0.0000017, "leakage": 0])
        let text = TableRenderer().render(report)
        let section = text.components(separatedBy: "\n\n").first { $0.hasPrefix("CHIP ENERGY BY COMPONENT") } ?? ""
        let rows = section.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        XCTAssertEqual(rows.filter { $0.count == 3 || ($0.first == "total") }.map { Array($0.prefix(2)) }, [
            ["component", "energy"], ["accumulate", "905.29"], ["membrane_read", "427.89"], ["spike", "<0.01"],
            ["leakage", "0"], ["total", "1,333.18"],
        ], section)
    }

    /// Counts of things (cores) are exact: `1,024`, not `1.02 k`.
    func testCoreCountsAreExact() {
        var report = ReportFixtures.small()
        report.hardware?.meshWidth = 32
        report.hardware?.meshHeight = 32
        report.hardware?.cores = (0..<1024).map {
            CoreRow(id: $0, x: $0 % 32, y: $0 / 32, busyCycles: $0, stallCycles: 0, idleCycles: 10_000 - $0,
                    utilisation: Double($0) / 10_000, queueHighWater: 1, sops: $0)
        }
        let text = TableRenderer().render(report)
        let line = text.split(separator: "\n").first { $0.hasPrefix("  cores listed") }.map(String.init) ?? ""
        XCTAssertEqual(line.split(separator: " "), ["cores", "listed", "1,024", "of", "32×32", "mesh"], line)
        XCTAssertTrue(text.contains("BUSIEST CORES — 5 of 1,024 by busy cycles"), text)
    }

    /// `detections ≠ FP32 0` would read as agreement when neither run detected anything.
    func testDetectionDifferencesSayOutOfHowMany() {
        func line(_ here: Int?, _ reference: Int?, unmatched: Int) -> [Substring] {
            var report = ReportFixtures.small()
            report.hardware?.differences?.detections = unmatched
            report.hardware?.differences?.chipDetections = here
            report.hardware?.differences?.referenceDetections = reference
            let text = TableRenderer().render(report)
            return text.split(separator: "\n").first { $0.hasPrefix("  detections ≠ FP32") }?.split(separator: " ") ?? []
        }
        XCTAssertEqual(line(0, 0, unmatched: 0), ["detections", "≠", "FP32", "–", "neither", "run", "detected", "anything"])
        XCTAssertEqual(line(3, 2, unmatched: 1),
                       ["detections", "≠", "FP32", "1", "unmatched,", "of", "3", "here", "and", "2", "in", "FP32"])
        XCTAssertEqual(line(nil, nil, unmatched: 0), ["detections", "≠", "FP32", "0", "detections"])
    }

    /// The layer table says what its event column counts.
    func testEventColumnsExplainThemselves() {
        let chip = TableRenderer().render(ReportFixtures.small())
        XCTAssertTrue(chip.contains(
            "LAYERS — 3 folded convolutions (deliveries: binary input events × the cores each is sent to; spikes: 113 k)\n"),
            chip)
        XCTAssertTrue(chip.contains(" deliveries "), chip)
        var run = ReportFixtures.withoutHardware()
        run.layers[1].events = 81_920
        run.totals.events = 81_920
        let text = TableRenderer().render(run)
        XCTAssertTrue(text.contains("LAYERS — 3 folded convolutions (events: binary events its input neurons send, Σ spike values)\n"),
                      text)
        XCTAssertFalse(text.contains("deliveries"), text)
    }

    /// `map`: thousands separators and `×`, like the other commands.
    func testMapTextReadsLikeTheOtherCommands() {
        let report = MapReport(
            hardware: "default", mode: "resident", coresAvailable: 1024, tiles: 1500,
            layers: [MapReport.Row(name: "model.1.encode_conv", writers: ["model.1.encode_conv"], channels: 16, height: 32,
                                   width: 32, tiles: 1200, cores: 1024, passes: 2, channelsPerTile: 16, rowsPerTile: 2,
                                   neuronUtilisation: 0.25, synapticUtilisation: 0.053)],
            heading: .init(model: "spikeyolo-t.pt", inputHeight: 640, inputWidth: 640, neuronsPerCore: 65_536,
                           synapticBytesPerCore: 262_144))
        XCTAssertEqual(report.text, """
            spikeyolo-t.pt at 640×640 on default: resident mapping, 1,500 tiles on 1,024 cores (65,536 neurons, 256 KiB synaptic memory each)
            buffer (written by)  shape     tiles  cores  passes  neurons/core  synaptic/core
            model.1.encode_conv  16×32×32  1,200  1,024       2         25.0%           5.3%

            """)
    }
}
