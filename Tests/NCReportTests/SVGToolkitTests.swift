@testable import NCReport
import XCTest

final class SVGToolkitTests: XCTestCase {
    func testNiceScale() {
        for (tick, expected) in zip(NiceScale(minimum: 0, maximum: 0.83).ticks, [0, 0.2, 0.4, 0.6, 0.8, 1.0]) {
            XCTAssertEqual(tick, expected, accuracy: 1e-12)
        }
        XCTAssertEqual(NiceScale(minimum: 0, maximum: 610.25).upper, 800)
        XCTAssertEqual(NiceScale(minimum: 0, maximum: 0).ticks.last, 1, "an empty range still has an axis")
        XCTAssertEqual(NiceScale(minimum: .nan, maximum: .infinity).upper, 1)
        let negative = NiceScale(minimum: -3, maximum: 7)
        XCTAssertLessThanOrEqual(negative.lower, -3)
        XCTAssertTrue(negative.ticks.contains(0))
        XCTAssertEqual(NiceScale(minimum: 0, maximum: 1.7e308).ticks.count > 1, true, "no overflow trap")
        let scale = NiceScale(minimum: 0, maximum: 0.83)
        XCTAssertEqual(scale.ticks.map(scale.label), ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
        let big = NiceScale(minimum: 0, maximum: 4_300_000)
        XCTAssertEqual(big.ticks.map(big.label), ["0", "1.00 M", "2.00 M", "3.00 M", "4.00 M", "5.00 M"])
        XCTAssertEqual(NiceScale.niceStep(0.13), 0.2)
        XCTAssertEqual(NiceScale.niceStep(3), 5)
    }

    func testNumbersInCoordinates() {
        XCTAssertEqual(SVGDocument.number(12), "12")
        XCTAssertEqual(SVGDocument.number(12.345), "12.35")
        XCTAssertEqual(SVGDocument.number(0.5), "0.5")
        XCTAssertEqual(SVGDocument.number(-0.001), "0")
        XCTAssertEqual(SVGDocument.number(.nan), "0")
    }

    func testCategoryLayoutRotatesAndThinsOnlyWhenNeeded() {
        let few = CategoryLayout(labels: ["a", "b", "c"], maxPlotWidth: 1000)
        XCTAssertFalse(few.rotated)
        XCTAssertEqual(few.labelStep, 1)
        XCTAssertLessThanOrEqual(few.barWidth, 48)
        let many = CategoryLayout(labels: (0..<100).map { "model.\($0).C2f.m.0.cv1" }, maxPlotWidth: 1000)
        XCTAssertTrue(many.rotated)
        XCTAssertGreaterThan(many.labelStep, 1)
        XCTAssertLessThan(many.barWidth, 10)
        XCTAssertEqual(many.plotWidth, 1000)
        let long = CategoryLayout(labels: [String(repeating: "x", count: 80)], maxPlotWidth: 1000)
        XCTAssertEqual(long.labels[0].count, CategoryLayout.maxLabelCharacters)
    }

    func testStandaloneSVGHasItsNamespaceAndInlineDoesNot() {
        var document = SVGDocument(width: 10, height: 10, title: "t & <t>")
        document.rect(x: 0, y: 0, width: 5, height: 5, fill: "#000000", tooltip: "a \"b\"")
        XCTAssertTrue(document.markup(standalone: true).hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        XCTAssertFalse(document.markup().contains("xmlns"))
        XCTAssertTrue(document.markup().contains("<title>t &amp; &lt;t&gt;</title>"))
        XCTAssertNil(xmlError(document.markup(standalone: true)))
    }

    func testPaletteContrast() {
        XCTAssertEqual(Palette.sequential(0), "#440154")
        XCTAssertEqual(Palette.sequential(1), "#fde725")
        XCTAssertEqual(Palette.sequential(.nan), Palette.sequential(0))
        XCTAssertEqual(Palette.textOnSequential(0), "#ffffff")
        XCTAssertEqual(Palette.textOnSequential(1), "#000000")
        XCTAssertNotEqual(Palette.category(0), Palette.category(1))
        XCTAssertEqual(Palette.category(-1), Palette.category(13))
    }
}
