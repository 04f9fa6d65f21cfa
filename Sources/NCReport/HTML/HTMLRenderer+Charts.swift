import Foundation

extension HTMLRenderer {
    /// The charts: firing rate per population, energy per layer by component, SNN against ANN
    /// under each accounting, and core utilisation on the mesh. Each is left out when the
    /// report lacks its data.
    func writeCharts(_ report: Report, into html: inout MarkupWriter) {
        html.element("h2", text: "Charts")
        html.open("div", [("class", "charts")])
        if let neurons = report.neurons, !neurons.isEmpty {
            writeFigure(firingRateChart(neurons).document(), title: "Firing rate per population",
                        caption: "Mean integer spike per neuron and timestep (0…\(report.model.spikeLevels)); "
                            + "hover a bar for its population.",
                        into: &html)
        }
        if let chart = layerEnergyChart(report) {
            writeFigure(chart.document(), title: "Chip energy per layer by component",
                        caption: "Stacked by component; hover a segment for its value.", into: &html)
        }
        var caption = "Paper: the authors' spreadsheet convention."
        if report.energy.hardware != nil || report.energy.annBaseline.sameChipMillijoules != nil {
            caption += " Chip: the cycle-level model priced by the hardware config's energy table."
        }
        writeFigure(accountingChart(report.energy).document(), title: "SNN and ANN energy under each accounting",
                    caption: caption, into: &html)
        if let hardware = report.hardware, !hardware.cores.isEmpty, (1...HeatMap.maxSide).contains(hardware.meshWidth),
           (1...HeatMap.maxSide).contains(hardware.meshHeight) {
            writeFigure(utilisationMap(hardware).document(), title: "Core utilisation on the mesh",
                        caption: "Busy cycles over total cycles per core, in percent; the colours span 0 to the busiest "
                            + "core's utilisation. Hover a core for its counts.",
                        into: &html)
        }
        writeChipCharts(report, into: &html)
        html.close("div")
        if let hardware = report.hardware, !hardware.cores.isEmpty,
           !(1...HeatMap.maxSide).contains(hardware.meshWidth) || !(1...HeatMap.maxSide).contains(hardware.meshHeight) {
            html.element("p", [("class", "empty")],
                         text: "The \(hardware.meshWidth)×\(hardware.meshHeight) mesh is outside what the utilisation map "
                             + "draws (1 to \(HeatMap.maxSide) cores a side); the core tables below list the cores.")
        }
        html.newline()
    }

    func firingRateChart(_ neurons: [NeuronRow]) -> BarChart {
        let bars = neurons.map { row in
            BarChart.Bar(label: row.name, value: row.rate, valueText: ReportFormat.decimal(row.rate),
                         tooltip: "\(row.name)\nmean rate \(ReportFormat.decimal(row.rate)) spikes per neuron and timestep"
                             + "\n\(ReportFormat.grouped(row.spikes)) spikes from \(ReportFormat.grouped(row.count)) neurons",
                         colour: Palette.category(0))
        }
        return BarChart(title: "Firing rate per population", axisTitle: "spikes / neuron / timestep", bars: bars,
                        maxWidth: options.maxChartWidth)
    }

    func layerEnergyChart(_ report: Report) -> StackedBarChart? {
        let components = report.layerEnergyComponents
        guard !components.isEmpty else { return nil }
        let series = components.enumerated().map { StackedBarChart.Series(name: $1, colour: Palette.category($0)) }
        let columns = report.layers.map { layer in
            let energy = layer.energyMillijoules ?? [:]
            // The axis is in µJ, like the layer table; ×1000 only changes the unit.
            let values = components.map { (energy[$0] ?? 0) * 1000 }
            let tooltips = components.map { component in
                let text = energy[component].map { ReportFormat.decimal($0 * 1000) + " µJ" } ?? "none"
                return "\(layer.name)\n\(component): \(text)"
            }
            return StackedBarChart.Column(label: layer.name, values: values, tooltips: tooltips)
        }
        return StackedBarChart(title: "Chip energy per layer by component", axisTitle: "energy (µJ)", series: series,
                               columns: columns, maxWidth: options.maxChartWidth)
    }

    func accountingChart(_ energy: EnergySection) -> BarChart {
        let snn = Palette.category(2), ann = Palette.category(3)
        var bars = [
            BarChart.Bar(label: "paper SNN", value: energy.paper.snnMillijoules,
                         valueText: ReportFormat.decimal(energy.paper.snnMillijoules),
                         tooltip: "SNN, paper convention: \(ReportFormat.decimal(energy.paper.snnMillijoules)) mJ", colour: snn),
            BarChart.Bar(label: "paper ANN", value: energy.paper.annMillijoules,
                         valueText: ReportFormat.decimal(energy.paper.annMillijoules),
                         tooltip: "ANN, paper convention: \(ReportFormat.decimal(energy.paper.annMillijoules)) mJ", colour: ann),
        ]
        if let chip = energy.hardware {
            bars.append(BarChart.Bar(label: "chip SNN", value: chip.totalMillijoules,
                                     valueText: ReportFormat.decimal(chip.totalMillijoules),
                                     tooltip: "SNN on the chip: \(ReportFormat.decimal(chip.totalMillijoules)) mJ", colour: snn))
        }
        if let sameChip = energy.annBaseline.sameChipMillijoules {
            bars.append(BarChart.Bar(label: "same-chip ANN", value: sameChip, valueText: ReportFormat.decimal(sameChip),
                                     tooltip: "dense ANN on the same chip: \(ReportFormat.decimal(sameChip)) mJ", colour: ann))
        }
        return BarChart(title: "SNN and ANN energy under each accounting", axisTitle: "energy (mJ)", bars: bars,
                        maxWidth: options.maxChartWidth, preferredBand: 110)
    }

    private func coreTooltip(_ core: CoreRow) -> String {
        func count(_ value: Int) -> String { ReportFormat.grouped(value) }
        return "core \(core.id) (x \(core.x), y \(core.y))\n"
            + "utilisation \(ReportFormat.percent(fraction: core.utilisation))\n"
            + "busy \(count(core.busyCycles)), stall \(count(core.stallCycles)), idle \(count(core.idleCycles)) cycles\n"
            + "\(count(core.sops)) SOPs, queue max \(count(core.queueHighWater)) events"
    }

    /// Core utilisation coloured on a scale from 0 to the busiest core's, so an idle-looking
    /// chip still shows where its work is.
    func utilisationMap(_ hardware: HardwareSection) -> HeatMap {
        let finite = hardware.cores.map(\.utilisation).filter(\.isFinite)
        let top = (finite.max() ?? 0) > 0 ? finite.max() ?? 1 : 1
        let cells = hardware.coresByID.map { core in
            HeatMap.Cell(x: core.x, y: core.y, value: core.utilisation / top,
                         text: core.utilisation.isFinite ? String(format: "%.0f", core.utilisation * 100) : "–",
                         tooltip: coreTooltip(core))
        }
        let ticks = [0.0, 0.25, 0.5, 0.75, 1.0].map { ($0, ReportFormat.percent(fraction: $0 * top)) }
        return HeatMap(title: "Core utilisation on the \(hardware.meshWidth)×\(hardware.meshHeight) mesh",
                       columns: hardware.meshWidth, rows: hardware.meshHeight, cells: cells,
                       legendTitle: "utilisation (%)", legendTicks: ticks, maxWidth: options.maxChartWidth)
    }
}
