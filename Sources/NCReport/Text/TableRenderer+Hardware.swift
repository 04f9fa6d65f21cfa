import Foundation

extension TableRenderer {
    /// The hardware summary: run numbers, the busiest cores and the action counts. Per-core rows
    /// are limited to the busiest few (a 16×16 mesh would be 256 lines); min, mean and max
    /// utilisation summarise the rest.
    func hardware(_ hardware: HardwareSection) -> [Section] {
        let latency = ReportFormat.durationParts(seconds: hardware.latencySeconds)
        let clock = ReportFormat.engineeringParts(hardware.clockHz, unit: "Hz")
        var rows: [(String, String, String)] = [
            ("cycles", count(hardware.cycles), "cycles"),
            ("latency", latency.number, latency.unit),
            ("clock", clock.number, clock.unit),
            ("mapping", "", hardware.mappingMode),
            ("arithmetic", "", hardware.arithmetic),
            ("cores listed", ReportFormat.grouped(hardware.cores.count), "of \(hardware.meshWidth)×\(hardware.meshHeight) mesh"),
        ]
        if let summary = hardware.utilisationSummary {
            rows.append(("utilisation min", ReportFormat.percentNumber(summary.minimum), "%"))
            rows.append(("utilisation mean", ReportFormat.percentNumber(summary.mean), "%"))
            rows.append(("utilisation max", ReportFormat.percentNumber(summary.maximum), "%"))
        }
        rows += [
            ("NoC packets", count(hardware.noc.packets), "packets"),
            ("NoC flits", count(hardware.noc.flits), "flits"),
            ("NoC flit-hops", count(hardware.noc.flitHops), "flit·hops"),
            ("busiest link", count(hardware.noc.busiestLinkFlits), "flits"),
        ]
        if let differences = hardware.differences {
            let share = differences.spikesShare.map { " (\(ReportFormat.percent(fraction: $0)))" } ?? ""
            rows += [
                ("spikes ≠ FP32", count(differences.spikes), "neuron·timesteps" + share),
                differences.detectionsRow(count: count),
                ("saturations", count(differences.saturations), "membrane additions"),
            ]
        }
        var sections = [Section(title: "HARDWARE — \(hardware.config)", table: measurements(rows))]
        if let moved = hardware.differences?.mostMoved, let section = mostMoved(moved, reference: "FP32") { sections.append(section) }

        let busiest = hardware.busiestCores(limit: options.busiestCores)
        if !busiest.isEmpty {
            var table = TextTable(columns: [
                .init(title: "core", unit: "id", minWidth: 4),
                .init(title: "x", unit: "col", minWidth: 3), .init(title: "y", unit: "row", minWidth: 3),
                .init(title: "busy", unit: "cycles"), .init(title: "stall", unit: "cycles"),
                .init(title: "idle", unit: "cycles"), .init(title: "util", unit: "%"),
                .init(title: "queue max", unit: "events"), .init(title: "SOPs", unit: "count"),
            ])
            for core in busiest {
                table.add([String(core.id), String(core.x), String(core.y), count(core.busyCycles),
                           count(core.stallCycles), count(core.idleCycles), ReportFormat.percentNumber(core.utilisation),
                           count(core.queueHighWater), count(core.sops)])
            }
            sections.append(Section(title: "BUSIEST CORES — \(busiest.count) of \(ReportFormat.grouped(hardware.cores.count)) by busy cycles",
                                    table: table))
        }
        if !hardware.actions.isEmpty {
            let actions = hardware.actions.keys.sorted().map { ($0, count(hardware.actions[$0] ?? 0), "") }
            sections.append(Section(title: "ACTIONS — whole run", table: measurements(actions)))
        }
        return sections
    }
}
