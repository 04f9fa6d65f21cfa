import NCFormats
import NCModel

/// Writes a `.nctrace` file one chunk at a time, holding at most one chunk in memory.
///
/// Chunks are written timestep by timestep, and within a timestep in population order, skipping
/// aliases (a reader reproduces those from the population they alias):
///
///     let writer = try TraceWriter(path: "t320.nctrace", topology: graph.topology, identity: identity)
///     for t in 0..<topology.timesteps {
///         for p in topology.populations.indices where topology.populations[p].aliasOf == nil {
///             try writer.write(timestep: t, population: p, spikes: run.spikes[t][p])
///         }
///     }
///     try writer.finish()
///
/// The bytes go to `<path>.partial-<random>` in the same directory; `finish` writes the index,
/// flushes the file to disk and renames it to `path`. A writer abandoned (`abandon`, or released
/// without `finish`, or after an I/O error) deletes its temporary file, so an interrupted
/// recording leaves nothing behind. Every error is a one-line `FormatError` naming `path`.
public final class TraceWriter {
    /// Where the finished trace goes.
    public let path: String
    /// The network the spikes belong to.
    public let topology: NetworkTopology
    /// What the trace is recorded from.
    public let identity: TraceIdentity
    /// How its spikes were computed (nil: no source record, as traces before it had none).
    public let source: TraceSource?

    private let populations: TracePopulations
    private var file: AtomicFile?
    private var chunks: [TraceChunk] = []
    private var totals: [PopulationTotals]
    private var finished = false

    /// Starts a trace of `topology`'s spikes at `path`, with `source` in its header when given.
    /// Throws if the topology cannot be stored (see `traces/README.md`, "Limits"), a digest is
    /// not 64 hexadecimal digits, or the temporary file cannot be created.
    public init(path: String, topology: NetworkTopology, identity: TraceIdentity, source: TraceSource? = nil) throws {
        self.path = path
        self.topology = topology
        self.identity = identity
        self.source = source
        let pops: TracePopulations
        let file: AtomicFile
        do {
            pops = try TracePopulations(topology)
            guard pops.chunkCount <= Int(UInt32.max) else {
                throw FormatError.limitExceeded("\(pops.chunkCount) chunks are more than an index can list")
            }
            let header = try TraceHeader(topology: topology, identity: identity, source: source).encoded()
            file = try AtomicFile(path: path)
            try file.write(header)
        } catch let error as FormatError {
            throw error.inFile(path)
        }
        populations = pops
        totals = Array(repeating: PopulationTotals(nonZero: 0, spikes: 0), count: pops.counts.count)
        self.file = file
    }

    deinit { file?.discard() }

    /// The temporary file being written, until the trace is finished or abandoned.
    public var temporaryPath: String? { file?.temporaryPath }

    /// The `(timestep, population)` the next `write` must supply, or nil once all are written.
    public var nextChunk: (timestep: Int, population: Int)? {
        chunks.count < populations.chunkCount ? populations.position(ofChunk: chunks.count) : nil
    }

    /// Appends population `population`'s spikes at `timestep`: `spikes` holds one value in
    /// `0...D` per neuron, channels-last (`[height][width][channels]`), as `ReferenceRun.spikes`.
    /// Throws, leaving the writer unchanged, if this is not the chunk `nextChunk` names, the
    /// population is an alias, or the values do not fit; throws and abandons the trace if the
    /// file cannot be written.
    public func write(timestep: Int, population: Int, spikes: [UInt8]) throws {
        try spikes.withUnsafeBufferPointer { try write(timestep: timestep, population: population, spikes: $0) }
    }

    /// `write(timestep:population:spikes:)` from a buffer.
    public func write(timestep: Int, population: Int, spikes: UnsafeBufferPointer<UInt8>) throws {
        try FormatError.attaching(path) {
            try checkOpen()
            try append(encoded(timestep: timestep, population: population, spikes: spikes, asChunk: chunks.count),
                       neurons: populations.counts[population])
        }
    }

    /// Appends every stored population of `timestep` (`spikes[p]` for every population `p`,
    /// aliases included and not read), the next chunks in order: the same file as writing them one
    /// by one, each population checked and encoded on one of up to `threads` threads. When several
    /// are wrong, the error is the one writing them in order would have met first; nothing is
    /// appended then.
    public func write(timestep: Int, populations spikes: [[UInt8]], threads: Int) throws {
        try FormatError.attaching(path) {
            try checkOpen()
            try populations.checkTimestep(timestep)
            guard spikes.count == populations.counts.count else {
                throw FormatError.malformed(
                    "timestep \(timestep) has spikes of \(spikes.count) populations but the topology has \(populations.counts.count)")
            }
            let stored = spikes.indices.filter { populations.chunk(timestep: timestep, population: $0) != nil }
            let first = chunks.count
            let encoded = try Parallel.map(stored.count, threads: threads) { i in
                try spikes[stored[i]].withUnsafeBufferPointer {
                    try self.encoded(timestep: timestep, population: stored[i], spikes: $0, asChunk: first + i)
                }
            }
            for (i, e) in encoded.enumerated() { try append(e, neurons: populations.counts[stored[i]]) }
        }
    }

