import XCTest

@testable import NCModel

final class FoldingTests: XCTestCase {
    /// Every folded convolution equals the literal unfolded chain (convolutions, BatchNorm,
    /// BNAndPadLayer) on the fixture input's real spikes, within 1e-5 (both in FP64).
    func testFoldedEqualsUnfoldedOnTheFixtureInput() throws {
        let model = try FixtureModel.t()
        let image = try ReferenceFixture("128").image()
        let graph = try model.graph(height: 128, width: 128, keepChains: true)
        let run = try ReferenceEngine(graph: graph, options: ReferenceOptions(precision: .fp64, keepSpikes: true)).run(image)
        var worst = 0.0
        for (c, layer) in graph.topology.convs.enumerated() {
            // The layer's input, channel-major, as the unfolded modules see it.
            let input: [Double]
            switch layer.source {
            case .image: input = image.values.map(Double.init)
            case .population(let p):
                let s = run.spikes[0][p], hw = layer.inHeight * layer.inWidth
                input = (0..<(layer.inChannels * hw)).map { i in Double(s[(i % hw) * layer.inChannels + i / hw]) }
            }
            let chain = graph.chains[c]
            let unfolded = chain.evaluate(input, height: layer.inHeight, width: layer.inWidth)
            let f = try chain.fold()
            let folded = LinearChain(name: layer.name, inChannels: layer.inChannels, ops: [
                .conv(name: layer.name, weight: f.weight, bias: f.bias, inChannels: layer.inChannels, outChannels: f.outChannels,
                      kernel: f.kernel, stride: f.stride, padding: f.padding, groups: f.groups),
            ]).evaluate(input, height: layer.inHeight, width: layer.inWidth)
            XCTAssertEqual(unfolded.height, folded.height, layer.name)
            XCTAssertEqual(unfolded.values.count, folded.values.count, layer.name)
            let d = zip(unfolded.values, folded.values).map { abs($0 - $1) }.max() ?? .infinity
            XCTAssertLessThanOrEqual(d, 1e-5, layer.name)
            worst = max(worst, d)
        }
        XCTAssertEqual(graph.topology.convs.count, 89)
        XCTAssertLessThan(worst, 1e-5)
    }

    /// The graph folds its chains on several threads; each convolution's weights and biases are
    /// bit for bit those of folding its chain alone, one after another (synthetic n at 160, whose
    /// dense RepConvs also go through the threaded matrix product).
    func testChainsFoldedInParallelEqualFoldingEachAlone() throws {
        let model = try SpikeYOLOModel.synthetic(scale: "n")
        let graph = try model.graph(height: 160, width: 160, keepChains: true)
        XCTAssertEqual(graph.chains.count, graph.weights.count)
        for (c, chain) in graph.chains.enumerated() {
            let f = try chain.fold()
            XCTAssertEqual(graph.weights[c].weight.map(\.bitPattern), f.weight.map(\.bitPattern), chain.name)
            XCTAssertEqual(graph.weights[c].bias.map(\.bitPattern), f.bias.map(\.bitPattern), chain.name)
        }
    }

    /// The folded shapes of the three kinds of chain, by hand: RepConv and SepRepConv become
    /// dense 3x3 convolutions with padding 1 acting on the spikes; conv + BN keeps its geometry.
    func testFoldedGeometry() throws {
        let graph = try FixtureModel.t().graph(height: 128, width: 128)
        let byName = Dictionary(uniqueKeysWithValues: graph.topology.convs.map { ($0.name, $0) })
        let rep = try XCTUnwrap(byName["model.6.0.conv1"])
        XCTAssertEqual([rep.kernel, rep.padding, rep.groups, rep.inChannels, rep.outChannels], [3, 1, 1, 64, 192])
        let sep = try XCTUnwrap(byName["model.2.Conv.pwconv3"])
        XCTAssertEqual([sep.kernel, sep.padding, sep.groups, sep.inChannels, sep.outChannels], [3, 1, 1, 32, 16])
        let dw = try XCTUnwrap(byName["model.2.Conv.dwconv2"])
        XCTAssertEqual([dw.kernel, dw.padding, dw.groups], [7, 3, 32])
    }
}
