import Foundation

extension HTMLRenderer {
    /// The chip's pictures: each layer's span on a timeline, and what each core holds.
    func writeChipCharts(_ report: Report, into html: inout MarkupWriter) {
        if let chart = layerTimeline(report) {
            writeFigure(chart.document(), title: "Layer timeline",
                        caption: "Each layer from the first cycle it worked to the cycle its last output row was integrated; "
                            + "overlapping bars are layers working at the same time. Hover a bar for its cycles.",
                        into: &html)
        }
        if let hardware = report.hardware, let placement = hardware.placement, !placement.isEmpty,
           (1...HeatMap.maxSide).contains(hardware.meshWidth), (1...HeatMap.maxSide).contains(hardware.meshHeight) {
            writeFigure(placementMap(hardware, placement).document(), title: "Placement on the mesh",
                        caption: "Colour: the first layer a core holds, in network order (dark: early, yellow: late); "
                            + "number: its busy cycles as a percentage of the busiest core's. Grey cores hold nothing.",
                        into: &html)
        }
    }

    func layerTimeline(_ report: Report) -> Timeline? {
        let bars = report.layers.enumerated().compactMap { index, layer -> Timeline.Bar? in
            guard let start = layer.startCycle, let end = layer.endCycle, end >= start else { return nil }
            return Timeline.Bar(label: layer.name, start: Double(start), end: Double(end),
                                tooltip: "\(layer.name)\ncycles \(ReportFormat.grouped(start)) … \(ReportFormat.grouped(end))",
                                colour: Palette.category(index % 2 == 0 ? 0 : 4))
        }
        guard !bars.isEmpty else { return nil }
        return Timeline(title: "Layer timeline", axisTitle: "cycle", bars: bars, maxWidth: options.maxChartWidth)
    }

    func placementMap(_ hardware: HardwareSection, _ placement: [PlacementCell]) -> HeatMap {
        let busy = Dictionary(hardware.cores.map { ($0.id, $0.busyCycles) }, uniquingKeysWith: max)
        let busiest = Double(max(1, busy.values.max() ?? 1))
        return PlacementMap.heatMap(placement, names: hardware.placementBuffers ?? [], columns: hardware.meshWidth,
                                    rows: hardware.meshHeight, load: busy.mapValues { Double($0) / busiest },
                                    title: "Placement on the \(hardware.meshWidth)×\(hardware.meshHeight) mesh",
                                    maxWidth: options.maxChartWidth)
    }

    /// The chip's tables: components, segments and the packet comparison.
    func writeChipTables(_ hardware: HardwareSection, into html: inout MarkupWriter) {
        if hardware.components != nil {
            html.element("h3", text: "Components")
            HTMLTable.measurements(hardware.componentRows(count: ReportFormat.grouped)).write(into: &html)
        }
        if let segments = hardware.segments, !segments.isEmpty {
            html.element("h3", text: "Segments (\(segments.count), in the order they ran)")
            var table = HTMLTable(columns: [
                .init(title: "t", unit: "step"), .init(title: "kind", numeric: false), .init(title: "first layer", isName: true),
                .init(title: "last layer", isName: true), .init(title: "start", unit: "cycle"), .init(title: "end", unit: "cycle"),
                .init(title: "weights", unit: "bytes"), .init(title: "prefetched", numeric: false),
            ])
            table.rows = segments.map {
                [String($0.timestep), $0.kind, $0.firstLayer, $0.lastLayer, ReportFormat.grouped($0.startCycle),
                 ReportFormat.grouped($0.endCycle), ReportFormat.grouped($0.weightBytes), $0.prefetched ? "yes" : "no"]
            }
            table.write(into: &html)
        }
        if let runs = hardware.packetComparison, !runs.isEmpty {
            html.element("h3", text: "Spike packets: binary against graded, same spikes")
            var table = HTMLTable(columns: [
                .init(title: "packets", numeric: false), .init(title: "sent", unit: "packets"), .init(title: "flits", unit: "flits"),
                .init(title: "flit-hops", unit: "flit·hops"), .init(title: "queue wait", unit: "cycles/packet"),
                .init(title: "queue max", unit: "packets"), .init(title: "accumulates", unit: "count"),
                .init(title: "cycles", unit: "cycles"), .init(title: "energy", unit: "mJ"), .init(title: "NoC", unit: "mJ"),
            ])
            table.rows = runs.map {
                [$0.model, ReportFormat.grouped($0.packets), ReportFormat.grouped($0.flits), ReportFormat.grouped($0.flitHops),
                 $0.meanQueueWaitCycles.map(ReportFormat.decimal) ?? "–", ReportFormat.grouped($0.queueHighWater),
                 ReportFormat.grouped($0.accumulates), ReportFormat.grouped($0.cycles), ReportFormat.decimal($0.millijoules),
                 ReportFormat.decimal($0.breakdown["noc"] ?? 0)]
            }
            table.write(into: &html)
        }
    }
}
