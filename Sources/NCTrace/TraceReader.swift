import NCFormats
import NCModel

/// A `.nctrace` file opened for reading: its network, identity and index are checked when it is
/// opened; a chunk's CRC and payload are checked each time its spikes are read.
///
///     let trace = try TraceReader(path: "t320.nctrace")
///     let spikes = try trace.spikes(timestep: 0, population: 3)   // channels-last, 0...D each
///
/// Every error is a one-line `FormatError` naming the file, and the chunk when one is at fault:
/// `t320.nctrace: chunk 17 (timestep 0, population model.4.0.Conv.lif2) fails its CRC-32 check`.
public final class TraceReader: Sendable {
    /// The file read.
    public let path: String
    /// The network the spikes belong to.
    public let topology: NetworkTopology
    /// What the trace was recorded from.
    public let identity: TraceIdentity
    /// How its spikes were computed; nil for traces written before source records existed.
    public let source: TraceSource?
    /// Chunks in chunk-number order: timestep-major, then stored population (aliases have none).
    public let chunks: [TraceChunk]
    /// Per population (aliases included, equal to the population they alias): non-zero
    /// neuron-timesteps and spikes over all timesteps, from the index.
    public let populationTotals: [PopulationTotals]
    /// File length in bytes.
    public let fileSize: Int
    /// Bytes before the first chunk: preamble, header and header CRC.
    public let headerSize: Int

    private let populations: TracePopulations
    private let file: MappedFile

    /// Timesteps T.
    public var timesteps: Int { populations.timesteps }
    /// Largest spike value D (virtual timesteps per timestep).
    public var spikeLevels: Int { populations.spikeLevels }

    /// Opens and checks the trace at `path`: magic, version, header CRC, footer, index CRC, that
    /// every stored `(timestep, population)` has exactly one chunk, and that the chunks exactly
    /// fill the space between the header and the index.
    public init(path: String) throws {
        let file = try MappedFile(path: path)
        let layout: Layout
        do {
            layout = try file.withBytes { try Layout($0) }
        } catch let error as FormatError {
            throw error.inFile(path)
        }
        self.path = path
        self.file = file
        topology = layout.header.topology
        identity = layout.header.identity
        source = layout.header.source
        populations = layout.populations
        chunks = layout.chunks
        populationTotals = layout.totals
        fileSize = file.count
        headerSize = layout.chunkStart
    }

    /// Population `population`'s spikes at `timestep`: one value in `0...D` per neuron,
    /// channels-last (`[height][width][channels]`). An alias returns the spikes of the population
    /// it aliases. Checks the chunk's CRC-32, that its payload decodes to exactly the
    /// population's neurons with values at most D, and that it agrees with the index.
    public func spikes(timestep: Int, population: Int) throws -> [UInt8] {
        try FormatError.attaching(path) {
            try populations.checkIndex(timestep: timestep, population: population)
            let source = populations.source[population]
            guard let k = populations.chunk(timestep: timestep, population: source) else {
                throw FormatError.malformed("population \(populations.names[source]) is not stored")
            }
            return try decode(chunk: k)
        }
    }

    /// Every population's spikes at `timestep` (`spikes(timestep:population:)` for each, in
    /// population order), decoded on up to `threads` threads; the first population's problem, in
    /// order, is the one thrown.
    public func spikes(timestep: Int, threads: Int) throws -> [[UInt8]] {
        try Parallel.map(topology.populations.count, threads: threads) { try spikes(timestep: timestep, population: $0) }
    }

    /// Reads every chunk, checking each CRC and payload; throws the first problem found.
    public func verify() throws {
        try FormatError.attaching(path) {
            for k in chunks.indices { _ = try decode(chunk: k) }
        }
    }

