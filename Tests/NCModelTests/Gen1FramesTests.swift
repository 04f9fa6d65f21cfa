import Foundation
import NCFormats
import XCTest

@testable import NCModel

/// The whole Gen1 framing against the authors' dataloader: every stage of `synth_dev_stages.npz`
/// and the model input `synth_dev_frames.npy`, bit for bit.
final class Gen1FramesTests: XCTestCase {
    private func stage(_ name: String) throws -> Tensor {
        try NpzArchive(path: Fixtures.path("gen1/synth_dev_stages.npz")).array(named: name)
    }

    private func frames() throws -> Gen1Frames {
        try Gen1Recording(events: Fixtures.path("gen1/synth_dev_td.dat")).frames(at: 650_000)
    }

    func testEveryStageEqualsTheAuthorsBitForBit() throws {
        let f = try frames()
        XCTAssertEqual(f.eventCounts, [4026, 4034, 3885, 4021])
        for (name, stages) in [("painted", f.painted), ("resized", f.resized), ("padded", f.padded)] {
            let expected = try stage(name)
            XCTAssertEqual(expected.shape[0], 4, name)
            XCTAssertEqual(stages.flatMap { $0 }, expected.bytes, name)
        }
        XCTAssertEqual(try stage("resized").shape, [4, 253, 320])
        XCTAssertEqual(try stage("padded").shape, [4, 320, 320])
    }

    func testModelInputEqualsSynthDevFramesBitForBit() throws {
        let input = try frames().input
        let expected = try Npy.read(path: Fixtures.path("gen1/synth_dev_frames.npy"))
        XCTAssertEqual(expected.dtype, .float32)
        XCTAssertEqual(input.shape, expected.shape)
        XCTAssertEqual(input.values.map(\.bitPattern), expected.floats().map(\.bitPattern))
        // Read as a --frames input, the file is the same value.
        XCTAssertEqual(try InputFrames(tensor: expected), input)
    }

    func testTimeIsReversedAndChannelsAreCopies() throws {
        let f = try frames()
        let plane = 320 * 320
        for t in 0..<4 {
            let window = f.padded[3 - t]
            for c in 0..<3 {
                let base = (t * 3 + c) * plane
                // Model step t is window 3 - t; the value is Float(u8) / 255 with IEEE division.
                XCTAssertEqual(Array(f.input.values[base..<(base + plane)]), window.map { Float($0) / 255 }, "t \(t) c \(c)")
            }
        }
        // The letterbox rows: 0..<33 and 286..<320 are 114, the frame rows in between are not all 114.
        for row in [0, 32, 286, 319] { XCTAssertEqual(Set(f.padded[0][(row * 320)..<((row + 1) * 320)]), [114], "row \(row)") }
        XCTAssertNotEqual(Set(f.padded[0][(33 * 320)..<(34 * 320)]), [114])
    }

    func testSamplesOfARecordingWithLabels() throws {
        let rec = try Gen1Recording(
            events: Fixtures.path("gen1/synth_dev_td.dat"),
            labels: Gen1Recording.labelsPath(forEvents: Fixtures.path("gen1/synth_dev_td.dat")))
        XCTAssertEqual(rec.sampleCount, 3)
        let sample = try rec.sample(at: 1)
        XCTAssertEqual(sample.group.timestamp, 650_000)
        XCTAssertEqual(sample.frames, try frames())
        XCTAssertEqual(sample.targets.map(\.classID), [1, 0, 0])
        XCTAssertThrowsError(try rec.sample(at: 3)) { XCTAssertTrue("\($0)".contains("sample 3 outside 0..<3")) }
        XCTAssertNil(Gen1Recording.labelsPath(forEvents: "x.dat"))
    }

    func testFramesInputValidation() throws {
        let good = Tensor(shape: [1, 2, 3, 2, 2], floats: [Float](repeating: 0.5, count: 24))
        XCTAssertEqual(try InputFrames(tensor: good).timesteps, 2)
        XCTAssertThrowsError(try InputFrames(tensor: Tensor(shape: [1, 2, 3, 2, 2], floats: [Float](repeating: 1.5, count: 24)))) {
            XCTAssertTrue("\($0)".contains("outside [0, 1]"))
        }
        XCTAssertThrowsError(try InputFrames(tensor: Tensor(shape: [3, 2, 2], floats: [Float](repeating: 0, count: 12))))
        XCTAssertThrowsError(try InputFrames(tensor: Tensor(dtype: .uint8, shape: [1, 1, 3, 1, 1], bytes: [1, 2, 3])))
        // A single image is one frame.
        let image = try InputImage(channels: 3, height: 1, width: 1, values: [0.1, 0.2, 0.3])
        XCTAssertEqual(try InputFrames(image).frame(0), image)
    }

    func testSensorSizeMismatchIsRefused() throws {
        let batch = try EventBatch(t: [1], x: [1], y: [1], p: [1])
        let path = try Fixtures.temporaryDirectory() + "/big_td.dat"
        try DatEventFile.write(batch, width: 640, height: 480, to: path)
        XCTAssertThrowsError(try Gen1Recording(events: path)) {
            XCTAssertTrue("\($0)".contains("640×480 sensor but the framing is for 304×240"))
        }
    }
}
