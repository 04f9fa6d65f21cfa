import XCTest

@testable import NCModel

/// The fast convolution paths against the simple ones they replace, which stay in the code as the
/// definition: whole synthetic networks (every population's spikes, every current buffer, the
/// heads and the saturation count, bit for bit) and single layers on random inputs covering every
/// weight width and lane tail. Speed is measured in Benchmarks/README.md, never here.
final class FastKernelTests: XCTestCase {
    /// Synthetic models by scale, made (and calibrated) once for the whole class.
    nonisolated(unsafe) static var models: [String: SpikeYOLOModel] = [:]

    func graph(_ scale: String, _ size: Int) throws -> SpikingGraph {
        if FastKernelTests.models[scale] == nil { FastKernelTests.models[scale] = try SpikeYOLOModel.synthetic(scale: scale) }
        return try FastKernelTests.models[scale]!.graph(height: size, width: size)
    }

    /// `arithmetic` on `scale`@`size` with the fast kernels (2 threads) and with the simple ones
    /// that define it (1 thread): the same spikes of every population, the same current in every
    /// buffer, the same heads and saturations; returns the saturated outputs.
    @discardableResult
    func check(_ arithmetic: Arithmetic, scale: String, size: Int) throws -> Int {
        let graph = try graph(scale, size)
        let image = TestImage.make(height: size, width: size)
        var options = Interpreter.Options(arithmetic: arithmetic, threads: 2, keepSpikes: true, countOperations: false)
        options.keepMembranes = true
        let fast = try Interpreter.run(graph, frames: [image], options: options)
        options.definitionKernels = true
        options.threads = 1
        let simple = try Interpreter.run(graph, frames: [image], options: options)
        let label = "\(arithmetic.name) \(scale)@\(size)"
        XCTAssertEqual(fast.spikes, simple.spikes, label)
        XCTAssertEqual(fast.membranes.map { $0.map(\.bitPattern) }, simple.membranes.map { $0.map(\.bitPattern) }, label)
        XCTAssertEqual(fast.heads, simple.heads, label)
        XCTAssertEqual(fast.saturated, simple.saturated, label)
        XCTAssertEqual(fast.populations.map(\.histogram), simple.populations.map(\.histogram), label)
        XCTAssertEqual(fast.membranes.count, graph.topology.buffers.count, label)
        XCTAssertGreaterThan(fast.totalSpikes, 0, label)
        return fast.saturated
    }

    func testFixedPointValueGatherEqualsEventsAtScaleN() throws {
        try check(.fixed(weightBits: 8, membraneBits: 24), scale: "n", size: 96)
        // Narrow membranes: some layers can saturate (event loops), others cannot (value gathering).
        let saturated = try check(.fixed(weightBits: 8, membraneBits: 14), scale: "n", size: 64)
        XCTAssertGreaterThan(saturated, 0, "int8/int14 should saturate somewhere, so both kinds of loops run")
        try check(.fixed(weightBits: 16, membraneBits: 30), scale: "n", size: 64)
        try check(.fixed(weightBits: 12, membraneBits: 20), scale: "n", size: 64)
    }

    func testFixedPointValueGatherEqualsEventsAtScaleS() throws {
        try check(.fixed(weightBits: 8, membraneBits: 24), scale: "s", size: 96)
    }

    func testWideFloatGatherEqualsNarrowAtScalesNAndS() throws {
        try check(.fp32, scale: "n", size: 96)
        try check(.fp64, scale: "n", size: 64)
        try check(.fp32, scale: "s", size: 96)
        try check(.fp64, scale: "s", size: 64)
    }

