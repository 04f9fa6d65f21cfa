import Foundation
import XCTest

@testable import NeurocycleCLI

/// `run | simulate | estimate --data` on the fixture dataset (`Tests/Fixtures/inputs/dataset`:
/// five JPEGs with YOLO labels), against the rates, input shapes and energies the authors' code
/// computed for it (`expected_rates.json`).
final class DatasetCommandTests: XCTestCase {
    static let model = Fixtures.path("spikeyolo-t.pt")
    static let data = Fixtures.path("inputs/dataset")

    static func expected() throws -> [String: Any] { try Paths.json(Fixtures.path("inputs/dataset/expected_rates.json")) }

    /// Runs the CLI, asserting success; returns standard output.
    @discardableResult
    func cli(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) -> String {
        let r = CLI.capture(arguments)
        XCTAssertEqual(r.status, 0, r.err, file: file, line: line)
        return r.out
    }

    func rates(_ json: [String: Any], _ key: String) throws -> [String: Double] {
        try XCTUnwrap((json["rates"] as? [String: Any])?[key] as? [String: Double])
    }

    /// Both conventions to 1e-9 (they agree to 1e-15): FP32, whose spikes equal PyTorch's on these
    /// five images, and FP64 against the fixture's FP64 rates. The paper's energy from the
    /// averaged rates equals the fixture's to 1e-9 relative; input shapes and neuron counts too.
    func testRatesInBothConventionsAndTheirEnergy() throws {
        let dir = try scratchDirectory()
        let want = try Self.expected()
        for (precision, suffix) in [("fp32", ""), ("fp64", "_fp64")] {
            let out = dir + "/\(precision).json", perImage = dir + "/\(precision).csv"
            cli(["run", "--model", Self.model, "--data", Self.data, "--imgsz", "320", "--precision", precision, "--json", out,
                 "--per-image", perImage])
            let json = try Paths.json(out)
            XCTAssertEqual(json["images"] as? Int, 5)
            for (key, wantKey) in [("test_py", "test_py_mean_of_means" + suffix), ("global", (suffix.isEmpty ? "global" : "global_fp64"))] {
                let got = try rates(json, key), expected = try XCTUnwrap(want[wantKey] as? [String: Double])
                XCTAssertEqual(Set(got.keys), Set(expected.keys), key)
                for (name, rate) in expected { XCTAssertEqual(got[name] ?? .nan, rate, accuracy: 1e-9, "\(precision) \(key) \(name)") }
            }
            let energy = try XCTUnwrap(json["energy"] as? [String: Any])
            for (key, wantKey) in [("paper", "energy_paper_style_from_test_py_rates"), ("paper_global", "energy_paper_style_from_global_rates")] {
                let got = try XCTUnwrap(energy[key] as? [String: Any]), expected = try XCTUnwrap(want[wantKey] as? [String: Any])
                for (g, w) in [("snn_mJ", "SNN_mJ"), ("ann_mJ", "ANN_mJ"), ("sops", "SOPs")] {
                    let a = try XCTUnwrap(got[g] as? Double), b = try XCTUnwrap(expected[w] as? Double)
                    XCTAssertEqual(a, b, accuracy: 1e-9 * b, "\(precision) \(key).\(g)")
                }
            }
            // Per image: input shape and neurons as the fixture lists them.
            let shapes = try XCTUnwrap(want["input_shapes"] as? [String: [Int]]), neurons = try XCTUnwrap(want["neurons_per_image"] as? [String: Int])
            let rows = try String(contentsOfFile: perImage, encoding: .utf8).split(separator: "\r\n").dropFirst().map { $0.split(separator: ",") }
            XCTAssertEqual(rows.count, 5)
            for row in rows {
                let stem = String(row[1].dropFirst("images/".count).dropLast(".jpg".count))
                XCTAssertEqual([1, 3, Int(row[4]) ?? 0, Int(row[5]) ?? 0], shapes[stem], stem)
                XCTAssertEqual(Int(row[7]), neurons[stem], stem)
            }
        }
    }

