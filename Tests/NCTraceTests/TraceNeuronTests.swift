import Foundation
import NCFormats
import XCTest

@testable import NCModel
@testable import NCTrace

/// The topology JSON of a trace records the neuron model only when it is not I-LIF
/// (`traces/README.md`): I-LIF traces keep their bytes, older traces read as I-LIF, and a Gen1
/// trace reads back as Gen1.
final class TraceNeuronTests: XCTestCase {
    func encoded(_ topology: NetworkTopology) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(topology), as: UTF8.self)
    }

    func testTheNeuronKeyIsWrittenOnlyForGen1() throws {
        var topology = TestTopology.small()
        XCTAssertEqual(topology.neuron, .ilif)
        let ilif = try encoded(topology)
        XCTAssertFalse(ilif.contains("\"neuron\""), ilif)
        topology.neuron = .gen1LIF
        let gen1 = try encoded(topology)
        XCTAssertTrue(gen1.contains(",\"neuron\":\"gen1-lif\","), gen1)
        // The Gen1 text is the I-LIF text with the key inserted in sorted position.
        XCTAssertEqual(gen1.replacingOccurrences(of: ",\"neuron\":\"gen1-lif\"", with: ""), ilif)
        XCTAssertEqual(try JSONDecoder().decode(NetworkTopology.self, from: Data(gen1.utf8)).neuron, .gen1LIF)
        XCTAssertEqual(try JSONDecoder().decode(NetworkTopology.self, from: Data(ilif.utf8)).neuron, .ilif)
        let unknown = Data(ilif.replacingOccurrences(of: "\"populations\"", with: "\"neuron\":\"izhikevich\",\"populations\"").utf8)
        XCTAssertThrowsError(try JSONDecoder().decode(NetworkTopology.self, from: unknown))
    }

    /// The committed sample trace, written before the key existed, is an I-LIF network.
    func testTheCommittedSampleReadsAsILIF() throws {
        XCTAssertEqual(try TraceReader(path: Paths.sampleTrace).topology.neuron, .ilif)
    }

    /// A Gen1 topology survives a trace round trip.
    func testAGen1TraceReadsBackAsGen1() throws {
        var topology = TestTopology.small(timesteps: 4)
        topology.neuron = .gen1LIF
        let path = try scratchDirectory() + "/gen1.nctrace"
        var random = TestRandom(seed: 14)
        let writer = try TraceWriter(path: path, topology: topology, identity: TraceIdentity(
            modelName: "m", modelSHA256: String(repeating: "0", count: 64), inputName: "i", inputSHA256: String(repeating: "1", count: 64)))
        for t in 0..<4 {
            for (p, pop) in topology.populations.enumerated() where pop.aliasOf == nil {
                try writer.write(timestep: t, population: p, spikes: random.spikeMap(count: pop.count))
            }
        }
        try writer.finish()
        let reader = try TraceReader(path: path)
        XCTAssertEqual(reader.topology, topology)
        XCTAssertEqual(reader.topology.neuron, .gen1LIF)
    }
}
