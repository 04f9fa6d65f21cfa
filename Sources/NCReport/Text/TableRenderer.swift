/// A report as aligned text for a terminal or a log file.
///
/// Sections, each a title line followed by one table whose lines all have the same width:
/// the header (model, input, command, hardware config), layers, neuron populations,
/// detections, hardware summary, energy, notes. Sections whose data is absent (`nil`) are
/// left out. Numbers are right-aligned under headers that carry their unit; counts are all
/// written in one `CountStyle`.
///
/// ```swift
/// print(TableRenderer(options: .init(width: 100)).render(report))
/// ```
public struct TableRenderer: Sendable {
    /// Choices that change the look, never the numbers.
    public struct Options: Sendable, Equatable {
        /// Widest a line may be, in characters. Tables narrow their name and note columns to
        /// fit; a table of fixed columns wider than this stays wider.
        public var width: Int
        /// How counts are written.
        public var counts: CountStyle
        /// Bold section titles with ANSI escapes (off by default: logs and pipes stay clean).
        public var ansi: Bool
        /// How many of the busiest cores are listed.
        public var busiestCores: Int

        /// Options; the defaults suit a 120-column terminal.
        public init(width: Int = 120, counts: CountStyle = .engineering, ansi: Bool = false, busiestCores: Int = 5) {
            self.width = width
            self.counts = counts
            self.ansi = ansi
            self.busiestCores = busiestCores
        }
    }

    /// The options in use.
    public var options: Options

    /// A renderer.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The whole report as text, sections separated by blank lines, ending in a newline.
    public func render(_ report: Report) -> String {
        var sections: [Section] = [header(report)] + layers(report)
        if let section = populations(report) { sections.append(section) }
        if let section = timesteps(report) { sections.append(section) }
        if let section = detections(report) { sections.append(section) }
        if let hardware = report.hardware { sections += self.hardware(hardware) + chip(hardware) }
        sections += energy(report.energy)
        if let numerics = report.numerics { sections += self.numerics(numerics) }
        if !report.notes.isEmpty { sections.append(notes(report.notes)) }
        return sections.map(render).joined(separator: "\n")
    }

    // MARK: - Sections

    /// A titled table.
    struct Section {
        var title: String
        var table: TextTable
    }

