import Foundation
import XCTest

@testable import NCHardware
@testable import NCReport

/// The `map` and `inspect` reports: their text layout and their JSON keys.
final class MapInspectReportTests: XCTestCase {
    static let map = MapReport(
        hardware: "chip", mode: "resident", coresAvailable: 16, tiles: 14,
        layers: [
            .init(name: "model.0.conv", writers: ["model.0.conv"], channels: 16, height: 8, width: 8, tiles: 1, cores: 1,
                  passes: 1, channelsPerTile: 16, rowsPerTile: 8, neuronUtilisation: 0.25, synapticUtilisation: 0.125),
            .init(name: "model.3", writers: ["model.4.cv1", "model.4.cv2", "model.5"], channels: 32, height: 4, width: 4,
                  tiles: 12, cores: 12, passes: 1, channelsPerTile: 8, rowsPerTile: 1, neuronUtilisation: 1,
                  synapticUtilisation: 0.5),
            .init(name: "in", writers: [], channels: 3, height: 2, width: 2, tiles: 1, cores: 1, passes: 2,
                  channelsPerTile: 3, rowsPerTile: 2, neuronUtilisation: 0.5, synapticUtilisation: 0),
        ],
        heading: .init(model: "m.pt", inputHeight: 64, inputWidth: 64, neuronsPerCore: 1024, synapticBytesPerCore: 65_536))

    /// Headers start at their column's left edge, numbers are right-aligned, no rule, no
    /// trailing spaces; a buffer shows its first writer and how many more unless named after it.
    func testMapText() {
        XCTAssertEqual(Self.map.text, """
            m.pt at 64×64 on chip: resident mapping, 14 tiles on 16 cores (1,024 neurons, 64 KiB synaptic memory each)
            buffer (written by)       shape   tiles  cores  passes  neurons/core  synaptic/core
            model.0.conv              16×8×8      1      1       1         25.0%          12.5%
            model.3 (model.4.cv1 +2)  32×4×4     12     12       1        100.0%          50.0%
            in                        3×2×2       1      1       2         50.0%           0.0%

            """)
        var bare = Self.map
        bare.heading = nil
        XCTAssertTrue(bare.text.hasPrefix("chip: resident mapping, 14 tiles on 16 cores\nbuffer (written by)"), bare.text)
    }

    /// The JSON keys `map --json` has always written, and since `schema_version` the heading's
    /// facts; the JSON reads back, heading included.
    func testMapJSONKeys() throws {
        let text = try Self.map.jsonText()
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["hardware", "mode", "cores_available", "tiles", "layers", "schema_version", "model",
                                          "input_height", "input_width", "neurons_per_core", "synaptic_bytes_per_core"])
        XCTAssertEqual(object["schema_version"] as? Int, 1)
        XCTAssertEqual(object["neurons_per_core"] as? Int, 1024)
        let row = try XCTUnwrap((object["layers"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(row.keys), ["buffer", "writers", "channels", "height", "width", "tiles", "cores", "passes",
                                       "channels_per_tile", "rows_per_tile", "neuron_utilisation", "synaptic_utilisation"])
        XCTAssertEqual(try JSONDecoder().decode(MapReport.self, from: Data(text.utf8)), Self.map)
        XCTAssertTrue(text.hasSuffix("}\n"))
    }

    /// A map written before `schema_version` existed reads as version 1.
    func testMapJSONWithoutSchemaVersionReads() throws {
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try Self.map.jsonText().utf8)) as? [String: Any])
        object["schema_version"] = nil
        let old = try JSONSerialization.data(withJSONObject: object)
        XCTAssertEqual(try JSONDecoder().decode(MapReport.self, from: old), Self.map)
    }

    static func inspect() -> InspectReport {
        var report = InspectReport(
            file: "x.pt", kind: "stateDict", params: 1_234_567, tensors: 3, dtypes: ["i64": 1, "f32": 2],
            modules: [.init(name: "model.0", className: "torch.nn.modules.conv.Conv2d", params: 1_234_000),
                      .init(name: "model.10", className: "?", params: 567)])
        report.architectureProblem = "no architecture"
        report.tensorList = [.init(name: "model.0.weight", dtype: "f32", shape: [8, 3, 3, 3]),
                             .init(name: "n", dtype: "i64", shape: [])]
        return report
    }

    func testInspectText() {
        XCTAssertEqual(Self.inspect().text, """
            x.pt: PyTorch state_dict, 3 tensors, 1,234,567 parameters
            dtypes: f32 2, i64 1
            not a SpikeYOLO model neurocycle can build: no architecture

            module    class   params
            model.0   Conv2d  1,234,000
            model.10  ?             567
            total             1,234,567

            tensor          dtype  shape
            model.0.weight  f32    [8, 3, 3, 3]
            n               i64    []

            """)
    }

    func testInspectJSONKeys() throws {
        var report = Self.inspect()
        report.ultralyticsVersion = "8.0.197"
        let text = try report.jsonText()
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["file", "kind", "params", "tensors", "dtypes", "modules", "tensor_list",
                                          "architecture_problem", "schema_version", "ultralytics_version"])
        XCTAssertEqual(object["schema_version"] as? Int, 1)
        XCTAssertEqual(object["ultralytics_version"] as? String, "8.0.197")
        XCTAssertEqual((object["modules"] as? [[String: Any]])?.first?["class"] as? String, "torch.nn.modules.conv.Conv2d")
        XCTAssertEqual(try JSONDecoder().decode(InspectReport.self, from: Data(text.utf8)), report)
    }

    /// A listing's cells are made safe for a terminal like every table's.
    func testListingNeutralisesControlCharacters() {
        var table = TextTable(columns: [.init(title: "name", alignment: .left), .init(title: "n")], layout: .listing)
        table.add(["a\u{1B}[2Jb", "7"])
        XCTAssertEqual(table.lines(width: .max, indent: 0), ["name    n", "a\u{FFFD}[2Jb  7"])
    }
}
