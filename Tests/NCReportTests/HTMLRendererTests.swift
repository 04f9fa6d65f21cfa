import Foundation
@testable import NCReport
import XCTest

final class HTMLRendererTests: XCTestCase {
    private let fixtures: [(String, Report)] = [
        ("small", ReportFixtures.small()), ("without hardware", ReportFixtures.withoutHardware()),
        ("one layer", ReportFixtures.withoutHardware(layerCount: 1)), ("100 layers", ReportFixtures.large()),
        ("hostile", ReportFixtures.hostile()),
    ]

    func testPageAndEverySVGAreWellFormedXML() {
        for (name, report) in fixtures {
            let html = HTMLRenderer().render(report)
            XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"), name)
            XCTAssertNil(xmlError(html), name)
            let svgs = svgElements(html)
            XCTAssertFalse(svgs.isEmpty, name)
            for svg in svgs { XCTAssertNil(xmlError(svg), "\(name): \(svg.prefix(200))") }
        }
    }

    func testChartsPresentOnlyWithTheirData() {
        let small = svgElements(HTMLRenderer().render(ReportFixtures.small()))
        XCTAssertEqual(small.count, 4, "firing rate, layer energy, accounting, utilisation map")
        let run = svgElements(HTMLRenderer().render(ReportFixtures.withoutHardware()))
        XCTAssertEqual(run.count, 2, "firing rate and accounting only")
    }

    func testSelfContained() {
        for (name, report) in fixtures {
            let html = HTMLRenderer().render(report)
            XCTAssertFalse(html.contains("http:") || html.contains("https:"), name)
            XCTAssertFalse(html.contains("<script"), name)
            XCTAssertFalse(html.contains("<link"), name)
            XCTAssertFalse(html.contains("<img"), name)
            XCTAssertFalse(html.contains("url("), name)
            XCTAssertFalse(html.contains("@import"), name)
            XCTAssertFalse(html.contains(" src="), name)
            XCTAssertFalse(html.contains(" href="), name)
            XCTAssertFalse(html.contains(" id="), "ids would collide between inline SVGs")
        }
    }

    func testHeadlineNumbersAppear() {
        let html = HTMLRenderer().render(ReportFixtures.small())
        let expected = [
            "34.49", "465.57", "13.50",             // paper SNN, ANN, ratio
            "12.50", "610.25", "0.02048",           // chip SNN, same-chip ANN, chip ratio
            "0.07408",                               // paper SNN/ANN
            "2.469", "1,234,500", "500 MHz",        // latency (ms), cycles, clock
            "6,881,280", "6.88 M",                  // SOPs
            "112,640", "113 k", "614,400",          // spikes, neurons
            "47,104,000", "1,433,600",              // MACs, events
            "7,000,000", "3,000,000",               // conventions
            "87.5 %", "37.5 %", ">50.0<",           // utilisation max, mean; accumulate share
            "52,345", "187,654", "104,690", "33,210", // NoC
            "28.80", "60.00", "8.30",               // layer energy in µJ
            "0.8731", "310.75",                      // a detection
        ]
        for number in expected { XCTAssertTrue(html.contains(number), number) }
        XCTAssertTrue(html.contains(">ms<"), "latency unit")
    }

    func testEveryLayerAndPopulationNameAppears() {
        for (name, report) in fixtures {
            let html = HTMLRenderer().render(report)
            for layer in report.layers { XCTAssertTrue(html.contains(escaped(layer.name)), "\(name): \(layer.name)") }
            for population in report.neurons ?? [] { XCTAssertTrue(html.contains(escaped(population.name)), population.name) }
        }
    }

    func testHostileNamesAreEscapedInHTMLAndSVG() {
        let report = ReportFixtures.hostile()
        let html = HTMLRenderer().render(report)
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertFalse(html.contains("<b>not bold"))
        XCTAssertFalse(html.contains("<model>"))
        XCTAssertTrue(html.contains("model.1.&lt;script&gt;&amp;&quot;evil&quot;,x"))
        XCTAssertTrue(html.contains("&lt;b&gt;not bold&lt;/b&gt; &amp; done"))
        XCTAssertTrue(html.contains("<title>neurocycle simulate — evil &lt;model&gt; &amp; &quot;co&quot;</title>"))
        let svgs = svgElements(html)
        XCTAssertTrue(svgs.contains { $0.contains("pop&lt;&amp;&gt;&quot;&#39;") }, "population name in the firing chart")
        XCTAssertTrue(svgs.contains { $0.contains("weird,key&quot;&lt;") }, "component name in the energy legend")
        XCTAssertTrue(svgs.contains { $0.contains("<title>model.1.&lt;script&gt;&amp;&quot;evil&quot;,x") },
                      "full layer name in a tooltip")
    }

    func testHundredLayersThinTheLabelsAndKeepEveryBar() throws {
        let html = HTMLRenderer().render(ReportFixtures.large())
        let svgs = svgElements(html)
        let firing = try XCTUnwrap(svgs.first)
        // One bar per population, and under each an invisible strip whose hover title is its name.
        XCTAssertEqual(firing.components(separatedBy: "<rect ").count - 1, 200, "one bar and one strip per population")
        XCTAssertEqual(firing.components(separatedBy: "fill-opacity=\"0\"").count - 1, 100, "one strip per population")
        let labels = firing.components(separatedBy: "rotate(-60").count - 1
        XCTAssertGreaterThan(labels, 10)
        XCTAssertLessThan(labels, 100, "labels are thinned")
        let width = try XCTUnwrap(Double(firing.split(separator: "\"")[1]))
        XCTAssertLessThanOrEqual(width, 1160)
        let heatMap = try XCTUnwrap(svgs.last)
        XCTAssertEqual(heatMap.components(separatedBy: "<g>").count - 1, 256, "one cell per core")
    }

    func testOneLayerChartIsNotStretched() throws {
        let html = HTMLRenderer().render(ReportFixtures.withoutHardware(layerCount: 1))
        let firing = try XCTUnwrap(svgElements(html).first)
        let width = try XCTUnwrap(Double(firing.split(separator: "\"")[1]))
        XCTAssertLessThan(width, 400)
        XCTAssertTrue(firing.contains(">0.20<"), "the value is written above the bar")
    }

    /// Dictionaries that iterate in different orders render to the same bytes.
    func testDictionaryOrderDoesNotReachTheBytes() throws {
        let (one, other) = try XCTUnwrap(ReportFixtures.inTwoDictionaryOrders(), "the dictionaries iterate alike: the test proves nothing")
        let html = HTMLRenderer().render(one)
        XCTAssertTrue(html.contains("action_17") && html.contains("part_17"), "the dictionaries reach the page")
        XCTAssertEqual(html, HTMLRenderer().render(other))
    }

    /// With `NCREPORT_SAMPLES=/some/dir`, writes sample reports there to look at in a browser.
    func testWriteSamplesWhenAsked() throws {
        guard let directory = ProcessInfo.processInfo.environment["NCREPORT_SAMPLES"] else { return }
        for (name, report) in fixtures {
            let base = URL(fileURLWithPath: directory).appendingPathComponent(name.replacingOccurrences(of: " ", with: "-"))
            try HTMLRenderer().render(report).write(to: base.appendingPathExtension("html"), atomically: true, encoding: .utf8)
            try TableRenderer().render(report).write(to: base.appendingPathExtension("txt"), atomically: true, encoding: .utf8)
        }
    }

    func testStyleSheetIsValidXMLText() {
        XCTAssertFalse(HTMLStyle.css.contains("<") || HTMLStyle.css.contains("&"),
                       "the CSS is written raw into <style>")
    }
}
