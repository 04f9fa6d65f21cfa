extension TableRenderer {
    /// A `metrics` report as text: the means, then one row per class.
    public func render(_ report: MetricsReport) -> String {
        let m = report.metrics
        let header = Section(title: "NEUROCYCLE METRICS", table: facts([
            ("predictions", report.predictions),
            ("labels", "\(report.labelsDirectory) (\(report.labelBoxes))"),
            ("images", "\(report.imagesDirectory): \(ReportFormat.grouped(m.images)) images, \(ReportFormat.grouped(m.labels)) labels, "
                + "\(ReportFormat.grouped(m.predictions)) predictions"),
        ]))
        let means = Section(title: "ACCURACY — the ultralytics validator's metrics (means over classes with labels)", table: measurements([
            ("precision", fixed(m.precision), "at the confidence of the best mean F1"),
            ("recall", fixed(m.recall), ""),
            ("mAP50", fixed(m.map50), ""),
            ("mAP75", fixed(m.map75), ""),
            ("mAP50-95", fixed(m.map50_95), "IoU 0.50:0.05:0.95"),
            ("fitness", fixed(m.fitness), "0.1 mAP50 + 0.9 mAP50-95"),
        ]))
        var table = TextTable(columns: [
            .init(title: "class", unit: "index"), .init(title: "name", alignment: .left, overflow: .truncate, minWidth: 8),
            .init(title: "labels", unit: "count"), .init(title: "preds", unit: "count"),
            .init(title: "P"), .init(title: "R"), .init(title: "AP50"), .init(title: "AP50-95"),
        ])
        for c in m.perClass {
            table.add([String(c.classIndex), c.name ?? "", count(c.labels), count(c.predictions), fixed(c.precision), fixed(c.recall),
                       fixed(c.ap50), fixed(c.ap50_95)])
        }
        if m.perClass.isEmpty { table.add(["", "(no prediction is correct at any IoU threshold: every metric is 0)"]) }
        return [header, means, Section(title: "PER CLASS", table: table)].map(render).joined(separator: "\n")
    }
}
