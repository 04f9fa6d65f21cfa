import NCReport
import XCTest

final class TableRendererTests: XCTestCase {
    /// Sections are separated by blank lines; each is a title line and a table.
    private func sections(_ text: String) -> [(title: String, table: [String])] {
        text.components(separatedBy: "\n\n").map { block in
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                .filter { !$0.isEmpty }
            return (lines.first ?? "", Array(lines.dropFirst()))
        }
    }

    private func section(_ text: String, titled prefix: String) -> [String]? {
        sections(text).first { $0.title.hasPrefix(prefix) }?.table
    }

    func testEveryTableIsAlignedAndFitsTheWidth() {
        for report in [ReportFixtures.small(), ReportFixtures.withoutHardware(), ReportFixtures.large(),
                       ReportFixtures.hostile(), ReportFixtures.withoutHardware(layerCount: 1)] {
            for width in [40, 60, 80, 100, 120, 160] {
                let text = TableRenderer(options: .init(width: width)).render(report)
                for (title, table) in sections(text) {
                    XCTAssertFalse(table.isEmpty, title)
                    let widths = Set(table.map(\.count))
                    XCTAssertEqual(widths.count, 1, "\(title) at width \(width): line widths \(widths.sorted())")
                    // From 80 columns up everything fits; narrower, tables of fixed columns may not.
                    if width >= 80 {
                        XCTAssertLessThanOrEqual(widths.max() ?? 0, width, "\(title) at width \(width)")
                    }
                }
            }
        }
    }

    func testLayerTableHasChipColumnsAndTotals() throws {
        let text = TableRenderer(options: .init(width: 160, counts: .grouped)).render(ReportFixtures.small())
        let table = try XCTUnwrap(section(text, titled: "LAYERS"))
        XCTAssertTrue(table[0].contains("MACs") && table[0].contains("events") && table[0].contains("energy"))
        XCTAssertTrue(table[1].contains("µJ") && table[1].contains("count") && table[1].contains("spk/n/t"))
        XCTAssertEqual(table.count, 2 + 1 + 3 + 1 + 1, "two header lines, rule, 3 layers, rule, totals")
        let totals = try XCTUnwrap(table.last)
        XCTAssertTrue(totals.contains("total"))
        XCTAssertTrue(totals.contains("47,104,000"))
        XCTAssertTrue(totals.contains("6,881,280"))
        XCTAssertTrue(totals.contains("1,433,600"))
        // Layer 1: 0.0123 + 0.0045 + 0.002 + 0.01 mJ = 28.80 µJ.
        XCTAssertTrue(table[4].contains("model.1.Conv.lif_conv") && table[4].contains("28.80"), table[4])
        XCTAssertTrue(table[4].hasSuffix("28.80"), "numbers are right-aligned")
    }

    func testEngineeringCountsByDefault() throws {
        let text = TableRenderer().render(ReportFixtures.small())
        let table = try XCTUnwrap(section(text, titled: "LAYERS"))
        XCTAssertTrue(table.last?.contains("47.1 M") ?? false)
        XCTAssertTrue(table.last?.contains("6.88 M") ?? false)
        XCTAssertFalse(text.contains("47,104,000"))
    }

    func testPopulationsHistogramAndTotals() throws {
        let text = TableRenderer(options: .init(counts: .grouped)).render(ReportFixtures.small())
        let table = try XCTUnwrap(section(text, titled: "NEURON POPULATIONS"))
        for level in 0...4 { XCTAssertTrue(table[0].contains("s=\(level)")) }
        XCTAssertTrue(table[3].contains("345,000") && table[3].hasSuffix("1,600"))
        XCTAssertTrue(table.last?.contains("614,400") ?? false)
        XCTAssertTrue(table.last?.contains("112,640") ?? false)
    }

