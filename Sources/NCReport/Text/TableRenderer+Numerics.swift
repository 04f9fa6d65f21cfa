extension TableRenderer {
    /// The `--compare-fp64` section: how this run's numbers move against FP64, and the
    /// populations that moved most.
    func numerics(_ n: NumericsSection) -> [Section] {
        let ref = n.reference.uppercased()
        var rows: [(String, String, String)] = [
            ("neuron·timesteps ≠ \(ref)", count(n.differing),
             "of \(count(n.neuronTimesteps)) (\(ReportFormat.percent(fraction: n.differingShare)))"),
            ("spikes", count(n.spikes), "\(ref): \(count(n.referenceSpikes)) (\(change(n.spikes, n.referenceSpikes)))"),
            ("SOPs", count(n.sops), "\(ref): \(count(n.referenceSOPs)) (\(change(n.sops, n.referenceSOPs)))"),
            ("SNN energy · paper", ReportFormat.decimal(n.paperMillijoules),
             "mJ; \(ref): \(ReportFormat.decimal(n.referencePaperMillijoules)) (\(change(n.paperMillijoules, n.referencePaperMillijoules)))"),
        ]
        if let chip = n.chipMillijoules, let reference = n.referenceChipMillijoules {
            rows.append(("energy · chip", ReportFormat.decimal(chip),
                         "mJ; \(ref) spikes: \(ReportFormat.decimal(reference)) (\(change(chip, reference)))"))
        }
        if let cycles = n.cycles, let reference = n.referenceCycles {
            rows.append(("cycles", count(cycles), "\(ref) spikes: \(count(reference)) (\(change(Double(cycles), Double(reference))))"))
        }
        var sections = [Section(title: "NUMERICS — \(n.arithmetic) against \(n.reference) on this input", table: measurements(rows))]
        if let moved = mostMoved(n.mostMoved, reference: ref) { sections.append(moved) }
        return sections
    }

    /// The populations whose spike count moved most against `reference`, or nil if none moved.
    func mostMoved(_ populations: [PopulationDifference], reference: String) -> Section? {
        guard !populations.isEmpty else { return nil }
        var table = TextTable(columns: [
            .init(title: "population", alignment: .left, overflow: .truncate, minWidth: 12),
            .init(title: "spikes", unit: "count"), .init(title: reference, unit: "count"), .init(title: "ratio", unit: "×"),
            .init(title: "differ", unit: "%"),
        ])
        for p in populations {
            table.add([p.name, count(p.spikes), count(p.referenceSpikes), p.ratio.map { ReportFormat.decimal($0) } ?? "n/a",
                       ReportFormat.percentNumber(p.neuronTimesteps > 0 ? Double(p.differing) / Double(p.neuronTimesteps) : 0)])
        }
        return Section(title: "MOST MOVED AGAINST \(reference) — \(populations.count) populations by relative change", table: table)
    }

    /// `+1.2 %`: the relative change of `value` against `reference`.
    func change(_ value: Int, _ reference: Int) -> String { change(Double(value), Double(reference)) }

    /// `+1.2 %`: the relative change of `value` against `reference` (`n/a` when it is 0).
    func change(_ value: Double, _ reference: Double) -> String {
        guard reference != 0 else { return value == 0 ? "±0 %" : "n/a" }
        let r = value / reference - 1
        return (r > 0 ? "+" : r < 0 ? "−" : "±") + ReportFormat.smallPercent(fraction: abs(r))
    }
}
