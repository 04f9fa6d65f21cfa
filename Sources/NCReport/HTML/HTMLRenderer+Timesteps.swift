extension HTMLRenderer {
    /// For T > 1: a table of spikes, SOPs, energy and cycles per timestep, and a heat map of every
    /// population's firing rate at every timestep (one row per timestep). A T = 1 run shows the
    /// same numbers in the totals and the firing-rate chart, so it has no such section.
    func writeTimesteps(_ report: Report, into html: inout MarkupWriter) {
        guard report.model.timesteps > 1, let rows = report.perTimestep, !rows.isEmpty else { return }
        html.element("h2", text: "Per timestep (T = \(report.model.timesteps))")
        let chip = rows.contains { $0.hardwareMillijoules != nil }
        var columns: [HTMLTable.Column] = [
            .init(title: "t"), .init(title: "spikes", unit: "count"), .init(title: "SOPs", unit: "count"),
            .init(title: "SNN energy · paper", unit: "mJ"),
        ]
        if chip { columns += [.init(title: "energy · chip", unit: "mJ"), .init(title: "cycles", unit: "cycles")] }
        var table = HTMLTable(columns: columns)
        table.rows = rows.map { row in
            var cells = [String(row.timestep), ReportFormat.grouped(row.spikes), row.sops.map(ReportFormat.grouped) ?? "–",
                         ReportFormat.decimal(row.paperMillijoules)]
            if chip { cells += [row.hardwareMillijoules.map(ReportFormat.decimal) ?? "", row.cycles.map(ReportFormat.grouped) ?? ""] }
            return cells
        }
        var total = ["total", ReportFormat.grouped(report.totals.spikes), ReportFormat.grouped(report.totals.sops),
                     ReportFormat.decimal(report.energy.paper.snnMillijoules)]
        if chip {
            total += [report.energy.hardware.map { ReportFormat.decimal($0.totalMillijoules) } ?? "",
                      report.hardware.map { ReportFormat.grouped($0.cycles) } ?? ""]
        }
        table.footer = [total]
        table.write(into: &html)
        if let neurons = report.neurons, let map = timestepMap(neurons, timesteps: report.model.timesteps) {
            html.open("div", [("class", "charts")])
            writeFigure(map.document(), title: "Firing rate per population and timestep",
                        caption: "Columns are populations in execution order (the population table's #), rows timesteps; "
                            + "colour is the mean integer spike per neuron relative to the largest; hover a cell for its counts.",
                        into: &html)
            html.close("div")
        } else if let neurons = report.neurons, neurons.count > HeatMap.maxSide {
            html.element("p", [("class", "empty")],
                         text: "\(neurons.count) populations are more than the heat map draws (\(HeatMap.maxSide)); "
                             + "neurons[].per_timestep in the JSON report has every count.")
        }
        html.newline()
    }

    /// Populations × timesteps, coloured by firing rate (nil when there is nothing to draw).
    func timestepMap(_ neurons: [NeuronRow], timesteps: Int) -> HeatMap? {
        guard (1...HeatMap.maxSide).contains(neurons.count), (1...HeatMap.maxSide).contains(timesteps) else { return nil }
        var rates = [(x: Int, y: Int, rate: Double, row: NeuronRow, step: NeuronTimestep)]()
        for (x, row) in neurons.enumerated() {
            for (y, step) in (row.perTimestep ?? []).enumerated() where y < timesteps {
                rates.append((x, y, row.count > 0 ? Double(step.spikes) / Double(row.count) : 0, row, step))
            }
        }
        guard !rates.isEmpty else { return nil }
        let top = max(rates.map(\.rate).max() ?? 0, .leastNonzeroMagnitude)
        let cells = rates.map { c in
            HeatMap.Cell(x: c.x, y: c.y, value: c.rate / top, text: "",
                         tooltip: "\(c.row.name), t = \(c.y)\nrate \(ReportFormat.decimal(c.rate)) spikes per neuron\n"
                             + "\(ReportFormat.grouped(c.step.spikes)) spikes from \(ReportFormat.grouped(c.row.count)) neurons"
                             + (c.step.paperMillijoules.map { "\npaper energy \(ReportFormat.decimal($0 * 1000)) µJ" } ?? ""))
        }
        let ticks = [0.0, 0.5, 1.0].map { ($0, ReportFormat.decimal($0 * top)) }
        return HeatMap(title: "Firing rate of \(neurons.count) populations over \(timesteps) timesteps", columns: neurons.count,
                       rows: timesteps, cells: cells, legendTitle: "spikes / neuron", legendTicks: ticks,
                       maxWidth: options.maxChartWidth)
    }
}
