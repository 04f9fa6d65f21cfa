import NCFormats
import NCModel

/// An SVG raster plot of one population's binary events: x is the virtual timestep `t * D + j`,
/// y the neuron index in storage order (channels-last), one dot per event.
///
/// A population with more than `maxRows` neurons is subsampled deterministically: every `k`-th
/// neuron is drawn (neurons 0, k, 2k, ...), with the smallest `k` that keeps the rows at most
/// `maxRows`, and the plot says so.
public enum TraceRaster {
    /// The most neuron rows drawn.
    public static let maxRows = 400

    /// The plot of population `population` (by name) at `timestep`, or over all timesteps when
    /// `timestep` is nil. Throws if there is no such population or timestep, or a chunk cannot
    /// be read.
    public static func svg(reader: TraceReader, population: String, timestep: Int?) throws -> String {
        let topology = reader.topology
        guard let p = topology.population(named: population) else {
            throw FormatError.malformed("there is no population named \(population)").inFile(reader.path)
        }
        let steps: Range<Int>
        if let timestep {
            guard (0..<reader.timesteps).contains(timestep) else {
                throw FormatError.malformed("there is no timestep \(timestep) (the trace has \(reader.timesteps))")
                    .inFile(reader.path)
            }
            steps = timestep..<(timestep + 1)
        } else {
            steps = 0..<reader.timesteps
        }
        let maps = try steps.map { try reader.spikes(timestep: $0, population: p) }
        return plot(Plot(
            population: topology.populations[p], model: reader.identity.modelName, steps: steps,
            levels: reader.spikeLevels, maps: maps))
    }

    /// What is drawn.
    private struct Plot {
        let population: NeuronPopulation
        let model: String
        let steps: Range<Int>
        let levels: Int
        let maps: [[UInt8]]
    }

    private static func plot(_ plot: Plot) -> String {
        let neurons = plot.population.count
        let levels = plot.levels
        let stride = (neurons + maxRows - 1) / maxRows
        let rows = (neurons + stride - 1) / stride
        let columns = plot.steps.count * levels
        let columnWidth = min(40, max(2, 640 / max(1, columns)))
        let rowHeight = min(12, max(1, 480.0 / Double(rows)))
        let left = 78, top = 72, right = 24, bottom = 48
        let plotWidth = columns * columnWidth
        let plotHeight = Double(rows) * rowHeight
        let width = max(720, left + plotWidth + right)  // room for the title lines
        let height = Double(top) + plotHeight + Double(bottom)

        var events = 0
        var drawn = 0
        var dots = ""
        for (s, map) in plot.maps.enumerated() {
            for v in map { events += Int(v) }
            for row in 0..<rows {
                let v = Int(map[row * stride])
                guard v > 0 else { continue }
                let y = Double(top) + Double(row) * rowHeight
                for j in 0..<v {
                    let x = left + (s * levels + j) * columnWidth
                    dots += "<rect x=\"\(x + columnWidth / 8)\" y=\"\(num(y + rowHeight * 0.1))\" width=\"\(max(1, columnWidth * 3 / 4))\" height=\"\(num(max(0.8, rowHeight * 0.8)))\"/>\n"
                    drawn += 1
                }
            }
        }

        let pop = plot.population
        let when = plot.steps.count == 1 ? "timestep \(plot.steps.lowerBound)" : "timesteps \(plot.steps.lowerBound)–\(plot.steps.upperBound - 1)"
        let subtitle = "\(TraceText.grouped(neurons)) neurons (\(pop.height)x\(pop.width)x\(pop.channels), channels-last), \(when), D = \(levels): \(TraceText.grouped(events)) events"
        let sampling = stride == 1 ? "every neuron shown"
            : "subsampled: one neuron in every \(stride) shown (\(rows) of \(TraceText.grouped(neurons))), \(TraceText.grouped(drawn)) events drawn"

        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(num(height))" viewBox="0 0 \(width) \(num(height))" font-family="sans-serif" font-size="11">
            <title>\(escape("Spike raster of \(pop.name)"))</title>
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(left)" y="20" font-size="14" font-weight="bold">\(escape("\(pop.name) — \(plot.model)"))</text>
            <text x="\(left)" y="38">\(escape(subtitle))</text>
            <text x="\(left)" y="54">\(escape(sampling))</text>
            <rect x="\(left)" y="\(top)" width="\(plotWidth)" height="\(num(plotHeight))" fill="none" stroke="#999"/>

            """
        // Timestep boundaries and virtual-step ticks.
        let labelEvery = columns <= 32 ? 1 : levels * max(1, (plot.steps.count + 15) / 16)
        for col in 0...columns {
            let x = left + col * columnWidth
            if col % levels == 0, col > 0, col < columns {
                svg += "<line x1=\"\(x)\" y1=\"\(top)\" x2=\"\(x)\" y2=\"\(num(Double(top) + plotHeight))\" stroke=\"#ccc\"/>\n"
            }
            if col < columns, col % labelEvery == 0 {
                let global = plot.steps.lowerBound * levels + col
                svg += "<text x=\"\(x + columnWidth / 2)\" y=\"\(num(Double(top) + plotHeight + 14))\" text-anchor=\"middle\">\(global)</text>\n"
            }
        }
        // Neuron ticks: about five, at multiples of the stride.
        let tickRows = Swift.stride(from: 0, to: rows, by: max(1, rows / 5))
        for row in tickRows {
            let y = Double(top) + (Double(row) + 0.5) * rowHeight
            svg += "<text x=\"\(left - 6)\" y=\"\(num(y + 4))\" text-anchor=\"end\">\(row * stride)</text>\n"
        }
        svg += """
            <text x="\(left + plotWidth / 2)" y="\(num(height - 10))" text-anchor="middle">virtual timestep t·D + j</text>
            <text transform="translate(16 \(num(Double(top) + plotHeight / 2))) rotate(-90)" text-anchor="middle">neuron index (channels-last)</text>
            <g fill="#1f4e9a">

            """
        svg += dots
        svg += "</g>\n</svg>\n"
        return svg
    }

    /// `x` with at most two decimals.
    private static func num(_ x: Double) -> String {
        let s = TraceText.fixed(x, 2)
        guard s.contains(".") else { return s }
        var t = Substring(s)
        while t.hasSuffix("0") { t = t.dropLast() }
        if t.hasSuffix(".") { t = t.dropLast() }
        return String(t)
    }

    /// `text` with the five XML special characters escaped and the control characters XML 1.0
    /// cannot carry replaced by U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "\t", "\n", "\r": out.unicodeScalars.append(c)
            case _ where c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF: out += "\u{FFFD}"
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
