import Foundation

extension TableRenderer {
    /// The energy sections: the paper's estimate, the SOP conventions, the chip's breakdown
    /// and the ANN baseline.
    func energy(_ energy: EnergySection) -> [Section] {
        let paper = energy.paper
        var sections = [Section(title: "ENERGY — paper estimate (the authors' power_cal.xlsx)", table: measurements([
            ("ANN", ReportFormat.decimal(paper.annMillijoules), "mJ = E_MAC × Σ MACs"),
            ("SNN", ReportFormat.decimal(paper.snnMillijoules), "mJ = E_MAC × MACs(encoding) + E_AC × Σ MACs·fr"),
            ("ANN / SNN", ReportFormat.decimal(paper.ratio), "×"),
            ("E_MAC", ReportFormat.exact(paper.macPicojoules), "pJ per multiply-accumulate"),
            ("E_AC", ReportFormat.exact(paper.acPicojoules), "pJ per accumulate"),
            ("priced SOPs", ReportFormat.count(paper.sops, style: options.counts), "Σ MACs·fr·T (value-weighted)"),
        ]))]

        if !energy.conventions.isEmpty {
            var table = TextTable(columns: [
                .init(title: "convention", alignment: .left, overflow: .truncate, minWidth: 10),
                .init(title: "SOPs", unit: "count"),
                .init(title: "what is counted", alignment: .left, overflow: .wrap, minWidth: 24),
            ])
            for convention in energy.conventions {
                table.add([convention.name, ReportFormat.count(convention.sops, style: options.counts), convention.note])
            }
            sections.append(Section(title: "SOP CONVENTIONS", table: table))
        }

        if let chip = energy.hardware {
            var table = TextTable(columns: [
                .init(title: "component", alignment: .left, overflow: .truncate, minWidth: 10),
                .init(title: "energy", unit: "mJ"),
                .init(title: "share", unit: "%"),
            ])
            let components = chip.componentsByEnergy
            // The total is formatted with the components so all decimal points line up.
            let energies = ReportFormat.decimalColumn(components.map(\.millijoules) + [chip.totalMillijoules])
            for (index, (name, millijoules)) in components.enumerated() {
                table.add([name, energies[index] ?? "", chip.share(millijoules).map(ReportFormat.percentNumber) ?? "–"])
            }
            table.addRule()
            table.add(["total", energies.last.flatMap { $0 } ?? "", ""])
            sections.append(Section(title: "CHIP ENERGY BY COMPONENT", table: table))
        }

        let baseline = energy.annBaseline
        var rows: [(String, String, String)] = [
            ("ANN MACs", ReportFormat.decimal(baseline.macMillijoules),
             "mJ at \(ReportFormat.exact(baseline.macPicojoules)) pJ/MAC"),
        ]
        if let sameChip = baseline.sameChipMillijoules {
            rows.append(("same-chip ANN", ReportFormat.decimal(sameChip), "mJ (MACs + dense memory traffic)"))
        }
        rows.append(("SNN / ANN, paper", ReportFormat.decimal(baseline.paperRatio), "×"))
        if let chipRatio = baseline.chipRatio {
            rows.append(("SNN / ANN, chip", ReportFormat.decimal(chipRatio), "×"))
        }
        sections.append(Section(title: "ANN BASELINE", table: measurements(rows)))
        return sections
    }
}
