import Foundation

extension HTMLRenderer {
    /// The tables: layers, populations, detections, hardware, energy and notes. Counts are
    /// written in full (`ReportFormat.grouped`), since a page has room for every digit.
    func writeTables(_ report: Report, into html: inout MarkupWriter) {
        writeLayers(report, into: &html)
        writePopulations(report, into: &html)
        if let detections = report.detections {
            html.element("h2", text: "Detections")
            var table = HTMLTable(columns: [
                .init(title: "#"), .init(title: "class", unit: "index"), .init(title: "label", numeric: false),
                .init(title: "score", unit: "0…1"), .init(title: "x1", unit: "px"), .init(title: "y1", unit: "px"),
                .init(title: "x2", unit: "px"), .init(title: "y2", unit: "px"),
            ])
            table.rows = detections.enumerated().map { index, detection in
                [String(index), String(detection.classIndex), detection.label, ReportFormat.decimal(detection.score)]
                    + detection.box.prefix(4).map(ReportFormat.decimal)
            }
            if detections.isEmpty {
                html.element("p", [("class", "empty")], text: "No detections after NMS.")
            } else {
                table.write(into: &html)
            }
        }
        if let hardware = report.hardware { writeHardware(hardware, into: &html) }
        writeEnergy(report.energy, into: &html)
        if let numerics = report.numerics { writeNumerics(numerics, into: &html) }
        writeNotes(report.notes, into: &html)
    }

    /// The notes as a list under a heading (nothing when there are none).
    func writeNotes(_ notes: [String], into html: inout MarkupWriter) {
        guard !notes.isEmpty else { return }
        html.element("h2", text: "Notes")
        html.open("ul", [("class", "notes")])
        for note in notes { html.element("li", text: note) }
        html.close("ul")
        html.newline()
    }

    private func writeLayers(_ report: Report, into html: inout MarkupWriter) {
        let layers = report.layers
        let events = layers.contains { $0.events != nil }, cycles = layers.contains { $0.cycles != nil }
        let cores = layers.contains { $0.cores != nil }, energy = layers.contains { $0.energyMillijoules != nil }
        var columns: [HTMLTable.Column] = [
            .init(title: "#"), .init(title: "layer", numeric: false, isName: true), .init(title: "kind", numeric: false),
            .init(title: "in → out", unit: "channels"), .init(title: "conv", unit: "k / s / g"),
            .init(title: "output", unit: "C×H×W"), .init(title: "MACs", unit: "count"),
            .init(title: "SOPs", unit: "count"), .init(title: "input rate", unit: "spk/n/t"),
        ]
        if events { columns.append(.init(title: report.hardware == nil ? "events" : "deliveries", unit: "count")) }
        if cycles { columns.append(.init(title: "cycles", unit: "cycles")) }
        if cores { columns.append(.init(title: "cores", unit: "count")) }
        if energy { columns.append(.init(title: "energy", unit: "µJ")) }
        var table = HTMLTable(columns: columns)
        let rates = ReportFormat.decimalColumn(layers.map(\.inputRate))
        let energies = ReportFormat.decimalColumn(layers.map { $0.energyTotalMillijoules.map { $0 * 1000 } })
        for (index, layer) in layers.enumerated() {
            var row = [String(index), layer.name, layer.kind, "\(layer.inChannels) → \(layer.outChannels)",
                       "\(layer.kernel) / \(layer.stride) / \(layer.groups)", layer.outputShape,
                       ReportFormat.grouped(layer.macs), ReportFormat.grouped(layer.sops),
                       rates[index] ?? "–"]
            if events { row.append(layer.events.map(ReportFormat.grouped) ?? "") }
            if cycles { row.append(layer.cycles.map(ReportFormat.grouped) ?? "") }
            if cores { row.append(layer.cores.map(ReportFormat.grouped) ?? "") }
            if energy { row.append(energies[index] ?? "") }
            table.rows.append(row)
        }
        var total = ["", "total", "", "", "", "", ReportFormat.grouped(report.totals.macs),
                     ReportFormat.grouped(report.totals.sops), ""]
        if events { total.append(report.totals.events.map(ReportFormat.grouped) ?? "") }
        table.footer = [total]
        html.element("h2", text: "Layers (\(layers.count) folded convolution\(layers.count == 1 ? "" : "s"))")
        if events {
            html.element("p", [("class", "meta")], text: report.hardware == nil
                ? "events: the binary events a layer's input neurons send (an integer spike s is s events)."
                : "deliveries: binary input events counted once per core each is sent to (the neurons fired "
                    + "\(ReportFormat.grouped(report.totals.spikes)) spikes).")
        }
        table.write(into: &html)
    }

