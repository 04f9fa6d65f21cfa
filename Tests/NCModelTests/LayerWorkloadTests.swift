import NCFormats
import NCTestSupport
import XCTest

@testable import NCModel

/// The layer workload against SANA-FE's output spikes (`Tests/Fixtures/sanafe/`, copies of
/// `../shared/fixtures/sanafe/`), a hand-made convolution, and hostile workloads.
final class LayerWorkloadTests: XCTestCase {
    static let workload = Fixtures.path("sanafe/dev_conv3x3_8to16_24_workload.npz")

    func testFixtureReadsAsTheREADMEDescribesIt() throws {
        let w = try LayerWorkload.load(path: Self.workload)
        XCTAssertEqual([w.timesteps, w.inChannels, w.height, w.width], [4, 8, 24, 24])
        XCTAssertEqual([w.outChannels, w.kernel, w.stride, w.padding, w.groups], [16, 3, 1, 1, 1])
        XCTAssertEqual([w.outHeight, w.outWidth], [24, 24])
        XCTAssertEqual(w.neuron, IntegrateAndFire(threshold: 2, firesAtThreshold: false, reset: .zero, leak: 1))
        XCTAssertEqual(w.placement, LayerWorkload.Placement(inputNeuronsPerCore: 1024, outputNeuronsPerCore: 1024, coresPerTile: 4,
                                                            firstOutputCore: 6))
        // README: 4613 input spikes; weights uniform in −2...2; 8 × 26 × 26 = 5408 padded inputs.
        XCTAssertEqual(w.spikes.reduce(0) { $0 + Int($1) }, 4613)
        XCTAssertEqual(w.weights.min(), -2)
        XCTAssertEqual(w.weights.max(), 2)
        XCTAssertEqual(w.paddedInputCount, 5408)
    }

    func testOutputSpikesEqualSANAFEBitForBitInEveryArithmetic() throws {
        let w = try LayerWorkload.load(path: Self.workload)
        let expected = try Npy.read(path: Fixtures.path("sanafe/dev_conv3x3_8to16_24_out_spikes.npy"))
        XCTAssertEqual(expected.shape, [4, 16, 24, 24])
        for arithmetic in [Arithmetic.fp64, .fp32, .fixed(weightBits: 9, membraneBits: 24)] {
            let run = try LayerRun.run(w, arithmetic: arithmetic, threads: 2)
            XCTAssertEqual(run.outputSpikes, expected.bytes, arithmetic.name)
            // README: output spikes per input step 3112, 2594, 2291, 2120.
            XCTAssertEqual((0..<4).map { run.outputSpikes(at: $0).reduce(0) { $0 + Int($1) } }, [3112, 2594, 2291, 2120], arithmetic.name)
        }
    }

    func testHandMadeConvolutionAndCarriedMembranes() throws {
        // One 3×3 input channel, one spike in the centre at t = 0 and t = 1, all nine weights 1,
        // pad 1, θ = 1 strict: every output sees 1 at t = 0 (v = 1, no spike) and 2 at t = 1
        // (fire, → 0). Membranes carried into t = 1: all nine (v = 1); into t = 2: none.
        let centre: [UInt8] = [0, 0, 0, 0, 1, 0, 0, 0, 0]
        let w = LayerWorkload(timesteps: 3, inChannels: 1, height: 3, width: 3, spikes: centre + centre + [UInt8](repeating: 0, count: 9),
                              outChannels: 1, kernel: 3, stride: 1, padding: 1, groups: 1, weights: [Double](repeating: 1, count: 9),
                              neuron: IntegrateAndFire(threshold: 1))
        let run = try LayerRun.run(w, threads: 1)
        XCTAssertEqual(Array(run.outputSpikes(at: 0)), [UInt8](repeating: 0, count: 9))
        XCTAssertEqual(Array(run.outputSpikes(at: 1)), [UInt8](repeating: 1, count: 9))
        XCTAssertEqual(Array(run.outputSpikes(at: 2)), [UInt8](repeating: 0, count: 9))
        XCTAssertEqual(run.carried, [UInt8](repeating: 0, count: 9) + [UInt8](repeating: 1, count: 9) + [UInt8](repeating: 0, count: 9))
        // Stride 2 on the same input: a 2×2 output whose every window holds the centre.
        var strided = w
        strided.stride = 2
        XCTAssertEqual(Array(try LayerRun.run(strided, threads: 1).outputSpikes(at: 1)), [1, 1, 1, 1])
    }

    // MARK: - Hostile workloads

    /// The fixture's members, with `changes` replacing (or, for nil, removing) some.
    func workload(_ changes: [String: [UInt8]?]) throws -> String {
        let archive = try NpzArchive(path: Self.workload)
        var zip = TestZipWriter()
        for name in archive.names where changes[name] == nil || changes[name]! != nil {
            let bytes = try changes[name].map { $0! } ?? archive.zip.withContents(of: archive.zip.entry(named: name + ".npy")!) { Array($0) }
            zip.add(name + ".npy", bytes)
        }
        for (name, bytes) in changes.sorted(by: { $0.key < $1.key }) where !archive.names.contains(name) {
            if let bytes { zip.add(name + ".npy", bytes) }
        }
        return try Fixtures.temporaryFile("bad.npz", bytes: zip.bytes())
    }

