import Foundation

extension TableRenderer {
    /// A dataset report as text: header, firing rates per population in both conventions,
    /// energy, the chip over the images, accuracy, notes.
    public func render(_ report: DatasetReport) -> String {
        var sections = [datasetHeader(report), rates(report)] + datasetEnergy(report)
        if let hardware = report.hardware { sections.append(datasetHardware(hardware)) }
        if let metrics = report.metrics, !metrics.isEmpty { sections.append(accuracy(metrics)) }
        if !report.notes.isEmpty { sections.append(notes(report.notes)) }
        return sections.map(render).joined(separator: "\n")
    }

    private func datasetHeader(_ report: DatasetReport) -> Section {
        let model = report.model, d = report.dataset
        let shapes = d.shapes.map { "\($0.width)×\($0.height) (\(ReportFormat.grouped($0.images)))" }
        var rows: [(String, String)] = [
            ("model", model.name),
            ("scale", "\(model.scale), \(ReportFormat.grouped(model.parameters)) parameters, \(model.classes) classes"),
            ("data", "\(d.source) (\(d.kind)\(d.labels ? ", labelled" : "")): \(ReportFormat.grouped(report.images)) of "
                + "\(ReportFormat.grouped(d.imageCount)) images" + (d.shard.map { ", shard \($0)" } ?? "")),
            ("input", "\(d.letterbox) letterbox at imgsz \(d.imgsz); input shapes W×H (images): " + shapes.joined(separator: ", ")),
            ("arithmetic", d.arithmetic),
            ("time", "T = \(model.timesteps) timestep\(model.timesteps == 1 ? "" : "s"), D = \(model.spikeLevels) virtual steps per timestep"),
        ]
        if let hardware = report.hardware { rows.append(("hardware", hardware.config)) }
        rows.append(("schema", "dataset report schema \(report.schemaVersion)"))
        return Section(title: "NEUROCYCLE \(report.command.uppercased()) — DATASET", table: facts(rows))
    }

    private func rates(_ report: DatasetReport) -> Section {
        var table = TextTable(columns: [
            .init(title: "#", minWidth: 1),
            .init(title: "population", alignment: .left, overflow: .truncate, minWidth: 14),
            .init(title: "neuron-steps", unit: "count"),
            .init(title: "spikes", unit: "count"),
            .init(title: "test.py rate", unit: "spk/n/t"),
            .init(title: "global rate", unit: "spk/n/t"),
        ])
        let testPy = ReportFormat.decimalColumn(report.populations.map(\.testPy))
        let global = ReportFormat.decimalColumn(report.populations.map(\.global))
        for (index, row) in report.populations.enumerated() {
            table.add([String(index), row.name, count(row.neuronTimesteps), count(row.spikes), testPy[index] ?? "", global[index] ?? ""])
        }
        table.addRule()
        table.add(["", "total", "", count(report.totals.spikes)])
        return Section(title: "FIRING RATES — \(report.populations.count) populations over \(ReportFormat.grouped(report.images)) images "
            + "(test.py: mean of per-image means; global: Σ spikes / Σ neurons)", table: table)
    }

    private func datasetEnergy(_ report: DatasetReport) -> [Section] {
        let e = report.energy
        func spread(_ s: SpreadRow) -> String {
            "min \(ReportFormat.decimal(s.min)), median \(ReportFormat.decimal(s.median)), max \(ReportFormat.decimal(s.max))"
        }
        var rows: [(String, String, String)] = [
            ("SNN, test.py rates", ReportFormat.decimal(e.paper.snnMillijoules), "mJ (the paper's figure, at \(report.dataset.imgsz)×\(report.dataset.imgsz))"),
            ("SNN, global rates", ReportFormat.decimal(e.paperGlobal.snnMillijoules), "mJ"),
            ("ANN", ReportFormat.decimal(e.paper.annMillijoules), "mJ = E_MAC × Σ MACs"),
            ("ANN / SNN", ReportFormat.decimal(e.paper.ratio), "×"),
            ("priced SOPs", ReportFormat.count(e.paper.sops, style: options.counts), "Σ MACs·fr·T, test.py rates"),
            ("SNN per image", ReportFormat.decimal(e.perImage.paperSNNMillijoules.mean), "mJ mean at each image's size; " + spread(e.perImage.paperSNNMillijoules)),
        ]
        if let chip = e.perImage.chipMillijoules {
            rows.append(("chip per image", ReportFormat.decimal(chip.mean), "mJ mean; " + spread(chip)))
        }
        var sections = [Section(title: "ENERGY — paper estimate from the averaged rates, and per image", table: measurements(rows))]
        if let hardware = e.hardware {
            var table = TextTable(columns: [
                .init(title: "component", alignment: .left, overflow: .truncate, minWidth: 10),
                .init(title: "mean energy", unit: "mJ/image"),
            ])
            let names = hardware.breakdown.keys.sorted { (hardware.breakdown[$0] ?? 0, $1) > (hardware.breakdown[$1] ?? 0, $0) }
            for name in names { table.add([name, ReportFormat.decimal(hardware.breakdown[name] ?? 0)]) }
            table.addRule()
            table.add(["total", ReportFormat.decimal(hardware.meanMillijoules)])
            sections.append(Section(title: "CHIP ENERGY BY COMPONENT — mean per image", table: table))
        }
        return sections
    }

    private func datasetHardware(_ h: DatasetHardwareSection) -> Section {
        var rows: [(String, String, String)] = [
            ("cycles, median", count(Int(h.cycles.median.rounded())), "min \(count(Int(h.cycles.min))), max \(count(Int(h.cycles.max)))"),
            ("latency, median", ReportFormat.duration(seconds: h.latencySeconds.median),
             "min \(ReportFormat.duration(seconds: h.latencySeconds.min)), max \(ReportFormat.duration(seconds: h.latencySeconds.max))"),
            ("events", count(h.events), "delivered to cores, all images"),
        ]
        if let differing = h.differingSpikes, let total = h.neuronTimesteps {
            rows.append(("differing spikes", count(differing), "neuron-timesteps against FP32 ("
                + ReportFormat.smallPercent(fraction: total > 0 ? Double(differing) / Double(total) : 0) + ")"))
        }
        if let unmatched = h.unmatchedDetections { rows.append(("unmatched detections", count(unmatched), "against FP32, all images")) }
        return Section(title: "CHIP — \(h.config), \(h.arithmetic), per image", table: measurements(rows))
    }

    private func accuracy(_ metrics: [String: MetricsSection]) -> Section {
        var table = TextTable(columns: [
            .init(title: "arithmetic", alignment: .left),
            .init(title: "P"), .init(title: "R"), .init(title: "mAP50"), .init(title: "mAP50-95"),
            .init(title: "images", unit: "count"), .init(title: "labels", unit: "count"), .init(title: "predictions", unit: "count"),
        ])
        for key in metrics.keys.sorted(by: { ($0 == "fp32" ? 1 : 0, $0) < ($1 == "fp32" ? 1 : 0, $1) }) {
            guard let m = metrics[key] else { continue }
            let name = key == "chip" ? "chip (\(m.arithmetic ?? ""))" : key
            table.add([name, fixed(m.precision), fixed(m.recall), fixed(m.map50), fixed(m.map50_95), count(m.images), count(m.labels),
                       count(m.predictions)])
        }
        return Section(title: "ACCURACY — the ultralytics validator's P, R, mAP (classes with labels)", table: table)
    }

    /// A metric with four decimals (`0.6149`).
    func fixed(_ value: Double) -> String {
        value.isFinite ? String(format: "%.4f", value) : ReportFormat.decimal(value)
    }
}
