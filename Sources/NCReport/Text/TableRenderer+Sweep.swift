import NCSimulation

extension TableRenderer {
    /// A sweep as text: what was varied, one row per point (values, cycles, latency, energy,
    /// utilisation, peak queue, SRAM; `*` on the Pareto front; the reason for a point that does
    /// not map), notes.
    public func render(_ report: SweepReport) -> String {
        var header: [(String, String)] = [
            ("traces", report.traces.joined(separator: ", ")),
            ("hardware", report.hardware.joined(separator: ", ")),
        ]
        for axis in report.axes {
            header.append(("vary", "\(axis.path) = " + axis.values.map(\.description).joined(separator: ", ")))
        }
        let mapped = report.points.filter(\.mapped).count
        header.append(("points", "\(ReportFormat.grouped(report.points.count)) (\(report.zip ? "paired by --zip" : "every combination")); "
            + "\(ReportFormat.grouped(mapped)) map, \(ReportFormat.grouped(report.pareto.count)) on the Pareto front (*)"))
        var sections = [Section(title: "NEUROCYCLE SWEEP", table: facts(header)), points(report)]
        if !report.notes.isEmpty { sections.append(notes(report.notes)) }
        return sections.map(render).joined(separator: "\n")
    }

    private func points(_ report: SweepReport) -> Section {
        let showsTrace = report.traces.count > 1, showsHardware = report.hardware.count > 1 || report.axes.isEmpty
        var columns: [TextTable.Column] = [.init(title: "#", minWidth: 1)]
        if showsTrace { columns.append(.init(title: "trace", alignment: .left, overflow: .truncate, minWidth: 10)) }
        if showsHardware { columns.append(.init(title: "hw", alignment: .left, overflow: .truncate, minWidth: 14)) }
        for axis in report.axes {
            columns.append(.init(title: axis.path.split(separator: ".").last.map(String.init) ?? axis.path, unit: axis.path,
                                 alignment: .right, overflow: .truncate, minWidth: 6))
        }
        columns += [
            .init(title: "cycles", unit: "count"), .init(title: "latency", unit: "ms"), .init(title: "energy", unit: "mJ"),
            .init(title: "util.", unit: "%", minWidth: 5), .init(title: "peak queue", unit: "events"),
            .init(title: "SRAM", unit: "bits"), .init(title: "", minWidth: 1),
            .init(title: "note", alignment: .left, overflow: .wrap, minWidth: 20),
        ]
        var table = TextTable(columns: columns)
        let latency = ReportFormat.decimalColumn(report.points.map { $0.latencySeconds.map { $0 * 1e3 } })
        let energy = ReportFormat.decimalColumn(report.points.map(\.energyMillijoules))
        for (k, p) in report.points.enumerated() {
            var cells = [String(p.index)]
            if showsTrace { cells.append(p.trace) }
            if showsHardware { cells.append(p.hardware) }
            cells += report.axes.map { p.values[$0.path]?.description ?? "" }
            cells += [count(p.cycles), latency[k] ?? "", energy[k] ?? "", p.utilisation.map(ReportFormat.percentNumber) ?? "",
                      count(p.peakQueue), count(p.sramBits), p.pareto ? "*" : "",
                      p.mapped ? (p.mappingMode ?? "") : "does not map: " + (p.reason ?? "")]
            table.add(cells)
        }
        return Section(title: "POINTS — \(report.points.count) exact replays (* on the Pareto front of energy against latency)",
                       table: table)
    }
}
