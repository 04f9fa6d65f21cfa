import Foundation
import NCFormats
import XCTest

@testable import NeurocycleCLI

/// Real photos through the product: `input` shows exactly the tensors ultralytics builds, `run
/// --input photo.jpg` gives the authors' spikes and detections (mapped back to the photo), and
/// hostile images end in one line with nothing written.
final class ImageInputTests: XCTestCase {
    /// The nine input fixtures (six JPEGs, three PNGs) with their original and rect320 sizes.
    static let images = [
        "dev01_chelsea_cv2_q90_420.jpg", "dev02_coffee_pil_q95_444.jpg", "dev03_astronaut_pil_q90_422_opt.jpg",
        "dev04_motorcycle_left_pil_prog_q85.jpg", "dev05_camera_gray_cv2_q90_rst4.jpg", "dev06_rocket_original.jpg",
        "dev07_rocket_strip_rgb8.png", "dev08_chelsea_rgba.png", "dev09_coffee_rgb16.png",
    ]

    static func stem(_ file: String) -> String { String(file.prefix { $0 != "." }) }

    /// `input --decoded --npy` equal the decode and the predictor's tensors bit for bit (every
    /// decoded value equal: an exact-match share of 100 %), in rect and in square mode.
    func testInputCommandWritesTheTensorsUltralyticsBuilds() throws {
        let dir = try scratchDirectory()
        for file in Self.images {
            let stem = Self.stem(file)
            let r = CLI.capture(["input", Fixtures.path("inputs/" + file), "--imgsz", "320", "--decoded", dir + "/rgb.npy", "--npy", dir + "/in.npy",
                                 "--png", dir + "/in.png"])
            XCTAssertEqual(r.status, 0, r.err)
            let rgb = try Npy.read(path: dir + "/rgb.npy"), want = try Npy.read(path: Fixtures.path("inputs/\(stem).rgb.npy"))
            XCTAssertEqual(rgb.shape, want.shape, stem)
            XCTAssertEqual(rgb.bytes, want.bytes, "\(stem): decoded pixels")
            let input = try Npy.read(path: dir + "/in.npy"), u8 = try Npy.read(path: Fixtures.path("inputs/\(stem).rect320.u8.npy"))
            XCTAssertEqual(input.shape, u8.shape, stem)
            XCTAssertEqual(input.floats(), u8.bytes.map { Float($0) / 255 }, "\(stem): rect input")
            // The PNG holds the letterboxed bytes, interleaved.
            let png = try ImageDecoder.decode(path: dir + "/in.png")
            let (h, w) = (u8.shape[2], u8.shape[3])
            XCTAssertEqual(png.pixels, (0..<(h * w * 3)).map { u8.bytes[($0 % 3) * h * w + $0 / 3] }, stem)
        }
        for stem in ["dev03_astronaut_pil_q90_422_opt.jpg", "dev07_rocket_strip_rgb8.png"] {
            let r = CLI.capture(["input", Fixtures.path("inputs/" + stem), "--imgsz", "320", "--letterbox", "square", "--npy", dir + "/sq.npy"])
            XCTAssertEqual(r.status, 0, r.err)
            let want = try Npy.read(path: Fixtures.path("inputs/\(Self.stem(stem)).square320.u8.npy"))
            XCTAssertEqual(try Npy.read(path: dir + "/sq.npy").floats(), want.bytes.map { Float($0) / 255 }, stem)
        }
    }

