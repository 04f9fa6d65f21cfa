import Foundation
import NCFormats
import XCTest

@testable import NCModel
@testable import NCTrace

/// Writing and reading traces: identical spikes, aliases reproduced, the streaming writer's rules.
final class TraceRoundTripTests: XCTestCase {
    func testWriteReadGivesIdenticalSpikesForEveryChunkAndAlias() throws {
        let dir = try scratchDirectory()
        let path = dir + "/small.nctrace"
        let topology = TestTopology.small()
        let spikes = TestTopology.spikes(topology, seed: 7)
        try TraceWriter.write(path: path, topology: topology, identity: TraceFiles.identity, spikes: spikes)
        XCTAssertEqual(try Paths.listing(dir), ["small.nctrace"])

        let reader = try TraceReader(path: path)
        XCTAssertEqual(reader.topology, topology)
        XCTAssertEqual(reader.timesteps, 2)
        XCTAssertEqual(reader.spikeLevels, 4)
        XCTAssertEqual(reader.identity.modelName, TraceFiles.identity.modelName)
        XCTAssertEqual(reader.identity.modelSHA256, TraceFiles.identity.modelSHA256.lowercased())
        XCTAssertEqual(reader.identity.inputSHA256, TraceFiles.identity.inputSHA256)
        XCTAssertEqual(reader.identity.inputName, "input 12x10")
        XCTAssertEqual(reader.identity.creator, "NCTraceTests")
        for t in 0..<2 {
            for p in 0..<3 {
                XCTAssertEqual(try reader.spikes(timestep: t, population: p), spikes[t][p], "t \(t) p \(p)")
            }
        }
        // Aliases are not stored: two chunks per timestep, in timestep-major order.
        XCTAssertEqual(reader.chunks.map { [$0.timestep, $0.population] }, [[0, 0], [0, 1], [1, 0], [1, 1]])
        XCTAssertNoThrow(try reader.verify())

        // Index totals: per population over both timesteps; the alias repeats its source.
        for p in 0..<3 {
            let flat = spikes.flatMap { $0[p] }
            XCTAssertEqual(reader.populationTotals[p].spikes, flat.reduce(0) { $0 + Int($1) })
            XCTAssertEqual(reader.populationTotals[p].nonZero, flat.filter { $0 != 0 }.count)
        }
        XCTAssertEqual(reader.populationTotals[2], reader.populationTotals[1])
    }

    /// Writing the same spikes twice gives the same bytes (nothing random reaches the file).
    func testOutputIsDeterministic() throws {
        let dir = try scratchDirectory()
        let topology = TestTopology.small()
        let spikes = TestTopology.spikes(topology, seed: 3)
        try TraceWriter.write(path: dir + "/a.nctrace", topology: topology, identity: TraceFiles.identity, spikes: spikes)
        try TraceWriter.write(path: dir + "/b.nctrace", topology: topology, identity: TraceFiles.identity, spikes: spikes)
        XCTAssertEqual(try TraceFiles.read(dir + "/a.nctrace"), try TraceFiles.read(dir + "/b.nctrace"))
    }

