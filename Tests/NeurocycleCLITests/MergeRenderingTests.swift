import Foundation
import FoundationXML
import NCEnergy
import XCTest

@testable import NeurocycleCLI
import NCReport

/// `merge` of a committed version-1 part file (`Fuzz/corpus/ncpart/dataset-t320-rect.ncpart`: the
/// t model over the fixture dataset, rect 320, FP32): it stays readable, and every output format
/// shows the same numbers.
final class MergeRenderingTests: XCTestCase {
    static let part = Paths.root + "/Fuzz/corpus/ncpart/dataset-t320-rect.ncpart"

    func testEveryFormatOfAMergedReport() throws {
        let dir = try scratchDirectory()
        let r = CLI.capture(["merge", Self.part, "--json", dir + "/r.json", "--csv", dir + "/r.csv", "--html", dir + "/r.html",
                             "--per-image", dir + "/i.csv", "--save-rates", dir + "/fr.json", "--save-predictions", dir + "/p.json"])
        XCTAssertEqual(r.status, 0, r.err)
        let report = try JSONReport.decodeDataset(try String(contentsOfFile: dir + "/r.json", encoding: .utf8))
        XCTAssertEqual(report.images, 5)
        XCTAssertEqual(report.populations.count, 88)
        // The fixture's energy from the test.py rates (expected_rates.json), to 1e-9.
        XCTAssertEqual(report.energy.paper.snnMillijoules, 1.180735117242857, accuracy: 1e-9 * 1.18)
        // Text: the same figure, as the terminal shows it.
        XCTAssertTrue(r.out.contains("SNN, test.py rates   1.181  mJ"), r.out)
        XCTAssertTrue(r.out.contains("FIRING RATES — 88 populations over 5 images"))
        // CSV: a header and one row per population, rates exact.
        let rows = try String(contentsOfFile: dir + "/r.csv", encoding: .utf8).split(separator: "\r\n")
        XCTAssertEqual(rows.count, 89)
        XCTAssertEqual(rows[1], "0,model.2.Conv.lif1,378880,161229,\(report.rates.testPy["model.2.Conv.lif1"] ?? 0),\(report.rates.global["model.2.Conv.lif1"] ?? 0)")
        XCTAssertEqual(try String(contentsOfFile: dir + "/i.csv", encoding: .utf8).split(separator: "\r\n").count, 6)
        // HTML: well-formed, with the headline number and the chart.
        let html = try String(contentsOfFile: dir + "/r.html", encoding: .utf8)
        let parser = XMLParser(data: Data(html.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        XCTAssertTrue(html.contains(">1.181<"), "the paper SNN card")
        XCTAssertTrue(html.contains("<svg"))
        // Saved rates read back (as estimate --firing-rates reads them) as the report's test.py
        // rates, bit for bit. (Foundation's JSONSerialization on Linux rounds some decimals to a
        // neighbouring double, so neither side is read with it.)
        let saved = try FiringRates(parsing: try String(contentsOfFile: dir + "/fr.json", encoding: .utf8))
        XCTAssertEqual(saved.rates.map(\.name), report.populations.map(\.name))
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: saved.rates.map { ($0.name, $0.rate) }), report.rates.testPy)
        XCTAssertEqual(try String(contentsOfFile: dir + "/p.json", encoding: .utf8).components(separatedBy: "\"image_id\"").count - 1, 8)
    }
}
