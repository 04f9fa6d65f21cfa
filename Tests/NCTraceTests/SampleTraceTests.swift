import Foundation
import NCFormats
import NCModel
import XCTest

@testable import NCTrace

/// `traces/spikeyolo-t_input128.nctrace` was recorded with
/// `neurocycle run --model Tests/Fixtures/spikeyolo-t.pt --input Tests/Fixtures/input128.npy --record …`.
/// Reading it must keep giving the spikes the reference computes today: a change in the format
/// or in the model's numbers shows up here.
final class SampleTraceTests: XCTestCase {
    func testCommittedSampleMatchesAFreshReferenceRun() throws {
        let reader = try TraceReader(path: Paths.sampleTrace)
        XCTAssertEqual(reader.identity.modelSHA256, try TraceIdentity.sha256Hex(file: Fixtures.path("spikeyolo-t.pt")))
        // The fixture's parameter count is 2,011,184 (fixtures/README.md); `run` is FP32 on no chip.
        XCTAssertEqual(reader.source, TraceSource(arithmetic: "fp32", hardware: nil, command: "run", modelScale: "t",
                                                  modelParameters: 2_011_184))
        let model = try SpikeYOLOModel.load(path: Fixtures.path("spikeyolo-t.pt"))
        let t = try Npy.read(path: Fixtures.path("input128.npy"))
        let image = try InputImage(shape: t.shape, values: t.floats())
        XCTAssertEqual(reader.identity.inputSHA256, TraceIdentity.sha256Hex(pixels: image.values))
        let graph = try model.graph(height: 128, width: 128)
        XCTAssertEqual(reader.topology, graph.topology)
        let run = try ReferenceEngine(graph: graph, options: ReferenceOptions(keepSpikes: true)).run(image)
        for p in graph.topology.populations.indices {
            XCTAssertEqual(try reader.spikes(timestep: 0, population: p), run.spikes[0][p], graph.topology.populations[p].name)
        }
    }
}
