import NCFormats

/// What `neurocycle trace info` shows: where a trace came from, how many spikes it holds and how
/// compactly. Computed from the header and the index alone (no chunk is decoded). The figures'
/// fields read through (`summary.fileBytes`).
@dynamicMemberLookup
public struct TraceSummary: Sendable, Equatable {
    /// One population; encoded under the snake_case keys of `trace info --json` (`alias_of`
    /// only for an alias: the synthesized encoding leaves out an absent optional).
    public struct Population: Sendable, Equatable, Encodable {
        /// The checkpoint's module path.
        public var name: String
        /// Neurons.
        public var neurons: Int
        /// The population it repeats, if it is an alias (aliases are not stored).
        public var aliasOf: String?
        /// Spikes over all timesteps (an alias counts its source's spikes again, as the authors count).
        public var spikes: Int
        /// Neuron-timesteps with a non-zero spike value.
        public var nonZero: Int
        /// Bytes of its chunks (headers, payloads and CRCs); 0 for an alias.
        public var chunkBytes: Int

        enum CodingKeys: String, CodingKey {
            case name, neurons, aliasOf = "alias_of", spikes, nonZero = "non_zero", chunkBytes = "chunk_bytes"
        }
    }

    /// The file's origin, shape and sizes; encoded under the snake_case keys of `trace info --json`.
    public struct Figures: Sendable, Equatable, Encodable {
        /// The trace file.
        public var path: String
        /// How its spikes were computed (nil for traces written before source records).
        public var source: TraceSource?
        /// Timesteps T.
        public var timesteps: Int
        /// Largest spike value D.
        public var spikeLevels: Int
        /// Every population, in topology order.
        public var populations: [Population]
        /// File length.
        public var fileBytes: Int
        /// Preamble, header (with the topology) and header CRC.
        public var headerBytes: Int
        /// All chunks.
        public var chunkBytes: Int
        /// Index, index CRC and footer.
        public var indexBytes: Int
        /// Spikes of every population, aliases counted (as `ReferenceRun.totalSpikes` counts).
        public var totalSpikes: Int
        /// Spikes of the stored populations.
        public var storedSpikes: Int
        /// Non-zero neuron-timesteps of the stored populations.
        public var storedNonZero: Int
        /// Neuron-timesteps of the stored populations.
        public var storedNeuronTimesteps: Int

        enum CodingKeys: String, CodingKey {
            case path, source, timesteps, spikeLevels = "spike_levels", populations, fileBytes = "file_bytes"
            case headerBytes = "header_bytes", chunkBytes = "chunk_bytes", indexBytes = "index_bytes", totalSpikes = "total_spikes"
            case storedSpikes = "stored_spikes", storedNonZero = "stored_non_zero", storedNeuronTimesteps = "stored_neuron_timesteps"
        }
    }

    /// What it was recorded from.
    public var identity: TraceIdentity
    /// Its origin, shape and sizes.
    public var figures: Figures

    /// Summarizes `reader`'s trace.
    public init(reader: TraceReader) {
        let topology = reader.topology
        var chunkBytesOf = [Int](repeating: 0, count: topology.populations.count)
        for c in reader.chunks { chunkBytesOf[c.population] += c.byteCount }
        let populations = topology.populations.enumerated().map { p, pop in
            let totals = reader.populationTotals[p]
            return Population(name: pop.name, neurons: pop.count, aliasOf: pop.aliasOf.map { topology.populations[$0].name },
                              spikes: totals.spikes, nonZero: totals.nonZero, chunkBytes: chunkBytesOf[p])
        }
        let chunkBytes = chunkBytesOf.reduce(0, +)
        let stored = populations.filter { $0.aliasOf == nil }
        identity = reader.identity
        figures = Figures(path: reader.path, source: reader.source, timesteps: reader.timesteps, spikeLevels: reader.spikeLevels,
                          populations: populations, fileBytes: reader.fileSize, headerBytes: reader.headerSize, chunkBytes: chunkBytes,
                          indexBytes: reader.fileSize - reader.headerSize - chunkBytes,
                          totalSpikes: populations.reduce(0) { $0 + $1.spikes }, storedSpikes: stored.reduce(0) { $0 + $1.spikes },
                          storedNonZero: stored.reduce(0) { $0 + $1.nonZero },
                          storedNeuronTimesteps: stored.reduce(0) { $0 + $1.neurons } * reader.timesteps)
    }

