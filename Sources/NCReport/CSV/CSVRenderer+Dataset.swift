import NCSimulation

extension CSVRenderer {
    /// One row per population of a dataset report: sums and both rates.
    public func populationsCSV(_ report: DatasetReport) -> String {
        var lines = [Self.line(["index", "name", "neuron_timesteps", "spikes", "rate_test_py", "rate_global"])]
        for (index, row) in report.populations.enumerated() {
            lines.append(Self.line([String(index), row.name, String(row.neuronTimesteps), String(row.spikes),
                                    ReportFormat.exact(row.testPy), ReportFormat.exact(row.global)]))
        }
        return lines.joined()
    }

    /// One row per image of a dataset outcome (`--per-image`), in list order: sizes, counts,
    /// energies, and the chip's numbers for chip runs.
    public func perImageCSV(_ outcome: DatasetOutcome) -> String {
        let chip = outcome.part.identity.hardware != nil
        var header = ["index", "name", "original_height", "original_width", "input_height", "input_width", "spikes",
                      "neuron_timesteps", "rate", "sops", "paper_snn_mJ", "detections", "labels"]
        if chip { header += ["chip_mJ", "cycles", "latency_s", "events", "differing_spikes", "unmatched_detections"] }
        var lines = [Self.line(header)]
        for row in outcome.part.images {
            let rate = row.neuronTimesteps > 0 ? Double(row.spikes) / Double(row.neuronTimesteps) : 0
            var fields: [String] = [String(row.index), row.name]
            fields += [row.originalHeight, row.originalWidth, row.inputHeight, row.inputWidth, row.spikes, row.neuronTimesteps].map { String($0) }
            fields += [ReportFormat.exact(rate), String(row.sops), ReportFormat.exact(row.paperMillijoules)]
            fields.append(row.detections.map { String($0.count) } ?? "")
            fields.append(row.labels.map { String($0.count) } ?? "")
            if chip {
                if let c = row.chip {
                    fields += [ReportFormat.exact(c.millijoules), String(c.cycles), ReportFormat.exact(c.latencySeconds), String(c.events)]
                    fields.append(c.differingSpikes.map { String($0) } ?? "")
                    fields.append(c.unmatchedDetections.map { String($0) } ?? "")
                } else {
                    fields += Array(repeating: "", count: 6)
                }
            }
            lines.append(Self.line(fields))
        }
        return lines.joined()
    }
}