    /// The spikes of chunk `k` (a chunk number, `0..<chunks.count`).
    private func decode(chunk k: Int) throws -> [UInt8] {
        let c = chunks[k]
        let label = populations.label(chunk: k)
        return try file.withBytes { bytes in
            let checked = c.byteCount - TraceFormat.crcSize
            let stored = UInt32(bytes[c.offset + checked]) | UInt32(bytes[c.offset + checked + 1]) << 8
                | UInt32(bytes[c.offset + checked + 2]) << 16 | UInt32(bytes[c.offset + checked + 3]) << 24
            guard CRC32.checksum(UnsafeRawBufferPointer(rebasing: bytes[c.offset..<(c.offset + checked)])) == stored else {
                throw FormatError.malformed("\(label) fails its CRC-32 check")
            }
            let payloadStart = c.offset + TraceFormat.chunkHeaderSize
            let payload = UnsafeRawBufferPointer(rebasing: bytes[payloadStart..<(c.offset + checked)])
            let decoded = try FormatError.prefixing("\(label): ") {
                try SpikeCodec.decode(payload, encoding: bytes[c.offset + 8], neurons: populations.counts[c.population],
                                      levels: populations.spikeLevels)
            }
            guard decoded.nonZero == c.nonZero, decoded.spikes == c.spikes else {
                throw FormatError.malformed(
                    "\(label) holds \(decoded.nonZero) non-zero neurons and \(decoded.spikes) spikes but the index records \(c.nonZero) and \(c.spikes)")
            }
            return decoded.values
        }
    }
}

/// Everything `TraceReader.init` checks, parsed from the file's bytes. Throws `FormatError`
/// without the file name.
private struct Layout {
    var header: TraceHeader
    var populations: TracePopulations
    var chunkStart: Int
    var chunks: [TraceChunk]
    var totals: [PopulationTotals]

    init(_ bytes: UnsafeRawBufferPointer) throws {
        let size = bytes.count
        let magic = TraceFormat.magic
        guard size >= magic.count else {
            if bytes.elementsEqual(magic.prefix(size)) {
                throw FormatError.truncated("the file is only \(size) bytes long")
            }
            throw FormatError.malformed("not a neurocycle trace (bad magic)")
        }
        guard bytes.prefix(magic.count).elementsEqual(magic) else {
            throw FormatError.malformed("not a neurocycle trace (bad magic)")
        }
        var r = ByteReader(bytes, offset: magic.count, context: "preamble")
        let version = try r.le(UInt16.self, "format version")
        guard version == TraceFormat.version else {
            throw FormatError.unsupported("trace format version \(version) (this neurocycle reads version \(TraceFormat.version))")
        }
        let flags = try r.le(UInt16.self, "flags")
        let headerLength = Int(try r.le(UInt32.self, "header length"))
        let headerEnd = TraceFormat.preambleSize + headerLength
        guard headerEnd + TraceFormat.crcSize <= size else {
            throw FormatError.truncated(
                "the header needs \(headerEnd + TraceFormat.crcSize) bytes but the file has \(size)")
        }
        guard CRC32.checksum(UnsafeRawBufferPointer(rebasing: bytes[0..<headerEnd])) == Layout.u32(bytes, at: headerEnd) else {
            throw FormatError.malformed("the header fails its CRC-32 check")
        }
        guard flags & ~TraceFormat.knownFlags == 0 else {
            throw FormatError.unsupported(
                "header flags \(flags) (this neurocycle knows only bit 0, the source record: a newer neurocycle wrote this trace)")
        }
        (header, populations) = try TraceHeader.decode(
            body: UnsafeRawBufferPointer(rebasing: bytes[TraceFormat.preambleSize..<headerEnd]), flags: flags)
        chunkStart = headerEnd + TraceFormat.crcSize

        // The footer, then the index it points to.
        let footer = size - TraceFormat.footerSize
        guard footer >= chunkStart, bytes[(size - 8)...].elementsEqual(TraceFormat.endMagic) else {
            throw FormatError.truncated("the footer is missing")
        }
        let indexOffset = Layout.u64(bytes, at: footer)
        let indexLength = Layout.u64(bytes, at: footer + 8)
        guard indexOffset >= UInt64(chunkStart), indexLength <= UInt64(size), indexOffset <= UInt64(footer),
            indexOffset + indexLength + UInt64(TraceFormat.crcSize) == UInt64(footer)
        else {
            throw FormatError.malformed(
                "the footer places the index at offset \(indexOffset) with length \(indexLength), which does not end at the footer (offset \(footer))")
        }
        let indexStart = Int(indexOffset)
        let indexEnd = indexStart + Int(indexLength)
        guard CRC32.checksum(UnsafeRawBufferPointer(rebasing: bytes[indexStart..<indexEnd])) == Layout.u32(bytes, at: indexEnd) else {
            throw FormatError.malformed("the index fails its CRC-32 check")
        }
        let index = UnsafeRawBufferPointer(rebasing: bytes[indexStart..<indexEnd])
        (chunks, totals) = try Layout.readIndex(index, populations: populations, chunkStart: chunkStart,
                                                chunkEnd: indexStart, file: bytes)
    }

