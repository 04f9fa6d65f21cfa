import Foundation
import XCTest

@testable import NeurocycleCLI

final class InspectCommandTests: XCTestCase {
    /// `inspect` reports the fixture's parameter count (2,011,184, from `fixtures/README.md`).
    func testInspectJSONReportsParametersTensorsAndModules() throws {
        let r = CLI.capture(["inspect", Fixtures.path("spikeyolo-t.pt"), "--json", "--imgsz", "128"])
        XCTAssertEqual(r.status, 0, r.err)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        XCTAssertEqual(json["params"] as? Int, 2_011_184)
        XCTAssertEqual(json["tensors"] as? Int, 755)
        let modules = try XCTUnwrap(json["modules"] as? [[String: Any]])
        XCTAssertEqual(modules.count, 27)
        XCTAssertEqual(modules[2]["name"] as? String, "model.2")
        XCTAssertEqual(modules[2]["class"] as? String, "ultralytics.nn.modules.yolo_spikformer.MS_AllConvBlock")
        // Module parameter counts add up to the total.
        XCTAssertEqual(modules.reduce(0) { $0 + ($1["params"] as? Int ?? 0) }, 2_011_184)
        // The folded graph's MACs at 128 equal the authors' energy.reparam.MACs_total (ref_t_128.json).
        XCTAssertEqual(json["macs"] as? Int, 311_992_320)
        XCTAssertEqual(json["scale"] as? String, "t")
    }

    func testInspectTextOfAStateDict() throws {
        let r = CLI.capture(["inspect", Fixtures.path("spikeyolo-t.state_dict.pt")])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains("2,011,184 parameters"), r.out)
        XCTAssertTrue(r.out.contains("PyTorch state_dict"), r.out)
    }

    func testBadFilesGiveOneLineAndExitOne() throws {
        let dir = try Fixtures.temporaryDirectory()
        let truncated = dir + "/truncated.pt"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("spikeyolo-t.pt")))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: truncated))
        for path in [truncated, dir + "/missing.pt", dir] {
            let r = CLI.capture(["inspect", path])
            XCTAssertEqual(r.status, 1, path)
            XCTAssertEqual(r.out, "", path)
            XCTAssertEqual(r.err.filter { $0 == "\n" }.count, 1, r.err)
            XCTAssertTrue(r.err.hasPrefix("neurocycle: \(path)"), r.err)
        }
    }

    func testUsageErrors() {
        let unknown = CLI.capture(["inspect", "--tensorz"])
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.err.contains("did you mean --tensors"), unknown.err)
        XCTAssertEqual(CLI.capture(["frobnicate"]).status, 64)
        XCTAssertEqual(CLI.capture(["inspect", "--help"]).status, 0)
    }
}
