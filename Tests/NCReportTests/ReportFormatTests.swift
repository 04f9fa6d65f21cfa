@testable import NCReport
import XCTest

final class ReportFormatTests: XCTestCase {
    func testGrouped() {
        XCTAssertEqual(ReportFormat.grouped(0), "0")
        XCTAssertEqual(ReportFormat.grouped(999), "999")
        XCTAssertEqual(ReportFormat.grouped(1000), "1,000")
        XCTAssertEqual(ReportFormat.grouped(101_210_000_000), "101,210,000,000")
        XCTAssertEqual(ReportFormat.grouped(-1_234_567), "-1,234,567")
        XCTAssertEqual(ReportFormat.grouped(Int.min), "-9,223,372,036,854,775,808")
        XCTAssertEqual(ReportFormat.grouped(7_000_000.4), "7,000,000")
        XCTAssertEqual(ReportFormat.grouped(Double.nan), "n/a")
    }

    func testEngineering() {
        XCTAssertEqual(ReportFormat.engineering(0), "0")
        XCTAssertEqual(ReportFormat.engineering(999), "999")
        XCTAssertEqual(ReportFormat.engineering(1000), "1.00 k")
        XCTAssertEqual(ReportFormat.engineering(12_345), "12.3 k")
        XCTAssertEqual(ReportFormat.engineering(999_499), "999 k")
        XCTAssertEqual(ReportFormat.engineering(999_999), "1.00 M", "rounding up moves to the next prefix")
        XCTAssertEqual(ReportFormat.engineering(101_210_000_000), "101 G")
        XCTAssertEqual(ReportFormat.engineering(-12_345), "-12.3 k")
        XCTAssertEqual(ReportFormat.engineering(Int.max), "9.22 E")
        XCTAssertEqual(ReportFormat.engineering(5e8, unit: "Hz"), "500 MHz")
        XCTAssertEqual(ReportFormat.engineering(12.5, unit: "Hz"), "12.5 Hz")
        XCTAssertEqual(ReportFormat.engineering(999.7), "1.00 k")
        XCTAssertEqual(ReportFormat.engineering(.infinity), "inf")
        XCTAssertEqual(ReportFormat.engineeringParts(5e8, unit: "Hz").unit, "MHz")
    }

    func testDecimal() {
        XCTAssertEqual(ReportFormat.decimal(465.57), "465.57")
        XCTAssertEqual(ReportFormat.decimal(34.49), "34.49")
        XCTAssertEqual(ReportFormat.decimal(13.4986), "13.50")
        XCTAssertEqual(ReportFormat.decimal(2.469), "2.469")
        XCTAssertEqual(ReportFormat.decimal(6.25), "6.25")
        XCTAssertEqual(ReportFormat.decimal(0.2), "0.20")
        XCTAssertEqual(ReportFormat.decimal(0.07408), "0.07408")
        XCTAssertEqual(ReportFormat.decimal(0.020483), "0.02048")
        XCTAssertEqual(ReportFormat.decimal(12_345.678), "12,345.68")
        XCTAssertEqual(ReportFormat.decimal(-1234.5), "-1,234.50")
        XCTAssertEqual(ReportFormat.decimal(0), "0.00")
        XCTAssertEqual(ReportFormat.decimal(1.234e-7), "1.234e-07")
        XCTAssertEqual(ReportFormat.decimal(.nan), "n/a")
        XCTAssertEqual(ReportFormat.decimal(-.infinity), "-inf")
    }

    func testDecimalColumnsLineUp() {
        // One decimal count for the column, from its largest value; a value too small to show is `<0.001`.
        XCTAssertEqual(ReportFormat.decimalColumn([0.025, 0.1, nil, 2.469, 1.234e-8, .nan]),
                       ["0.025", "0.100", nil, "2.469", "<0.001", "n/a"])
        XCTAssertEqual(ReportFormat.decimalColumn([6.25, 12.5]), ["6.25", "12.50"])
        XCTAssertEqual(ReportFormat.decimalColumn([]), [])
    }

    func testDurationPercentAndExact() {
        XCTAssertEqual(ReportFormat.duration(seconds: 0.002469), "2.469 ms")
        XCTAssertEqual(ReportFormat.duration(seconds: 0.00081234), "812.34 µs")
        XCTAssertEqual(ReportFormat.duration(seconds: 1.2), "1.20 s")
        XCTAssertEqual(ReportFormat.duration(seconds: 0), "0 s")
        XCTAssertEqual(ReportFormat.percent(fraction: 0.875), "87.5 %")
        XCTAssertEqual(ReportFormat.percentNumber(0.125), "12.5")
        XCTAssertEqual(ReportFormat.times(13.4986), "13.50×")
        XCTAssertEqual(ReportFormat.exact(4.6), "4.6")
        XCTAssertEqual(ReportFormat.exact(7_000_000), "7000000")
        XCTAssertEqual(ReportFormat.exact(0.1 + 0.2), "0.30000000000000004")
        XCTAssertEqual(Double(ReportFormat.exact(1e-7)), 1e-7)
        XCTAssertEqual(ReportFormat.exact(.infinity), "inf")
    }

    func testTextFit() {
        XCTAssertEqual(TextFit.truncateMiddle("model.2.Conv.pwconv1", to: 11), "model…conv1")
        XCTAssertEqual(TextFit.truncateMiddle("short", to: 11), "short")
        XCTAssertEqual(TextFit.truncateMiddle("abc", to: 1), "a")
        XCTAssertEqual(TextFit.wrap("each binary event times its fan-out", width: 12),
                       ["each binary", "event times", "its fan-out"])
        XCTAssertEqual(TextFit.wrap("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual(TextFit.wrap("", width: 4), [""])
        XCTAssertEqual(TextFit.pad("7", to: 3, alignRight: true), "  7")
        XCTAssertEqual(TextFit.terminalSafe("a\tb\u{1B}c"), "a b\u{FFFD}c")
    }

    func testXMLEscape() {
        XCTAssertEqual(XMLEscape.text("a<b&c\"d'e>"), "a&lt;b&amp;c&quot;d&#39;e&gt;")
        XCTAssertEqual(XMLEscape.text("bell\u{07}nul\u{0}"), "bell\u{FFFD}nul\u{FFFD}", "XML 1.0 forbids them")
        XCTAssertEqual(XMLEscape.text("µ × …"), "µ × …")
    }
}
