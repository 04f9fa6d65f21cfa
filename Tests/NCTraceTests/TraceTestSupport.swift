import Foundation
import NCFormats
import XCTest

@testable import NCModel
@testable import NCTrace

extension TestRandom {
    /// A spike map shaped like SpikeYOLO's: `zeroPercent` % zeros, non-zero values 1, 2, 3, 4
    /// with probabilities 50, 30, 13, 7 % (values above `levels` are clamped to it).
    mutating func spikeMap(count: Int, zeroPercent: Int = 60, levels: Int = 4) -> [UInt8] {
        (0..<count).map { _ in
            guard below(100) >= zeroPercent else { return 0 }
            let u = below(100)
            let v = u < 50 ? 1 : u < 80 ? 2 : u < 93 ? 3 : 4
            return UInt8(min(v, levels))
        }
    }
}

/// Topologies built in the tests (the NCModel memberwise initializers, reached with @testable).
enum TestTopology {
    /// Three populations at T = 2, D = 4: `model.0.Conv.lif` (6x5x8, fed by the image),
    /// `model.1.Conv.lif` (3x3x12) and `model.2.Conv.lif` (an alias of the second).
    static func small(timesteps: Int = 2, levels: Int = 4) -> NetworkTopology {
        let b0 = CurrentBuffer(name: "model.0.Conv.conv", channels: 8, height: 6, width: 5, initial: .zero)
        let b1 = CurrentBuffer(name: "model.1.Conv.conv", channels: 12, height: 3, width: 3, initial: .zero)
        let s0 = BufferSlice(buffer: 0, channelStart: 0, channelCount: 8)
        let s1 = BufferSlice(buffer: 1, channelStart: 0, channelCount: 12)
        let pops = [
            NeuronPopulation(name: "model.0.Conv.lif", input: [s0], height: 6, width: 5, aliasOf: nil),
            NeuronPopulation(name: "model.1.Conv.lif", input: [s1], height: 3, width: 3, aliasOf: nil),
            NeuronPopulation(name: "model.2.Conv.lif", input: [s1], height: 3, width: 3, aliasOf: 1),
        ]
        let convs = [
            ConvLayer(name: "model.0.Conv.conv", source: .image, output: [s0], inChannels: 3, outChannels: 8, kernel: 3,
                      stride: 2, padding: 1, groups: 1, inHeight: 12, inWidth: 10, outHeight: 6, outWidth: 5, origin: .conv),
            ConvLayer(name: "model.1.Conv.conv", source: .population(0), output: [s1], inChannels: 8, outChannels: 12,
                      kernel: 3, stride: 2, padding: 1, groups: 1, inHeight: 6, inWidth: 5, outHeight: 3, outWidth: 3,
                      origin: .conv),
        ]
        return NetworkTopology(
            buffers: [b0, b1], populations: pops, convs: convs, steps: [.conv(0), .fire(0), .conv(1), .fire(1), .fire(2)],
            heads: [[s1]], headStrides: [4], timesteps: timesteps, spikeLevels: levels, classCount: 1,
            inputChannels: 3, inputHeight: 12, inputWidth: 10)
    }

    /// One population of `height` x `width` x `channels` neurons (named `name`).
    static func single(name: String = "model.0.Conv.lif", channels: Int, height: Int, width: Int,
                       timesteps: Int = 2, levels: Int = 4) -> NetworkTopology {
        let b = CurrentBuffer(name: "conv", channels: channels, height: height, width: width, initial: .zero)
        let s = BufferSlice(buffer: 0, channelStart: 0, channelCount: channels)
        return NetworkTopology(
            buffers: [b],
            populations: [NeuronPopulation(name: name, input: [s], height: height, width: width, aliasOf: nil)],
            convs: [ConvLayer(name: "conv", source: .image, output: [s], inChannels: 3, outChannels: channels, kernel: 1,
                              stride: 1, padding: 0, groups: 1, inHeight: height, inWidth: width, outHeight: height,
                              outWidth: width, origin: .conv)],
            steps: [.conv(0), .fire(0)], heads: [[s]], headStrides: [1], timesteps: timesteps, spikeLevels: levels,
            classCount: 1, inputChannels: 3, inputHeight: height, inputWidth: width)
    }

    /// `spikes[t][p]` for every population of `topology`, aliases repeating their source.
    static func spikes(_ topology: NetworkTopology, seed: UInt64, zeroPercent: Int = 60) -> [[[UInt8]]] {
        var random = TestRandom(seed: seed)
        return (0..<topology.timesteps).map { _ in
            var maps = [[UInt8]]()
            for pop in topology.populations {
                if let a = pop.aliasOf {
                    maps.append(maps[a])
                } else {
                    maps.append(random.spikeMap(count: pop.count, zeroPercent: zeroPercent, levels: topology.spikeLevels))
                }
            }
            return maps
        }
    }
}

