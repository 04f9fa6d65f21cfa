import Foundation
import XCTest

@testable import NCReport

/// The HTML charts a newcomer reads (issue 17): a utilisation scale fitted to the busiest core,
/// idle cores told apart, energy components in clearly different colours, every category's
/// name on hover.
final class HTMLChartTests: XCTestCase {
    /// Utilisations up to 9.8 %: the colours span 0 to 10 %, and a core with no work is white,
    /// not the colour of 0 %.
    func testUtilisationMapScalesToTheBusiestCoreAndMarksIdleCores() {
        var report = ReportFixtures.small()
        report.hardware?.cores[0].utilisation = 0.098
        report.hardware?.cores[1].utilisation = 0.05
        report.hardware?.cores[2].utilisation = 0.01
        let hardware = report.hardware!
        let renderer = HTMLRenderer()
        XCTAssertEqual(renderer.utilisationScaleTop(hardware), 0.1, accuracy: 1e-12)
        let map = renderer.utilisationMap(hardware)
        XCTAssertEqual(map.legendTicks.map(\.1), ["0 %", "2 %", "4 %", "6 %", "8 %", "10 %"])
        XCTAssertEqual(map.legendTitle, "utilisation (%), scale 0 to 10 %")
        for (cell, expected) in zip(map.cells, [0.98, 0.5, 0.1, 0]) { XCTAssertEqual(cell.value, expected, accuracy: 1e-9) }
        // Core 3 has neither busy cycles nor SOPs.
        XCTAssertEqual(map.cells.map(\.fill), [nil, nil, nil, "#ffffff"])
        XCTAssertEqual(map.cells.map(\.text), ["9.8", "5", "1", ""])
        let svg = map.document().markup()
        XCTAssertTrue(svg.contains(">no work</text>"), svg)
        XCTAssertTrue(svg.contains("no work</title>"), svg)
        XCTAssertEqual(renderer.percentLabel(0.0025), "0.25")
        // No work anywhere: the full scale.
        var idle = hardware
        idle.cores = idle.cores.map { var c = $0; c.busyCycles = 0; c.sops = 0; c.utilisation = 0; return c }
        XCTAssertEqual(renderer.utilisationScaleTop(idle), 1)
    }

    /// Every pair of energy components differs by at least ΔE 25 (CIE 1976, computed here), and
    /// accumulate and synaptic_read, always shown side by side, by far more.
    func testEnergyComponentColoursAreDistinct() {
        let colours = Dictionary(uniqueKeysWithValues: Palette.components.map { ($0.name, $0.colour) })
        XCTAssertEqual(Set(colours.keys), ["accumulate", "dram", "encoder_mac", "leakage", "membrane_read", "membrane_write",
                                           "noc", "pool_compare", "spike", "synaptic_read"])
        let names = colours.keys.sorted()
        for (i, a) in names.enumerated() {
            for b in names[(i + 1)...] {
                XCTAssertGreaterThanOrEqual(Self.deltaE(colours[a]!, colours[b]!), 25, "\(a) and \(b)")
            }
        }
        XCTAssertGreaterThan(Self.deltaE(colours["accumulate"]!, colours["synaptic_read"]!), 100)
        // The chart uses them by name, whatever the order of the components.
        let chart = HTMLRenderer().layerEnergyChart(ReportFixtures.small())
        XCTAssertEqual(chart?.series.first { $0.name == "accumulate" }?.colour, "#0072B2")
        XCTAssertEqual(chart?.series.first { $0.name == "synaptic_read" }?.colour, "#E69F00")
    }

    /// With 100 populations only some labels fit under the axis; every name is still a hover title.
    func testEveryCategoryNameIsAHoverTitle() {
        let report = ReportFixtures.large()
        let renderer = HTMLRenderer()
        let neurons = report.neurons ?? []
        let rates = renderer.firingRateChart(neurons)
        let layout = CategoryLayout.fitting(labels: neurons.map(\.name), maxWidth: renderer.options.maxChartWidth,
                                            axisWidth: 60).layout
        XCTAssertGreaterThan(layout.labelStep, 1, "the test needs thinned labels")
        let svg = rates.document().markup()
        for name in neurons.map(\.name) { XCTAssertTrue(svg.contains("<title>\(name)</title>"), name) }
        let energy = renderer.layerEnergyChart(report)?.document().markup() ?? ""
        for name in report.layers.map(\.name) { XCTAssertTrue(energy.contains("<title>\(name)</title>"), name) }
    }

    /// CIE 1976 colour difference of two `#rrggbb` colours (sRGB, D65), written from the
    /// definitions without the code under test.
    static func deltaE(_ a: String, _ b: String) -> Double {
        func lab(_ hex: String) -> (Double, Double, Double) {
            let v = Int(hex.dropFirst(), radix: 16) ?? 0
            let rgb = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map { c -> Double in
                let s = Double(c) / 255
                return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
            }
            let x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047
            let y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
            let z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883
            func f(_ t: Double) -> Double { t > pow(6.0 / 29, 3) ? cbrt(t) : t / (3 * pow(6.0 / 29, 2)) + 4.0 / 29 }
            return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
        }
        let (l1, a1, b1) = lab(a), (l2, a2, b2) = lab(b)
        return ((l1 - l2) * (l1 - l2) + (a1 - a2) * (a1 - a2) + (b1 - b2) * (b1 - b2)).squareRoot()
    }
}
