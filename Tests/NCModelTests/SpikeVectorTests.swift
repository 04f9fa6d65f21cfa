import XCTest
@testable import NCModel

/// The eight-wide FP32 spike (`IntegerSpike.float8`, used by `FloatArithmetic.spikes`) against
/// the one-neuron rule, written out here: clamp to [0, D], NaN silent, round half to even.
final class SpikeVectorTests: XCTestCase {
    private func rule(_ u: Float, _ d: Int) -> UInt8 {
        if u.isNaN || u <= 0 { return 0 }
        if u >= Float(d) { return UInt8(d) }
        let floor = u.rounded(.down), frac = u - floor
        let n = Int(floor)
        if frac > 0.5 { return UInt8(n + 1) }
        if frac < 0.5 { return UInt8(n) }
        return UInt8(n % 2 == 0 ? n : n + 1)
    }

    func testEightAtOnceEqualsTheRule() {
        var special: [Float] = [.nan, -.nan, .infinity, -.infinity, 0, -0.0, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
                                .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 0.5, 1.5, 2.5, 3.5, 4.5, 254.5, 255.5,
                                Float(0.5).nextDown, Float(0.5).nextUp, Float(1.5).nextDown, Float(2.5).nextUp, 3.49999, 4, Float(4).nextUp, 255, 256, 1e9, -3]
        var rng = SplitMix64(seed: 8)
        for _ in 0..<4000 { special.append(Float(Int(rng.next() % 2_000_000) - 500_000) / 1000) }
        while special.count % 8 != 0 { special.append(0.25) }
        for d in [1, 2, 4, 8, 255] {
            for k in stride(from: 0, to: special.count, by: 8) {
                let v = SIMD8<Float>((0..<8).map { special[k + $0] })
                let s = IntegerSpike.float8(v, levels: d)
                for j in 0..<8 {
                    XCTAssertEqual(s[j], rule(v[j], d), "u = \(v[j]), D = \(d)")
                    XCTAssertEqual(s[j], IntegerSpike.of(v[j], levels: d), "u = \(v[j]), D = \(d)")
                }
            }
        }
    }

    /// `FloatArithmetic<Float>.spikes` on a run that is not a multiple of eight (vector part and tail).
    func testRunOfSpikesEqualsOneAtATime() {
        let a = FloatArithmetic<Float>(roundsWeightsToFloat: true)
        let words: [Float] = (0..<29).map { Float($0) * 0.25 - 1 }
        let units: [Void] = Array(repeating: (), count: words.count)
        var fast = [UInt8](repeating: 9, count: words.count), slow = fast
        words.withUnsafeBufferPointer { w in
            units.withUnsafeBufferPointer { u in
                fast.withUnsafeMutableBufferPointer { a.spikes(w.baseAddress!, units: u, levels: 4, into: $0.baseAddress!) }
                slow.withUnsafeMutableBufferPointer { a.spikeEach(w.baseAddress!, units: u, levels: 4, into: $0.baseAddress!) }
            }
        }
        XCTAssertEqual(fast, slow)
        XCTAssertEqual(fast[0..<6], [0, 0, 0, 0, 0, 0])  // -1 ... 0.25
        XCTAssertEqual(fast[6], 0)  // 0.5 rounds to even 0
        XCTAssertEqual(fast[10], 2)  // 1.5 rounds to even 2
    }
}

/// `IntegerSpike.histogram` (in parts on several threads, silent words at once) against counting.
final class SpikeHistogramTests: XCTestCase {
    func testEqualsCounting() {
        var rng = SplitMix64(seed: 3)
        for count in [0, 1, 7, 8, 9, 65_536, 65_543, 200_001] {
            let spikes = (0..<count).map { _ in rng.next() % 5 == 0 ? UInt8(rng.next() % 5) : 0 }
            var expected = [Int](repeating: 0, count: 5)
            for s in spikes { expected[Int(s)] += 1 }
            for threads in [1, 2] {
                XCTAssertEqual(spikes.withUnsafeBufferPointer { IntegerSpike.histogram($0, levels: 4, threads: threads) }, expected,
                               "\(count) spikes on \(threads) threads")
            }
        }
    }
}

/// `FixedPointFormat.spike8` against the one-neuron integer spike, and `FixedPointArithmetic.spikes`
/// on runs with units it declines.
final class FixedPointSpikeVectorTests: XCTestCase {
    func testEightAtOnceEqualsOneAtATime() {
        var rng = SplitMix64(seed: 30)
        for levels in [1, 4, 255] {
            for f in 1...30 {
                // Around every multiple of half a unit up to past D, plus random and extreme words.
                var words: [Int32] = [0, -1, 1, .min, .max, Int32.max - 1]
                for k in 0...(2 * min(levels + 2, 40)) {
                    let c = Int64(k) << Int64(f - 1)
                    for delta in [-1, 0, 1] where c + Int64(delta) >= Int64(Int32.min) && c + Int64(delta) <= Int64(Int32.max) {
                        words.append(Int32(c + Int64(delta)))
                    }
                }
                for _ in 0..<64 { words.append(Int32(truncatingIfNeeded: rng.next())) }
                while words.count % 8 != 0 { words.append(0) }
                for k in stride(from: 0, to: words.count, by: 8) {
                    let u = SIMD8<Int32>((0..<8).map { words[k + $0] })
                    let s = FixedPointFormat.spike8(u, SIMD8<Int32>(repeating: Int32(f)), levels: levels)
                    for j in 0..<8 {
                        XCTAssertEqual(s[j], FixedPointFormat.spike(u[j], f, levels: levels), "u = \(u[j]), f = \(f), D = \(levels)")
                    }
                }
            }
        }
    }

    func testRunsWithDeclinedUnitsEqualOneAtATime() {
        var rng = SplitMix64(seed: 31)
        // Units of -3 or 31 make their group of eight go one by one; 45 leaves a tail of five.
        let units = (0..<45).map { i in i % 13 == 5 ? -3 : i == 20 ? 31 : 1 + i % 20 }
        let words = (0..<45).map { _ in Int32(Int(rng.next() % 40_000_000) - 10_000_000) }
        let topology = NetworkTopology(buffers: [], populations: [], convs: [], steps: [], heads: [], headStrides: [], timesteps: 1,
                                       spikeLevels: 4, classCount: 1, inputChannels: 1, inputHeight: 1, inputWidth: 1)
        let a = FixedPointArithmetic(topology: topology, weights: [], weightBits: 8, membraneBits: 24)
        var fast = [UInt8](repeating: 9, count: 45)
        words.withUnsafeBufferPointer { w in
            units.withUnsafeBufferPointer { u in
                fast.withUnsafeMutableBufferPointer { a.spikes(w.baseAddress!, units: u, levels: 4, into: $0.baseAddress!) }
            }
        }
        XCTAssertEqual(fast, (0..<45).map { FixedPointFormat.spike(words[$0], units[$0], levels: 4) })
    }
}
