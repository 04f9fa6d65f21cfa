import XCTest

@testable import NCHardware
@testable import NCModel

/// The pieces of the documented fixed-point rule, in both the engine (`FixedPointFormat`,
/// `FixedPointArithmetic`, `ILIF`) and the test reference (`ExactFixedPoint`, `FixedPointUnits`),
/// against values written by hand or a wider formula over small exhaustive domains.
final class FixedPointRuleTests: XCTestCase {
    /// `x` rounded half to even through Double's own rounding: the wide formula, exact for the
    /// small rationals used here.
    func wide(_ x: Double) -> Double { x.rounded(.toNearestOrEven) }

    /// The engine's arithmetic on `membraneBits`-bit membranes (units are given per call).
    func engineArithmetic(membraneBits: Int) -> FixedPointArithmetic {
        FixedPointArithmetic(topology: TinyNetworks.single(outChannels: 1), weights: [ConvWeights(weight: [0.5], bias: [0])],
                             weightBits: 8, membraneBits: membraneBits)
    }

    /// Rule 5's spike `round_half_even(clamp(u / 2^f, 0, D))` for every membrane near the
    /// thresholds, several units and spike levels.
    func testIntegerSpikeRoundingIsHalfToEven() {
        for levels in [1, 4, 7] {
            for f in -3...10 {
                let top = levels << max(f, 0)
                for u in -70...(top + 70) {
                    let real = Double(u) * pow(2.0, Double(-f))
                    let expected = UInt8(wide(min(Double(levels), max(0, real))))
                    XCTAssertEqual(FixedPointFormat.spike(Int32(u), f, levels: levels), expected, "engine u \(u) f \(f) D \(levels)")
                    XCTAssertEqual(ExactFixedPoint.spike(membrane: Int64(u), fractionBits: f, levels: levels), expected,
                                   "reference u \(u) f \(f) D \(levels)")
                }
            }
        }
    }

    /// Rule 5's update for t > 0, `u = sat(round_half_even((u' - s'·2^f) / 4) + x)` with
    /// `s'·2^f = floor(s' × 2^f)` (`s' >> -f`), over every 8-bit membrane `u'` and input `x`,
    /// every spike `s'` and every unit an 8-bit membrane can have below `M - 4`.
    func testLeakOverEveryEightBitMembrane() {
        let arithmetic = engineArithmetic(membraneBits: 8)
        for f in -5...4 {
            for previousSpike in 0...4 {
                let reset = (Double(previousSpike) * pow(2.0, Double(f))).rounded(.down)
                for previous in -128...127 {
                    let leaked = wide((Double(previous) - reset) / 4)
                    XCTAssertEqual(ExactFixedPoint.leak(membrane: Int64(previous), spike: Int64(previousSpike), fractionBits: f),
                                   Int64(leaked), "reference u' \(previous) s' \(previousSpike) f \(f)")
                    for x in -128...127 {
                        let expected = Int32(min(127, max(-128, leaked + Double(x))))
                        var state = Int32(previous), spike = UInt8(previousSpike)
                        ILIF().update(arithmetic, input: Int32(x), state: &state, spike: &spike, first: false, unit: f, levels: 4)
                        if state != expected {
                            XCTFail("engine u' \(previous) s' \(previousSpike) f \(f) x \(x): \(state), expected \(expected)")
                            return
                        }
                        let mine = ExactFixedPoint.saturate(Int64(leaked) + Int64(x), membraneBits: 8)
                        XCTAssertEqual(mine, Int64(expected))
                    }
                }
            }
        }
    }

    /// Rule 3: `round_half_even(x × 2^f)` saturated, on values that are exact eighths of a unit
    /// (ties included), against integer arithmetic written here.
    func testQuantisationRoundsHalfToEvenAndSaturates() {
        let format = engineArithmetic(membraneBits: 8).format
        for f in -4...4 {
            for eighths in -1100...1100 {
                let x = Double(eighths) / 8 * pow(2.0, Double(-f))  // x × 2^f = eighths / 8, exactly
                let floor = eighths >= 0 ? eighths / 8 : -((-eighths + 7) / 8)
                let rest = eighths - 8 * floor
                let rounded = rest > 4 || (rest == 4 && floor % 2 != 0) ? floor + 1 : floor
                let expected = min(127, max(-128, rounded))
                XCTAssertEqual(Int(format.quantize(x, f)), expected, "engine x \(x) f \(f)")
                XCTAssertEqual(Int(ExactFixedPoint.quantise(x, fractionBits: f, membraneBits: 8)), expected, "reference x \(x) f \(f)")
            }
        }
    }

    /// Rule 2 at its boundaries: with `top = 2^(W-1) - 1`, a largest weight of exactly
    /// `top × 2^-k` gets `f = k`, one FP32 step above it `k - 1`, one below it `k`; clamped to
    /// `[-16, M - 4]`; 8 when nothing (or only zeros) is written.
    func testFractionBitsAtTheirBoundaries() {
        let membraneBits = 24
        for weightBits in 2...16 {
            let top = Float((1 << (weightBits - 1)) - 1)
            for k in -20...24 {
                let exact = top * Float(sign: .plus, exponent: -k, significand: 1)
                for (m, f) in [(exact, k), (exact.nextUp, k - 1), (exact.nextDown, k)] {
                    let expected = min(max(f, -16), membraneBits - 4)
                    XCTAssertEqual(engineFractionBits(largestWeight: Double(m), weightBits, membraneBits), expected,
                                   "engine W \(weightBits) m \(m)")
                    XCTAssertEqual(ExactFixedPoint.fractionBits(largestWeight: Double(m), weightBits: weightBits, membraneBits: membraneBits),
                                   expected, "reference W \(weightBits) m \(m)")
                }
            }
        }
        XCTAssertEqual(engineFractionBits(largestWeight: 0, 8, 24), 8)
        XCTAssertEqual(ExactFixedPoint.fractionBits(largestWeight: 0, weightBits: 8, membraneBits: 24), 8)
    }