    private func writePopulations(_ report: Report, into html: inout MarkupWriter) {
        guard let neurons = report.neurons else { return }
        let levels = report.histogramLevels
        var columns: [HTMLTable.Column] = [
            .init(title: "#"), .init(title: "population", numeric: false, isName: true),
            .init(title: "neurons", unit: "count"), .init(title: "spikes", unit: "count"),
            .init(title: "mean rate", unit: "spk/n/t"),
        ]
        columns += (0...max(0, levels)).map { .init(title: "s=\($0)", unit: "n·t") }
        var table = HTMLTable(columns: columns)
        let rates = ReportFormat.decimalColumn(neurons.map(\.rate))
        table.rows = neurons.enumerated().map { index, row in
            [String(index), row.name, ReportFormat.grouped(row.count), ReportFormat.grouped(row.spikes),
             rates[index] ?? ""] + row.histogram.map(ReportFormat.grouped)
        }
        table.footer = [["", "total", ReportFormat.grouped(report.totals.neurons), ReportFormat.grouped(report.totals.spikes)]]
        html.element("h2", text: "Neuron populations (\(neurons.count))")
        html.element("p", [("class", "meta")],
                     text: "s=k: neuron-timesteps (n·t) whose integer spike was k; rates are spikes per neuron and timestep.")
        table.write(into: &html)
    }

    private func writeHardware(_ hardware: HardwareSection, into html: inout MarkupWriter) {
        html.element("h2", text: "Hardware — \(hardware.config)")
        let latency = ReportFormat.durationParts(seconds: hardware.latencySeconds)
        let clock = ReportFormat.engineeringParts(hardware.clockHz, unit: "Hz")
        var rows: [(String, String, String)] = [
            ("cycles", ReportFormat.grouped(hardware.cycles), "cycles"),
            ("latency", latency.number, latency.unit),
            ("clock", clock.number, clock.unit),
            ("mesh", "\(hardware.meshWidth)×\(hardware.meshHeight)", "cores"),
            // Words go in the unit column, left-aligned like the terminal table; the value
            // column is for numbers.
            ("mapping", "", hardware.mappingMode),
            ("arithmetic", "", hardware.arithmetic),
            ("NoC packets", ReportFormat.grouped(hardware.noc.packets), "packets"),
            ("NoC flits", ReportFormat.grouped(hardware.noc.flits), "flits"),
            ("NoC flit-hops", ReportFormat.grouped(hardware.noc.flitHops), "flit·hops"),
            ("busiest link", ReportFormat.grouped(hardware.noc.busiestLinkFlits), "flits"),
        ]
        if let summary = hardware.utilisationSummary {
            rows.append(("utilisation min / mean / max",
                         [summary.minimum, summary.mean, summary.maximum].map { ReportFormat.percent(fraction: $0) }
                             .joined(separator: " / "),
                         "over \(summary.cores) cores"))
        }
        if let differences = hardware.differences {
            let share = differences.spikesShare.map { " (\(ReportFormat.percent(fraction: $0)))" } ?? ""
            let detections = differences.detectionsRow(count: ReportFormat.grouped)
            rows += [
                ("spikes differing from FP32", ReportFormat.grouped(differences.spikes), "neuron·timesteps" + share),
                ("detections differing from FP32", detections.1, detections.2),
                ("saturated additions", ReportFormat.grouped(differences.saturations), "additions"),
            ]
        }
        HTMLTable.measurements(rows).write(into: &html)
        writeChipTables(hardware, into: &html)
        if let moved = hardware.differences?.mostMoved, !moved.isEmpty {
            html.element("h3", text: "Populations that moved most against FP32")
            mostMovedTable(moved, reference: "FP32").write(into: &html)
        }

        let busiest = hardware.busiestCores(limit: options.busiestCores)
        if !busiest.isEmpty {
            html.element("h3", text: "Busiest cores (\(busiest.count) of \(ReportFormat.grouped(hardware.cores.count)))")
            coreTable(busiest).write(into: &html)
        }
        if options.listAllCores && hardware.cores.count > busiest.count {
            html.open("details")
            html.element("summary", text: "All \(ReportFormat.grouped(hardware.cores.count)) cores")
            coreTable(hardware.coresByID).write(into: &html)
            html.close("details")
            html.newline()
        }
        if !hardware.actions.isEmpty {
            html.element("h3", text: "Action counts")
            var table = HTMLTable(columns: [.init(title: "action", numeric: false), .init(title: "count")])
            table.rows = hardware.actions.keys.sorted().map { [$0, ReportFormat.grouped(hardware.actions[$0] ?? 0)] }
            table.write(into: &html)
        }
    }

