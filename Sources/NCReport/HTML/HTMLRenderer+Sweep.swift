import Foundation
import NCSimulation

extension HTMLRenderer {
    /// A sweep as one self-contained page: headline cards, energy against latency with the
    /// Pareto front, energy and latency against each varied key, the table of points, notes.
    public func render(_ report: SweepReport) -> String {
        page(title: "neurocycle sweep — \(report.traces.joined(separator: ", "))") { html in
            html.open("header")
            html.element("h1", text: "Hardware sweep")
            let varied = report.axes.map { "\($0.path) ∈ {\($0.values.map(\.description).joined(separator: ", "))}" }
            html.element("p", [("class", "meta")], text: "neurocycle sweep · traces " + report.traces.joined(separator: ", ")
                + " · hardware " + report.hardware.joined(separator: ", ")
                + (varied.isEmpty ? "" : " · " + varied.joined(separator: " · ")) + (report.zip ? " (paired)" : ""))
            html.close("header")
            writeSweepCards(report, into: &html)
            writeSweepCharts(report, into: &html)
            writeSweepTable(report, into: &html)
            writeNotes(report.notes, into: &html)
        }
    }

    private func writeSweepCards(_ report: SweepReport, into html: inout MarkupWriter) {
        let mapped = report.points.filter(\.mapped)
        var cards = [Card(label: "points", value: ReportFormat.grouped(report.points.count), unit: "",
                          detail: "\(ReportFormat.grouped(mapped.count)) map, \(ReportFormat.grouped(report.points.count - mapped.count)) do not")]
        cards.append(Card(label: "Pareto front", value: ReportFormat.grouped(report.pareto.count), unit: report.pareto.count == 1 ? "point" : "points",
                          detail: "no other point is both faster and more frugal"))
        if let best = mapped.min(by: { ($0.energyMillijoules ?? .infinity) < ($1.energyMillijoules ?? .infinity) }),
           let energy = best.energyMillijoules {
            cards.append(Card(label: "lowest energy", value: ReportFormat.decimal(energy), unit: "mJ",
                              detail: detail(best, report)))
        }
        if let best = mapped.min(by: { ($0.latencySeconds ?? .infinity) < ($1.latencySeconds ?? .infinity) }),
           let latency = best.latencySeconds {
            let parts = ReportFormat.durationParts(seconds: latency)
            cards.append(Card(label: "lowest latency", value: parts.number, unit: parts.unit, detail: detail(best, report)))
        }
        writeCards(cards, into: &html)
    }

    /// A point's values, and its trace when the sweep has several.
    private func detail(_ p: SweepPointRow, _ report: SweepReport) -> String {
        (report.traces.count > 1 ? "trace \(p.trace) · " : "") + p.label(axes: report.axes, hardwareCount: report.hardware.count)
    }

    /// Hover text of a point.
    private func tooltip(_ p: SweepPointRow, _ report: SweepReport) -> String {
        var text = "#\(p.index) " + p.label(axes: report.axes, hardwareCount: report.hardware.count)
        if report.traces.count > 1 { text += "\ntrace \(p.trace)" }
        if let latency = p.latencySeconds, let energy = p.energyMillijoules {
            text += "\nlatency \(ReportFormat.duration(seconds: latency)), energy \(ReportFormat.decimal(energy)) mJ"
        }
        return text + (p.pareto ? "\non the Pareto front" : "")
    }

