import Foundation

extension TableRenderer {
    /// The chip's components, its segments and the packet comparison, when the report has them.
    func chip(_ hardware: HardwareSection) -> [Section] {
        var sections = [Section]()
        if hardware.components != nil {
            sections.append(Section(title: "CHIP COMPONENTS", table: measurements(hardware.componentRows(count: count))))
        }
        if let segments = hardware.segments, !segments.isEmpty {
            var table = TextTable(columns: [
                .init(title: "t", unit: "step"), .init(title: "kind", unit: "", alignment: .left),
                .init(title: "first layer", unit: "", alignment: .left, overflow: .truncate, minWidth: 12),
                .init(title: "last layer", unit: "", alignment: .left, overflow: .truncate, minWidth: 12),
                .init(title: "start", unit: "cycle"), .init(title: "end", unit: "cycle"), .init(title: "weights", unit: "bytes"),
                .init(title: "prefetched", unit: "", alignment: .left),
            ])
            for s in segments {
                table.add([String(s.timestep), s.kind, s.firstLayer, s.lastLayer, count(s.startCycle), count(s.endCycle),
                           count(s.weightBytes), s.prefetched ? "yes" : "no"])
            }
            sections.append(Section(title: "SEGMENTS — \(segments.count) in the order they ran", table: table))
        }
        if let runs = hardware.packetComparison, !runs.isEmpty {
            var table = TextTable(columns: [
                .init(title: "packets", unit: "", alignment: .left), .init(title: "sent", unit: "packets"),
                .init(title: "flits", unit: "flits"), .init(title: "flit-hops", unit: "flit·hops"),
                .init(title: "queue wait", unit: "cyc/packet"), .init(title: "queue max", unit: "packets"),
                .init(title: "accumulates", unit: "count"), .init(title: "cycles", unit: "cycles"),
                .init(title: "energy", unit: "mJ"), .init(title: "NoC", unit: "mJ"),
            ])
            for r in runs {
                table.add([r.model, count(r.packets), count(r.flits), count(r.flitHops),
                           r.meanQueueWaitCycles.map(ReportFormat.decimal) ?? "–", count(r.queueHighWater), count(r.accumulates),
                           count(r.cycles), ReportFormat.decimal(r.millijoules), ReportFormat.decimal(r.breakdown["noc"] ?? 0)])
            }
            sections.append(Section(title: "SPIKE PACKETS — binary against graded, same spikes", table: table))
        }
        return sections
    }
}
