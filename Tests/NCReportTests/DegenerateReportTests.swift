@testable import NCReport
import XCTest

final class DegenerateReportTests: XCTestCase {
    /// No layers, no populations, no cores, a mesh of absurd size, non-finite energies and a
    /// corrupt `spike_levels`: every renderer still finishes with well-formed, aligned output.
    func testEmptyAndNonFiniteReportsRender() throws {
        var report = ReportFixtures.small()
        report.layers = []
        report.neurons = []
        report.detections = []
        report.model.spikeLevels = Int.max
        report.hardware?.cores = [CoreRow(id: 0, x: Int.max, y: -5, busyCycles: 0, stallCycles: 0, idleCycles: 0,
                                          utilisation: .nan, queueHighWater: 0, sops: 0)]
        report.hardware?.meshWidth = Int.max
        report.hardware?.meshHeight = 3
        report.energy.paper.snnMillijoules = .nan
        report.energy.paper.ratio = .infinity
        report.energy.hardware?.totalMillijoules = 0
        report.energy.hardware?.breakdown["dram"] = -.infinity
        let html = HTMLRenderer().render(report)
        XCTAssertNil(xmlError(html))
        XCTAssertTrue(html.contains("n/a"))
        let text = TableRenderer().render(report)
        for block in text.components(separatedBy: "\n\n") {
            let lines = block.split(separator: "\n").dropFirst()
            XCTAssertEqual(Set(lines.map(\.count)).count, 1, String(block.prefix(40)))
        }
        XCTAssertEqual(readCSV(CSVRenderer().layersCSV(report)).count, 1)
        XCTAssertLessThan(readCSV(CSVRenderer().neuronsCSV(report))[0].count, 30)
        // The JSON of all that decodes, and writes the same text again (NaN != NaN forbids
        // comparing the reports themselves).
        let json = JSONReport.jsonText(report)
        XCTAssertEqual(JSONReport.jsonText(try JSONReport.decode(json)), json)
    }

    func testHeatMapSurvivesOutOfRangeCores() {
        let map = HeatMap(title: "t", columns: 3, rows: 2,
                          cells: [.init(x: Int.max, y: Int.min, value: 2, text: "x", tooltip: "far"),
                                  .init(x: 1, y: 1, value: -1, text: "y", tooltip: "near")],
                          legendTitle: "u", legendTicks: [(0, "0"), (1, "1")])
        let svg = map.document().markup()
        XCTAssertNil(xmlError(svg))
        XCTAssertTrue(svg.contains("near") && !svg.contains("far"))
        XCTAssertEqual(svg.components(separatedBy: "no data</title>").count - 1, 5)
    }
}