    /// The wide and narrow FP32 and FP64 gather chunks on random real inputs, bit for bit; the
    /// wide one also a few input channels at a time (blocks of 1, 3 and 7 channels, the last
    /// block shorter), strides 1 and 2.
    func testWideFloatGatherEqualsNarrowOnRandomLayers() {
        var rng = SplitMix64(seed: 17)
        for (cin, cout, stride) in [(16, 64, 1), (8, 136, 1), (24, 200, 1), (5, 32, 1), (17, 72, 2), (30, 128, 1)] {
            let (h, w, k) = (6, 9, 3)
            let (oh, ow) = ((h + 2 - k) / stride + 1, (w + 2 - k) / stride + 1)
            let layer = ConvLayer(name: "f", source: .population(0), output: [], inChannels: cin, outChannels: cout, kernel: k,
                                  stride: stride, padding: 1, groups: 1, inHeight: h, inWidth: w, outHeight: oh, outWidth: ow,
                                  origin: .conv)
            let padded = (cout + 7) / 8 * 8
            let values = (0..<(h * w * cin)).map { _ in rng.next() % 3 == 0 ? 0 : Double(Int(rng.next() % 2001) - 1000) / 37 }
            let weights = (0..<(k * k * cin * padded)).map { _ in Double(Int(rng.next() % 2_000_001) - 1_000_000) / 3e5 }
            // `spacing` extra lanes after each weight row (spaced rows), holding values that would
            // show in every sum if they were read.
            func run<S: KernelScalar>(_: S.Type, wide: Bool, channelsPerBlock: Int? = nil, spacing: Int = 0) -> [S] {
                let sparse = SparseInput<S>(dense: values.map { S($0) }, pixels: h * w, channels: cin)
                var wv = [S]()
                for r in 0..<(k * k * cin) {
                    wv += weights[(r * padded)..<((r + 1) * padded)].map { S($0) }
                    wv += [S](repeating: 1e30, count: spacing)
                }
                var out = [S](repeating: 0, count: oh * ow * padded)
                wv.withUnsafeBufferPointer { wp in
                    out.withUnsafeMutableBufferPointer { op in
                        ConvKernels.gather(sparse, layer, weights: wp, outPadded: padded, out: op, threads: 2, wide: wide,
                                           channelsPerBlock: channelsPerBlock, weightStride: padded + spacing)
                    }
                }
                return out
            }
            let narrowFloat = run(Float.self, wide: false).map(\.bitPattern), narrowDouble = run(Double.self, wide: false).map(\.bitPattern)
            for perBlock in [nil, 1, 3, 7] {
                let what = "\(cin)→\(cout) stride \(stride), blocks of \(perBlock.map(String.init) ?? "default") channels"
                XCTAssertEqual(run(Float.self, wide: true, channelsPerBlock: perBlock).map(\.bitPattern), narrowFloat, what)
                XCTAssertEqual(run(Double.self, wide: true, channelsPerBlock: perBlock).map(\.bitPattern), narrowDouble, what)
                // Rows spaced one cache line apart, as FloatArithmetic lays them out, and an odd spacing.
                for spacing in [64 / MemoryLayout<Float>.stride, 3] {
                    XCTAssertEqual(run(Float.self, wide: true, channelsPerBlock: perBlock, spacing: spacing).map(\.bitPattern), narrowFloat,
                                   what + ", rows \(spacing) lanes apart")
                    XCTAssertEqual(run(Double.self, wide: true, channelsPerBlock: perBlock, spacing: spacing).map(\.bitPattern),
                                   narrowDouble, what + ", rows \(spacing) lanes apart")
                }
            }
            XCTAssertEqual(run(Float.self, wide: false, spacing: 5).map(\.bitPattern), narrowFloat, "narrow, spaced rows")
        }
    }

    /// `ChannelBlocks` against the entries' channels, counted by hand: pixel 0 holds channels
    /// 0, 2, 3, 7; pixel 1 none; pixel 2 channel 5 (blocks of three channels: 0–2, 3–5, 6–7).
    func testChannelBlocksSplitEachPixelsEntriesByChannel() {
        var spikes = [UInt8](repeating: 0, count: 3 * 8)
        for c in [0, 2, 3, 7] { spikes[c] = 1 }
        spikes[2 * 8 + 5] = 4
        let input = spikes.withUnsafeBufferPointer { SparseInput<Int32>(spikes: $0, pixels: 3, channels: 8) }
        let blocks = ChannelBlocks(input, channels: 8, channelsPerBlock: 3)
        XCTAssertEqual(blocks.blocks, 3)
        // Entries 0...3 are pixel 0's (channels 0, 2 | 3 | 7), entry 4 is pixel 2's (channel 5).
        XCTAssertEqual(blocks.bounds, [0, 2, 3, 4, /* pixel 1 */ 4, 4, 4, 4, /* pixel 2 */ 4, 4, 5, 5])
    }

