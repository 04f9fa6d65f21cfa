import NCFormats
import XCTest

@testable import NCModel

/// Folding proven exact over whole networks larger than the fixture: the folded graph run in FP64
/// (`--precision fp64`) and the literal unfolded chains (conv, BatchNorm, RepConv and SepRepConv
/// pieces applied one by one, SPEC §5) run in FP64 give the same spikes, population by population,
/// totals and histograms. The t fixture is too small to show FP32's chaos; at n and s scale a
/// difference in FP64 would be a real semantic difference, not rounding noise.
final class UnfoldedNetworkTests: XCTestCase {
    func checkFoldedEqualsUnfolded(scale: String, size: Int) throws {
        let model = try SpikeYOLOModel.synthetic(scale: scale)
        let t = try Npy.read(path: Fixtures.path("real_astronaut_320.npy"))
        var image = try InputImage(shape: t.shape, values: t.floats())
        if size != 320 { image = TestImage.make(height: size, width: size) }
        let graph = try model.graph(height: size, width: size, keepChains: true)
        let folded = try Interpreter.run(graph, frames: [image], options: Interpreter.Options(arithmetic: .fp64, countOperations: false))
        var unfolded = StepInterpreter(topology: graph.topology, arithmetic: FloatArithmetic<Double>(roundsWeightsToFloat: false),
                                       neuron: ILIF(), synapses: UnfoldedSynapses(chains: graph.chains), threads: Parallel.defaultThreads)
        let literal = try unfolded.run([image])
        XCTAssertEqual(folded.populations.count, literal.populations.count)
        var total = 0
        for (a, b) in zip(folded.populations, literal.populations) {
            XCTAssertEqual(a.spikes, b.spikes, "\(scale)@\(size) \(a.name)")
            XCTAssertEqual(a.histogram, b.histogram, "\(scale)@\(size) \(a.name)")
            total += a.spikes
        }
        XCTAssertGreaterThan(total, 0)
    }

    func testFoldedEqualsUnfoldedAtScaleN320() throws {
        try checkFoldedEqualsUnfolded(scale: "n", size: 320)
    }

    func testFoldedEqualsUnfoldedAtScaleS320() throws {
        try checkFoldedEqualsUnfolded(scale: "s", size: 320)
    }
}
