/// The fixed numbers of the `.nctrace` format, version 1 (`traces/README.md` specifies every byte).
enum TraceFormat {
    /// The first 8 bytes of every trace: `NCTRACE` and a zero byte.
    static let magic: [UInt8] = Array("NCTRACE".utf8) + [0]
    /// The last 8 bytes of every complete trace: `NCTRIDX` and a zero byte.
    static let endMagic: [UInt8] = Array("NCTRIDX".utf8) + [0]
    /// The version this code writes and reads.
    static let version: UInt16 = 1
    /// Header flag bit 0: the header body ends with a source record (`TraceSource`).
    static let sourceFlag: UInt16 = 1
    /// Every flag this code knows; a trace with another bit set is refused.
    static let knownFlags: UInt16 = sourceFlag

    /// Magic, version, flags, header length.
    static let preambleSize = 16
    /// Timestep, population, encoding, neuron count, payload length.
    static let chunkHeaderSize = 17
    /// A chunk's CRC-32.
    static let crcSize = 4
    /// The smallest possible chunk: a header, an empty payload and the CRC.
    static let minimumChunkSize = chunkHeaderSize + crcSize
    /// Chunk count and population count at the start of the index.
    static let indexPrefixSize = 8
    /// Timestep, population, offset, non-zero neurons, spikes.
    static let indexEntrySize = 32
    /// Non-zero neuron-timesteps and spikes of one population.
    static let indexTotalSize = 16
    /// Index offset, index length, end magic.
    static let footerSize = 24

    /// The most neurons one population may have (2^28): a decoded chunk is this many bytes, so
    /// the limit bounds what a small hostile file can make a reader allocate.
    static let maxNeuronsPerPopulation = 1 << 28
    /// The largest spike level D (spikes are stored as bytes).
    static let maxSpikeLevels = 255
}

/// How a chunk's payload stores its spikes (the chunk header's encoding byte).
enum SpikeEncoding: UInt8, Sendable, CaseIterable {
    /// Rice-coded runs of zeros, each followed by a truncated-unary spike value.
    case zeroRuns = 0
    /// One byte per neuron.
    case dense = 1

    /// The name used in summaries.
    var name: String {
        switch self {
        case .zeroRuns: return "zero-runs"
        case .dense: return "dense"
        }
    }
}