    /// One dense layer on random spikes: `ValueKernels.dense` from rows of each width equals the
    /// saturating event loop where no sum can saturate (tails of 8 lanes included).
    func testDenseValueGatherEqualsEventLoopOnRandomLayers() {
        var rng = SplitMix64(seed: 15)
        for (cin, cout, k, stride, weightRange) in [(16, 40, 3, 1, 100), (24, 72, 1, 1, 30_000), (8, 8, 3, 2, 1 << 20),
                                                     (40, 64, 3, 1, 127), (13, 24, 3, 2, 128), (20, 104, 3, 1, 127), (9, 200, 1, 1, 300)] {
            let (h, w) = (9, 11), padding = k / 2
            let layer = ConvLayer(name: "l", source: .population(0), output: [], inChannels: cin, outChannels: cout, kernel: k,
                                  stride: stride, padding: padding, groups: 1, inHeight: h, inWidth: w,
                                  outHeight: (h + 2 * padding - k) / stride + 1, outWidth: (w + 2 * padding - k) / stride + 1,
                                  origin: .conv)
            let padded = (cout + 7) / 8 * 8
            let spikes = (0..<(h * w * cin)).map { _ in UInt8(rng.next() % 8 < 5 ? 0 : rng.next() % 5) }
            let weights = (0..<(k * k * cin * padded)).map { i -> Int32 in
                i % padded >= cout ? 0 : Int32(Int(rng.next() % UInt64(2 * weightRange + 1)) - weightRange)
            }
            let start = (0..<(layer.outHeight * layer.outWidth * padded)).map { _ in Int32(Int(rng.next() % 2001) - 1000) }
            var expected = start, actual = start
            spikes.withUnsafeBufferPointer { sp in
                let events = BinarySpikes(spikes: sp, pixels: h * w, channels: cin, levels: 4)
                EventKernels.dense(events, layer, weights: weights, padded: padded, acc: &expected, low: .min, high: .max, clamp: true,
                                   threads: 1)
                let sparse = SparseInput<Int32>(spikes: sp, pixels: h * w, channels: cin, threads: 2)
                ValueKernels.dense(sparse, layer, rows: IntegerRows(weights, padded: padded), padded: padded, acc: &actual, threads: 2)
            }
            XCTAssertEqual(actual, expected, "cin \(cin) cout \(cout) k \(k) stride \(stride) weights ±\(weightRange)")
        }
        if case .int8 = IntegerRows([-128, 127], padded: 2) {} else { XCTFail("int8 rows expected") }
        if case .int16 = IntegerRows([-129, 127], padded: 2) {} else { XCTFail("int16 rows expected") }
        if case .int32 = IntegerRows([0, 32768], padded: 2) {} else { XCTFail("int32 rows expected") }
    }

    /// Int8 rows in 16-bit sums against the event loop where a pixel's inputs need several runs:
    /// 150 channels all firing 4 with every weight 127 pass a 16-bit lane's bound after 64 inputs
    /// (65 × 4 × 127 = 33,020), and random int8 weights on dense random spikes.
    func testInt8SixteenBitSumsSplitLongRunsExactly() {
        var rng = SplitMix64(seed: 23)
        for (cin, cout, extreme) in [(150, 64, true), (150, 96, false), (70, 40, false), (33, 232, false)] {
            let (h, w, k) = (5, 6, 3)
            let layer = ConvLayer(name: "l", source: .population(0), output: [], inChannels: cin, outChannels: cout, kernel: k,
                                  stride: 1, padding: 1, groups: 1, inHeight: h, inWidth: w, outHeight: h, outWidth: w, origin: .conv)
            let padded = (cout + 7) / 8 * 8
            let spikes = (0..<(h * w * cin)).map { _ in extreme ? UInt8(4) : UInt8(rng.next() % 5) }
            let weights = (0..<(k * k * cin * padded)).map { i -> Int32 in
                i % padded >= cout ? 0 : extreme ? 127 : Int32(Int(rng.next() % 256) - 128)
            }
            var expected = [Int32](repeating: 0, count: h * w * padded), actual = expected
            spikes.withUnsafeBufferPointer { sp in
                let events = BinarySpikes(spikes: sp, pixels: h * w, channels: cin, levels: 4)
                EventKernels.dense(events, layer, weights: weights, padded: padded, acc: &expected, low: .min, high: .max, clamp: true,
                                   threads: 1)
                let sparse = SparseInput<Int32>(spikes: sp, pixels: h * w, channels: cin, threads: 2)
                let rows = IntegerRows(weights, padded: padded)
                guard case .int8 = rows else { return XCTFail("int8 rows expected") }
                ValueKernels.dense(sparse, layer, rows: rows, padded: padded, acc: &actual, threads: 2)
            }
            XCTAssertEqual(actual, expected, "cin \(cin) cout \(cout)\(extreme ? ", every weight 127, every spike 4" : "")")
        }
    }

    /// Inputs too large for 16-bit products (never spike counts) take the 32-bit sums: the same
    /// as the 32-bit rows of the same weights.
    func testInt8RowsWithLargeInputsFallBackToThirtyTwoBitSums() {
        var rng = SplitMix64(seed: 29)
        let (cin, cout, h, w, k) = (12, 72, 4, 5, 3)
        let layer = ConvLayer(name: "l", source: .population(0), output: [], inChannels: cin, outChannels: cout, kernel: k,
                              stride: 1, padding: 1, groups: 1, inHeight: h, inWidth: w, outHeight: h, outWidth: w, origin: .conv)
        let padded = 72
        let weights = (0..<(k * k * cin * padded)).map { _ in Int32(Int(rng.next() % 256) - 128) }
        var sparse = SparseInput<Int32>(dense: (0..<(h * w * cin)).map { _ in Int32(rng.next() % 3) }, pixels: h * w, channels: cin)
        sparse.value[0] = 1000  // 1000 × 128 leaves 16 bits
        var expected = [Int32](repeating: 0, count: h * w * padded), actual = expected
        ValueKernels.dense(sparse, layer, rows: .int32(weights), padded: padded, acc: &expected, threads: 2)
        ValueKernels.dense(sparse, layer, rows: IntegerRows(weights, padded: padded), padded: padded, acc: &actual, threads: 2)
        XCTAssertEqual(actual, expected)
    }

