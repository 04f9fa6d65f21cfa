import Foundation
import NCFormats
import XCTest

@testable import NCModel
@testable import NCTrace

/// A trace of the real SpikeYOLO-T checkpoint on the 128x128 fixture input: every population's
/// spikes survive the round trip, and the format stays compact on real maps.
final class TraceFixtureTests: XCTestCase {
    func testRealSpikeYOLOTraceRoundTrips() throws {
        let checkpoint = Fixtures.path("spikeyolo-t.pt")
        let model = try SpikeYOLOModel.load(path: checkpoint)
        let tensor = try Npy.read(path: Fixtures.path("input128.npy"))
        let image = try InputImage(shape: tensor.shape, values: tensor.floats())
        let graph = try model.graph(height: image.height, width: image.width)
        let run = try ReferenceEngine(graph: graph, options: ReferenceOptions(keepSpikes: true)).run(image)
        let topology = graph.topology

        let identity = TraceIdentity(
            modelName: model.displayName, modelSHA256: try TraceIdentity.sha256Hex(file: checkpoint),
            inputName: "input128.npy", inputSHA256: TraceIdentity.sha256Hex(pixels: image.values))
        let dir = try scratchDirectory()
        let path = dir + "/t128.nctrace"
        try TraceWriter.write(path: path, topology: topology, identity: identity, spikes: run.spikes)

        let reader = try TraceReader(path: path)
        XCTAssertEqual(reader.topology, topology)
        XCTAssertEqual(reader.identity, identity)
        for t in 0..<topology.timesteps {
            for p in topology.populations.indices {
                XCTAssertEqual(try reader.spikes(timestep: t, population: p), run.spikes[t][p], "\(topology.populations[p].name)")
            }
        }
        for (p, stats) in run.populations.enumerated() {
            XCTAssertEqual(reader.populationTotals[p].spikes, stats.spikes, stats.name)
        }

        let summary = TraceSummary(reader: reader)
        XCTAssertEqual(summary.totalSpikes, run.totalSpikes)
        let perNonZero = try XCTUnwrap(summary.bytesPerNonZero)
        let aliases = topology.populations.filter { $0.aliasOf != nil }.count
        print("""
            real trace: SpikeYOLO-T on input128.npy, T = \(summary.timesteps), D = \(summary.spikeLevels), \
            \(topology.populations.count) populations (\(aliases) aliases), \
            \(summary.storedNeuronTimesteps) stored neuron-timesteps, \(summary.storedNonZero) non-zero \
            (\(TraceText.percent(summary.zeroFraction)) zero), \(summary.storedSpikes) stored spikes; \
            file \(summary.fileBytes) bytes (header \(summary.headerBytes), chunks \(summary.chunkBytes), \
            index \(summary.indexBytes)); \(TraceText.fixed(perNonZero, 4)) bytes per non-zero (file), \
            \(TraceText.fixed(summary.chunkBytesPerNonZero, 4)) (chunks), \
            \(TraceText.fixed(summary.bytesPerSpike, 4)) bytes per spike
            """)
        XCTAssertLessThanOrEqual(perNonZero, 1.0)

        // The CSV export has one row per spike of every population, aliases included.
        var counter = RowCounter()
        XCTAssertEqual(try TraceExport.csv(reader: reader, to: &counter), run.totalSpikes)
        XCTAssertEqual(counter.lines, run.totalSpikes + 1)
    }
}

/// Counts lines without keeping them.
struct RowCounter: TextOutputStream {
    var lines = 0
    mutating func write(_ string: String) {
        for b in string.utf8 where b == UInt8(ascii: "\n") { lines += 1 }
    }
}
