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

    /// A depthwise composite a dense 1x1 follows is built transposed (`composeDepthwiseTransposed`);
    /// folding it in the plain layout and transposing it for the product is the definition. Random
    /// chains (dense conv → BN → depthwise → BN → 1x1 → BN) with composite kernels 1 and 3, strides
    /// 1 and 2, channel counts that are not multiples of four, zero and negative-zero taps, and an
    /// infinite weight under zero taps: weights and biases are the same bits.
    func testTransposedDepthwiseCompositeFoldsToTheSameBits() throws {
        var rng = SplitMix64(seed: 2411)
        func real() -> Double { Double(rng.next() >> 11) * 0x1p-52 - 1 }
        var trials = 0
        for trial in 0..<24 {
            let cin = 1 + Int(rng.next() % 9), mid = 1 + Int(rng.next() % 14), cout = 1 + Int(rng.next() % 11)
            let k0 = trial % 2 == 0 ? 1 : 3, stride = 1 + trial / 2 % 2, k = trial % 4 < 2 ? 3 : 5
            var first = (0..<(mid * cin * k0 * k0)).map { _ in real() }
            var taps = (0..<(mid * k * k)).map { _ in rng.next() % 4 == 0 ? (rng.next() % 2 == 0 ? 0.0 : -0.0) : real() }
            if trial == 5 {
                // An infinite weight under an output channel whose taps are all zero: skipped, never multiplied.
                first[0] = .infinity
                for t in 0..<(k * k) { taps[t] = 0 }
            }
            func bn(_ n: Int, _ name: String) -> LinearChain.Op {
                .batchNorm(name: name, scale: (0..<n).map { _ in real() }, shift: (0..<n).map { _ in real() })
            }
            let chain = LinearChain(name: "trial \(trial)", inChannels: cin, ops: [
                .conv(name: "first", weight: first, bias: nil, inChannels: cin, outChannels: mid, kernel: k0, stride: stride,
                      padding: k0 / 2, groups: 1),
                bn(mid, "bn1"),
                .conv(name: "dw", weight: taps, bias: nil, inChannels: mid, outChannels: mid, kernel: k, stride: 1, padding: 0, groups: mid),
                bn(mid, "bn2"),
                .conv(name: "pw", weight: (0..<(cout * mid)).map { _ in real() }, bias: nil, inChannels: mid, outChannels: cout,
                      kernel: 1, stride: 1, padding: 0, groups: 1),
                bn(cout, "bn3"),
            ])
            XCTAssertTrue(chain.denseOneByOneFollows(2))
            let fast = try chain.fold(transposedDepthwise: true), plain = try chain.fold(transposedDepthwise: false)
            XCTAssertEqual(fast.kernel, k0 + (k - 1) * stride, chain.name)
            XCTAssertEqual(fast.weight.count, plain.weight.count, chain.name)
            let differing = zip(fast.weight, plain.weight).enumerated().filter { $0.element.0.bitPattern != $0.element.1.bitPattern }
            XCTAssertEqual(differing.count, 0, "\(chain.name): \(differing.count) weights differ, first at \(differing.first.map { "\($0.offset): \($0.element)" } ?? "")")
            XCTAssertEqual(fast.bias.map(\.bitPattern), plain.bias.map(\.bitPattern), chain.name)
            if trial == 5 { XCTAssertTrue(fast.weight.allSatisfy(\.isFinite), "the infinite weight only ever met zero taps") }
            trials += 1
        }
        XCTAssertEqual(trials, 24)
    }

    /// The folded shapes of the three kinds of chain, by hand: RepConv and SepRepConv become
    /// dense 3x3 convolutions with padding 1 acting on the spikes; conv + BN keeps its geometry.
    /// Synthetic tensors drawn on several threads: the same values as on one, each from its own
    /// named stream (the first weight of every convolution drawn here by hand from that stream).
    func testSyntheticWeightsDrawnOnThreadsComeFromTheirOwnStreams() throws {
        let blueprint = try Blueprint(spec: BuiltinArchitecture.spec(scale: "n", classCount: 80))
        let one = SyntheticWeights.random(blueprint, seed: 7, threads: 1), three = SyntheticWeights.random(blueprint, seed: 7, threads: 3)
        var convolutions = 0
        for t in blueprint.tensors {
            XCTAssertEqual(one.values[t.name], three.values[t.name], t.name)
            guard t.name.hasSuffix(".weight"), t.shape.count == 4, !t.name.hasSuffix("dfl.conv.weight") else { continue }
            var stream = SplitMix64(seed: 7, stream: t.name)
            let bound = 1 / Float(t.shape[1] * t.shape[2] * t.shape[3]).squareRoot()
            XCTAssertEqual(three.values[t.name]?.first, stream.uniform(-bound, bound), t.name)
            convolutions += 1
        }
        XCTAssertGreaterThan(convolutions, 50)
    }

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
    /// The geometry alone (`foldedGeometry`, which no longer scales the weights) is the fold's
    /// geometry for every chain of a model, and a chain that cannot fold fails the same way in
    /// both (the padding check reads the shifted bias).
    func testGeometryAloneIsTheFoldsGeometry() throws {
        let graph = try SpikeYOLOModel.synthetic(scale: "n").graph(height: 160, width: 160, keepChains: true)
        for chain in graph.chains {
            let g = try chain.foldedGeometry(), f = try chain.fold()
            XCTAssertEqual([g.kernel, g.stride, g.padding, g.groups, g.outChannels],
                           [f.kernel, f.stride, f.padding, f.groups, f.outChannels], chain.name)
        }
        // conv (no bias) → BN with a non-zero shift → BN-and-pad: the shift makes the bias non-zero.
        let w = [Double](repeating: 0.5, count: 4)
        func chain(shift: Double) -> LinearChain {
            LinearChain(name: "c", inChannels: 2, ops: [
                .conv(name: "c.conv", weight: w, bias: nil, inChannels: 2, outChannels: 2, kernel: 1, stride: 1, padding: 0, groups: 1),
                .batchNorm(name: "c.bn", scale: [2, 3], shift: [0, shift]),
                .batchNormPad(name: "c.pad", scale: [1, 1], shift: [0, 0], pad: 1),
            ])
        }
        XCTAssertEqual(try chain(shift: 0).foldedGeometry().padding, 1)
        XCTAssertEqual(try chain(shift: 0).fold().padding, 1)
        var messages = [String]()
        for geometryOnly in [true, false] {
            do {
                if geometryOnly { _ = try chain(shift: 0.25).foldedGeometry() } else { _ = try chain(shift: 0.25).fold() }
                XCTFail("a padding after a biased conv folds")
            } catch { messages.append("\(error)") }
        }
        XCTAssertEqual(messages.count, 2)
        XCTAssertEqual(messages.first, messages.last)
        XCTAssertTrue(messages.first?.contains("pads after an operation that is not a bias-free 1x1 conv") == true, messages.first ?? "")
    }

    /// Weights widened to `Double` on several threads are the values converted one by one
    /// (sizes on both sides of the threaded grain; zeros of both signs, infinities, NaN, subnormals).
    func testWeightsWidenedOnThreadsAreTheValuesConverted() {
        var rng = SplitMix64(seed: 99)
        for n in [0, 1, 65_535, 65_536, 200_003] {
            var v = (0..<n).map { _ in rng.uniform(-3, 3) }
            let specials: [Float] = [0, -0, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, -.leastNormalMagnitude, .greatestFiniteMagnitude]
            for (i, x) in specials.enumerated() where i * 7_919 < n { v[i * 7_919] = x }
            XCTAssertEqual(GraphBuilder.widened(v).map(\.bitPattern), v.map { Double($0).bitPattern }, "\(n)")
        }
    }
}
