import NCReport

/// Interim renderers, until NCReport's renderers land.
enum ReportText {
    static func json(_ report: Report) throws -> String { try Output.json(report) }
    static func csv(_ report: Report) -> String {
        var lines = ["name,kind,macs,sops"]
        for l in report.layers { lines.append("\(l.name),\(l.kind),\(l.macs),\(l.sops)") }
        return lines.joined(separator: "\n") + "\n"
    }
    static func html(_ report: Report) -> String { "<!DOCTYPE html><html><body><pre>\(terminal(report))</pre></body></html>" }
    static func terminal(_ report: Report) -> String {
        var rows = [["layer", "MACs", "SOPs", "rate"]]
        for l in report.layers { rows.append([l.name, Output.grouped(l.macs), Output.grouped(l.sops), l.inputRate.map { String(format: "%.3f", $0) } ?? "-"]) }
        rows.append(["total", Output.grouped(report.totals.macs), Output.grouped(report.totals.sops), ""])
        var out = Output.table(rows)
        out += "\nspikes \(Output.grouped(report.totals.spikes)) / neurons \(Output.grouped(report.totals.neurons))"
        out += "\npaper energy: ANN \(report.energy.paper.annMillijoules) mJ, SNN \(report.energy.paper.snnMillijoules) mJ"
        out += "\ndetections: \(report.detections?.count ?? 0)"
        return out
    }
}
