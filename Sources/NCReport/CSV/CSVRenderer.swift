/// A report's tables as CSV (RFC 4180) for spreadsheets and scripts.
///
/// Fields containing a comma, a double quote, a carriage return or a line feed are quoted,
/// quotes doubled; lines end in CRLF as the RFC specifies. Headers are snake_case with the unit
/// in the name where there is one (`energy_noc_mJ`). Column order is fixed: the layer fields,
/// then the chip fields, then one `energy_<component>_mJ` column per component any layer
/// reports, sorted by name. Absent values are empty fields; numbers are exact (integers as
/// integers, doubles in their shortest round-trip form), not the rounded display form.
///
/// ```swift
/// try CSVRenderer().layersCSV(report).write(toFile: "layers.csv", atomically: true, encoding: .utf8)
/// ```
public struct CSVRenderer: Sendable {
    /// A renderer.
    public init() {}

    /// One row per layer, in report order, after a header row.
    public func layersCSV(_ report: Report) -> String {
        let components = report.layerEnergyComponents
        var header = [
            "index", "name", "kind", "in_channels", "out_channels", "kernel", "stride", "groups",
            "out_height", "out_width", "macs", "sops", "input_rate", "events", "cycles", "cores", "start_cycle", "end_cycle",
        ]
        header += components.map { "energy_\($0)_mJ" }
        var lines = [Self.line(header)]
        for (index, layer) in report.layers.enumerated() {
            var fields: [String] = [String(index), layer.name, layer.kind]
            fields += [layer.inChannels, layer.outChannels, layer.kernel, layer.stride, layer.groups,
                       layer.outHeight, layer.outWidth, layer.macs, layer.sops].map { String($0) }
            fields.append(layer.inputRate.map(ReportFormat.exact) ?? "")
            fields += [layer.events, layer.cycles, layer.cores, layer.startCycle, layer.endCycle].map { $0.map { String($0) } ?? "" }
            fields += components.map { key in layer.energyMillijoules?[key].map(ReportFormat.exact) ?? "" }
            lines.append(Self.line(fields))
        }
        return lines.joined()
    }

    /// One row per neuron population, in report order, after a header row; histogram columns
    /// `hist_0` … `hist_D` count neuron-timesteps that emitted 0 … D. Only the header when the
    /// report has no populations.
    public func neuronsCSV(_ report: Report) -> String {
        let levels = report.histogramLevels
        let header = ["index", "name", "neurons", "spikes", "rate"] + (0...max(0, levels)).map { "hist_\($0)" }
        var lines = [Self.line(header)]
        for (index, row) in (report.neurons ?? []).enumerated() {
            var fields = [String(index), row.name, String(row.count), String(row.spikes), ReportFormat.exact(row.rate)]
            fields += (0...max(0, levels)).map { $0 < row.histogram.count ? String(row.histogram[$0]) : "" }
            lines.append(Self.line(fields))
        }
        return lines.joined()
    }

    /// `field` as an RFC 4180 field: quoted (inner quotes doubled) when it contains a comma,
    /// a quote, CR or LF; unchanged otherwise.
    public static func field(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return field }
        var quoted = "\""
        for character in field.unicodeScalars {
            if character == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(character) }
        }
        return quoted + "\""
    }

    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}
