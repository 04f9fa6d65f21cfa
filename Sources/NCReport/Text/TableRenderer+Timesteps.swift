extension TableRenderer {
    /// For T > 1, spikes, SOPs, energy and cycles per timestep (a T = 1 run has them in its totals).
    func timesteps(_ report: Report) -> Section? {
        guard report.model.timesteps > 1, let rows = report.perTimestep, !rows.isEmpty else { return nil }
        let chip = rows.contains { $0.hardwareMillijoules != nil }
        var columns: [TextTable.Column] = [
            .init(title: "t", alignment: .left, minWidth: 5), .init(title: "spikes", unit: "count"), .init(title: "SOPs", unit: "count"),
            .init(title: "paper SNN", unit: "mJ"),
        ]
        if chip { columns += [.init(title: "chip", unit: "mJ"), .init(title: "cycles", unit: "cycles")] }
        var table = TextTable(columns: columns)
        for row in rows {
            var cells = [String(row.timestep), count(row.spikes), count(row.sops), ReportFormat.decimal(row.paperMillijoules)]
            if chip { cells += [row.hardwareMillijoules.map(ReportFormat.decimal) ?? "", count(row.cycles)] }
            table.add(cells)
        }
        return Section(title: "PER TIMESTEP — T = \(report.model.timesteps), model step t (Gen1 frames: newest window first)",
                       table: table)
    }
}
