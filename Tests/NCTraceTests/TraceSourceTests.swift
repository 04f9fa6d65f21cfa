import Foundation
import NCFormats
import XCTest

@testable import NCModel
@testable import NCTrace

/// The source record (`traces/README.md`, "Source record"): how a trace's spikes were computed,
/// written when given, read back, laid out as specified, and absent from traces written before
/// it existed, which still read.
final class TraceSourceTests: XCTestCase {
    static let source = TraceSource(arithmetic: "int9/int24", hardware: "loihi-like", command: "simulate",
                                    modelScale: "t", modelParameters: 2_011_184)

    private func write(_ source: TraceSource?, seed: UInt64 = 5) throws -> (path: String, bytes: [UInt8]) {
        let dir = try scratchDirectory()
        let path = dir + "/s.nctrace"
        let topology = TestTopology.small()
        try TraceWriter.write(path: path, topology: topology, identity: TraceFiles.identity, source: source,
                              spikes: TestTopology.spikes(topology, seed: seed))
        return (path, try TraceFiles.read(path))
    }

    func testSourceIsReadBackAndSummarised() throws {
        let (path, _) = try write(Self.source)
        let reader = try TraceReader(path: path)
        XCTAssertEqual(reader.source, Self.source)
        let summary = TraceSummary(reader: reader)
        XCTAssertTrue(summary.text.contains("\nsource      int9/int24 on loihi-like (simulate)\n"), summary.text)
        let reference = TraceSource(arithmetic: "fp32", hardware: nil, command: "run", modelScale: nil, modelParameters: nil)
        XCTAssertEqual(reference.description, "fp32, the integer reference (run)")
    }

    /// The bytes as the specification lays them out, parsed here without NCTrace: flag bit 0 set,
    /// and after the topology a u32 length and the record's JSON, keys sorted, no whitespace.
    func testSourceRecordLayout() throws {
        let (_, bytes) = try write(Self.source)
        func u32(_ o: Int) -> Int { (0..<4).reduce(0) { $0 | Int(bytes[o + $1]) << (8 * $1) } }
        XCTAssertEqual(bytes[10], 1, "flags: bit 0")
        XCTAssertEqual(bytes[11], 0)
        let headerEnd = 16 + u32(12)
        var o = 16 + 16  // T, D, P, S
        o += 4 + u32(o) + 32  // model name, digest
        o += 4 + u32(o) + 32  // input name, digest
        o += 4 + u32(o)  // creator
        o += 4 + u32(o)  // topology
        let length = u32(o)
        XCTAssertEqual(o + 4 + length, headerEnd, "the record ends the header body")
        let json = String(decoding: bytes[(o + 4)..<(o + 4 + length)], as: UTF8.self)
        XCTAssertEqual(json, #"{"arithmetic":"int9/int24","command":"simulate","hardware":"loihi-like","model_parameters":2011184,"model_scale":"t"}"#)
    }

    /// Without a record the header is format 1 as it was: flags 0, the body ends at the topology.
    func testWithoutASourceTheHeaderIsAsBefore() throws {
        let (path, bytes) = try write(nil)
        XCTAssertEqual(bytes[10], 0)
        XCTAssertEqual(bytes[11], 0)
        XCTAssertNil(try TraceReader(path: path).source)
        XCTAssertTrue(TraceSummary(reader: try TraceReader(path: path)).text.contains("\nsource      unknown ("))
    }

    /// `traces/format1-without-source.nctrace` was written by neurocycle before source records
    /// existed (`run --scale t --imgsz 32 --record`): it still reads, every chunk, with no source.
    func testATraceWrittenBeforeSourceRecordsStillReads() throws {
        let reader = try TraceReader(path: Paths.root + "/traces/format1-without-source.nctrace")
        XCTAssertNil(reader.source)
        XCTAssertEqual(reader.identity.modelName, "synthetic SpikeYOLO-t (seed 2024)")
        XCTAssertNoThrow(try reader.verify())
        XCTAssertEqual(TraceSummary(reader: reader).totalSpikes, 20_550)
    }

    /// Flags this reader does not know are refused; a record that is not the documented JSON is
    /// one line naming the file. Header CRCs are recomputed so the flag itself is what is tested.
    func testUnknownFlagsAndBadRecordsAreRefused() throws {
        let (path, bytes) = try write(Self.source)
        func withHeaderCRC(_ b: [UInt8]) -> [UInt8] {
            var b = b
            let end = 16 + (0..<4).reduce(0) { $0 | Int(b[12 + $1]) << (8 * $1) }
            let crc = CRC32.checksum(Array(b[0..<end]))
            for i in 0..<4 { b[end + i] = UInt8(truncatingIfNeeded: crc >> (8 * UInt32(i))) }
            return b
        }
        var damaged = bytes
        damaged[10] = 3
        try TraceFiles.write(withHeaderCRC(damaged), to: path)
        assertTraceError(path, "unsupported: header flags 3") { _ = try TraceReader(path: path) }

        // Bit 0 cleared: the record is left over after the topology.
        damaged = bytes
        damaged[10] = 0
        try TraceFiles.write(withHeaderCRC(damaged), to: path)
        assertTraceError(path, "bytes after the topology") { _ = try TraceReader(path: path) }

        // Bit 0 set on a trace without a record: the header ends before it.
        let (plainPath, plain) = try write(nil)
        damaged = plain
        damaged[10] = 1
        try TraceFiles.write(withHeaderCRC(damaged), to: plainPath)
        assertTraceError(plainPath, "source record") { _ = try TraceReader(path: plainPath) }

        // A record whose JSON lacks `arithmetic`: `{"arithmeticX"…` keeps every length intact.
        damaged = bytes
        let key = Array(#""arithmetic""#.utf8)
        let at = try XCTUnwrap((0..<(damaged.count - key.count)).first { Array(damaged[$0..<($0 + key.count)]) == key })
        damaged[at + 1] = UInt8(ascii: "A")
        try TraceFiles.write(withHeaderCRC(damaged), to: path)
        assertTraceError(path, "source record is not valid") { _ = try TraceReader(path: path) }
    }

    /// A flipped bit in the flags, the record or the header CRC is caught (the rest of the
    /// header is covered as before by `TraceHostileTests`).
    func testEveryByteFlipOfTheRecordIsDetected() throws {
        let (path, bytes) = try write(Self.source)
        let headerEnd = 16 + (0..<4).reduce(0) { $0 | Int(bytes[12 + $1]) << (8 * $1) }
        let record = headerEnd - 4 - 117  // the record: its length, then 117 bytes of JSON
        for offset in [10, 11] + Array(record..<(headerEnd + 4)) {
            var damaged = bytes
            damaged[offset] ^= 0x10
            try TraceFiles.write(damaged, to: path)
            assertTraceError(path, "", "byte \(offset)") { try TraceFiles.readAll(path) }
        }
    }
}