    /// Rule 1: max-pooled and upsampled channels share the unit of the channel they copy, ties
    /// are transitive, and each tied group's `f` comes from the largest weight written into any
    /// of its channels. Expected units worked out by hand (int8 weights, int16 membranes).
    func testTiesThroughMaxPoolAndUpsampleShareOneUnit() {
        func buffer(_ name: String, _ channels: Int, _ size: Int, _ initial: CurrentBuffer.Initial = .zero) -> CurrentBuffer {
            CurrentBuffer(name: name, channels: channels, height: size, width: size, initial: initial)
        }
        func conv(into b: Int, _ channels: Int, _ size: Int) -> ConvLayer {
            ConvLayer(name: "into \(b)", source: .image, output: [BufferSlice(buffer: b, channelStart: 0, channelCount: channels)],
                      inChannels: 1, outChannels: channels, kernel: 1, stride: 1, padding: 0, groups: 1, inHeight: size,
                      inWidth: size, outHeight: size, outWidth: size, origin: .conv)
        }
        let buffers = [
            buffer("a", 2, 1),
            buffer("pool", 2, 1, .maxPool(of: 0, kernel: 1)),
            buffer("b", 1, 1),
            buffer("up", 2, 2, .upsample(of: [BufferSlice(buffer: 1, channelStart: 1, channelCount: 1),
                                              BufferSlice(buffer: 2, channelStart: 0, channelCount: 1)], factorY: 2, factorX: 2)),
            buffer("c", 1, 1),
            buffer("unwritten", 1, 1),
        ]
        let convs = [conv(into: 0, 2, 1), conv(into: 3, 2, 2), conv(into: 2, 1, 1), conv(into: 4, 1, 1)]
        let weights = [[0.1, 0.3], [3.0, -0.05], [-0.2], [0.01]].map { ConvWeights(weight: $0, bias: $0.map { _ in 0 }) }
        let topology = NetworkTopology(buffers: buffers, populations: [], convs: convs, steps: [], heads: [], headStrides: [],
                                       timesteps: 1, spikeLevels: 4, classCount: 1, inputChannels: 1, inputHeight: 1, inputWidth: 1)
        // {a.0, pool.0}: 0.1 × 2^10 = 102.4 <= 127. {a.1, pool.1, up.0}: 3 × 2^5 = 96. {up.1, b.0}:
        // 0.2 × 2^9 = 102.4. c: 0.01 × 2^13 = 81.9, clamped to M - 4 = 12. Nothing writes "unwritten": 8.
        let expected = [[10, 5], [10, 5], [9], [5, 9], [12], [8]]
        XCTAssertEqual(FixedPointUnits(topology: topology, weights: weights, weightBits: 8, membraneBits: 16).fractionBits, expected)
        for threads in [1, 3] {
            XCTAssertEqual(FixedPointFormat(topology: topology, weights: weights, weightBits: 8, membraneBits: 16,
                                            roundsWeightsToFloat: true, threads: threads).fractionBits, expected)
        }
    }

    /// The engine's `f` for one channel written by one weight `m` (and a sign-flipped smaller one).
    func engineFractionBits(largestWeight m: Double, _ weightBits: Int, _ membraneBits: Int) -> Int {
        let topology = TinyNetworks.single(channels: 2, outChannels: 1)
        let format = FixedPointFormat(topology: topology, weights: [ConvWeights(weight: [-m / 2, m], bias: [0])],
                                      weightBits: weightBits, membraneBits: membraneBits, roundsWeightsToFloat: true)
        return format.fractionBits[1][0]
    }
}

extension FixedPointRuleTests {
    /// Rule 5's Gen1 LIF over every 8-bit potential `v'` and input `x` and every unit an 8-bit
    /// membrane can have: `v = sat(v' + round_half_even((x - v') / 2))`, `s` from `v`, then
    /// `v' = sat(v - s·2^f)`, against the Double formula (exact for these small integers).
    func testGen1LIFOverEveryEightBitPotentialAndInput() {
        let arithmetic = engineArithmetic(membraneBits: 8)
        for f in -5...4 {
            for before in -128...127 {
                for x in -128...127 {
                    let charged = min(127, max(-128, Double(before) + wide(Double(x - before) / 2)))
                    let spike = UInt8(wide(min(4, max(0, charged * pow(2.0, Double(-f))))))
                    let reset = (Double(spike) * pow(2.0, Double(f))).rounded(.down)
                    let after = Int32(min(127, max(-128, charged - reset)))
                    var state = Int32(before), s = UInt8(0)
                    Gen1LIF().update(arithmetic, input: Int32(x), state: &state, spike: &s, first: false, unit: f, levels: 4)
                    if state != after || s != spike {
                        XCTFail("engine v' \(before) x \(x) f \(f): (\(state), \(s)), expected (\(after), \(spike))")
                        return
                    }
                    let v = ExactFixedPoint.gen1Charge(potential: Int64(before), input: Int64(x), membraneBits: 8)
                    XCTAssertEqual(v, Int64(charged))
                    XCTAssertEqual(ExactFixedPoint.spike(membrane: v, fractionBits: f, levels: 4), spike)
                    XCTAssertEqual(ExactFixedPoint.gen1Reset(potential: v, spike: Int64(spike), fractionBits: f, membraneBits: 8),
                                   Int64(after))
                }
            }
        }
    }
}
