import NCFormats
import NCModel

/// Exports a trace's spikes as binary events, one CSV row each.
///
/// A neuron with integer spike `s` at timestep `t` is sent as `s` binary events on virtual steps
/// `0..<s` of that timestep (SPEC §3: virtual step `j` carries a spike iff `j < s`; the global
/// virtual timestep is `t * D + j`). Rows are `timestep,virtual_step,population,channel,y,x`
/// after a header row, in this order:
///
/// 1. timestep, ascending;
/// 2. population, in topology order (aliases included: an alias fires what its source fires);
/// 3. virtual step, ascending (a population sends all of its virtual steps before the next
///    population integrates them);
/// 4. neuron, in storage order: row `y`, then column `x`, then `channel` (channels-last).
///
/// So the rows of one population and timestep are the same in the full export and a filtered
/// one, and their count is the population's spike count.
public enum TraceExport {
    /// The first line of every export.
    public static let csvHeader = "timestep,virtual_step,population,channel,y,x"

    /// Writes the events of every population, or only of the one named `population`, to `out`
    /// and returns how many event rows were written (the header row not counted). Throws if no
    /// population has that name or a chunk cannot be read.
    @discardableResult
    public static func csv(reader: TraceReader, population: String? = nil,
                           to out: inout some TextOutputStream) throws -> Int {
        let topology = reader.topology
        let selected: [Int]
        if let population {
            guard let p = topology.population(named: population) else {
                throw FormatError.malformed("there is no population named \(population)").inFile(reader.path)
            }
            selected = [p]
        } else {
            selected = Array(topology.populations.indices)
        }
        out.write(csvHeader + "\n")
        var rows = 0
        var buffer = ""
        buffer.reserveCapacity(1 << 16)
        for t in 0..<reader.timesteps {
            for p in selected {
                let pop = topology.populations[p]
                let spikes = try reader.spikes(timestep: t, population: p)
                let name = csvField(pop.name)
                for j in 0..<reader.spikeLevels {
                    let prefix = "\(t),\(j),\(name),"
                    for (i, s) in spikes.enumerated() where Int(s) > j {
                        let c = i % pop.channels
                        let x = (i / pop.channels) % pop.width
                        let y = i / (pop.channels * pop.width)
                        buffer += prefix
                        buffer += "\(c),\(y),\(x)\n"
                        rows += 1
                        if buffer.utf8.count >= 1 << 16 {
                            out.write(buffer)
                            buffer.removeAll(keepingCapacity: true)
                        }
                    }
                }
            }
        }
        out.write(buffer)
        return rows
    }

    /// `text` as one CSV field: quoted (with quotes doubled) if it holds a comma, quote or line break.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        var quoted = "\""
        for c in text {
            if c == "\"" { quoted += "\"\"" } else { quoted.append(c) }
        }
        return quoted + "\""
    }
}
