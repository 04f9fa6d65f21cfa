import Foundation
import NCFormats
import XCTest

@testable import NCModel
@testable import NCTrace

/// Damaged and hostile traces: every problem is a one-line error naming the file (and the chunk
/// when one is at fault), never a trap, never a wrong answer.
final class TraceHostileTests: XCTestCase {
    private func smallTrace() throws -> (dir: String, path: String, bytes: [UInt8], spikes: [[[UInt8]]]) {
        let dir = try scratchDirectory()
        let path = dir + "/t.nctrace"
        let topology = TestTopology.small()
        let spikes = TestTopology.spikes(topology, seed: 13)
        try TraceWriter.write(path: path, topology: topology, identity: TraceFiles.identity, spikes: spikes)
        return (dir, path, try TraceFiles.read(path), spikes)
    }

    func testTruncatedAtEveryOffset() throws {
        let (dir, _, bytes, _) = try smallTrace()
        let cut = dir + "/cut.nctrace"
        for n in 0..<bytes.count {
            try TraceFiles.write(Array(bytes[0..<n]), to: cut)
            assertTraceError(cut, "", "truncated to \(n) bytes") { try TraceFiles.readAll(cut) }
        }
        // Past the header, a truncated file has lost its footer.
        let reader = try TraceReader(path: dir + "/t.nctrace")
        try TraceFiles.write(Array(bytes[0..<(reader.headerSize + 30)]), to: cut)
        assertTraceError(cut, "truncated: the footer is missing") { try TraceFiles.readAll(cut) }
        try TraceFiles.write(Array(bytes[0..<5]), to: cut)
        assertTraceError(cut, "truncated: the file is only 5 bytes long") { try TraceFiles.readAll(cut) }
        try TraceFiles.write(Array(bytes[0..<40]), to: cut)
        assertTraceError(cut, "truncated: the header needs") { try TraceFiles.readAll(cut) }
    }

    /// Every single-bit flip anywhere in the file is detected (by a CRC, the magic, the footer's
    /// arithmetic or the version check), and so is a whole-byte inversion at a sample of offsets.
    func testEveryByteFlipIsDetected() throws {
        let (dir, _, bytes, _) = try smallTrace()
        let bad = dir + "/flipped.nctrace"
        for offset in bytes.indices {
            for mask: UInt8 in offset % 7 == 0 ? [1 << UInt8(offset % 8), 0xFF] : [1 << UInt8(offset % 8)] {
                var damaged = bytes
                damaged[offset] ^= mask
                try TraceFiles.write(damaged, to: bad)
                assertTraceError(bad, "", "byte \(offset) ^ \(mask)") { try TraceFiles.readAll(bad) }
            }
        }
    }

    func testCRCFailureNamesTheChunk() throws {
        let (_, path, bytes, _) = try smallTrace()
        let reader = try TraceReader(path: path)
        let chunk = reader.chunks[3]  // timestep 1, population 1
        var damaged = bytes
        damaged[chunk.offset + 19] ^= 0x10
        try TraceFiles.write(damaged, to: path)
        let opened = try TraceReader(path: path)  // the index is intact: opening succeeds
        XCTAssertNoThrow(try opened.spikes(timestep: 0, population: 1))
        assertTraceError(path, "\(path): chunk 3 (timestep 1, population model.1.Conv.lif) fails its CRC-32 check") {
            _ = try opened.spikes(timestep: 1, population: 1)
        }
        // The alias reads the same chunk and reports it.
        assertTraceError(path, "chunk 3 (timestep 1, population model.1.Conv.lif) fails its CRC-32 check") {
            _ = try opened.spikes(timestep: 1, population: 2)
        }
        assertTraceError(path, "chunk 3 (timestep 1, population model.1.Conv.lif)") { try opened.verify() }
    }