    /// Parses the index and the chunk headers it points to.
    private static func readIndex(
        _ index: UnsafeRawBufferPointer, populations pops: TracePopulations, chunkStart: Int, chunkEnd: Int,
        file: UnsafeRawBufferPointer
    ) throws -> ([TraceChunk], [PopulationTotals]) {
        var r = ByteReader(index, context: "index")
        let listed = Int(try r.le(UInt32.self, "chunk count"))
        let populationCount = Int(try r.le(UInt32.self, "population count"))
        guard populationCount == pops.counts.count else {
            throw FormatError.malformed(
                "the index has totals for \(populationCount) populations but the topology has \(pops.counts.count)")
        }
        guard let expected = TraceIndex.indexLength(chunks: listed, populations: populationCount), expected == index.count else {
            throw FormatError.malformed(
                "the index is \(index.count) bytes, which is not the size of \(listed) chunk entries and \(populationCount) totals")
        }
        // Every chunk takes at least 21 bytes, so the chunk area bounds how many there can be.
        let area = chunkEnd - chunkStart
        guard pops.chunkCount <= area / TraceFormat.minimumChunkSize else {
            throw FormatError.malformed(
                "the trace needs \(pops.timesteps) x \(pops.stored.count) = \(pops.chunkCount) chunks but its \(area) bytes of chunks can hold at most \(area / TraceFormat.minimumChunkSize)")
        }
        let levels = pops.spikeLevels
        var entryOf = [Int](repeating: -1, count: pops.chunkCount)
        var chunks = [TraceChunk](repeating: TraceChunk(timestep: 0, population: 0, offset: 0, byteCount: 0, nonZero: 0, spikes: 0),
                                  count: pops.chunkCount)
        for i in 0..<listed {
            let t = Int(try r.le(UInt32.self, "chunk timestep"))
            let p = Int(try r.le(UInt32.self, "chunk population"))
            let offset = try r.le(UInt64.self, "chunk offset")
            let nonZero = try r.le(UInt64.self, "chunk non-zero count")
            let spikes = try r.le(UInt64.self, "chunk spike count")
            guard t < pops.timesteps, p < pops.counts.count else {
                throw FormatError.malformed(
                    "index entry \(i) names timestep \(t), population \(p), outside the trace's \(pops.timesteps) timesteps and \(pops.counts.count) populations")
            }
            guard let k = pops.chunk(timestep: t, population: p) else {
                throw FormatError.malformed(
                    "index entry \(i) names population \(pops.names[p]), an alias, which is not stored")
            }
            let label = pops.label(chunk: k)
            guard entryOf[k] < 0 else { throw FormatError.malformed("\(label) appears twice in the index") }
            entryOf[k] = i
            guard offset >= UInt64(chunkStart), offset <= UInt64(chunkEnd),
                UInt64(chunkEnd) - offset >= UInt64(TraceFormat.minimumChunkSize)
            else {
                throw FormatError.malformed(
                    "\(label): the index places it at offset \(offset), outside the chunks (bytes \(chunkStart)..<\(chunkEnd) of the file)")
            }
            let n = pops.counts[p]
            guard nonZero <= UInt64(n), spikes >= nonZero, spikes <= nonZero * UInt64(levels) else {
                throw FormatError.malformed(
                    "\(label): the index records \(nonZero) non-zero neurons and \(spikes) spikes, impossible for \(n) neurons with D = \(levels)")
            }
            chunks[k] = TraceChunk(timestep: t, population: p, offset: Int(offset), byteCount: 0,
                                   nonZero: Int(nonZero), spikes: Int(spikes))
        }
        if let k = entryOf.firstIndex(of: -1) {
            throw FormatError.malformed("\(pops.label(chunk: k)) is missing from the index")
        }
        var totals = [PopulationTotals]()
        totals.reserveCapacity(populationCount)
        for p in 0..<populationCount {
            let nonZero = try r.le(UInt64.self, "population non-zero total")
            let spikes = try r.le(UInt64.self, "population spike total")
            guard nonZero <= UInt64(Int.max), spikes <= UInt64(Int.max) else {
                throw FormatError.malformed("the index's totals for population \(pops.names[p]) are too large")
            }
            totals.append(PopulationTotals(nonZero: Int(nonZero), spikes: Int(spikes)))
        }

        // Chunk headers: each agrees with its index entry, and together they tile the chunk area.
        for k in chunks.indices {
            let c = chunks[k]
            let label = pops.label(chunk: k)
            let t = Int(u32(file, at: c.offset))
            let p = Int(u32(file, at: c.offset + 4))
            let n = Int(u32(file, at: c.offset + 9))
            let payload = Int(u32(file, at: c.offset + 13))
            guard t == c.timestep, p == c.population else {
                throw FormatError.malformed("\(label): the chunk at offset \(c.offset) says it is timestep \(t), population \(p)")
            }
            guard n == pops.counts[p] else {
                throw FormatError.malformed("\(label) holds \(n) neurons but its population has \(pops.counts[p])")
            }
            guard payload <= chunkEnd - c.offset - TraceFormat.minimumChunkSize else {
                throw FormatError.malformed(
                    "\(label): its \(payload)-byte payload at offset \(c.offset) runs past the index at offset \(chunkEnd)")
            }
            chunks[k].byteCount = TraceFormat.minimumChunkSize + payload
        }
        var next = chunkStart
        for k in chunks.indices.sorted(by: { chunks[$0].offset < chunks[$1].offset }) {
            let c = chunks[k]
            guard c.offset == next else {
                throw FormatError.malformed(
                    c.offset > next
                        ? "\(pops.label(chunk: k)) starts at offset \(c.offset) but the chunk before it ends at \(next)"
                        : "\(pops.label(chunk: k)) at offset \(c.offset) overlaps the chunk before it, which ends at \(next)")
            }
            next = c.offset + c.byteCount
        }
        guard next == chunkEnd else {
            throw FormatError.malformed("the chunks end at offset \(next) but the index starts at \(chunkEnd)")
        }

        // Population totals: the sums of their chunks; an alias repeats its source.
        var sums = [PopulationTotals](repeating: PopulationTotals(nonZero: 0, spikes: 0), count: populationCount)
        for c in chunks {
            let (nz, o1) = sums[c.population].nonZero.addingReportingOverflow(c.nonZero)
            let (sp, o2) = sums[c.population].spikes.addingReportingOverflow(c.spikes)
            guard !o1, !o2 else {
                throw FormatError.malformed("the spike totals of population \(pops.names[c.population]) overflow")
            }
            sums[c.population] = PopulationTotals(nonZero: nz, spikes: sp)
        }
        for p in 0..<populationCount where totals[p] != sums[pops.source[p]] {
            let s = sums[pops.source[p]]
            throw FormatError.malformed(
                "the index's totals for population \(pops.names[p]) (\(totals[p].nonZero) non-zero, \(totals[p].spikes) spikes) disagree with its chunks (\(s.nonZero), \(s.spikes))")
        }
        return (chunks, totals)
    }

    static func u32(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
            | UInt32(bytes[offset + 3]) << 24
    }

    static func u64(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt64 {
        UInt64(u32(bytes, at: offset)) | UInt64(u32(bytes, at: offset + 4)) << 32
    }
}
