import NCHardware

/// What `neurocycle hw list` prints: one line per hardware config with its mesh, clock,
/// arithmetic and core memories.
public enum PresetListing {
    /// The configs, one line each under a header, as `name  mesh  clock  arithmetic  memories`.
    /// Ends in a newline.
    public static func text(_ configs: [(name: String, config: HardwareConfig)]) -> String {
        var table = TextTable(columns: [
            .init(title: "preset", alignment: .left), .init(title: "mesh", alignment: .left),
            .init(title: "clock", alignment: .left), .init(title: "arithmetic", alignment: .left),
            .init(title: "neurons/core", alignment: .left), .init(title: "synaptic/core", alignment: .left),
        ], layout: .listing)
        for (name, config) in configs {
            table.add([name, "\(config.chip.meshWidthCores)×\(config.chip.meshHeightCores)",
                       ReportFormat.engineering(config.chip.clockHz, unit: "Hz"), config.arithmeticLabel,
                       ReportFormat.grouped(config.core.neuronMemoryNeurons), Bytes.describe(config.core.synapticMemoryBytes)])
        }
        return table.lines(width: .max, indent: 0).joined(separator: "\n") + "\n"
    }
}
