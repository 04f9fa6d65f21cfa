import NCFormats
import NCModel

/// What a trace needs to know about a topology's populations: their sizes, which are stored, and
/// which stored population each alias repeats. Checked once, by the writer and by the reader, so
/// every later use of these numbers is safe.
struct TracePopulations: Sendable {
    /// Neurons per population.
    let counts: [Int]
    /// The stored population each population's spikes come from (itself unless it is an alias).
    let source: [Int]
    /// The stored (non-alias) populations, ascending.
    let stored: [Int]
    /// For each population, its position among the stored ones (nil for an alias).
    let slot: [Int?]
    /// Timesteps T.
    let timesteps: Int
    /// Largest spike value D.
    let spikeLevels: Int
    /// Population names.
    let names: [String]
    /// Chunks in a complete trace: T times the stored populations.
    let chunkCount: Int

    /// Checks `topology`: at least one timestep, `D` in 1...255, every population non-empty and
    /// at most 2^28 neurons, every alias pointing at an earlier population of the same shape.
    /// Throws `FormatError.malformed` or `.limitExceeded` (without a file name).
    init(_ topology: NetworkTopology) throws {
        guard topology.timesteps >= 1, topology.timesteps <= Int(UInt32.max) else {
            throw FormatError.malformed("the topology has \(topology.timesteps) timesteps (need 1 to \(UInt32.max))")
        }
        guard (1...TraceFormat.maxSpikeLevels).contains(topology.spikeLevels) else {
            throw FormatError.malformed(
                "the topology's spike level D = \(topology.spikeLevels) is outside 1...\(TraceFormat.maxSpikeLevels)")
        }
        guard topology.populations.count <= Int(UInt32.max) else {
            throw FormatError.limitExceeded("the topology has \(topology.populations.count) populations")
        }
        var counts = [Int]()
        var source = [Int]()
        var stored = [Int]()
        var slot = [Int?]()
        for (p, pop) in topology.populations.enumerated() {
            let label = "population \(p) (\(pop.name))"
            guard pop.channels >= 1, pop.height >= 1, pop.width >= 1 else {
                throw FormatError.malformed("\(label) has shape \(pop.height)x\(pop.width)x\(pop.channels)")
            }
            let (hw, o1) = pop.height.multipliedReportingOverflow(by: pop.width)
            let (n, o2) = hw.multipliedReportingOverflow(by: pop.channels)
            guard !o1, !o2, n <= TraceFormat.maxNeuronsPerPopulation else {
                throw FormatError.limitExceeded(
                    "\(label) has \(pop.height)x\(pop.width)x\(pop.channels) neurons, more than the \(TraceFormat.maxNeuronsPerPopulation) a trace allows")
            }
            counts.append(n)
            if let a = pop.aliasOf {
                guard a >= 0, a < p else {
                    throw FormatError.malformed("\(label) is an alias of population \(a), which is not an earlier population")
                }
                let s = source[a]
                let src = topology.populations[s]
                guard src.channels == pop.channels, src.height == pop.height, src.width == pop.width else {
                    throw FormatError.malformed("\(label) is an alias of \(src.name), which has a different shape")
                }
                source.append(s)
                slot.append(nil)
            } else {
                source.append(p)
                slot.append(stored.count)
                stored.append(p)
            }
        }
        let (chunks, overflow) = topology.timesteps.multipliedReportingOverflow(by: stored.count)
        guard !overflow else {
            throw FormatError.limitExceeded("\(topology.timesteps) timesteps of \(stored.count) populations are too many chunks")
        }
        self.chunkCount = chunks
        self.counts = counts
        self.source = source
        self.stored = stored
        self.slot = slot
        self.timesteps = topology.timesteps
        self.spikeLevels = topology.spikeLevels
        self.names = topology.populations.map(\.name)
    }


    /// The chunk number of stored population `p` at timestep `t` (timestep-major: the order the
    /// writer writes them in).
    func chunk(timestep t: Int, population p: Int) -> Int? {
        guard let s = slot[p] else { return nil }
        return t * stored.count + s
    }

    /// Refuses a timestep index the trace does not have.
    func checkTimestep(_ t: Int) throws {
        guard (0..<timesteps).contains(t) else {
            throw FormatError.malformed("there is no timestep \(t) (the trace has \(timesteps))")
        }
    }

    /// Refuses a timestep or population index the trace does not have (reader and writer alike).
    func checkIndex(timestep t: Int, population p: Int) throws {
        try checkTimestep(t)
        guard (0..<counts.count).contains(p) else {
            throw FormatError.malformed("there is no population \(p) (the trace has \(counts.count))")
        }
    }

    /// `(timestep, population)` of chunk `k`.
    func position(ofChunk k: Int) -> (timestep: Int, population: Int) {
        (k / stored.count, stored[k % stored.count])
    }

    /// `chunk 17 (timestep 0, population model.4.0.Conv.lif2)`, for messages.
    func label(chunk k: Int) -> String {
        let (t, p) = position(ofChunk: k)
        return "chunk \(k) (timestep \(t), population \(names[p]))"
    }
}
