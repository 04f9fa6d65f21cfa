import NCSimulation

extension ReportBuilder {
    /// The report of a sweep's whole part: each point's breakdown text read back as the replay
    /// report it is. Throws `ReportDecodingError` for a breakdown that is not one.
    public static func report(_ part: SweepPart) throws -> SweepReport {
        let front = part.paretoFront
        let onFront = Set(front)
        let rows = try part.points.enumerated().map { k, p -> SweepPointRow in
            SweepPointRow(index: p.index, trace: p.trace, hardware: p.hardware, values: p.values, mapped: p.mapped, reason: p.reason,
                          cycles: p.cycles, latencySeconds: p.latencySeconds, energyMillijoules: p.energyMillijoules,
                          energyComponents: p.energyComponents, utilisation: p.utilisation, peakQueue: p.peakQueue,
                          mappingMode: p.mappingMode, sramBits: p.sramBits, pareto: onFront.contains(k),
                          breakdown: try p.breakdown.map(JSONReport.decode))
        }
        var notes = [
            "every point is an exact replay of its trace on its config (the same code path as neurocycle replay); "
                + "breakdown is that replay's report without neurons[] (the trace's spikes, the same at every point)",
            "Pareto front: the mapped points of each trace that no other point of the trace beats in both latency and energy",
            "sram_bits (area proxy): every core's synaptic memory plus its neuron memory at the membrane width",
        ]
        let unmapped = rows.filter { !$0.mapped }.count
        if unmapped > 0 { notes.append("\(unmapped) of \(rows.count) points do not map: their reason is given, they have no figures") }
        return SweepReport(traces: part.traces.map(\.name), hardware: part.hardware, axes: part.axes, zip: part.zip, points: rows,
                           pareto: front, notes: notes)
    }

    /// The breakdown a sweep keeps of a point's replay report: all of it but `neurons`.
    public static func sweepBreakdown(_ report: Report) -> String {
        var r = report
        r.neurons = nil
        return JSONReport.compactText(r)
    }
}