    /// A timestep's populations encoded on several threads: the same file, byte for byte, as
    /// writing them one by one; and the error writing in order meets first, with nothing appended.
    func testTimestepsWrittenOnThreadsEqualChunkByChunk() throws {
        let dir = try scratchDirectory()
        let topology = TestTopology.small()
        let spikes = TestTopology.spikes(topology, seed: 31)
        let one = dir + "/one.nctrace"
        let writer = try TraceWriter(path: one, topology: topology, identity: TraceFiles.identity)
        for (t, step) in spikes.enumerated() {
            for p in step.indices where topology.populations[p].aliasOf == nil { try writer.write(timestep: t, population: p, spikes: step[p]) }
        }
        try writer.finish()
        for threads in [1, 3] {
            let path = dir + "/t\(threads).nctrace"
            let timesteps = try TraceWriter(path: path, topology: topology, identity: TraceFiles.identity)
            for (t, step) in spikes.enumerated() { try timesteps.write(timestep: t, populations: step, threads: threads) }
            try timesteps.finish()
            XCTAssertEqual(try TraceFiles.read(path), try TraceFiles.read(one), "threads \(threads)")
        }
        // Two bad populations: the first in order is reported, and the writer stays at timestep 0.
        var bad = spikes[0]
        let stored = bad.indices.filter { topology.populations[$0].aliasOf == nil }
        XCTAssertGreaterThanOrEqual(stored.count, 2)
        bad[stored[stored.count - 1]][0] = 9
        bad[stored[0]] = [UInt8](bad[stored[0]].dropLast())
        let partial = try TraceWriter(path: dir + "/bad.nctrace", topology: topology, identity: TraceFiles.identity)
        XCTAssertThrowsError(try partial.write(timestep: 0, populations: bad, threads: 3)) { error in
            XCTAssertTrue("\(error)".contains("population \(topology.populations[stored[0]].name) has"), "\(error)")
        }
        XCTAssertEqual(partial.nextChunk?.timestep, 0)
        XCTAssertEqual(partial.nextChunk?.population, stored[0])
        XCTAssertThrowsError(try partial.write(timestep: 1, populations: spikes[1], threads: 3)) { error in
            XCTAssertTrue("\(error)".contains("chunks must be written in order"), "\(error)")
        }
        partial.abandon()
    }

