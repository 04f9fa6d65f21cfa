import XCTest

@testable import NCReport

/// A megabyte-long name (from a trace) used to take 13 s to wrap (quadratic) and fill 9,541
/// lines of the replay report (issue #16).
final class TextFitHostileTests: XCTestCase {
    func testAMegabyteWordWrapsIntoAFewLines() {
        let name = String(repeating: "x", count: 1 << 20)
        let lines = TextFit.wrap(name, width: 100)
        XCTAssertLessThanOrEqual(lines.count, TextFit.maxWrappedLines)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 100 })
        XCTAssertTrue(lines.joined().contains("…"))
        XCTAssertTrue(lines[0].hasPrefix("xxx"))
    }

    func testManyShortWordsWrapIntoAFewLines() {
        let text = String(repeating: "ab ", count: 1 << 18)
        let lines = TextFit.wrap(text, width: 40)
        XCTAssertLessThanOrEqual(lines.count, TextFit.maxWrappedLines + 1)
        XCTAssertTrue(lines.allSatisfy { $0.count <= 40 })
    }

    /// Text that fits in `maxLines` lines wraps exactly as before (hand-checked breaks).
    func testShortTextIsUnchanged() {
        XCTAssertEqual(TextFit.wrap("aaa bbb ccc dddddddddd e", width: 7), ["aaa bbb", "ccc", "ddddddd", "ddd e"])
        XCTAssertEqual(TextFit.wrap("a\n\nb", width: 3), ["a", "", "b"])
    }
}
