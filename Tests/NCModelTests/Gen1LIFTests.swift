import XCTest

@testable import NCModel

/// The Gen1 LIF in floating point against the authors' `MultiStepLIFNode` (the ties of
/// `gen1_neuron_check.json`, T = 4, a constant input per neuron) and against hand arithmetic.
final class Gen1LIFTests: XCTestCase {
    /// Runs one neuron for `timesteps` timesteps on a constant input in scalar `S`.
    func spikes<S: KernelScalar>(_ x: S, timesteps: Int, _ arithmetic: FloatArithmetic<S>) -> [UInt8] {
        var state: S = 0, spike: UInt8 = 0
        return (0..<timesteps).map { t in
            Gen1LIF().update(arithmetic, input: x, state: &state, spike: &spike, first: t == 0, unit: (), levels: 4)
            return spike
        }
    }

    func testTiesEqualTheAuthorsNeuron() throws {
        let json = try Paths.json(Fixtures.path("gen1/gen1_neuron_check.json"))
        XCTAssertEqual(json["all_exact_match"] as? Bool, true)
        let checks = try XCTUnwrap(json["checks"] as? [String: Any])
        for key in ["float32_T4_ties", "float64_T4_ties"] {
            let check = try XCTUnwrap(checks[key] as? [String: Any], key)
            let inputs = try XCTUnwrap(check["example_in"] as? [Double])
            let outputs = try XCTUnwrap(check["example_out_per_t"] as? [[Double]])
            XCTAssertEqual(outputs.count, 4)
            for (i, x) in inputs.enumerated() {
                let expected = outputs.map { UInt8($0[i]) }
                if key.hasPrefix("float32") {
                    XCTAssertEqual(spikes(Float(x), timesteps: 4, FloatArithmetic<Float>(roundsWeightsToFloat: true)), expected, "\(key) x \(x)")
                } else {
                    XCTAssertEqual(spikes(x, timesteps: 4, FloatArithmetic<Double>(roundsWeightsToFloat: false)), expected, "\(key) x \(x)")
                }
            }
        }
    }

    /// By hand: x = 1 gives v = 0.5 → 0 (a tie, to even), then 0.75 → 1 (v = −0.25), 0.375 → 0,
    /// 0.6875 → 1; x = 3 gives 1.5 → 2 (v = −0.5), then 1.25 → 1 (0.25), 1.625 → 2 (−0.375),
    /// 1.3125 → 1; the threshold 1.0 plays no part (x = 1.9 fires at t = 0: v = 0.95 → 1).
    func testHandComputedUpdates() {
        let a = FloatArithmetic<Double>(roundsWeightsToFloat: false)
        XCTAssertEqual(spikes(1.0, timesteps: 4, a), [0, 1, 0, 1])
        XCTAssertEqual(spikes(3.0, timesteps: 4, a), [2, 1, 2, 1])
        XCTAssertEqual(spikes(1.9, timesteps: 1, a), [1])
        XCTAssertEqual(spikes(100.0, timesteps: 3, a), [4, 4, 4])
        XCTAssertEqual(spikes(-5.0, timesteps: 3, a), [0, 0, 0])
    }

    /// The order of operations is PyTorch's `v + (x − v) / 2`, not `(v + x) / 2`: in FP32 the two
    /// differ in the last bit for some pairs, and the update follows the first on all of them.
    func testChargeIsComputedAsPyTorchOrdersIt() {
        let a = FloatArithmetic<Float>(roundsWeightsToFloat: true)
        var found = false
        for i in 1..<2000 {
            let v = Float(i) * 0.001 - 1, x = Float(2000 - i) * 0.0007
            var state = v, spike: UInt8 = 0
            Gen1LIF().update(a, input: x, state: &state, spike: &spike, first: false, unit: (), levels: 4)
            let torch = v + (x - v) / 2
            XCTAssertEqual(state, torch - Float(spike), "v \(v) x \(x)")
            if torch != (v + x) / 2 { found = true }
        }
        XCTAssertTrue(found, "some pair should tell the two orders apart")
    }
}
