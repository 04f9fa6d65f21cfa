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
        XCTAssertTrue(table[0].contains("MACs") && table[0].contains("deliveries") && table[0].contains("energy"))
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

    /// The hardware and energy sections of `ReportFixtures.small()`, line by line (trailing
    /// padding aside; alignment is checked above). The numbers follow from the fixture by hand:
    /// latency 0.002469 s = 2.469 ms; utilisation mean (87.5 + 50 + 12.5 + 0) / 4 = 37.5 %;
    /// ANN / SNN 13.4986 -> 13.50; priced SOPs 7,000,000.4 -> 7,000,000; chip shares 6.25, 3.75,
    /// 1.5, 1.0 of 12.5 mJ = 50, 30, 12, 8 %; chip ratio 0.020483 -> 0.02048.
    func testHardwareAndEnergySections() throws {
        let text = TableRenderer(options: .init(counts: .grouped)).render(ReportFixtures.small())
        func lines(_ title: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
            try XCTUnwrap(section(text, titled: title), title, file: file, line: line).map { String($0.reversed().drop { $0 == " " }.reversed()) }
        }
        XCTAssertEqual(try lines("HARDWARE — default"), [
            "  cycles             1,234,500  cycles",
            "  latency                2.469  ms",
            "  clock                    500  MHz",
            "  mapping                       resident",
            "  arithmetic                    int8/int24",
            "  cores listed               4  of 2×2 mesh",
            "  utilisation min          0.0  %",
            "  utilisation mean        37.5  %",
            "  utilisation max         87.5  %",
            "  NoC packets           52,345  packets",
            "  NoC flits            104,690  flits",
            "  NoC flit-hops        187,654  flit·hops",
            "  busiest link          33,210  flits",
            "  spikes ≠ FP32             17  neuron·timesteps",
            "  detections ≠ FP32          0  detections",
            "  saturations                3  membrane additions",
        ])
        XCTAssertEqual(try lines("BUSIEST CORES — 4 of 4 by busy cycles"), [
            "  core    x    y       busy   stall       idle  util  queue max       SOPs",
            "    id  col  row     cycles  cycles     cycles     %     events      count",
            "  ────────────────────────────────────────────────────────────────────────",
            "     0    0    0  1,080,250   1,200    153,050  87.5         96  3,000,000",
            "     1    1    0    617,250     300    616,950  50.0         40  2,898,240",
            "     2    0    1    154,312       0  1,080,188  12.5         12    983,040",
            "     3    1    1          0       0  1,234,500   0.0          0          0",
        ])
        XCTAssertEqual(try lines("ENERGY — paper estimate"), [
            "  ANN             465.57  mJ = E_MAC × Σ MACs",
            "  SNN              34.49  mJ = E_MAC × MACs(encoding) + E_AC × Σ MACs·fr",
            "  ANN / SNN        13.50  ×",
            "  E_MAC              4.6  pJ per multiply-accumulate",
            "  E_AC               0.9  pJ per accumulate",
            "  priced SOPs  7,000,000  Σ MACs·fr·T (value-weighted)",
        ])
        XCTAssertEqual(try lines("CHIP ENERGY BY COMPONENT"), [
            "  component      energy  share",
            "                     mJ      %",
            "  ────────────────────────────",
            "  accumulate       6.25   50.0",
            "  synaptic_read    3.75   30.0",
            "  noc              1.50   12.0",
            "  leakage          1.00    8.0",
            "  ────────────────────────────",
            "  total           12.50",
        ])
        XCTAssertEqual(try lines("ANN BASELINE"), [
            "  ANN MACs           465.57  mJ at 4.6 pJ/MAC",
            "  same-chip ANN      610.25  mJ (MACs + dense memory traffic)",
            "  SNN / ANN, paper  0.07408  ×",
            "  SNN / ANN, chip   0.02048  ×",
        ])
        let conventions = try XCTUnwrap(section(text, titled: "SOP CONVENTIONS")).joined(separator: "\n")
        XCTAssertTrue(conventions.contains("neurobench") && conventions.contains("dense MACs"))
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
        XCTAssertTrue(chip[0].contains("deliveries") && chip[0].contains("energy"))
        XCTAssertFalse(try XCTUnwrap(section(narrow, titled: "LAYERS —"))[0].contains("deliveries"))
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