    /// The grouped int8 order by hand (lane 8r + j at byte 4j + r), and back.
    func testInt8RowsGroupedOrder() {
        XCTAssertEqual((0..<8).map(Int8Rows.lane(at:)), [0, 8, 16, 24, 1, 9, 17, 25])
        XCTAssertEqual(Int8Rows.lane(at: 31), 31)
        // Two rows of 40 lanes (one full group, then 8 lanes in order), values = lane + row.
        let layout = (0..<80).map { (i: Int) -> Int32 in Int32(i % 40 + i / 40) }
        let grouped = Int8Rows.grouped(layout, padded: 40)
        XCTAssertEqual(Array(grouped[0..<6]), [0, 8, 16, 24, 1, 9])
        XCTAssertEqual(Array(grouped[32..<40]), [32, 33, 34, 35, 36, 37, 38, 39])
        XCTAssertEqual(Array(grouped[40..<45]), [1, 9, 17, 25, 2])
        XCTAssertEqual(Int8Rows.natural(grouped, padded: 40), layout.map { Int8($0) })
    }

    /// Int8 rows written straight from the weights equal the 32-bit gather layout regrouped (the
    /// definition), for lane tails inside and after a group, several blocks of 64 channels, and
    /// any thread count.
    func testInt8RowsStraightFromWeightsEqualRegroupedLayout() {
        var rng = SplitMix64(seed: 15)
        for (cin, cout, k, padded) in [(3, 40, 3, 40), (5, 64, 1, 64), (4, 100, 3, 104), (2, 130, 3, 136), (6, 8, 1, 8)] {
            let layer = ConvLayer(name: "l", source: .population(0), output: [], inChannels: cin, outChannels: cout, kernel: k,
                                  stride: 1, padding: k / 2, groups: 1, inHeight: 4, inWidth: 4, outHeight: 4, outWidth: 4,
                                  origin: .conv)
            let w = (0..<(cout * cin * k * k)).map { _ in Int32(Int(rng.next() % 255) - 127) }
            let definition = Int8Rows.grouped(ConvKernels.gatherLayout(w, layer, padTo: padded), padded: padded)
            for threads in [1, 3] {
                XCTAssertEqual(Int8Rows.gatherLayout(w, layer, padTo: padded, threads: threads), definition,
                               "cin \(cin) cout \(cout) k \(k) padded \(padded) threads \(threads)")
            }
        }
    }

    /// One depthwise layer on random spikes: `ValueKernels.depthwise` equals the event loop.
    func testDepthwiseValueGatherEqualsEventLoopOnRandomLayers() {
        var rng = SplitMix64(seed: 16)
        for (c, stride) in [(16, 1), (13, 1), (24, 2), (5, 2)] {
            let (h, w, k) = (7, 10, 3)
            let layer = ConvLayer(name: "d", source: .population(0), output: [], inChannels: c, outChannels: c, kernel: k,
                                  stride: stride, padding: 1, groups: c, inHeight: h, inWidth: w,
                                  outHeight: (h + 2 - k) / stride + 1, outWidth: (w + 2 - k) / stride + 1, origin: .conv)
            let padded = (c + 7) / 8 * 8
            let spikes = (0..<(h * w * c)).map { _ in UInt8(rng.next() % 3 == 0 ? 0 : rng.next() % 5) }
            let weights = (0..<(k * k * padded)).map { i in i % padded >= c ? 0 : Int32(Int(rng.next() % 511) - 255) }
            let start = (0..<(layer.outHeight * layer.outWidth * padded)).map { i in
                i % padded >= c ? 0 : Int32(Int(rng.next() % 2001) - 1000)
            }
            var expected = start, actual = start
            spikes.withUnsafeBufferPointer { sp in
                EventKernels.depthwise(sp, layer, levels: 4, weights: weights, padded: padded, acc: &expected, low: .min, high: .max,
                                       threads: 1)
                ValueKernels.depthwise(sp, layer, weights: weights, padded: padded, acc: &actual, threads: 2)
            }
            XCTAssertEqual(actual, expected, "channels \(c) stride \(stride)")
        }
    }
}