    /// `--letterbox val`: the validator's loader. Input shapes and box mappings (`ratio_pad`) equal
    /// the fixture's; the populations upstream of the first FP32 rounding flip equal its rates
    /// exactly. (At the validator's shapes two images, dev03 and dev04, are chaotic: their FP32
    /// and FP64 spikes differ from `model.5` and `model.4.0` on, in PyTorch's summation order as
    /// in ours, and the fixture has FP32 rates only.)
    func testValidatorLetterbox() throws {
        let dir = try scratchDirectory()
        let bonus = try XCTUnwrap(try Self.expected()["bonus_val_pipeline"] as? [String: Any])
        cli(["run", "--model", Self.model, "--data", Self.data, "--imgsz", "320", "--letterbox", "val", "--json", dir + "/v.json"])
        let json = try Paths.json(dir + "/v.json")
        let inputs = try XCTUnwrap(bonus["inputs"] as? [String: [String: Any]])
        var shapes = [String: Int]()
        for (_, v) in inputs {
            let s = try XCTUnwrap(v["input_shape"] as? [Int])
            shapes["\(s[2])x\(s[3])", default: 0] += 1
        }
        let got = try XCTUnwrap((json["dataset"] as? [String: Any])?["shapes"] as? [[String: Int]])
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: got.map { ("\($0["height"] ?? 0)x\($0["width"] ?? 0)", $0["images"] ?? 0) }), shapes)
        let want = try XCTUnwrap(bonus["test_py_mean_of_means"] as? [String: Double])
        let rates = try rates(json, "test_py")
        let names = try XCTUnwrap(json["populations"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        let upstream = names.prefix { $0 != "model.5.encode_lif" }
        XCTAssertEqual(upstream.count, 16)
        for name in upstream { XCTAssertEqual(rates[name] ?? .nan, want[name] ?? .nan, accuracy: 1e-12, name) }
        // Every image's box mapping is the validator's ratio_pad: gain loaded/original, real pads.
        for (stem, v) in inputs {
            let ratioPad = try XCTUnwrap(v["ratio_pad"] as? [[Double]])
            let out = dir + "/\(stem).json"
            cli(["input", Fixtures.path("inputs/\(stem).jpg"), "--imgsz", "320", "--letterbox", "val", "--json", out])
            let scaling = try XCTUnwrap(try Paths.json(out)["box_scaling"] as? [String: Any])
            XCTAssertEqual(scaling["gain"] as? Double, ratioPad[0][0], stem)
            XCTAssertEqual([scaling["pad_x"] as? Int, scaling["pad_y"] as? Int].compactMap { $0 }.map(Double.init), ratioPad[1], stem)
        }
    }

    /// Shards 1/3, 2/3, 3/3 merged give the unsharded report byte for byte (so the same `rates`,
    /// `totals`, `energy`, `metrics`), with any thread count.
    func testShardsMergeIntoTheUnshardedReport() throws {
        let dir = try scratchDirectory()
        let common = ["run", "--model", Self.model, "--data", Self.data, "--imgsz", "320"]
        cli(common + ["--json", dir + "/whole.json", "--part", dir + "/whole.ncpart", "--threads", "2"])
        for i in 1...3 {
            cli(common + ["--shard", "\(i)/3", "--part", dir + "/p\(i).ncpart", "--threads", i == 2 ? "2" : "1"])
        }
        cli(["merge", dir + "/p3.ncpart", dir + "/p1.ncpart", dir + "/p2.ncpart", "--json", dir + "/merged.json", "--part", dir + "/merged.ncpart"])
        let whole = try String(contentsOfFile: dir + "/whole.json", encoding: .utf8)
        XCTAssertEqual(try String(contentsOfFile: dir + "/merged.json", encoding: .utf8), whole)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: dir + "/merged.ncpart")), try Data(contentsOf: URL(fileURLWithPath: dir + "/whole.ncpart")))
        let json = try Paths.json(dir + "/whole.json")
        for key in ["rates", "totals", "energy", "metrics", "images"] { XCTAssertNotNil(json[key], key) }
        // A shard alone reports its own images.
        cli(common + ["--shard", "2/3", "--json", dir + "/s2.json"])
        let s2 = try Paths.json(dir + "/s2.json")
        XCTAssertEqual(s2["images"] as? Int, 2)
        XCTAssertEqual((s2["dataset"] as? [String: Any])?["shard"] as? String, "2/3")
    }

    /// simulate --data on the chip, sharded and merged: hardware energy and the chip's accuracy
    /// beside FP32's survive the merge exactly.
    func testSimulateShardsMerge() throws {
        let dir = try scratchDirectory()
        // Three images of two shapes, given as a .txt list.
        let list = dir + "/subset.txt"
        try ["dev01_chelsea_cv2_q90_420", "dev03_astronaut_pil_q90_422_opt", "dev04_motorcycle_left_pil_prog_q85"]
            .map { Self.data + "/images/\($0).jpg\n" }.joined().write(toFile: list, atomically: true, encoding: .utf8)
        let common = ["simulate", "--model", Self.model, "--data", list, "--imgsz", "320",
                      "--hw", Paths.hwconfig("edge-small")]
        cli(common + ["--json", dir + "/whole.json", "--per-image", dir + "/whole.csv"])
        cli(common + ["--shard", "1/2", "--part", dir + "/a.ncpart"])
        cli(common + ["--shard", "2/2", "--part", dir + "/b.ncpart"])
        cli(["merge", dir + "/a.ncpart", dir + "/b.ncpart", "--json", dir + "/merged.json", "--per-image", dir + "/merged.csv"])
        XCTAssertEqual(try String(contentsOfFile: dir + "/merged.json", encoding: .utf8), try String(contentsOfFile: dir + "/whole.json", encoding: .utf8))
        XCTAssertEqual(try String(contentsOfFile: dir + "/merged.csv", encoding: .utf8), try String(contentsOfFile: dir + "/whole.csv", encoding: .utf8))
        let json = try Paths.json(dir + "/whole.json")
        let metrics = try XCTUnwrap(json["metrics"] as? [String: Any])
        XCTAssertEqual(Set(metrics.keys), ["chip", "fp32"])
        let energy = try XCTUnwrap(json["energy"] as? [String: Any])
        let hardware = try XCTUnwrap(energy["hardware"] as? [String: Any])
        let breakdown = try XCTUnwrap(hardware["breakdown"] as? [String: Double])
        let mean = try XCTUnwrap(hardware["mean_mJ"] as? Double)
        XCTAssertEqual(breakdown.values.reduce(0, +), mean, accuracy: 1e-12 * mean)
        // The per-image chip energies average to the mean.
        let rows = try String(contentsOfFile: dir + "/whole.csv", encoding: .utf8).split(separator: "\r\n")
        let column = try XCTUnwrap(rows[0].split(separator: ",").firstIndex(of: "chip_mJ"))
        let perImage = rows.dropFirst().compactMap { Double($0.split(separator: ",")[column]) }
        XCTAssertEqual(perImage.count, 3)
        XCTAssertEqual(perImage.reduce(0, +) / 3, mean, accuracy: 1e-12 * mean)
    }

    /// The rates a dataset run saves are what `estimate --firing-rates` reads: it prices them to
    /// the dataset report's paper energy.
    func testSavedRatesFeedEstimate() throws {
        let dir = try scratchDirectory()
        cli(["estimate", "--model", Self.model, "--data", Self.data, "--imgsz", "320", "--save-rates", dir + "/fr.json", "--json", dir + "/d.json"])
        cli(["estimate", "--model", Self.model, "--imgsz", "320", "--firing-rates", dir + "/fr.json", "--json", dir + "/e.json"])
        let d = try XCTUnwrap((try Paths.json(dir + "/d.json")["energy"] as? [String: Any])?["paper"] as? [String: Any])
        let e = try XCTUnwrap((try Paths.json(dir + "/e.json")["energy"] as? [String: Any])?["paper"] as? [String: Any])
        XCTAssertEqual(d["snn_mJ"] as? Double, e["snn_mJ"] as? Double)
        XCTAssertEqual(d["ann_mJ"] as? Double, e["ann_mJ"] as? Double)
        XCTAssertNil(try Paths.json(dir + "/d.json")["metrics"], "an estimate keeps no detections")
    }

    /// Saved predictions scored by `metrics` give the run's own accuracy exactly.
    func testSavedPredictionsScoreAsTheRun() throws {
        let dir = try scratchDirectory()
        cli(["run", "--model", Self.model, "--data", Self.data, "--imgsz", "320", "--save-predictions", dir + "/p.json", "--json", dir + "/r.json"])
        cli(["metrics", "--predictions", dir + "/p.json", "--labels", Self.data + "/labels", "--json", dir + "/m.json"])
        let run = try XCTUnwrap((try Paths.json(dir + "/r.json")["metrics"] as? [String: Any])?["fp32"] as? [String: Any])
        let scored = try Paths.json(dir + "/m.json")
        for key in ["precision", "recall", "map50", "map75", "map50_95", "predictions", "labels", "images"] {
            XCTAssertEqual("\(run[key] ?? "missing")", "\(scored[key] ?? "absent")", key)
        }
        XCTAssertEqual(scored["predictions"] as? Int, 8)
        XCTAssertEqual(scored["labels"] as? Int, 10)
    }

    func testBadDatasetsAndOptionsWriteNothing() throws {
        let dir = try scratchDirectory()
        // A dataset whose second image is a truncated JPEG, and one with a malformed label file.
        let broken = dir + "/broken"
        try FileManager.default.createDirectory(atPath: broken + "/images", withIntermediateDirectories: true)
        let good = try Data(contentsOf: URL(fileURLWithPath: Self.data + "/images/dev01_chelsea_cv2_q90_420.jpg"))
        try good.write(to: URL(fileURLWithPath: broken + "/images/a.jpg"))
        try good.prefix(good.count / 2).write(to: URL(fileURLWithPath: broken + "/images/b.jpg"))
        let labelled = dir + "/labelled"
        try FileManager.default.createDirectory(atPath: labelled + "/labels", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: labelled + "/images", withDestinationPath: Self.data + "/images")
        try "0 0.5 0.5 0.2\n".write(toFile: labelled + "/labels/dev02_coffee_pil_q95_444.txt", atomically: true, encoding: .utf8)
        let outputs = ["--json", dir + "/o.json", "--part", dir + "/o.ncpart", "--per-image", dir + "/o.csv"]
        let base = ["run", "--model", Self.model, "--imgsz", "320"]
        // Bad files exit 1; options that do not go together are usage errors (64).
        let cases: [([String], String, Int32)] = [
            (base + ["--data", broken], "b.jpg: truncated", 1),
            (base + ["--data", labelled], "dev02_coffee_pil_q95_444.txt: labels: line 1 has 4 values", 1),
            (base + ["--data", dir + "/nothing"], "no such file or folder", 1),
            (base + ["--data", Self.data, "--shard", "4/3"], "--shard: shard 4 of 3", 1),
            (base + ["--data", Self.data, "--input", Fixtures.path("input128.npy")], "--input does not apply", 64),
            (base + ["--shard", "1/2"], "applies to dataset runs: give --data DIR_OR_LIST", 64),
            (["merge", Fixtures.path("input128.npy")], "not a neurocycle part file", 1),
        ]
        for (arguments, message, status) in cases {
            let r = CLI.capture(arguments + outputs)
            XCTAssertEqual(r.status, status, "\(arguments)")
            XCTAssertEqual(r.err.filter { $0 == "\n" }.count, 1, r.err)
            XCTAssertTrue(r.err.contains(message), "\(r.err) lacks \(message)")
            XCTAssertEqual(try Paths.listing(dir).filter { $0.hasPrefix("o.") }, [], "\(arguments)")
        }
    }
}