    func render(_ section: Section) -> String {
        let safe = TextFit.terminalSafe(section.title)
        let title = options.ansi ? "\u{1B}[1m" + safe + "\u{1B}[0m" : safe
        let lines = [title] + section.table.lines(width: options.width)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A count in the configured style.
    func count(_ value: Int) -> String {
        ReportFormat.count(value, style: options.counts)
    }

    /// An optional count; empty when absent.
    func count(_ value: Int?) -> String {
        value.map(count) ?? ""
    }

    /// A two-column table of facts: name, then free text (wrapped).
    func facts(_ rows: [(String, String)]) -> TextTable {
        var table = TextTable(columns: [
            .init(title: "", alignment: .left),
            .init(title: "", alignment: .left, overflow: .wrap, minWidth: 20),
        ], showsHeader: false)
        for (name, value) in rows { table.add([name, value]) }
        return table
    }

    /// A three-column table of measurements: name, number (right-aligned), unit.
    func measurements(_ rows: [(String, String, String)]) -> TextTable {
        var table = TextTable(columns: [
            .init(title: "", alignment: .left, overflow: .truncate, minWidth: 12),
            .init(title: "", alignment: .right),
            .init(title: "", alignment: .left),
        ], showsHeader: false)
        for (name, value, unit) in rows { table.add([name, value, unit]) }
        return table
    }

    private func header(_ report: Report) -> Section {
        let model = report.model
        var rows: [(String, String)] = [
            ("model", model.name),
            ("scale", "\(model.scaleText), \(model.classes) classes"),
            ("input", model.inputLine),
            ("time", "T = \(model.timesteps) timestep\(model.timesteps == 1 ? "" : "s"), "
                + "D = \(model.spikeLevels) virtual steps per timestep"),
        ]
        if let hardware = report.hardware {
            rows.append(("hardware", "\(hardware.config), \(hardware.meshWidth)×\(hardware.meshHeight) mesh, "
                + "\(ReportFormat.engineering(hardware.clockHz, unit: "Hz")), \(hardware.mappingMode), "
                + hardware.arithmetic))
        }
        if let source = report.source {
            rows.append(("spikes", source.summary))
            if let warning = source.warning { rows.append(("warning", warning)) }
        }
        rows.append(("schema", "report schema \(report.schemaVersion)"))
        return Section(title: "NEUROCYCLE \(report.command.uppercased())", table: facts(rows))
    }

    /// The layer table; when the chip columns would make it wider than `options.width`, they
    /// move to a second table so neither has to be cut.
    private func layers(_ report: Report) -> [Section] {
        let rows = report.layers
        let rates = ReportFormat.decimalColumn(rows.map(\.inputRate))
        let energies = ReportFormat.decimalColumn(rows.map { $0.energyTotalMillijoules.map { $0 * 1000 } })
        // Each chip column: header, the cell of layer `index`, the totals cell.
        var chipColumns: [(column: TextTable.Column, cell: (Int) -> String, total: String)] = []
        // On the chip an event counts once per core it is sent to; without one, once.
        let eventsTitle = report.hardware == nil ? "events" : "deliveries"
        if rows.contains(where: { $0.events != nil }) {
            chipColumns.append((.init(title: eventsTitle, unit: "count"), { count(rows[$0].events) }, count(report.totals.events)))
        }
        if rows.contains(where: { $0.cycles != nil }) {
            chipColumns.append((.init(title: "cycles", unit: "cycles"), { count(rows[$0].cycles) }, ""))
        }
        if rows.contains(where: { $0.cores != nil }) {
            chipColumns.append((.init(title: "cores", unit: "count"), { rows[$0].cores.map(ReportFormat.grouped) ?? "" }, ""))
        }
        if rows.contains(where: { $0.energyMillijoules != nil }) {
            chipColumns.append((.init(title: "energy", unit: "µJ"), { energies[$0] ?? "" }, ""))
        }
        let modelColumns: [TextTable.Column] = [
            .init(title: "kind", alignment: .left),
            .init(title: "output", unit: "C×H×W"),
            .init(title: "MACs", unit: "count"),
            .init(title: "SOPs", unit: "count"),
            .init(title: "in rate", unit: "spk/n/t"),
        ]
        func modelCells(_ index: Int) -> [String] {
            let layer = rows[index]
            return [layer.kind, layer.outputShape, count(layer.macs), count(layer.sops), rates[index] ?? "–"]
        }
        // Totals come from `report.totals`, the numbers JSON readers see; cycles and energy
        // have run-wide totals in the hardware and energy sections instead.
        let modelTotals = ["", "", count(report.totals.macs), count(report.totals.sops), ""]

        func table(model: Bool, chip: Bool) -> TextTable {
            var columns: [TextTable.Column] = [
                .init(title: "#", minWidth: 1),
                .init(title: "layer", alignment: .left, overflow: .truncate, minWidth: 14),
            ]
            if model { columns += modelColumns }
            if chip { columns += chipColumns.map(\.column) }
            var table = TextTable(columns: columns)
            for (index, layer) in rows.enumerated() {
                table.add([String(index), layer.name] + (model ? modelCells(index) : [])
                    + (chip ? chipColumns.map { $0.cell(index) } : []))
            }
            table.addRule()
            table.add(["", "total"] + (model ? modelTotals : []) + (chip ? chipColumns.map(\.total) : []))
            return table
        }

        let noun = rows.count == 1 ? "convolution" : "convolutions"
        var title = "LAYERS — \(rows.count) folded \(noun)"
        if rows.contains(where: { $0.events != nil }) {
            title += report.hardware == nil
                ? " (events: binary events its input neurons send, Σ spike values)"
                : " (deliveries: binary input events × the cores each is sent to; spikes: \(count(report.totals.spikes)))"
        }
        let combined = table(model: true, chip: true)
        if chipColumns.isEmpty || combined.minimumWidth() + 2 <= options.width {
            return [Section(title: title, table: combined)]
        }
        return [Section(title: title, table: table(model: true, chip: false)),
                Section(title: "LAYERS ON THE CHIP", table: table(model: false, chip: true))]
    }

    private func populations(_ report: Report) -> Section? {
        guard let neurons = report.neurons else { return nil }
        let levels = report.histogramLevels
        var columns: [TextTable.Column] = [
            .init(title: "#", minWidth: 1),
            .init(title: "population", alignment: .left, overflow: .truncate, minWidth: 14),
            .init(title: "neurons", unit: "count"),
            .init(title: "spikes", unit: "count"),
            .init(title: "mean rate", unit: "spk/n/t"),
        ]
        for level in 0...max(0, levels) {
            columns.append(.init(title: "s=\(level)", unit: "n·t", minWidth: 5))
        }
        var table = TextTable(columns: columns)
        let rates = ReportFormat.decimalColumn(neurons.map(\.rate))
        for (index, row) in neurons.enumerated() {
            var cells = [String(index), row.name, count(row.count), count(row.spikes), rates[index] ?? ""]
            cells += row.histogram.map(count)
            table.add(cells)
        }
        table.addRule()
        table.add(["", "total", count(report.totals.neurons), count(report.totals.spikes)])
        return Section(title: "NEURON POPULATIONS — \(neurons.count) (s=k: neuron-timesteps that emitted k spikes)",
                       table: table)
    }

    private func detections(_ report: Report) -> Section? {
        guard let detections = report.detections else { return nil }
        var table = TextTable(columns: [
            .init(title: "#", minWidth: 1),
            .init(title: "class", unit: "index"),
            .init(title: "label", alignment: .left, overflow: .truncate, minWidth: 10),
            .init(title: "score", unit: "0…1"),
            .init(title: "x1", unit: "px"), .init(title: "y1", unit: "px"),
            .init(title: "x2", unit: "px"), .init(title: "y2", unit: "px"),
        ])
        for (index, detection) in detections.enumerated() {
            table.add([String(index), String(detection.classIndex), detection.label, ReportFormat.decimal(detection.score)]
                + detection.box.prefix(4).map(ReportFormat.decimal))
        }
        if detections.isEmpty { table.add(["", "", "(none)"]) }
        return Section(title: "DETECTIONS — \(detections.count) after NMS", table: table)
    }

    func notes(_ notes: [String]) -> Section {
        var table = TextTable(columns: [
            .init(title: "", alignment: .left, minWidth: 1),
            .init(title: "", alignment: .left, overflow: .wrap, minWidth: 20),
        ], showsHeader: false)
        for note in notes { table.add(["•", note]) }
        return Section(title: "NOTES", table: table)
    }
}