    private func coreTable(_ cores: [CoreRow]) -> HTMLTable {
        var table = HTMLTable(columns: [
            .init(title: "core", unit: "id"), .init(title: "x", unit: "col"), .init(title: "y", unit: "row"),
            .init(title: "busy", unit: "cycles"), .init(title: "stall", unit: "cycles"), .init(title: "idle", unit: "cycles"),
            .init(title: "utilisation", unit: "%"), .init(title: "queue max", unit: "events"),
            .init(title: "SOPs", unit: "count"),
        ])
        table.rows = cores.map { core in
            [String(core.id), String(core.x), String(core.y), ReportFormat.grouped(core.busyCycles),
             ReportFormat.grouped(core.stallCycles), ReportFormat.grouped(core.idleCycles),
             ReportFormat.percentNumber(core.utilisation), ReportFormat.grouped(core.queueHighWater),
             ReportFormat.grouped(core.sops)]
        }
        return table
    }

    private func writeEnergy(_ energy: EnergySection, into html: inout MarkupWriter) {
        html.element("h2", text: "Energy")
        let paper = energy.paper
        html.element("h3", text: "Paper estimate (the authors' power_cal.xlsx convention)")
        HTMLTable.measurements([
            ("ANN: E_MAC × Σ MACs", ReportFormat.decimal(paper.annMillijoules), "mJ"),
            ("SNN: E_MAC × MACs(encoding) + E_AC × Σ MACs·fr", ReportFormat.decimal(paper.snnMillijoules), "mJ"),
            ("ANN / SNN", ReportFormat.decimal(paper.ratio), "×"),
            ("E_MAC", ReportFormat.exact(paper.macPicojoules), "pJ per multiply-accumulate"),
            ("E_AC", ReportFormat.exact(paper.acPicojoules), "pJ per accumulate"),
            ("priced SOPs (value-weighted Σ MACs·fr·T)", ReportFormat.grouped(paper.sops), "SOPs"),
        ]).write(into: &html)
        if !energy.conventions.isEmpty {
            html.element("h3", text: "SOP conventions")
            var table = HTMLTable(columns: [
                .init(title: "convention", numeric: false), .init(title: "SOPs", unit: "count"),
                .init(title: "what is counted", numeric: false),
            ])
            table.rows = energy.conventions.map { [$0.name, ReportFormat.grouped($0.sops), $0.note] }
            table.write(into: &html)
        }
        if let chip = energy.hardware {
            html.element("h3", text: "Chip energy by component")
            var table = HTMLTable(columns: [
                .init(title: "component", numeric: false), .init(title: "energy", unit: "mJ"), .init(title: "share", unit: "%"),
            ])
            let components = chip.componentsByEnergy
            let energies = ReportFormat.decimalColumn(components.map(\.millijoules) + [chip.totalMillijoules])
            table.rows = components.enumerated().map { index, component in
                let share = chip.share(component.millijoules).map(ReportFormat.percentNumber) ?? "–"
                return [component.name, energies[index] ?? "", share]
            }
            table.footer = [["total", energies.last.flatMap { $0 } ?? "", ""]]
            table.write(into: &html)
        }
        let baseline = energy.annBaseline
        html.element("h3", text: "ANN baseline")
        var rows = [("ANN MACs at \(ReportFormat.exact(baseline.macPicojoules)) pJ/MAC",
                     ReportFormat.decimal(baseline.macMillijoules), "mJ")]
        if let sameChip = baseline.sameChipMillijoules {
            rows.append(("dense ANN on the same chip (MACs + memory traffic)", ReportFormat.decimal(sameChip), "mJ"))
        }
        rows.append(("SNN / ANN, paper accounting", ReportFormat.decimal(baseline.paperRatio), "×"))
        if let chipRatio = baseline.chipRatio {
            rows.append(("SNN / ANN, chip accounting", ReportFormat.decimal(chipRatio), "×"))
        }
        HTMLTable.measurements(rows).write(into: &html)
    }

