import NCFormats
import XCTest

@testable import NCModel

/// The ultralytics layer around the fixture's model: which copy is loaded, the architecture it
/// carries, strides, class names and the trainer's facts (fixtures/README.md, pickle_facts.json).
final class UltralyticsCheckpointTests: XCTestCase {
    func testModelDescription() throws {
        let pt = try UltralyticsCheckpoint.load(path: Fixtures.path("spikeyolo-t.pt"))
        XCTAssertEqual(pt.kind, .ultralytics)
        XCTAssertEqual(pt.file.parameterCount, 2_011_184)
        let yaml = try XCTUnwrap(pt.yaml)
        XCTAssertEqual(yaml["scale"], .string("t"))
        XCTAssertEqual(yaml["nc"], .int(80))
        XCTAssertEqual(yaml["scales"]?["t"], .array([.double(0.33), .double(0.125), .int(1024)]))
        XCTAssertEqual(yaml["backbone"]?[1]?[2], .string("MS_DownSampling"))
        XCTAssertEqual(pt.stride, [8, 16, 32])
        XCTAssertEqual(pt.names?.count, 80)
        XCTAssertEqual(pt.names?[0], "person")
        XCTAssertEqual(pt.names?[79], "toothbrush")
        XCTAssertEqual(pt.info.epoch, 0)
        XCTAssertEqual(pt.info.version, "8.0.197")
        XCTAssertEqual(pt.info.date, "2026-01-01T00:00:00.000000")
        XCTAssertEqual(
            pt.info.keys,
            ["epoch", "best_fitness", "model", "ema", "updates", "optimizer", "train_args", "train_metrics",
             "train_results", "date", "version"])
        XCTAssertEqual(pt.info.trainArgumentKeys.prefix(3), ["task", "mode", "model"])
        XCTAssertTrue(yaml.jsonText().hasPrefix("{\"nc\":80,\"scales\":{\"n\":[0.33,0.375,1024]"))
    }

    /// The plain state_dict carries only tensors: no architecture, strides or names.
    func testStateDictHasNoModelDescription() throws {
        let sd = try UltralyticsCheckpoint.load(path: Fixtures.path("spikeyolo-t.state_dict.pt"))
        XCTAssertEqual(sd.kind, .stateDict)
        XCTAssertNil(sd.yaml)
        XCTAssertNil(sd.names)
        XCTAssertEqual(sd.file.tensors.count, 755)
    }
}
