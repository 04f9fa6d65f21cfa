import NCFormats
import XCTest

@testable import NCModel

final class BadModelInputTests: XCTestCase {
    func testInputShapeErrors() throws {
        let graph = try FixtureModel.t().graph(height: 128, width: 128)
        let engine = ReferenceEngine(graph: graph)
        let wrongSize = TestImage.make(height: 64, width: 64)
        XCTAssertThrowsError(try engine.run(wrongSize)) { XCTAssertEqual("\($0)", "input: image is 3x64x64 but the model was built for 3x128x128") }
        let gray = try InputImage(channels: 1, height: 128, width: 128, values: [Float](repeating: 0.5, count: 128 * 128))
        XCTAssertThrowsError(try engine.run(gray)) { XCTAssertTrue("\($0)".contains("1x128x128")) }
        XCTAssertThrowsError(try FixtureModel.t().graph(height: 100, width: 128)) {
            XCTAssertEqual("\($0)", "input: image size 100x128 is not a multiple of 32 (the network's largest stride)")
        }
        XCTAssertThrowsError(try InputImage(shape: [2, 3, 4, 4], values: [Float](repeating: 0, count: 96))) {
            XCTAssertTrue("\($0)".contains("[1, C, H, W]"))
        }
    }

    func testMissingAndMisShapedTensorsNameTheLayer() throws {
        let model = try FixtureModel.t()
        var missing = model.weights
        let full = model.weights
        missing = WeightStore()
        for (name, values) in full.values where name != "model.6.0.conv1.body.0.weight" {
            missing.set(name, shape: full.shapes[name] ?? [], values: values)
        }
        XCTAssertThrowsError(try missing.validate(model.blueprint)) {
            XCTAssertEqual("\($0)", "weights: model.6.0.conv1.body.0: tensor model.6.0.conv1.body.0.weight is missing (expected shape [64, 64, 1, 1])")
        }
        var wrong = full
        wrong.set("model.2.Conv.bn1.weight", shape: [16], values: [Float](repeating: 1, count: 16))
        XCTAssertThrowsError(try GraphBuilder.build(blueprint: model.blueprint, weights: wrong, inputHeight: 64, inputWidth: 64)) {
            XCTAssertEqual("\($0)", "weights: model.2.Conv.bn1: tensor model.2.Conv.bn1.weight has shape [16], expected [32]")
        }
        var nan = full
        nan.set("model.2.Conv.bn1.bias", shape: [32], values: [Float](repeating: .nan, count: 32))
        XCTAssertThrowsError(try nan.validate(model.blueprint)) { XCTAssertTrue("\($0)".contains("non-finite")) }
    }

    /// A checkpoint whose yaml names an unknown module gets an error naming the row.
    func testUnknownModuleInTheCheckpointsYAML() throws {
        var yaml = BuiltinArchitecture.json.replacingOccurrences(of: "\"MS_ConvBlock\", [3, 7]]", with: "\"MS_GhostBlock\", [3, 7]]")
        yaml = yaml.replacingOccurrences(of: "\"scale\": \"t\"", with: "\"scale\": \"n\"")
        XCTAssertThrowsError(try Blueprint(spec: ArchitectureSpec(yaml: PlainValue.parseJSON(yaml)))) {
            XCTAssertEqual("\($0)", "architecture: row 6: unknown module 'MS_GhostBlock'")
        }
    }
}