    func npy(_ dtype: DType, _ shape: [Int], _ bytes: [UInt8]) throws -> [UInt8] {
        try Npy.encode(Tensor(dtype: dtype, shape: shape, bytes: bytes))
    }

    func scalar(_ v: Double) throws -> [UInt8] {
        try npy(.float64, [], withUnsafeBytes(of: v.bitPattern.littleEndian) { Array($0) })
    }

    /// A NumPy `<U n` scalar holding `text`.
    func text(_ text: String) -> [UInt8] {
        let scalars = Array(text.unicodeScalars)
        var header = Array("{'descr': '<U\(scalars.count)', 'fortran_order': False, 'shape': (), }".utf8)
        while (10 + header.count + 1) % 64 != 0 { header.append(0x20) }
        header.append(0x0A)
        var out: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.count & 0xFF), UInt8(header.count >> 8)] + header
        for s in scalars { out += withUnsafeBytes(of: s.value.littleEndian) { Array($0) } }
        return out
    }

    func assertRejected(_ changes: [String: [UInt8]?], mentions: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let path = try workload(changes)
        XCTAssertThrowsError(try LayerWorkload.load(path: path), file: file, line: line) { error in
            let message = "\(error)"
            XCTAssertTrue(message.hasPrefix(path + ": "), message, file: file, line: line)
            XCTAssertTrue(message.contains(mentions), message, file: file, line: line)
            XCTAssertFalse(message.contains("\n"), message, file: file, line: line)
        }
    }

    func testBadWorkloadsGiveOneLineErrors() throws {
        let model = #"{"fire_condition": "v > threshold (strict)", "reset_mode": "hard", "reset": 0.0, "leak_decay": 1.0}"#
        try assertRejected(["spikes": nil], mentions: "missing key 'spikes'")
        try assertRejected(["neuron_model": nil], mentions: "missing key 'neuron_model'")
        try assertRejected(["spikes": try npy(.uint8, [1, 1, 3, 3], [0, 1, 2, 0, 0, 0, 0, 0, 0])], mentions: "not binary")
        try assertRejected(["spikes": try npy(.uint8, [2, 3, 3], [UInt8](repeating: 0, count: 18))], mentions: "expected [T, C, H, W]")
        try assertRejected(["spikes": try npy(.uint8, [1, 3, 24, 24], [UInt8](repeating: 0, count: 1728))], mentions: "weights_oihw")
        try assertRejected(["threshold": try scalar(-1)], mentions: "'threshold' is -1.0")
        try assertRejected(["threshold": try scalar(.nan)], mentions: "'threshold' is nan")
        try assertRejected(["pad": try scalar(3)], mentions: "'pad' is 3.0")
        try assertRejected(["stride": try scalar(0)], mentions: "'stride' is 0.0")
        try assertRejected(["npc_out": nil], mentions: "without npc_out")
        try assertRejected(["first_out_core": try scalar(2)], mentions: "first_out_core")
        try assertRejected(["neuron_model": text("not json")], mentions: "not JSON")
        try assertRejected(["neuron_model": text(#"{"fire_condition": "v < threshold"}"#)], mentions: "fire_condition")
        try assertRejected(["neuron_model": text(#"{"threshold": 3, "fire_condition": "v > threshold"}"#)], mentions: "disagrees")
        try assertRejected(["neuron_model": text(model.replacingOccurrences(of: "\"hard\"", with: "\"floor\""))], mentions: "reset_mode")
        try assertRejected(["neuron_model": text(model.replacingOccurrences(of: "1.0}", with: "1.5}"))], mentions: "leak_decay")
        try assertRejected(["neuron_model": try scalar(1)], mentions: "not a text type")
        try assertRejected(["weights_oihw": try npy(.float64, [16, 8, 3, 3], [UInt8](repeating: 0xFF, count: 16 * 8 * 9 * 8))], mentions: "nan")
    }

    func testNeuronModelVariantsAreRead() throws {
        let subtract = try LayerWorkload.load(path: try workload(["neuron_model": text(
            #"{"fire_condition": "v >= threshold", "reset_mode": "soft", "leak_decay": 0.5}"#)]))
        XCTAssertEqual(subtract.neuron, IntegrateAndFire(threshold: 2, firesAtThreshold: true, reset: .subtract, leak: 0.5))
        let unmapped = try LayerWorkload.load(path: try workload(["npc_in": nil, "npc_out": nil, "cores_per_tile": nil, "first_out_core": nil]))
        XCTAssertNil(unmapped.placement)
    }
}