    func testStreamingWriterRejectsBadWritesAndStaysUsable() throws {
        let dir = try scratchDirectory()
        let path = dir + "/stream.nctrace"
        let topology = TestTopology.small()
        let spikes = TestTopology.spikes(topology, seed: 11)
        let writer = try TraceWriter(path: path, topology: topology, identity: TraceFiles.identity)
        let temporary = try XCTUnwrap(writer.temporaryPath)
        XCTAssertTrue(temporary.hasPrefix(path + ".partial-"), temporary)
        XCTAssertTrue(FileManager.default.fileExists(atPath: temporary))
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))

        assertTraceError(path, "the next is timestep 0, population model.0.Conv.lif") {
            try writer.write(timestep: 0, population: 1, spikes: spikes[0][1])
        }
        assertTraceError(path, "population model.2.Conv.lif is an alias of model.1.Conv.lif") {
            try writer.write(timestep: 0, population: 2, spikes: spikes[0][2])
        }
        assertTraceError(path, "has 240 neurons but 239 spike values were given") {
            try writer.write(timestep: 0, population: 0, spikes: Array(spikes[0][0].dropLast()))
        }
        var tooBig = spikes[0][0]
        tooBig[17] = 5
        assertTraceError(path, "neuron 17 has spike value 5, more than D = 4") {
            try writer.write(timestep: 0, population: 0, spikes: tooBig)
        }
        assertTraceError(path, "there is no timestep 2 (the trace has 2)") { try writer.write(timestep: 2, population: 0, spikes: spikes[0][0]) }
        assertTraceError(path, "there is no population 3 (the trace has 3)") { try writer.write(timestep: 0, population: 3, spikes: []) }

        try writer.write(timestep: 0, population: 0, spikes: spikes[0][0])
        try writer.write(timestep: 0, population: 1, spikes: spikes[0][1])
        XCTAssertEqual(writer.nextChunk?.timestep, 1)
        XCTAssertEqual(writer.nextChunk?.population, 0)
        assertTraceError(path, "the trace is incomplete: 2 of 4 chunks written") { try writer.finish() }
        try writer.write(timestep: 1, population: 0, spikes: spikes[1][0])
        try writer.write(timestep: 1, population: 1, spikes: spikes[1][1])
        XCTAssertNil(writer.nextChunk)
        try writer.finish()
        assertTraceError(path, "already finished") { try writer.finish() }
        assertTraceError(path, "already finished") { try writer.write(timestep: 0, population: 0, spikes: spikes[0][0]) }
        XCTAssertEqual(try Paths.listing(dir), ["stream.nctrace"])
        XCTAssertEqual(try TraceFiles.readAll(path), spikes)
    }

    func testWholeTraceWriterChecksItsInput() throws {
        let dir = try scratchDirectory()
        let path = dir + "/bad.nctrace"
        let topology = TestTopology.small()
        var spikes = TestTopology.spikes(topology, seed: 5)
        spikes[1][2][0] = spikes[1][1][0] == 0 ? 1 : 0
        assertTraceError(path, "population model.2.Conv.lif is an alias of model.1.Conv.lif but their spikes at timestep 1 differ") {
            try TraceWriter.write(path: path, topology: topology, identity: TraceFiles.identity, spikes: spikes)
        }
        assertTraceError(path, "1 timesteps of spikes were given for a trace of 2") {
            try TraceWriter.write(path: path, topology: topology, identity: TraceFiles.identity, spikes: [spikes[0]])
        }
        assertTraceError(path, "no spikes were given (a ReferenceRun keeps them only with keepSpikes: true)") {
            try TraceWriter.write(path: path, topology: topology, identity: TraceFiles.identity, spikes: [])
        }
        var badIdentity = TraceFiles.identity
        badIdentity.inputSHA256 = "abc"
        assertTraceError(path, "the input digest \"abc\" is not 64 hexadecimal digits") {
            _ = try TraceWriter(path: path, topology: topology, identity: badIdentity)
        }
        XCTAssertEqual(try Paths.listing(dir), [], "failed writes leave nothing behind")
    }

    func testAbandonedWriterLeavesNoFileAndNoTemporaryFile() throws {
        let dir = try scratchDirectory()
        let path = dir + "/gone.nctrace"
        let topology = TestTopology.small()
        let spikes = TestTopology.spikes(topology, seed: 1)

        let writer = try TraceWriter(path: path, topology: topology, identity: TraceFiles.identity)
        try writer.write(timestep: 0, population: 0, spikes: spikes[0][0])
        XCTAssertEqual(try Paths.listing(dir).count, 1)
        writer.abandon()
        XCTAssertEqual(try Paths.listing(dir), [])
        assertTraceError(path, "the trace was abandoned") { try writer.write(timestep: 0, population: 1, spikes: spikes[0][1]) }
        assertTraceError(path, "the trace was abandoned") { try writer.finish() }

        // Released without finish (an interrupted --record): the temporary file goes too.
        do {
            let dropped = try TraceWriter(path: path, topology: topology, identity: TraceFiles.identity)
            try dropped.write(timestep: 0, population: 0, spikes: spikes[0][0])
            XCTAssertEqual(try Paths.listing(dir).count, 1)
        }
        XCTAssertEqual(try Paths.listing(dir), [])

        // An existing trace survives an abandoned rewrite untouched.
        try TraceWriter.write(path: path, topology: topology, identity: TraceFiles.identity, spikes: spikes)
        let before = try TraceFiles.read(path)
        let rewrite = try TraceWriter(path: path, topology: topology, identity: TraceFiles.identity)
        try rewrite.write(timestep: 0, population: 0, spikes: [UInt8](repeating: 0, count: 240))
        rewrite.abandon()
        XCTAssertEqual(try Paths.listing(dir), ["gone.nctrace"])
        XCTAssertEqual(try TraceFiles.read(path), before)
    }

    func testWriterCannotCreateItsFile() {
        let path = "/nonexistent-directory-\(UUID().uuidString)/t.nctrace"
        assertTraceError(path, "cannot create") {
            _ = try TraceWriter(path: path, topology: TestTopology.small(), identity: TraceFiles.identity)
        }
    }

    func testSummaryNumbers() throws {
        let dir = try scratchDirectory()
        let path = dir + "/summary.nctrace"
        let topology = TestTopology.small()
        let spikes = TestTopology.spikes(topology, seed: 21)
        try TraceWriter.write(path: path, topology: topology, identity: TraceFiles.identity, spikes: spikes)
        let reader = try TraceReader(path: path)
        let summary = TraceSummary(reader: reader)

        func total(_ p: Int) -> Int { spikes.reduce(0) { $0 + $1[p].reduce(0) { $0 + Int($1) } } }
        func nonZero(_ p: Int) -> Int { spikes.reduce(0) { $0 + $1[p].filter { $0 != 0 }.count } }
        XCTAssertEqual(summary.populations.map(\.name), ["model.0.Conv.lif", "model.1.Conv.lif", "model.2.Conv.lif"])
        XCTAssertEqual(summary.populations.map(\.neurons), [240, 108, 108])
        XCTAssertEqual(summary.populations.map(\.aliasOf), [nil, nil, "model.1.Conv.lif"])
        XCTAssertEqual(summary.populations.map(\.spikes), [total(0), total(1), total(1)])
        XCTAssertEqual(summary.populations.map(\.nonZero), [nonZero(0), nonZero(1), nonZero(1)])
        XCTAssertEqual(summary.populations[2].chunkBytes, 0)
        XCTAssertEqual(summary.totalSpikes, total(0) + 2 * total(1))
        XCTAssertEqual(summary.storedSpikes, total(0) + total(1))
        XCTAssertEqual(summary.storedNonZero, nonZero(0) + nonZero(1))
        XCTAssertEqual(summary.storedNeuronTimesteps, 2 * (240 + 108))
        XCTAssertEqual(summary.timesteps, 2)
        XCTAssertEqual(summary.spikeLevels, 4)

        let size = try TraceFiles.read(path).count
        XCTAssertEqual(summary.fileBytes, size)
        // Index: 8 + 32 per chunk + 16 per population, its CRC, the 24-byte footer. (The summary
        // derives the index size from the file size, the header and the chunks, so this checks
        // that the chunks' sizes add up to the file's layout.)
        XCTAssertEqual(summary.indexBytes, 8 + 32 * 4 + 16 * 3 + 4 + 24)
        XCTAssertEqual(try XCTUnwrap(summary.bytesPerNonZero), Double(size) / Double(summary.storedNonZero), accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(summary.bytesPerSpike), Double(size) / Double(summary.storedSpikes), accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(summary.zeroFraction), 1 - Double(summary.storedNonZero) / 696, accuracy: 1e-12)

        let text = summary.text
        XCTAssertTrue(text.contains("T = 2, D = 4"), text)
        XCTAssertTrue(text.contains("alias of model.1.Conv.lif"), text)
        XCTAssertTrue(text.contains(TraceFiles.identity.modelSHA256.lowercased()), text)
    }

    /// The format's compactness on a realistic map (60 % zeros; non-zero values 1, 2, 3, 4 with
    /// 50, 30, 13, 7 %): at most 1 byte per non-zero neuron-timestep for the whole file, header
    /// and index included. (The entropy of this distribution is 0.51 bytes per non-zero.)
    func testCompactnessTargetOnARealisticMap() throws {
        let dir = try scratchDirectory()
        let path = dir + "/dense.nctrace"
        let topology = TestTopology.single(channels: 32, height: 40, width: 40)
        let spikes = TestTopology.spikes(topology, seed: 2024)
        try TraceWriter.write(path: path, topology: topology, identity: TraceFiles.identity, spikes: spikes)
        let summary = TraceSummary(reader: try TraceReader(path: path))
        let zeros = try XCTUnwrap(summary.zeroFraction)
        XCTAssertEqual(zeros, 0.6, accuracy: 0.01)
        let perNonZero = try XCTUnwrap(summary.bytesPerNonZero)
        XCTAssertLessThanOrEqual(perNonZero, 1.0)
        XCTAssertLessThanOrEqual(try XCTUnwrap(summary.chunkBytesPerNonZero), 0.6)
        XCTAssertEqual(try TraceFiles.readAll(path), spikes)
    }

    /// Sparse maps use long Rice parameters and stay compact; silent and saturated maps work.
    func testSparseSilentAndSaturatedMaps() throws {
        let dir = try scratchDirectory()
        let topology = TestTopology.single(channels: 16, height: 20, width: 20)
        var random = TestRandom(seed: 99)
        for (name, maps) in [
            ("sparse", [random.spikeMap(count: 6400, zeroPercent: 97), random.spikeMap(count: 6400, zeroPercent: 99)]),
            ("silent", [[UInt8](repeating: 0, count: 6400), [UInt8](repeating: 0, count: 6400)]),
            ("full", [[UInt8](repeating: 4, count: 6400), random.spikeMap(count: 6400, zeroPercent: 0)]),
        ] {
            let path = dir + "/\(name).nctrace"
            try TraceWriter.write(path: path, topology: topology, identity: TraceFiles.identity, spikes: maps.map { [$0] })
            XCTAssertEqual(try TraceFiles.readAll(path), maps.map { [$0] }, name)
            let summary = TraceSummary(reader: try TraceReader(path: path))
            // At 97 and 99 % zeros merely saying where the non-zero neurons are costs 6.5 and 8.1
            // bits each (the binary entropy over the density), their values 1.7 more, and each
            // chunk has 26 bytes of framing: 1.3 bytes per non-zero is close to the floor.
            if name == "sparse" { XCTAssertLessThanOrEqual(try XCTUnwrap(summary.chunkBytesPerNonZero), 1.35) }
            if name == "silent" {
                XCTAssertNil(summary.bytesPerNonZero)
                XCTAssertEqual(summary.chunkBytes, 2 * (21 + 5))
            }
        }
    }

    /// Every map of up to 6 neurons with values in 0...D, for D = 1...4, encodes and decodes to
    /// itself; so do random maps at large D, where the dense encoding wins.
    func testCodecRoundTripsExhaustivelyOnSmallMaps() throws {
        for levels in 1...4 {
            for length in 1...6 {
                var map = [UInt8](repeating: 0, count: length)
                var done = false
                while !done {
                    let encoded = map.withUnsafeBufferPointer { SpikeCodec.encode($0, levels: levels) }
                    let decoded = try encoded.payload.withUnsafeBytes {
                        try SpikeCodec.decode($0, encoding: encoded.encoding.rawValue, neurons: length, levels: levels)
                    }
                    XCTAssertEqual(decoded.values, map, "D \(levels)")
                    XCTAssertEqual(decoded.nonZero, encoded.nonZero)
                    XCTAssertEqual(decoded.spikes, encoded.spikes)
                    XCTAssertEqual(decoded.spikes, map.reduce(0) { $0 + Int($1) })
                    XCTAssertLessThanOrEqual(encoded.payload.count, length)
                    // Next map, counting in base D + 1.
                    var i = 0
                    while i < length, Int(map[i]) == levels {
                        map[i] = 0
                        i += 1
                    }
                    if i == length { done = true } else { map[i] += 1 }
                }
            }
        }
        var random = TestRandom(seed: 5)
        for levels in [7, 16, 255] {
            let map = (0..<3000).map { _ in UInt8(random.below(levels + 1)) }
            let encoded = map.withUnsafeBufferPointer { SpikeCodec.encode($0, levels: levels) }
            XCTAssertEqual(encoded.encoding, levels == 7 ? .zeroRuns : .dense, "D \(levels)")
            let decoded = try encoded.payload.withUnsafeBytes {
                try SpikeCodec.decode($0, encoding: encoded.encoding.rawValue, neurons: 3000, levels: levels)
            }
            XCTAssertEqual(decoded.values, map)
        }
    }

    /// The worked example of `traces/README.md`, byte for byte.
    func testWorkedExampleOfTheSpecification() throws {
        let map: [UInt8] = [0, 0, 3, 0, 1, 0, 0, 0, 0, 4, 0, 0]
        let encoded = map.withUnsafeBufferPointer { SpikeCodec.encode($0, levels: 4) }
        XCTAssertEqual(encoded.encoding, .zeroRuns)
        XCTAssertEqual(encoded.payload, [0x01, 0x03, 0x00, 0x00, 0x00, 0x99, 0xE6])
        XCTAssertEqual(encoded.nonZero, 3)
        XCTAssertEqual(encoded.spikes, 8)
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(TraceFormat.magic, [0x4E, 0x43, 0x54, 0x52, 0x41, 0x43, 0x45, 0x00])
        XCTAssertEqual(TraceFormat.endMagic, [0x4E, 0x43, 0x54, 0x52, 0x49, 0x44, 0x58, 0x00])
    }

    func testIdentityDigests() throws {
        XCTAssertEqual(TraceIdentity.sha256Hex(pixels: []), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // 1.0 is 0x3f800000: bytes 00 00 80 3f.
        XCTAssertEqual(TraceIdentity.sha256Hex(pixels: [1.0]), SHA256.hex(SHA256.hash([0x00, 0x00, 0x80, 0x3F])))
        let dir = try scratchDirectory()
        try TraceFiles.write(Array("abc".utf8), to: dir + "/abc")
        XCTAssertEqual(try TraceIdentity.sha256Hex(file: dir + "/abc"),
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
