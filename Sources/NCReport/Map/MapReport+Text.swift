import NCHardware

extension MapReport {
    /// The report as text: a heading line, then one line per buffer with its writers, shape,
    /// tiles, cores, passes and the fullness of its busiest core's memories. Ends in a newline.
    ///
    ///     spikeyolo-t.pt at 128×128 on default: resident mapping, 75 tiles on 256 cores (65,536 neurons, 256 KiB synaptic memory each)
    ///     buffer (written by)                  shape      tiles  cores  passes  neurons/core  synaptic/core
    ///     model.1.encode_conv                  16×32×32       1      1       1         25.0%           5.3%
    ///     model.11 (model.12.Conv.pwconv3 +1)  64×8×8         1      1       1          6.2%          70.3%
    public var text: String {
        var table = TextTable(columns: [
            .init(title: "buffer (written by)", alignment: .left), .init(title: "shape", alignment: .left),
            .init(title: "tiles"), .init(title: "cores"), .init(title: "passes"),
            .init(title: "neurons/core"), .init(title: "synaptic/core"),
        ], layout: .listing)
        for row in mapping.layers {
            // A buffer named after its only writer shows no writer; otherwise the first and how many more.
            let writer = row.writers.first.map { first in
                first == row.name ? "" : " (\(first)\(row.writers.count > 1 ? " +\(row.writers.count - 1)" : ""))"
            } ?? ""
            table.add([row.name + writer, "\(row.channels)×\(row.height)×\(row.width)", ReportFormat.grouped(row.tiles),
                       ReportFormat.grouped(row.cores), ReportFormat.grouped(row.passes), ReportFormat.percentNumber(row.neuronUtilisation) + "%",
                       ReportFormat.percentNumber(row.synapticUtilisation) + "%"])
        }
        return ([headingLine] + table.lines(width: .max, indent: 0)).joined(separator: "\n") + "\n"
    }

    private var headingLine: String {
        let m = mapping
        var placed = "\(m.mode) mapping, \(ReportFormat.grouped(m.tiles)) tiles on \(ReportFormat.grouped(m.coresAvailable)) cores"
        if let p = placement {
            placed = "\(p.strategy) \(m.mode) mapping, \(ReportFormat.grouped(m.tiles)) tiles on \(ReportFormat.grouped(p.coresUsed)) of "
                + "\(ReportFormat.grouped(m.coresAvailable)) cores"
        }
        var line = "\(m.hardware): \(placed)"
        if let heading {
            line = "\(heading.model) at \(heading.inputHeight)×\(heading.inputWidth) on \(m.hardware): \(placed) "
                + "(\(ReportFormat.grouped(heading.neuronsPerCore)) neurons, \(Bytes.describe(heading.synapticBytesPerCore)) synaptic memory each)"
        }
        if let p = placement { line += ", \(p.weights) weights" + (p.segments > 1 ? ", \(p.segments) segments" : "") }
        return line
    }
}