    /// The `--compare-fp64` section.
    private func writeNumerics(_ n: NumericsSection, into html: inout MarkupWriter) {
        let ref = n.reference.uppercased()
        html.element("h2", text: "Numerics — \(n.arithmetic) against \(n.reference) on this input")
        var rows: [(String, String, String)] = [
            ("neuron·timesteps differing", ReportFormat.grouped(n.differing),
             "of \(ReportFormat.grouped(n.neuronTimesteps)) (\(ReportFormat.percent(fraction: n.differingShare)))"),
            ("spikes", ReportFormat.grouped(n.spikes), "\(ref): \(ReportFormat.grouped(n.referenceSpikes))"),
            ("SOPs", ReportFormat.grouped(n.sops), "\(ref): \(ReportFormat.grouped(n.referenceSOPs))"),
            ("SNN energy · paper", ReportFormat.decimal(n.paperMillijoules), "mJ; \(ref): \(ReportFormat.decimal(n.referencePaperMillijoules))"),
        ]
        if let chip = n.chipMillijoules, let reference = n.referenceChipMillijoules {
            rows.append(("energy · chip", ReportFormat.decimal(chip), "mJ; \(ref) spikes: \(ReportFormat.decimal(reference))"))
        }
        if let cycles = n.cycles, let reference = n.referenceCycles {
            rows.append(("cycles", ReportFormat.grouped(cycles), "\(ref) spikes: \(ReportFormat.grouped(reference))"))
        }
        HTMLTable.measurements(rows).write(into: &html)
        if !n.mostMoved.isEmpty {
            html.element("h3", text: "Populations that moved most against \(ref)")
            mostMovedTable(n.mostMoved, reference: ref).write(into: &html)
        }
    }

    private func mostMovedTable(_ populations: [PopulationDifference], reference: String) -> HTMLTable {
        var table = HTMLTable(columns: [
            .init(title: "population", numeric: false, isName: true), .init(title: "spikes", unit: "count"),
            .init(title: reference, unit: "count"), .init(title: "ratio", unit: "×"), .init(title: "differ", unit: "%"),
        ])
        table.rows = populations.map { p in
            [p.name, ReportFormat.grouped(p.spikes), ReportFormat.grouped(p.referenceSpikes), p.ratio.map(ReportFormat.decimal) ?? "n/a",
             ReportFormat.percentNumber(p.neuronTimesteps > 0 ? Double(p.differing) / Double(p.neuronTimesteps) : 0)]
        }
        return table
    }
}
