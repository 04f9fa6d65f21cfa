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
                        caption: "Busy cycles over total cycles per core, in percent; the colours span 0 to "
                            + "\(percentLabel(utilisationScaleTop(hardware))) % (the busiest core, rounded up); cores "
                            + "that did no work are white. Hover a core for its counts.",
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
        var unknown = 0
        let series = components.map { name -> StackedBarChart.Series in
            let known = Palette.components.contains { $0.name == name }
            defer { if !known { unknown += 1 } }
            return StackedBarChart.Series(name: name, colour: Palette.component(name, unknownIndex: unknown))
        }
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

    /// The top of the utilisation map's colour scale: the busiest core's utilisation rounded up
    /// to a nice number (10 % when the busiest core is 9.8 % busy), so low utilisations are not
    /// all the same dark colour; 100 % when no core worked.
    func utilisationScaleTop(_ hardware: HardwareSection) -> Double {
        let busiest = hardware.cores.map(\.utilisation).filter(\.isFinite).max() ?? 0
        guard busiest > 0 else { return 1 }
        return min(1, NiceScale(minimum: 0, maximum: busiest).upper)
    }

    func utilisationMap(_ hardware: HardwareSection) -> HeatMap {
        let top = utilisationScaleTop(hardware)
        let cells = hardware.coresByID.map { core in
            // A core without a single busy cycle or operation did no work: a colour of its own,
            // not the scale's 0.
            guard core.busyCycles > 0 || core.sops > 0 else {
                return HeatMap.Cell(x: core.x, y: core.y, value: 0, text: "", tooltip: coreTooltip(core) + "\nno work",
                                    fill: Palette.noWork)
            }
            return HeatMap.Cell(x: core.x, y: core.y, value: core.utilisation / top,
                                text: core.utilisation.isFinite ? percentLabel(core.utilisation) : "–",
                                tooltip: coreTooltip(core))
        }
        let scale = NiceScale(minimum: 0, maximum: top)
        let ticks = scale.ticks.filter { $0 <= top * (1 + 1e-9) }.map { ($0 / top, percentLabel($0) + " %") }
        return HeatMap(title: "Core utilisation on the \(hardware.meshWidth)×\(hardware.meshHeight) mesh",
                       columns: hardware.meshWidth, rows: hardware.meshHeight, cells: cells,
                       legendTitle: "utilisation (%), scale 0 to \(percentLabel(top)) %", legendTicks: ticks,
                       maxWidth: options.maxChartWidth, showsNoWork: cells.contains { $0.fill != nil })
    }

    /// A utilisation in percent with the digits it needs: `10`, `2.5`, `0.25`.
    func percentLabel(_ fraction: Double) -> String {
        let percent = fraction * 100
        for decimals in 0...3 {
            let text = String(format: "%.\(decimals)f", percent)
            if abs((Double(text) ?? 0) - percent) < 1e-9 * max(1, percent) || decimals == 3 { return text }
        }
        return String(format: "%.3f", percent)
    }
}
