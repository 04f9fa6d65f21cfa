import XCTest

@testable import NCModel

/// The integrate-and-fire neuron on hand-made input sequences, expected spikes worked out by
/// hand in each test, in FP64, FP32 and fixed point (units of 2^-6).
final class IntegrateAndFireTests: XCTestCase {
    /// One neuron driven by `inputs` (one per timestep) in every arithmetic; returns the spikes
    /// and the final membrane, after checking the arithmetics agree.
    func run(_ neuron: IntegrateAndFire, _ inputs: [Double], file: StaticString = #filePath, line: UInt = #line) -> (spikes: [UInt8], v: Double) {
        func drive<A: MembraneArithmetic>(_ a: A, _ unit: A.Unit, _ word: (Double) -> A.Word) -> (spikes: [UInt8], v: Double) {
            var state = a.zero, spike: UInt8 = 0
            let spikes = inputs.enumerated().map { t, x -> UInt8 in
                neuron.update(a, input: word(x), state: &state, spike: &spike, first: t == 0, unit: unit, levels: 1)
                return spike
            }
            return (spikes, a.real(state, unit))
        }
        let f64 = drive(FloatArithmetic<Double>(roundsWeightsToFloat: false), ()) { $0 }
        let f32 = drive(FloatArithmetic<Float>(roundsWeightsToFloat: true), ()) { Float($0) }
        let fixed = FixedPointArithmetic(topology: tinyTopology, weights: [], weightBits: 9, membraneBits: 24)
        let fx = drive(fixed, 6) { fixed.format.quantize($0, 6) }
        XCTAssertEqual(f32.spikes, f64.spikes, "fp32", file: file, line: line)
        XCTAssertEqual(fx.spikes, f64.spikes, "fixed point", file: file, line: line)
        XCTAssertEqual(fx.v, f64.v, "fixed point membrane", file: file, line: line)
        return f64
    }

    /// A topology with no buffers, enough for a fixed-point format.
    var tinyTopology: NetworkTopology {
        NetworkTopology(buffers: [], populations: [], convs: [], steps: [], heads: [], headStrides: [], timesteps: 1, spikeLevels: 1,
                        classCount: 1, inputChannels: 1, inputHeight: 1, inputWidth: 1)
    }

    func testStrictThresholdDoesNotFireAtTheThreshold() {
        // θ = 2, v > θ: v = 2 (no), 2+1 = 3 (fire, → 0), −1 (no), −1+3 = 2 (no).
        let r = run(IntegrateAndFire(threshold: 2), [2, 1, -1, 3])
        XCTAssertEqual(r.spikes, [0, 1, 0, 0])
        XCTAssertEqual(r.v, 2)
    }

    func testNonStrictThresholdFiresAtTheThreshold() {
        // θ = 2, v ≥ θ: v = 2 (fire, → 0), 1 (no), 1−1 = 0 (no), 0+3 = 3 (fire, → 0).
        let r = run(IntegrateAndFire(threshold: 2, firesAtThreshold: true), [2, 1, -1, 3])
        XCTAssertEqual(r.spikes, [1, 0, 0, 1])
        XCTAssertEqual(r.v, 0)
    }

    func testSubtractResetKeepsTheExcess() {
        // θ = 2, subtract: v = 5 (fire, → 3), 3 (fire, → 1), 1 (no), 1+1 = 2 (no: strict).
        let r = run(IntegrateAndFire(threshold: 2, reset: .subtract), [5, 0, 0, 1])
        XCTAssertEqual(r.spikes, [1, 1, 0, 0])
        XCTAssertEqual(r.v, 2)
    }

    func testLeakDecaysTheKeptMembraneBeforeTheInput() {
        // θ = 2, leak 0.5: v = 2 (no), 2·0.5+2 = 3 (fire, → 0), 0 (no), 0+3 = 3 (fire, → 0)...
        XCTAssertEqual(run(IntegrateAndFire(threshold: 2, leak: 0.5), [2, 2, 0, 3]).spikes, [0, 1, 0, 1])
        // ... and without input the membrane halves each step: 1.5 → 0.75 → 0.375.
        XCTAssertEqual(run(IntegrateAndFire(threshold: 2, leak: 0.5), [1.5, 0, 0]).v, 0.375)
    }

    func testNoFloorNegativeMembranesStay() {
        // θ = 1: v = −3, −1, 1 (no: strict), 2 (fire). A floor at 0 would fire at t = 2.
        let r = run(IntegrateAndFire(threshold: 1), [-3, 2, 2, 1])
        XCTAssertEqual(r.spikes, [0, 0, 0, 1])
    }

    func testZeroThresholdFiresOnAnyPositiveMembrane() {
        // θ = 0, strict: 0 (no), 0.5 (fire), −0.5 (no), −0.5+0.5 = 0 (no).
        XCTAssertEqual(run(IntegrateAndFire(threshold: 0), [0, 0.5, -0.5, 0.5]).spikes, [0, 1, 0, 0])
    }
}
