import NCFormats
import NCHardware
import NCTrace

extension FuzzTarget {
    /// A `.nctrace` file (CRCs recomputed first, see `TraceRepair`) as `trace info` and
    /// `trace export` read it: open, summarise, verify every chunk, export the events as CSV
    /// and the first population as an SVG raster.
    static let trace = FuzzTarget(name: "trace", fileExtension: "nctrace") { input in
        guard let reader = openRepaired(input) else { return }
        _ = TraceSummary(reader: reader).text
        _ = FuzzCheck.reading(reader.path) {
            try reader.verify()
            var sink = CountingSink()
            try TraceExport.csv(reader: reader, to: &sink)
            if let first = reader.topology.populations.first {
                _ = try TraceRaster.svg(reader: reader, population: first.name, timestep: nil)
            }
        }
    }

    /// `replay TRACE`: open the (CRC-repaired) trace, then replay it on the built-in default
    /// chip and build and render the report, as `ReplayCommand` does.
    static let replay = FuzzTarget(name: "replay", fileExtension: "nctrace") { input in
        guard let reader = openRepaired(input) else { return }
        let topology = reader.topology
        do {
            try FuzzNetwork.replayReport(
                topology: topology, config: HardwareConfig.builtinDefault, name: reader.identity.modelName,
                input: reader.identity.inputName
            ) { t in
                try topology.populations.indices.map { try reader.spikes(timestep: t, population: $0) }
            }
        } catch {
            precondition(!String(describing: error).isEmpty, "empty error message")
        }
    }
}

extension FuzzTarget {
    /// The input with its CRCs recomputed (`TraceRepair`), opened as `TraceReader(path:)` does.
    static func openRepaired(_ input: FuzzInput) -> TraceReader? {
        let path = FuzzInput.write(TraceRepair.repaired(input.bytes), name: "repaired.nctrace")
        return FuzzCheck.reading(path) { try TraceReader(path: path) }
    }
}

/// A text stream that only counts what it is given (the export's output is not kept).
struct CountingSink: TextOutputStream {
    var bytes = 0
    mutating func write(_ string: String) { bytes += string.utf8.count }
}
