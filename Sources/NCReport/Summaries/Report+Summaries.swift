/// Small derived views the renderers share, so the table, CSV and HTML agree on column sets,
/// orderings and summaries. Nothing here changes the report's own numbers.
extension Report {
    /// Every energy component any layer reports, sorted, so columns and stack order are the
    /// same for every run of the same model.
    var layerEnergyComponents: [String] {
        var keys = Set<String>()
        for layer in layers {
            if let energy = layer.energyMillijoules { keys.formUnion(energy.keys) }
        }
        return keys.sorted()
    }

    /// Largest spike value D the histogram columns cover: the longest histogram's, and at
    /// least `model.spikeLevels` — up to 16, so a corrupt `spike_levels` cannot ask for
    /// millions of empty columns.
    var histogramLevels: Int {
        let longest = (neurons ?? []).map(\.histogram.count).max() ?? 0
        return max(min(model.spikeLevels, 16), longest - 1, 0)
    }
}

extension LayerRow {
    /// The layer's chip energy, the sum of its components in sorted key order (a fixed order so
    /// the last digit never depends on dictionary layout), or nil off the chip.
    var energyTotalMillijoules: Double? {
        guard let energy = energyMillijoules else { return nil }
        return energy.keys.sorted().reduce(0) { $0 + (energy[$1] ?? 0) }
    }

    /// `C×H×W` of the output.
    var outputShape: String {
        "\(outChannels)×\(outHeight)×\(outWidth)"
    }
}

/// Utilisation over the cores a hardware section lists.
struct UtilisationSummary: Equatable {
    /// Lowest, mean and highest `utilisation`.
    var minimum: Double, mean: Double, maximum: Double
    /// Cores summarised.
    var cores: Int
}

extension HardwareSection {
    /// The `limit` cores with the most busy cycles, ties broken by core id so the list is
    /// stable.
    func busiestCores(limit: Int) -> [CoreRow] {
        let sorted = cores.sorted { a, b in
            a.busyCycles != b.busyCycles ? a.busyCycles > b.busyCycles : a.id < b.id
        }
        return Array(sorted.prefix(max(0, limit)))
    }

    /// Cores sorted by id.
    var coresByID: [CoreRow] {
        cores.sorted { $0.id < $1.id }
    }

    /// Min, mean and max utilisation over the listed cores (nil without cores). Summed in id
    /// order so the mean is the same whatever order the cores were listed in.
    var utilisationSummary: UtilisationSummary? {
        let values = coresByID.map(\.utilisation)
        guard let minimum = values.min(), let maximum = values.max() else { return nil }
        let mean = values.reduce(0, +) / Double(values.count)
        return UtilisationSummary(minimum: minimum, mean: mean, maximum: maximum, cores: values.count)
    }
}

extension HardwareEnergy {
    /// Components by descending energy, ties by name (NaN sorts last, so the order is total).
    var componentsByEnergy: [(name: String, millijoules: Double)] {
        func key(_ value: Double) -> Double { value.isNaN ? -.infinity : value }
        return breakdown.map { (name: $0.key, millijoules: $0.value) }.sorted { a, b in
            key(a.millijoules) != key(b.millijoules) ? key(a.millijoules) > key(b.millijoules) : a.name < b.name
        }
    }

    /// `component / total` as a fraction, nil when the total is zero or not finite.
    func share(_ millijoules: Double) -> Double? {
        guard totalMillijoules != 0, totalMillijoules.isFinite else { return nil }
        return millijoules / totalMillijoules
    }
}

extension ModelSection {
    /// `t, 2,011,184 parameters`, or what a replay of a trace without a source record knows:
    /// `scale and parameters unknown (not in the trace)`.
    var scaleText: String {
        if parameters == 0 && (scale.isEmpty || scale == SourceSection.unknown) {
            return "scale and parameters unknown (not in the trace)"
        }
        return "\(scale), \(ReportFormat.grouped(parameters)) parameters"
    }
}

extension Differences {
    /// The `detections ≠ FP32` line: the unmatched count and out of how many, or that neither run
    /// detected anything (then there is nothing to differ, and `0` would read as agreement).
    func detectionsRow(count: (Int) -> String) -> (String, String, String) {
        guard let here = chipDetections, let reference = referenceDetections else {
            return ("detections ≠ FP32", count(detections), "detections")
        }
        if here == 0 && reference == 0 { return ("detections ≠ FP32", "–", "neither run detected anything") }
        return ("detections ≠ FP32", count(detections), "unmatched, of \(count(here)) here and \(count(reference)) in FP32")
    }
}