    private func writeSweepCharts(_ report: SweepReport, into html: inout MarkupWriter) {
        let mapped = report.points.filter(\.mapped)
        guard !mapped.isEmpty else { return }
        // Colour tells traces apart, or base configs when there is one trace.
        let byTrace = report.traces.count > 1
        let groups = byTrace ? report.traces : report.hardware
        let groupIndex = Dictionary(groups.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        func colour(_ p: SweepPointRow) -> String { Palette.category(groupIndex[byTrace ? p.trace : p.hardware] ?? 0) }
        let legend = groups.count > 1
            ? "Colour: \(byTrace ? "trace" : "base config") (" + groups.enumerated().map { "\(Palette.colourName($0.offset)) \($0.element)" }
                .joined(separator: ", ") + "). " : ""
        let marks = mapped.map { p in
            ScatterPlot.Mark(x: (p.latencySeconds ?? 0) * 1e3, y: p.energyMillijoules ?? 0, colour: colour(p),
                             tooltip: tooltip(p, report), emphasised: p.pareto)
        }
        // One trace's front as a line; with several traces the outlined marks show each front.
        let front = report.traces.count == 1
            ? report.pareto.map { ((report.points[$0].latencySeconds ?? 0) * 1e3, report.points[$0].energyMillijoules ?? 0) } : []
        html.element("h2", text: "Energy against latency")
        writeFigure(ScatterPlot(title: "Chip energy against latency, one mark per point", xTitle: "latency (ms)",
                                yTitle: "energy (mJ)", marks: marks, line: front.map { (x: $0.0, y: $0.1) },
                                plotWidth: min(760, options.maxChartWidth - 120), plotHeight: 360).document(),
                    title: "Energy against latency",
                    caption: "Outlined: the Pareto front (dashed), points no other point beats in both latency and energy. "
                        + legend + "Hover a mark for its values.",
                    into: &html)
        guard !report.axes.isEmpty else { return }
        html.element("h2", text: "Sensitivity to each varied key")
        html.open("div", [("class", "charts")])
        defer { html.close("div") }
        for axis in report.axes {
            let names = axis.values.map(\.description)
            for (quantity, unit, value) in [("energy", "mJ", { (p: SweepPointRow) in p.energyMillijoules ?? 0 }),
                                            ("latency", "ms", { (p: SweepPointRow) in (p.latencySeconds ?? 0) * 1e3 })] {
                let sensitivity = SweepSensitivity(axis: axis, points: mapped, value: value)
                let plotted = mapped.map { p in
                    ScatterPlot.Mark(x: Double(axis.values.firstIndex(of: p.values[axis.path] ?? .string("")) ?? 0), y: value(p),
                                     colour: colour(p), tooltip: tooltip(p, report), emphasised: p.pareto)
                }
                writeFigure(ScatterPlot(title: "\(quantity) against \(axis.path)", xTitle: axis.path, yTitle: "\(quantity) (\(unit))",
                                        marks: plotted, line: byTrace ? [] : sensitivity.means, categories: names, plotWidth: 300,
                                        plotHeight: 200).document(),
                            title: "\(quantity.capitalized) against \(axis.path)",
                            caption: byTrace ? "Every mapped point at each value, coloured by trace." :
                                "Every mapped point at each value; the line joins the means over the other keys"
                                + (sensitivity.spread.isFinite ? " (largest over smallest mean: \(ReportFormat.times(sensitivity.spread)))." : "."),
                            into: &html)
            }
        }
    }

    private func writeSweepTable(_ report: SweepReport, into html: inout MarkupWriter) {
        html.element("h2", text: "Points")
        var columns: [HTMLTable.Column] = [.init(title: "#")]
        if report.traces.count > 1 { columns.append(.init(title: "trace", numeric: false, isName: true)) }
        columns.append(.init(title: "hw", numeric: false, isName: true))
        columns += report.axes.map { HTMLTable.Column(title: $0.path, numeric: true) }
        columns += [.init(title: "cycles", unit: "count"), .init(title: "latency", unit: "ms"), .init(title: "energy", unit: "mJ"),
                    .init(title: "utilisation", unit: "%"), .init(title: "peak queue", unit: "events"), .init(title: "SRAM", unit: "bits"),
                    .init(title: "Pareto", numeric: false), .init(title: "mapping", numeric: false)]
        var table = HTMLTable(columns: columns)
        table.rows = report.points.map { p in
            var row = [String(p.index)]
            if report.traces.count > 1 { row.append(p.trace) }
            row.append(p.hardware)
            row += report.axes.map { p.values[$0.path]?.description ?? "" }
            row += [p.cycles.map(ReportFormat.grouped) ?? "", p.latencySeconds.map { ReportFormat.decimal($0 * 1e3) } ?? "",
                    p.energyMillijoules.map(ReportFormat.decimal) ?? "", p.utilisation.map(ReportFormat.percentNumber) ?? "",
                    p.peakQueue.map(ReportFormat.grouped) ?? "", ReportFormat.grouped(p.sramBits), p.pareto ? "yes" : "",
                    p.mapped ? (p.mappingMode ?? "") : "does not map: " + (p.reason ?? "")]
            return row
        }
        table.write(into: &html)
    }
}

/// How one quantity moves with one varied key: its mean over the other keys at each value.
struct SweepSensitivity {
    /// (value index, mean) for each value some mapped point has.
    var means: [(x: Double, y: Double)]
    /// Largest mean over smallest (infinite when a mean is zero or there are fewer than two).
    var spread: Double

    init(axis: SweepAxis, points: [SweepPointRow], value: (SweepPointRow) -> Double) {
        means = axis.values.enumerated().compactMap { k, v in
            let ys = points.filter { $0.values[axis.path] == v }.map(value)
            return ys.isEmpty ? nil : (x: Double(k), y: ys.reduce(0, +) / Double(ys.count))
        }
        let ys = means.map(\.y)
        if ys.count > 1, let lo = ys.min(), let hi = ys.max(), lo > 0 { spread = hi / lo } else { spread = .infinity }
    }
}