    /// A field of the figures.
    public subscript<Value>(dynamicMember field: KeyPath<Figures, Value>) -> Value { figures[keyPath: field] }

    /// Whole-file bytes per non-zero neuron-timestep of the stored populations (nil if none):
    /// the format's compactness, header and index included.
    public var bytesPerNonZero: Double? { ratio(figures.fileBytes, figures.storedNonZero) }
    /// Chunk bytes per non-zero neuron-timestep: the spike encoding alone.
    public var chunkBytesPerNonZero: Double? { ratio(figures.chunkBytes, figures.storedNonZero) }
    /// Whole-file bytes per stored spike (nil if none).
    public var bytesPerSpike: Double? { ratio(figures.fileBytes, figures.storedSpikes) }
    /// Fraction of stored neuron-timesteps whose spike value is zero.
    public var zeroFraction: Double? {
        ratio(figures.storedNeuronTimesteps - figures.storedNonZero, figures.storedNeuronTimesteps)
    }

    private func ratio(_ a: Int, _ b: Int) -> Double? { b > 0 ? Double(a) / Double(b) : nil }

    /// A plain-text rendering: the identity and totals, then one line per population.
    /// Names from the file are shortened in the middle (`…`) beyond `TextElision.nameLimit`
    /// characters, so a hostile trace cannot make the summary megabytes long.
    public var text: String {
        let name = { (text: String) in TextElision.middle(text) }
        let f = figures
        var lines = [
            "trace       \(f.path) (\(TraceText.grouped(f.fileBytes)) bytes)",
            "model       \(name(identity.modelName)) (sha256 \(identity.modelSHA256))",
            "input       \(name(identity.inputName)) (sha256 \(identity.inputSHA256))",
            "creator     \(name(identity.creator))",
            "source      \(f.source?.description ?? TraceSource.unknown)",
            "timesteps   T = \(f.timesteps), D = \(f.spikeLevels)",
            "spikes      \(TraceText.grouped(f.totalSpikes)) (aliases counted); stored \(TraceText.grouped(f.storedSpikes)) in \(TraceText.grouped(f.storedNonZero)) non-zero of \(TraceText.grouped(f.storedNeuronTimesteps)) neuron-timesteps (\(TraceText.percent(zeroFraction)) zero)",
            "bytes       header \(TraceText.grouped(f.headerBytes)), chunks \(TraceText.grouped(f.chunkBytes)), index and footer \(TraceText.grouped(f.indexBytes))",
            "compactness \(TraceText.fixed(bytesPerNonZero, 3)) bytes per non-zero neuron-timestep (chunks alone \(TraceText.fixed(chunkBytesPerNonZero, 3))), \(TraceText.fixed(bytesPerSpike, 3)) bytes per spike",
            "",
        ]
        let names = f.populations.map { name($0.name) }
        let width = max(10, names.map(\.count).max() ?? 0)
        lines.append(TraceText.pad("population", width) + "     neurons        spikes   non-zero   chunk bytes")
        for (p, shown) in zip(f.populations, names) {
            let nonZeroShare = p.neurons > 0 ? Double(p.nonZero) / Double(p.neurons * max(1, f.timesteps)) : nil
            var line = TraceText.pad(shown, width) + TraceText.left(TraceText.grouped(p.neurons), 12)
                + TraceText.left(TraceText.grouped(p.spikes), 14) + TraceText.left(TraceText.percent(nonZeroShare), 11)
                + TraceText.left(TraceText.grouped(p.chunkBytes), 14)
            if let a = p.aliasOf { line += "   alias of \(name(a))" }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Number formatting without locales, so output is the same everywhere.
enum TraceText {
    /// `1,234,567`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// `x` with `digits` decimals (`-` when nil or not finite).
    static func fixed(_ x: Double?, _ digits: Int) -> String {
        guard let x, x.isFinite, abs(x) < 1e15 else { return "-" }
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(x) * Double(scale)).rounded())
        let whole = String(scaled / scale)
        let fraction = String(scaled % scale)
        let sign = x < 0 && scaled != 0 ? "-" : ""
        guard digits > 0 else { return sign + whole }
        return sign + whole + "." + String(repeating: "0", count: digits - fraction.count) + fraction
    }

    /// `37.5 %` for 0.375.
    static func percent(_ x: Double?) -> String {
        guard let x else { return "-" }
        return fixed(x * 100, 1) + " %"
    }

    /// `text` padded with spaces on the right to `width`.
    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    /// `text` padded with spaces on the left to `width`.
    static func left(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