    func testHardwareAndEnergySections() throws {
        let text = TableRenderer(options: .init(counts: .grouped)).render(ReportFixtures.small())
        let hardware = try XCTUnwrap(section(text, titled: "HARDWARE")).joined(separator: "\n")
        for expected in ["1,234,500", "2.469", "ms", "resident", "int8/int24", "52,345", "187,654", "87.5", "37.5",
                         "0.0", "17"] {
            XCTAssertTrue(hardware.contains(expected), expected)
        }
        let busiest = try XCTUnwrap(section(text, titled: "BUSIEST CORES"))
        XCTAssertEqual(busiest.count, 3 + 4)
        XCTAssertTrue(busiest[3].hasPrefix("     0") && busiest[3].contains("1,080,250"), "busiest first")
        let paper = try XCTUnwrap(section(text, titled: "ENERGY")).joined(separator: "\n")
        for expected in ["465.57", "34.49", "13.50", "4.6", "0.9", "7,000,000"] {
            XCTAssertTrue(paper.contains(expected), expected)
        }
        let conventions = try XCTUnwrap(section(text, titled: "SOP CONVENTIONS")).joined(separator: "\n")
        XCTAssertTrue(conventions.contains("neurobench") && conventions.contains("dense MACs"))
        let chip = try XCTUnwrap(section(text, titled: "CHIP ENERGY"))
        XCTAssertTrue(chip[3].contains("accumulate") && chip[3].contains("6.25") && chip[3].contains("50.0"), chip[3])
        XCTAssertTrue(chip.last?.contains("12.50") ?? false)
        let baseline = try XCTUnwrap(section(text, titled: "ANN BASELINE")).joined(separator: "\n")
        XCTAssertTrue(baseline.contains("610.25") && baseline.contains("0.07408") && baseline.contains("0.02048"))
    }

    func testLargeMeshListsOnlyTheBusiestCores() throws {
        let text = TableRenderer().render(ReportFixtures.large())
        let busiest = try XCTUnwrap(section(text, titled: "BUSIEST CORES — 5 of 256"))
        XCTAssertEqual(busiest.count, 3 + 5)
        XCTAssertTrue(text.contains("utilisation max"))
    }

    func testAbsentSectionsAreSkipped() {
        let text = TableRenderer().render(ReportFixtures.withoutHardware())
        for title in ["HARDWARE", "BUSIEST CORES", "ACTIONS", "DETECTIONS", "CHIP ENERGY"] {
            XCTAssertFalse(text.contains(title), title)
        }
        XCTAssertFalse(text.contains("events"), "no chip columns off the chip")
        XCTAssertTrue(text.contains("ANN BASELINE"))
    }

    func testNoEscapeSequencesUnlessAsked() {
        XCTAssertFalse(TableRenderer().render(ReportFixtures.small()).contains("\u{1B}"))
        XCTAssertTrue(TableRenderer(options: .init(ansi: true)).render(ReportFixtures.small()).contains("\u{1B}[1m"))
    }

    func testNarrowWidthShortensNamesAndWrapsNotes() throws {
        let text = TableRenderer(options: .init(width: 60)).render(ReportFixtures.large())
        let layers = try XCTUnwrap(section(text, titled: "LAYERS"))
        XCTAssertTrue(layers.contains { $0.contains("…") }, "long names are shortened in the middle")
        let conventions = try XCTUnwrap(section(text, titled: "SOP CONVENTIONS"))
        XCTAssertGreaterThan(conventions.count, 3 + 4, "notes wrap onto extra lines")
    }

    func testWideChipTableSplitsWhenNarrow() throws {
        let wide = TableRenderer(options: .init(width: 120)).render(ReportFixtures.small())
        XCTAssertFalse(wide.contains("LAYERS ON THE CHIP"))
        let narrow = TableRenderer(options: .init(width: 80)).render(ReportFixtures.small())
        let chip = try XCTUnwrap(section(narrow, titled: "LAYERS ON THE CHIP"))
        XCTAssertTrue(chip[0].contains("events") && chip[0].contains("energy"))
        XCTAssertFalse(try XCTUnwrap(section(narrow, titled: "LAYERS —"))[0].contains("events"))
    }

    func testControlCharactersInNamesCannotReachTheTerminal() {
        var report = ReportFixtures.small()
        report.layers[0].name = "clear\u{1B}[2Jscreen\u{9B}x"
        report.hardware?.config = "cfg\u{07}"
        let text = TableRenderer().render(report)
        XCTAssertFalse(text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{07}" })
        XCTAssertTrue(text.contains("clear\u{FFFD}[2Jscreen\u{FFFD}x"))
    }
}