    func testWrongMagicAndVersion() throws {
        let (_, path, bytes, _) = try smallTrace()
        var damaged = bytes
        damaged[0] = UInt8(ascii: "X")
        try TraceFiles.write(damaged, to: path)
        assertTraceError(path, "\(path): not a neurocycle trace (bad magic)") { _ = try TraceReader(path: path) }

        try TraceFiles.write(Array("PK\u{3}\u{4} not a trace at all, but long enough".utf8), to: path)
        assertTraceError(path, "not a neurocycle trace (bad magic)") { _ = try TraceReader(path: path) }

        damaged = bytes
        damaged[8] = 7
        try TraceFiles.write(damaged, to: path)
        assertTraceError(path, "\(path): unsupported: trace format version 7 (this neurocycle reads version 1)") {
            _ = try TraceReader(path: path)
        }

        // The end marker damaged: the footer is gone.
        damaged = bytes
        damaged[damaged.count - 3] ^= 0x20
        try TraceFiles.write(damaged, to: path)
        assertTraceError(path, "truncated: the footer is missing") { _ = try TraceReader(path: path) }

        try TraceFiles.write([], to: path)
        assertTraceError(path, "truncated: the file is only 0 bytes long") { _ = try TraceReader(path: path) }
        assertTraceError("/no/such/file.nctrace", "cannot open") { _ = try TraceReader(path: "/no/such/file.nctrace") }
    }

    func testDuplicateAndMissingChunksInTheIndex() throws {
        let (_, path, bytes, _) = try smallTrace()
        let clean = RawIndex(bytes)
        XCTAssertEqual(clean.rebuilt(bytes), bytes, "the test's index builder matches the writer")

        var index = clean
        index.entries[2] = index.entries[0]
        try TraceFiles.write(index.rebuilt(bytes), to: path)
        assertTraceError(path, "chunk 0 (timestep 0, population model.0.Conv.lif) appears twice in the index") {
            _ = try TraceReader(path: path)
        }

        index = clean
        index.entries.remove(at: 3)
        try TraceFiles.write(index.rebuilt(bytes), to: path)
        assertTraceError(path, "chunk 3 (timestep 1, population model.1.Conv.lif) is missing from the index") {
            _ = try TraceReader(path: path)
        }

        // Entries naming an alias or a population or timestep that does not exist.
        index = clean
        index.entries[1].population = 2
        try TraceFiles.write(index.rebuilt(bytes), to: path)
        assertTraceError(path, "index entry 1 names population model.2.Conv.lif, an alias") { _ = try TraceReader(path: path) }
        index = clean
        index.entries[1].timestep = 2
        try TraceFiles.write(index.rebuilt(bytes), to: path)
        assertTraceError(path, "index entry 1 names timestep 2, population 1, outside") { _ = try TraceReader(path: path) }

        // Two entries swapped: each then points at the other's chunk.
        index = clean
        index.entries.swapAt(0, 1)
        (index.entries[0].offset, index.entries[1].offset) = (index.entries[1].offset, index.entries[0].offset)
        try TraceFiles.write(index.rebuilt(bytes), to: path)
        assertTraceError(path, "the chunk at offset") { _ = try TraceReader(path: path) }

        // Entries reordered with their offsets: still a valid trace.
        index = clean
        index.entries.reverse()
        try TraceFiles.write(index.rebuilt(bytes), to: path)
        XCTAssertNoThrow(try TraceFiles.readAll(path))

        // Totals that disagree with the chunks.
        index = clean
        index.totals[0].spikes += 1
        try TraceFiles.write(index.rebuilt(bytes), to: path)
        assertTraceError(path, "the index's totals for population model.0.Conv.lif") { _ = try TraceReader(path: path) }
        index = clean
        index.totals[2].nonZero += 1
        index.totals[2].spikes += 1
        try TraceFiles.write(index.rebuilt(bytes), to: path)
        assertTraceError(path, "the index's totals for population model.2.Conv.lif") { _ = try TraceReader(path: path) }

        // A chunk's counts in the index that its payload does not hold.
        index = clean
        index.entries[1].spikes += 1
        index.totals[1].spikes += 1
        index.totals[2].spikes += 1
        try TraceFiles.write(index.rebuilt(bytes), to: path)
        let reader = try TraceReader(path: path)
        assertTraceError(path, "chunk 1 (timestep 0, population model.1.Conv.lif) holds") {
            _ = try reader.spikes(timestep: 0, population: 1)
        }
    }

