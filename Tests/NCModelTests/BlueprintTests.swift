import XCTest

@testable import NCModel
import NCFormats

final class BlueprintTests: XCTestCase {
    /// Parameter counts published with the fixtures (`fixtures/README.md`), computed by the
    /// authors' code: t 2,011,184 · n 13,271,632 · s 23,153,024.
    func testParameterCountsFromArchitectureAlone() throws {
        let expected = ["t": 2_011_184, "n": 13_271_632, "s": 23_153_024]
        for (scale, count) in expected {
            let bp = try Blueprint(spec: BuiltinArchitecture.spec(scale: scale))
            XCTAssertEqual(bp.parameterCount, count, "scale \(scale)")
        }
    }

    func testTScaleChannelsAndRepeats() throws {
        let bp = try Blueprint(spec: BuiltinArchitecture.spec(scale: "t"))
        XCTAssertEqual(bp.blocks.map(\.outChannels).prefix(10), [3, 16, 16, 32, 32, 64, 64, 128, 128, 128])
        XCTAssertEqual(bp.blocks[2].repeats, 1)  // round(3 * 0.33) = 1: no ".0" in names
        XCTAssertEqual(bp.blocks[4].repeats, 2)  // round(6 * 0.33) = 2
        XCTAssertEqual(bp.blocks[6].repeats, 3)  // round(9 * 0.33) = 3
        XCTAssertEqual(bp.timesteps, 1)
        // 755 state_dict entries in the fixture's `ema` (386 parameters).
        XCTAssertEqual(bp.tensors.count, 755)
        XCTAssertEqual(bp.tensors.filter(\.isParameter).count, 386)
    }

    func testDepthRoundsHalfToEvenLikePython() throws {
        let bp = try Blueprint(spec: BuiltinArchitecture.spec(scale: "l"))
        XCTAssertEqual(bp.blocks[2].repeats, 2)  // round(1.5) = 2
        XCTAssertEqual(bp.blocks[6].repeats, 4)  // round(4.5) = 4 (half to even)
    }

    func testUnknownModuleIsNamed() throws {
        var yaml = BuiltinArchitecture.json
        yaml = yaml.replacingOccurrences(of: "\"SpikeSPPF\"", with: "\"SpikeASPP\"")
        XCTAssertThrowsError(try Blueprint(spec: ArchitectureSpec(yaml: PlainValue.parseJSON(yaml)))) { error in
            XCTAssertEqual("\(error)", "architecture: row 9: unknown module 'SpikeASPP'")
        }
    }
}
