import NCEnergy
import NCSimulation

extension CSVRenderer {
    /// One row per point of a sweep: trace, base config, the varied values, whether it maps (and
    /// why not), cycles, latency, energy and its components, utilisation, peak queue, the area
    /// proxy and whether it is on the Pareto front. Numbers are exact (`ReportFormat.exact`).
    public func sweepCSV(_ report: SweepReport) -> String {
        let components = EnergyBreakdown.names
        var lines = [Self.line(["index", "trace", "hw"] + report.axes.map(\.path) + [
            "mapped", "reason", "cycles", "latency_s", "energy_mJ",
        ] + components.map { "energy_\($0)_mJ" } + ["utilisation", "peak_queue", "sram_bits", "mapping_mode", "pareto"])]
        for p in report.points {
            var fields = [String(p.index), p.trace, p.hardware] + report.axes.map { p.values[$0.path]?.description ?? "" }
            fields += [p.mapped ? "true" : "false", p.reason ?? "", p.cycles.map(String.init) ?? "",
                       p.latencySeconds.map(ReportFormat.exact) ?? "", p.energyMillijoules.map(ReportFormat.exact) ?? ""]
            fields += components.map { name in p.energyComponents?[name].map(ReportFormat.exact) ?? "" }
            fields += [p.utilisation.map(ReportFormat.exact) ?? "", p.peakQueue.map(String.init) ?? "", String(p.sramBits),
                       p.mappingMode ?? "", p.pareto ? "true" : "false"]
            lines.append(Self.line(fields))
        }
        return lines.joined()
    }
}