    func testIndexOffsetsOutsideTheFile() throws {
        let (_, path, bytes, _) = try smallTrace()
        let clean = RawIndex(bytes)
        for (offset, what) in [
            (UInt64(bytes.count + 100), "past the end"), (UInt64.max, "huge"), (UInt64(3), "inside the header"),
            (UInt64(clean.indexOffset - 10), "too close to the index"),
        ] {
            var index = clean
            index.entries[1].offset = offset
            try TraceFiles.write(index.rebuilt(bytes), to: path)
            assertTraceError(path, "chunk 1 (timestep 0, population model.1.Conv.lif): the index places it at offset \(offset), outside the chunks", what) {
                _ = try TraceReader(path: path)
            }
        }
        // A chunk moved by one byte: the chunks no longer tile the space before the index.
        var index = clean
        index.entries[1].offset += 1
        try TraceFiles.write(index.rebuilt(bytes), to: path)
        assertTraceError(path, "chunk 1 (timestep 0, population model.1.Conv.lif)") { _ = try TraceReader(path: path) }

        // The footer pointing anywhere but at an index that ends where the footer starts.
        for (indexOffset, indexLength) in [(UInt64.max, UInt64(8)), (UInt64(clean.indexOffset + 1), UInt64(0)), (UInt64(0), UInt64.max)] {
            var damaged = bytes
            for i in 0..<8 {
                damaged[bytes.count - 24 + i] = UInt8(truncatingIfNeeded: indexOffset >> (8 * UInt64(i)))
                damaged[bytes.count - 16 + i] = UInt8(truncatingIfNeeded: indexLength >> (8 * UInt64(i)))
            }
            try TraceFiles.write(damaged, to: path)
            assertTraceError(path, "the footer places the index at offset \(indexOffset)") { _ = try TraceReader(path: path) }
        }
    }

    /// The trace claims more chunks than its bytes could hold: refused before any allocation.
    func testChunkCountMustFitTheFile() throws {
        let dir = try scratchDirectory()
        let path = dir + "/many.nctrace"
        let topology = TestTopology.small(timesteps: 64)
        // The header promises 64 timesteps (the most a topology may have); no chunks follow,
        // then an empty index.
        let header = try TraceHeader(topology: topology, identity: TraceFiles.identity).encoded()
        let bytes = RawIndex(indexOffset: header.count, entries: [], totals: Array(repeating: (0, 0), count: 3)).rebuilt(header)
        try TraceFiles.write(bytes, to: path)
        assertTraceError(path, "the trace needs 64 x 2 = 128 chunks but its 0 bytes of chunks can hold at most 0") {
            _ = try TraceReader(path: path)
        }
    }