    /// Population `population`'s spikes at `timestep`, checked to be chunk number `k` (the order
    /// chunks are written in) and to fit, then encoded.
    private func encoded(timestep: Int, population: Int, spikes: UnsafeBufferPointer<UInt8>, asChunk k: Int) throws -> EncodedSpikes {
        try populations.checkIndex(timestep: timestep, population: population)
        let name = populations.names[population]
        guard let chunk = populations.chunk(timestep: timestep, population: population) else {
            let source = populations.names[populations.source[population]]
            throw FormatError.malformed(
                "population \(name) is an alias of \(source) and is not stored; write \(source) instead")
        }
        guard chunk == k else {
            let expected = k < populations.chunkCount ? populations.position(ofChunk: k) : nil
            let next = expected.map { "timestep \($0.timestep), population \(populations.names[$0.population])" }
            throw FormatError.malformed(
                "chunks must be written in order: got timestep \(timestep), population \(name) but the next is \(next ?? "none (all are written)")")
        }
        let n = populations.counts[population]
        guard spikes.count == n else {
            throw FormatError.malformed("population \(name) has \(n) neurons but \(spikes.count) spike values were given")
        }
        let levels = populations.spikeLevels
        if let bad = spikes.firstIndex(where: { Int($0) > levels }) {
            throw FormatError.malformed(
                "population \(name), timestep \(timestep): neuron \(bad) has spike value \(spikes[bad]), more than D = \(levels)")
        }
        return SpikeCodec.encode(spikes, levels: levels)
    }

    /// Appends an encoded chunk for `nextChunk` claiming `neurons` neurons. Only `write` and
    /// tests (which build hostile traces with it) call this directly.
    func append(_ encoded: EncodedSpikes, neurons: Int) throws {
        try checkOpen()
        guard let file, let next = nextChunk else { throw FormatError.malformed("all chunks are already written") }
        guard encoded.payload.count <= Int(UInt32.max), neurons <= Int(UInt32.max) else {
            throw FormatError.limitExceeded("a chunk payload of \(encoded.payload.count) bytes")
        }
        var head = [UInt8]()
        head.appendLE(UInt32(next.timestep))
        head.appendLE(UInt32(next.population))
        head.append(encoded.encoding.rawValue)
        head.appendLE(UInt32(neurons))
        head.appendLE(UInt32(encoded.payload.count))
        var crc = CRC32()
        crc.update(head)
        crc.update(encoded.payload)
        var tail = [UInt8]()
        tail.appendLE(crc.value)
        let offset = file.count
        do {
            try file.write(head)
            try file.write(encoded.payload)
            try file.write(tail)
        } catch {
            abandon()
            throw error
        }
        let byteCount = head.count + encoded.payload.count + tail.count
        chunks.append(TraceChunk(timestep: next.timestep, population: next.population, offset: offset,
                                 byteCount: byteCount, nonZero: encoded.nonZero, spikes: encoded.spikes))
        totals[next.population].nonZero += encoded.nonZero
        totals[next.population].spikes += encoded.spikes
    }

    /// Writes the index and footer, flushes the file to disk and renames it to `path`. Throws if
    /// a chunk is missing (the writer stays open) or the file cannot be completed (the trace is
    /// abandoned).
    public func finish() throws {
        try FormatError.attaching(path) {
            try checkOpen()
            if let next = nextChunk {
                throw FormatError.malformed(
                    "the trace is incomplete: \(chunks.count) of \(populations.chunkCount) chunks written, the next is timestep \(next.timestep), population \(populations.names[next.population])")
            }
            guard let file else { throw FormatError.io("the writer has no file") }
            var all = totals
            for p in all.indices { all[p] = totals[populations.source[p]] }
            do {
                try file.write(TraceIndex.encoded(chunks: chunks, totals: all, at: file.count))
                try file.commit()
            } catch {
                abandon()
                throw error
            }
            finished = true
            self.file = nil
        }
    }

    /// Stops writing and deletes the temporary file; `path` is left as it was. Does nothing once
    /// the trace is finished.
    public func abandon() {
        file?.discard()
        file = nil
    }

    private func checkOpen() throws {
        guard !finished else { throw FormatError.malformed("the trace is already finished") }
        guard file != nil else { throw FormatError.malformed("the trace was abandoned") }
    }

    /// Writes a whole trace: `spikes[t][p]` is population `p`'s spikes at timestep `t` for every
    /// population, aliases included (as `ReferenceRun.spikes` holds them); an alias's spikes must
    /// equal those of the population it aliases, since only those are stored.
    /// Populations are encoded on up to `threads` threads; the file does not depend on it.
    public static func write(path: String, topology: NetworkTopology, identity: TraceIdentity, source: TraceSource? = nil,
                             spikes: [[[UInt8]]], threads: Int = Parallel.defaultThreads) throws {
        let writer = try TraceWriter(path: path, topology: topology, identity: identity, source: source)
        let pops = writer.populations
        do {
            try FormatError.attaching(path) {
                guard !spikes.isEmpty else {
                    throw FormatError.malformed("no spikes were given (a ReferenceRun keeps them only with keepSpikes: true)")
                }
                guard spikes.count == pops.timesteps else {
                    throw FormatError.malformed("\(spikes.count) timesteps of spikes were given for a trace of \(pops.timesteps)")
                }
                for (t, maps) in spikes.enumerated() {
                    guard maps.count == pops.counts.count else {
                        throw FormatError.malformed(
                            "timestep \(t) has spikes of \(maps.count) populations but the topology has \(pops.counts.count)")
                    }
                    for p in maps.indices where pops.source[p] != p {
                        guard maps[p] == maps[pops.source[p]] else {
                            throw FormatError.malformed(
                                "population \(pops.names[p]) is an alias of \(pops.names[pops.source[p]]) but their spikes at timestep \(t) differ")
                        }
                    }
                    try writer.write(timestep: t, populations: maps, threads: threads)
                }
            }
            try writer.finish()
        } catch {
            writer.abandon()
            throw error
        }
    }
}
