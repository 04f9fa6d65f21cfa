import Foundation

extension HTMLRenderer {
    /// A dataset report as one self-contained page: headline cards, the firing rate per
    /// population in both conventions, energy, the chip and accuracy tables, notes.
    public func render(_ report: DatasetReport) -> String {
        page(title: "neurocycle \(report.command) --data — \(report.model.name)") { html in
            let d = report.dataset
            html.open("header")
            html.element("h1", text: report.model.name)
            html.element("p", text: "neurocycle \(report.command) · \(d.source) (\(d.kind)) · \(ReportFormat.grouped(report.images)) of "
                + "\(ReportFormat.grouped(d.imageCount)) images\(d.shard.map { " · shard \($0)" } ?? "") · \(d.letterbox) letterbox at "
                + "imgsz \(d.imgsz) · \(d.arithmetic)\(report.hardware.map { " · hardware \($0.config)" } ?? "")")
            html.close("header")
            writeDatasetCards(report, into: &html)
            let bars = report.populations.map { row in
                BarChart.Bar(label: row.name, value: row.testPy, valueText: ReportFormat.decimal(row.testPy),
                             tooltip: "\(row.name)\ntest.py rate \(ReportFormat.decimal(row.testPy)), global rate "
                                 + ReportFormat.decimal(row.global), colour: Palette.category(0))
            }
            writeFigure(BarChart(title: "Firing rate per population (test.py convention)", axisTitle: "spikes / neuron / timestep",
                                 bars: bars, maxWidth: options.maxChartWidth).document(),
                        title: "Firing rate per population",
                        caption: "Mean over images of each image's mean output, as the authors' test.py.", into: &html)
            writeDatasetTables(report, into: &html)
        }
    }

    private func writeDatasetCards(_ report: DatasetReport, into html: inout MarkupWriter) {
        let e = report.energy
        var cards = [
            Card(label: "SNN energy · paper, test.py rates", value: ReportFormat.decimal(e.paper.snnMillijoules), unit: "mJ",
                 detail: "at \(report.dataset.imgsz)×\(report.dataset.imgsz); global rates \(ReportFormat.decimal(e.paperGlobal.snnMillijoules)) mJ"),
            Card(label: "ANN energy · paper", value: ReportFormat.decimal(e.paper.annMillijoules), unit: "mJ",
                 detail: "ANN / SNN \(ReportFormat.decimal(e.paper.ratio))"),
        ]
        if let chip = e.perImage.chipMillijoules {
            cards.append(Card(label: "SNN energy · chip, mean per image", value: ReportFormat.decimal(chip.mean), unit: "mJ",
                              detail: "median \(ReportFormat.decimal(chip.median)), max \(ReportFormat.decimal(chip.max))"))
        }
        for (key, m) in (report.metrics ?? [:]).sorted(by: { $0.key < $1.key }) {
            cards.append(Card(label: "mAP50-95 · \(key == "chip" ? m.arithmetic ?? key : key)", value: String(format: "%.4f", m.map50_95),
                              unit: "", detail: "mAP50 \(String(format: "%.4f", m.map50)), P \(String(format: "%.3f", m.precision)), "
                                  + "R \(String(format: "%.3f", m.recall))"))
        }
        writeCards(cards, into: &html)
    }

    private func writeDatasetTables(_ report: DatasetReport, into html: inout MarkupWriter) {
        html.element("h2", text: "Firing rates")
        var rates = HTMLTable(columns: [
            .init(title: "#"), .init(title: "population", numeric: false, isName: true), .init(title: "neuron-steps", unit: "count"),
            .init(title: "spikes", unit: "count"), .init(title: "test.py rate", unit: "spk/n/t"), .init(title: "global rate", unit: "spk/n/t"),
        ])
        rates.rows = report.populations.enumerated().map { i, r in
            [String(i), r.name, ReportFormat.grouped(r.neuronTimesteps), ReportFormat.grouped(r.spikes), ReportFormat.decimal(r.testPy),
             ReportFormat.decimal(r.global)]
        }
        rates.write(into: &html)
        html.element("h2", text: "Energy")
        let e = report.energy
        func spread(_ s: SpreadRow) -> String {
            "min \(ReportFormat.decimal(s.min)) · median \(ReportFormat.decimal(s.median)) · max \(ReportFormat.decimal(s.max))"
        }
        var rows = [
            ("SNN, paper, test.py rates", ReportFormat.decimal(e.paper.snnMillijoules), "mJ"),
            ("SNN, paper, global rates", ReportFormat.decimal(e.paperGlobal.snnMillijoules), "mJ"),
            ("ANN, paper", ReportFormat.decimal(e.paper.annMillijoules), "mJ"),
            ("SNN per image, paper", spread(e.perImage.paperSNNMillijoules), "mJ"),
        ]
        if let chip = e.perImage.chipMillijoules { rows.append(("SNN per image, chip", spread(chip), "mJ")) }
        if let h = e.hardware {
            for (name, mJ) in h.breakdown.sorted(by: { $0.key < $1.key }) { rows.append(("chip, \(name), mean", ReportFormat.decimal(mJ), "mJ")) }
        }
        HTMLTable.measurements(rows).write(into: &html)
        if let metrics = report.metrics, !metrics.isEmpty {
            html.element("h2", text: "Accuracy")
            var table = HTMLTable(columns: [
                .init(title: "arithmetic", numeric: false), .init(title: "P"), .init(title: "R"), .init(title: "mAP50"),
                .init(title: "mAP50-95"), .init(title: "labels", unit: "count"), .init(title: "predictions", unit: "count"),
            ])
            table.rows = metrics.sorted { $0.key < $1.key }.map { key, m in
                [key == "chip" ? "chip (\(m.arithmetic ?? ""))" : key, String(format: "%.4f", m.precision), String(format: "%.4f", m.recall),
                 String(format: "%.4f", m.map50), String(format: "%.4f", m.map50_95), ReportFormat.grouped(m.labels),
                 ReportFormat.grouped(m.predictions)]
            }
            table.write(into: &html)
        }
        writeNotes(report.notes, into: &html)
    }
}
