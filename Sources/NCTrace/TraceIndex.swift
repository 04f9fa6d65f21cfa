import NCFormats

/// Where one chunk is and what it holds, as the index records it.
public struct TraceChunk: Sendable, Equatable {
    /// Timestep.
    public var timestep: Int
    /// Population index (always a stored population, never an alias).
    public var population: Int
    /// Byte offset of the chunk header in the file.
    public var offset: Int
    /// Bytes of the whole chunk: header, payload and CRC (filled in from the chunk header).
    public var byteCount: Int
    /// Neurons with a non-zero spike value.
    public var nonZero: Int
    /// Sum of the spike values.
    public var spikes: Int
}

/// Non-zero neuron-timesteps and spikes of one population over all timesteps.
public struct PopulationTotals: Sendable, Equatable {
    /// Neuron-timesteps with a non-zero spike value.
    public var nonZero: Int
    /// Sum of the spike values.
    public var spikes: Int
}

/// The index and footer at the end of a trace (`traces/README.md`, "Index" and "Footer").
enum TraceIndex {
    /// The index, its CRC and the footer for a trace whose index starts at `offset`.
    static func encoded(chunks: [TraceChunk], totals: [PopulationTotals], at offset: Int) -> [UInt8] {
        var index = [UInt8]()
        index.reserveCapacity((indexLength(chunks: chunks.count, populations: totals.count) ?? 0) + 28)
        index.appendLE(UInt32(chunks.count))
        index.appendLE(UInt32(totals.count))
        for c in chunks {
            index.appendLE(UInt32(c.timestep))
            index.appendLE(UInt32(c.population))
            index.appendLE(UInt64(c.offset))
            index.appendLE(UInt64(c.nonZero))
            index.appendLE(UInt64(c.spikes))
        }
        for t in totals {
            index.appendLE(UInt64(t.nonZero))
            index.appendLE(UInt64(t.spikes))
        }
        let length = index.count
        index.appendLE(CRC32.checksum(index))
        index.appendLE(UInt64(offset))
        index.appendLE(UInt64(length))
        index.append(contentsOf: TraceFormat.endMagic)
        return index
    }

    /// Bytes of an index (without its CRC) listing `chunks` chunks and `populations` totals, or
    /// nil if that overflows.
    static func indexLength(chunks: Int, populations: Int) -> Int? {
        let (a, o1) = chunks.multipliedReportingOverflow(by: TraceFormat.indexEntrySize)
        let (b, o2) = populations.multipliedReportingOverflow(by: TraceFormat.indexTotalSize)
        let (ab, o3) = a.addingReportingOverflow(b)
        let (n, o4) = ab.addingReportingOverflow(TraceFormat.indexPrefixSize)
        return o1 || o2 || o3 || o4 ? nil : n
    }
}