/// Test identities and scratch files.
enum TraceFiles {
    static let identity = TraceIdentity(
        modelName: "test <model> & \"friends\"", modelSHA256: SHA256.hex(SHA256.hash(Array("weights".utf8))).uppercased(),
        inputName: "input 12x10", inputSHA256: SHA256.hex(SHA256.hash(Array("pixels".utf8))), creator: "NCTraceTests")

    static func read(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// Opens the trace at `path` and reads every chunk of every population.
    @discardableResult
    static func readAll(_ path: String) throws -> [[[UInt8]]] {
        let reader = try TraceReader(path: path)
        return try (0..<reader.timesteps).map { t in
            try reader.topology.populations.indices.map { try reader.spikes(timestep: t, population: $0) }
        }
    }
}

/// Asserts that `body` throws a one-line `FormatError` naming `path` and containing `fragment`.
func assertTraceError(
    _ path: String, _ fragment: String, _ label: String = "", file: StaticString = #filePath, line: UInt = #line,
    _ body: () throws -> Void
) {
    do {
        try body()
        XCTFail("\(label): expected an error containing \"\(fragment)\"", file: file, line: line)
    } catch let error as FormatError {
        let text = error.description
        XCTAssertTrue(text.hasPrefix(path + ": "), "\(label): \"\(text)\" does not start with the path", file: file, line: line)
        XCTAssertTrue(fragment.isEmpty || text.contains(fragment), "\(label): \"\(text)\" lacks \"\(fragment)\"", file: file, line: line)
        XCTAssertFalse(text.contains("\n"), "\(label): \"\(text)\" is not one line", file: file, line: line)
    } catch {
        XCTFail("\(label): expected a FormatError, got \(error)", file: file, line: line)
    }
}

/// The index of a trace file, parsed and rebuilt independently of NCTrace (from `traces/README.md`),
/// so hostile tests can rewrite it with valid CRCs.
struct RawIndex {
    struct Entry: Equatable {
        var timestep: UInt32, population: UInt32, offset: UInt64, nonZero: UInt64, spikes: UInt64
    }

    var indexOffset: Int
    var entries: [Entry]
    var totals: [(nonZero: UInt64, spikes: UInt64)]

    init(indexOffset: Int, entries: [Entry], totals: [(nonZero: UInt64, spikes: UInt64)]) {
        self.indexOffset = indexOffset
        self.entries = entries
        self.totals = totals
    }

    init(_ bytes: [UInt8]) {
        func u32(_ o: Int) -> UInt32 { (0..<4).reduce(0) { $0 | UInt32(bytes[o + $1]) << (8 * $1) } }
        func u64(_ o: Int) -> UInt64 { (0..<8).reduce(0) { $0 | UInt64(bytes[o + $1]) << (8 * $1) } }
        let start = Int(u64(bytes.count - 24))
        let chunks = Int(u32(start))
        let pops = Int(u32(start + 4))
        indexOffset = start
        entries = (0..<chunks).map { i in
            let o = start + 8 + 32 * i
            return Entry(timestep: u32(o), population: u32(o + 4), offset: u64(o + 8), nonZero: u64(o + 16), spikes: u64(o + 24))
        }
        totals = (0..<pops).map { p in
            let o = start + 8 + 32 * chunks + 16 * p
            return (u64(o), u64(o + 8))
        }
    }

    /// The file with this index (and a matching CRC and footer) in place of the old one.
    func rebuilt(_ bytes: [UInt8]) -> [UInt8] {
        var index = [UInt8]()
        func put<T: FixedWidthInteger>(_ v: T) { for i in 0..<MemoryLayout<T>.size { index.append(UInt8(truncatingIfNeeded: v >> (8 * i))) } }
        put(UInt32(entries.count))
        put(UInt32(totals.count))
        for e in entries {
            put(e.timestep)
            put(e.population)
            put(e.offset)
            put(e.nonZero)
            put(e.spikes)
        }
        for t in totals {
            put(t.nonZero)
            put(t.spikes)
        }
        let length = index.count
        put(CRC32.checksum(index))
        put(UInt64(indexOffset))
        put(UInt64(length))
        index.append(contentsOf: Array("NCTRIDX".utf8) + [0])
        return Array(bytes[0..<indexOffset]) + index
    }
}