    /// `run --input photo --precision fp64`: every population's spikes and histogram equal the
    /// fixture's FP64 run; detections in input pixels equal its FP64 NMS, and in original pixels
    /// its `det_orig` (the predictor's `scale_boxes`) where FP32 and FP64 agree. The report shows
    /// the original size.
    func testPhotosGiveTheAuthorsSpikesAndDetections() throws {
        let dir = try scratchDirectory()
        for file in Self.images {
            let stem = Self.stem(file)
            let out = dir + "/\(stem).json"
            let r = CLI.capture(["run", "--model", Fixtures.path("spikeyolo-t.pt"), "--input", Fixtures.path("inputs/" + file), "--imgsz", "320",
                                 "--precision", "fp64", "--conf", "0.001", "--json", out])
            XCTAssertEqual(r.status, 0, r.err)
            let json = try Paths.json(out)
            let spikes = try Paths.json(Fixtures.path("inputs/\(stem).rect320.spikes.json"))
            let fp64 = try XCTUnwrap(spikes["fp64"] as? [String: [Int]])
            let neurons = try XCTUnwrap(json["neurons"] as? [[String: Any]])
            XCTAssertEqual(neurons.count, fp64.count, stem)
            for n in neurons {
                let name = try XCTUnwrap(n["name"] as? String)
                let want = try XCTUnwrap(fp64[name], "\(stem) \(name)")
                XCTAssertEqual(n["spikes"] as? Int, want.first, "\(stem) \(name)")
                XCTAssertEqual(n["histogram"] as? [Int], Array(want.dropFirst()), "\(stem) \(name)")
            }
            let model = try XCTUnwrap(json["model"] as? [String: Any])
            let shape = try XCTUnwrap(spikes["input_shape"] as? [Int])
            XCTAssertEqual([model["input_height"] as? Int, model["input_width"] as? Int], [shape[2], shape[3]])
            let rgb = try Npy.read(path: Fixtures.path("inputs/\(stem).rgb.npy"))
            XCTAssertEqual([model["original_height"] as? Int, model["original_width"] as? Int], [rgb.shape[0], rgb.shape[1]])
            XCTAssertEqual(model["letterbox"] as? String, "rect")

            let detections = try XCTUnwrap(json["detections"] as? [[String: Any]])
            let reference = try Npy.read(path: Fixtures.path("inputs/\(stem).rect320.det_fp64.npy"))
            XCTAssertEqual(reference.shape, [detections.count, 6], stem)
            let rows = reference.doubles()
            for (i, d) in detections.enumerated() {
                let inputBox = try XCTUnwrap(d["input_box"] as? [Double])
                for k in 0..<4 { XCTAssertEqual(inputBox[k], rows[i * 6 + k], accuracy: 1e-3, "\(stem) detection \(i)") }
                XCTAssertEqual(d["score"] as? Double ?? .nan, rows[i * 6 + 4], accuracy: 1e-6)
                XCTAssertEqual(Double(d["class"] as? Int ?? -1), rows[i * 6 + 5])
            }
            // FP32 and FP64 spikes agree on every image but dev05 (chaotic in FP32), so the
            // predictor's FP32 boxes mapped to the photo apply to the FP64 run there.
            if stem != "dev05_camera_gray_cv2_q90_rst4" {
                let orig = try Npy.read(path: Fixtures.path("inputs/\(stem).rect320.det_orig.npy")).floats()
                for (i, d) in detections.enumerated() {
                    let box = try XCTUnwrap(d["box"] as? [Double])
                    for k in 0..<4 { XCTAssertEqual(box[k], Double(orig[i * 6 + k]), accuracy: 0.01, "\(stem) detection \(i) original box") }
                }
            } else {
                // dev05's FP64 boxes mapped back by hand, as the predictor's scale_boxes does:
                // gain = min(h/h0, w/w0), pad = round((size − size0·gain)/2 − 0.1), then clip.
                let (h, w, h0, w0) = (Double(shape[2]), Double(shape[3]), Double(rgb.shape[0]), Double(rgb.shape[1]))
                let gain = min(h / h0, w / w0)
                let pad = [((w - w0 * gain) / 2 - 0.1).rounded(.toNearestOrEven), ((h - h0 * gain) / 2 - 0.1).rounded(.toNearestOrEven)]
                for (i, d) in detections.enumerated() {
                    let box = try XCTUnwrap(d["box"] as? [Double])
                    for k in 0..<4 {
                        let v = min(max((rows[i * 6 + k] - pad[k % 2]) / gain, 0), k % 2 == 0 ? w0 : h0)
                        XCTAssertEqual(box[k], v, accuracy: 0.01, "\(stem) detection \(i) original box")
                    }
                }
            }
        }
    }

    /// Hostile images (`Fuzz/corpus/image/hostile-*`): truncated, huge claimed sizes, bad
    /// Huffman tables, flipped bytes. Each is one line on standard error, status 1, no output.
    func testHostileImagesAreOneLineAndWriteNothing() throws {
        let dir = try scratchDirectory()
        var checked = 0
        do {
            let corpus = Paths.root + "/Fuzz/corpus/image"
            for name in try Paths.listing(corpus) where name.hasPrefix("hostile-") {
                let path = corpus + "/" + name
                for arguments in [["run", "--scale", "t", "--input", path, "--imgsz", "64", "--json", dir + "/o.json"],
                                  ["input", path, "--npy", dir + "/o.npy"]] {
                    let r = CLI.capture(arguments)
                    XCTAssertEqual(r.status, 1, "\(name): \(r.err)")
                    XCTAssertEqual(r.err.filter { $0 == "\n" }.count, 1, r.err)
                    XCTAssertTrue(r.err.contains(name), r.err)
                    XCTAssertEqual(try Paths.listing(dir), [], name)
                }
                checked += 1
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 8)
    }

    /// A `.npy` that is not float32 in [0, 1] is refused with what was expected.
    func testTensorInputsMustBeTheModelInput() throws {
        let dir = try scratchDirectory()
        let u8 = Fixtures.path("inputs/dev03_astronaut_pil_q90_422_opt.rect320.u8.npy")
        let r = CLI.capture(["run", "--scale", "t", "--input", u8, "--json", dir + "/o.json"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("tensor has dtype u8 (a uint8 image must be divided by 255 into float32 first); expected float32 [1,3,H,W]"), r.err)
        let text = try Fixtures.temporaryFile("notes.npy", "hello")
        let t = CLI.capture(["run", "--scale", "t", "--input", text])
        XCTAssertTrue(t.err.contains("not a .npy tensor, a JPEG or a PNG image; the file starts with [68 65 6c 6c 6f]"), t.err)
        let l = CLI.capture(["run", "--scale", "t", "--input", Fixtures.path("input128.npy"), "--letterbox", "square"])
        XCTAssertTrue(l.err.contains("--letterbox does not apply"), l.err)
    }
}