    /// Payloads with valid CRCs that do not decode to the population: too many neurons, values
    /// above D, an unknown encoding, trailing bytes.
    func testPayloadsThatDoNotDecodeToThePopulation() throws {
        let dir = try scratchDirectory()
        let topology = TestTopology.small()
        let spikes = TestTopology.spikes(topology, seed: 17)

        func trace(_ name: String, hostile: EncodedSpikes, claimed: Int = 108) throws -> String {
            let path = dir + "/\(name).nctrace"
            let writer = try TraceWriter(path: path, topology: topology, identity: TraceFiles.identity)
            try writer.write(timestep: 0, population: 0, spikes: spikes[0][0])
            try writer.append(hostile, neurons: claimed)
            try writer.write(timestep: 1, population: 0, spikes: spikes[1][0])
            try writer.write(timestep: 1, population: 1, spikes: spikes[1][1])
            try writer.finish()
            return path
        }
        func encode(_ map: [UInt8], levels: Int = 4) -> EncodedSpikes {
            map.withUnsafeBufferPointer { SpikeCodec.encode($0, levels: levels) }
        }

        // 113 values where 108 belong: the last non-zero lies past the population's end.
        let long = spikes[0][1] + [0, 0, 0, 0, 2]
        var path = try trace("long", hostile: encode(long))
        let label = "chunk 1 (timestep 0, population model.1.Conv.lif)"
        assertTraceError(path, "\(label): it decodes to more than its 108 neurons") {
            _ = try TraceReader(path: path).spikes(timestep: 0, population: 1)
        }
        // The alias reports the same chunk.
        assertTraceError(path, label) { _ = try TraceReader(path: path).spikes(timestep: 0, population: 2) }

        // More non-zero neurons claimed than the population has.
        // (The index is told 0, so opening succeeds and the payload's own claim is what fails.)
        var claims = encode([UInt8](repeating: 1, count: 200))
        claims.nonZero = 0
        claims.spikes = 0
        path = try trace("count", hostile: claims)
        assertTraceError(path, "\(label): it claims 200 non-zero neurons but its population has 108") {
            _ = try TraceReader(path: path).spikes(timestep: 0, population: 1)
        }

        // A map of the right length with spikes up to 7 while D = 4, in both encodings.
        var high = spikes[0][1]
        high[50] = 7
        path = try trace("high-dense", hostile: EncodedSpikes(encoding: .dense, payload: high, nonZero: 0, spikes: 0))
        assertTraceError(path, "\(label): neuron 50 has spike value 7, more than D = 4") {
            _ = try TraceReader(path: path).spikes(timestep: 0, population: 1)
        }
        path = try trace("high-runs", hostile: encode(high, levels: 8))
        assertTraceError(path, "\(label): ") { _ = try TraceReader(path: path).spikes(timestep: 0, population: 1) }

        // A dense payload one byte short, an unknown encoding, bytes after the last non-zero.
        path = try trace("short", hostile: EncodedSpikes(encoding: .dense, payload: Array(high.dropLast()), nonZero: 0, spikes: 0))
        assertTraceError(path, "\(label): its dense payload has 107 bytes for 108 neurons") {
            _ = try TraceReader(path: path).spikes(timestep: 0, population: 1)
        }
        var good = encode(spikes[0][1])
        XCTAssertEqual(good.encoding, .zeroRuns)
        good.payload += [0]
        path = try trace("trailing", hostile: good)
        assertTraceError(path, "\(label): its payload has 1 bytes after the last non-zero neuron") {
            _ = try TraceReader(path: path).spikes(timestep: 0, population: 1)
        }
        good = encode(spikes[0][1])
        good.payload[0] = 29
        path = try trace("rice", hostile: good)
        assertTraceError(path, "\(label): its Rice parameter 29 is more than 28") {
            _ = try TraceReader(path: path).spikes(timestep: 0, population: 1)
        }
        good = encode(spikes[0][1])
        good.payload = Array(good.payload.prefix(7))
        path = try trace("cut", hostile: good)
        assertTraceError(path, "\(label): its bit stream ends inside") {
            _ = try TraceReader(path: path).spikes(timestep: 0, population: 1)
        }

        // A chunk header claiming a neuron count its population does not have.
        path = try trace("neurons", hostile: encode(spikes[0][1]), claimed: 109)
        assertTraceError(path, "\(label) holds 109 neurons but its population has 108") { _ = try TraceReader(path: path) }

        // Unknown encoding id, with a valid CRC.
        let bytes = try TraceFiles.read(try trace("enc", hostile: encode(spikes[0][1])))
        let chunk = try TraceReader(path: dir + "/enc.nctrace").chunks[1]
        var damaged = bytes
        damaged[chunk.offset + 8] = 9
        let crc = CRC32.checksum(Array(damaged[chunk.offset..<(chunk.offset + chunk.byteCount - 4)]))
        for i in 0..<4 { damaged[chunk.offset + chunk.byteCount - 4 + i] = UInt8(truncatingIfNeeded: crc >> (8 * UInt32(i))) }
        path = dir + "/enc.nctrace"
        try TraceFiles.write(damaged, to: path)
        assertTraceError(path, "\(label): uses unknown encoding 9") {
            _ = try TraceReader(path: path).spikes(timestep: 0, population: 1)
        }
    }

    /// Headers whose topology cannot be a trace's: refused by the writer before anything is
    /// written; the reader applies the same checks.
    func testUnstorableTopologies() throws {
        let dir = try scratchDirectory()
        let path = dir + "/x.nctrace"
        assertTraceError(path, "spike level D = 0") {
            _ = try TraceWriter(path: path, topology: TestTopology.small(levels: 0), identity: TraceFiles.identity)
        }
        assertTraceError(path, "0 timesteps") {
            _ = try TraceWriter(path: path, topology: TestTopology.small(timesteps: 0), identity: TraceFiles.identity)
        }
        assertTraceError(path, "more than the 268435456 a trace allows") {
            _ = try TraceWriter(path: path, topology: TestTopology.single(channels: 1 << 10, height: 1 << 10, width: 1 << 10),
                                identity: TraceFiles.identity)
        }
        XCTAssertEqual(try Paths.listing(dir), [])
    }
}
