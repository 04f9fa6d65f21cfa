import Foundation
import NCFormats
import XCTest

@testable import NeurocycleCLI

/// What a new user meets (issue 17), run with the built executable from a directory outside the
/// repository: presets by name, the grouped commands' help, and every README example.
final class NewcomerTests: XCTestCase {
    /// `--hw NAME` and `hw show NAME` find the built-in presets with no `hwconfigs/` in sight,
    /// and give exactly the chip of the preset's file.
    func testPresetsWorkFromAnyDirectory() throws {
        let dir = try scratchDirectory()
        for name in ["default", "edge-small", "loihi-like", "loihi", "paper-45nm", "speck-like"] {
            let shown = try BuiltBinary.run(["hw", "show", name], in: dir)
            XCTAssertEqual(shown.status, 0, shown.err)
            let fromFile = CLI.capture(["hw", "show", Paths.hwconfig(name)])
            XCTAssertEqual(fromFile.status, 0, fromFile.err)
            XCTAssertEqual(shown.out, fromFile.out, name)
        }
        let list = try BuiltBinary.run(["hw", "list"], in: dir)
        XCTAssertEqual(list.status, 0, list.err)
        XCTAssertEqual(list.out.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != " " }) },
                       ["default", "edge-small", "loihi-like", "loihi", "paper-45nm", "speck-like"])
        let replay = try BuiltBinary.run(["replay", Paths.sampleTrace, "--hw", "loihi-like"], in: dir)
        XCTAssertEqual(replay.status, 0, replay.err)
        XCTAssertTrue(replay.out.contains("  hardware  loihi-like, 16×8 mesh, 286 MHz"), replay.out)

        let typo = try BuiltBinary.run(["simulate", "--hw", "loihi-lik"], in: dir)
        XCTAssertEqual(typo.status, 1)
        XCTAssertEqual(typo.err, "neurocycle: loihi-lik: no such file, and not a built-in preset (did you mean loihi-like? "
            + "presets: default, edge-small, loihi-like, loihi, paper-45nm, speck-like)\n")
        let path = try BuiltBinary.run(["map", "--hw", "hwconfigs/speck-like.json"], in: dir)
        XCTAssertEqual(path.err, "neurocycle: hwconfigs/speck-like.json: no such file (the built-in preset of that name "
            + "works from any directory: --hw speck-like)\n")
        XCTAssertEqual(try Paths.listing(dir), [], "nothing written")
    }

    /// A file of that name still wins over a preset (a user's own `default` file).
    func testAFileNamedLikeAPresetIsTheFile() throws {
        let dir = try scratchDirectory()
        try #"{"version": 1, "name": "mine", "chip": {"mesh_width": 2, "mesh_height": 2}}"#
            .write(toFile: dir + "/default", atomically: true, encoding: .utf8)
        let r = try BuiltBinary.run(["hw", "show", "default"], in: dir)
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertTrue(r.out.contains(#""name" : "mine""#), r.out)
    }

    /// `neurocycle trace` and `neurocycle hw`, alone or with --help, list their commands.
    func testCommandGroupsListTheirCommands() throws {
        let dir = try scratchDirectory()
        for (group, commands) in [("trace", ["trace info", "trace export"]), ("hw", ["hw show", "hw list"])] {
            let help = try BuiltBinary.run([group, "--help"], in: dir)
            XCTAssertEqual(help.status, 0, help.err)
            XCTAssertTrue(help.out.hasPrefix("usage: neurocycle \(group) <command> [options]"), help.out)
            for command in commands { XCTAssertTrue(help.out.contains("\n  \(command)  "), "\(command): \(help.out)") }
            let bare = try BuiltBinary.run([group], in: dir)
            XCTAssertEqual(bare.status, 64, "a group without a command is a usage error")
            XCTAssertEqual(bare.out, help.out)
            let unknown = try BuiltBinary.run([group, "frobnicate"], in: dir)
            XCTAssertEqual(unknown.status, 64)
            XCTAssertEqual(unknown.err, "neurocycle: unknown command '\(group) frobnicate' (\(group) commands: "
                + commands.joined(separator: ", ") + ")\n")
        }
    }

    /// Every command of the README's example block, run by `sh` from an empty directory with
    /// only `$B` (the executable) and `$R` (the clone, for the fixture files).
    func testEveryReadmeExampleRunsFromAnyDirectory() throws {
        let readme = try String(contentsOfFile: Paths.root + "/README.md", encoding: .utf8)
        let start = try XCTUnwrap(readme.range(of: "```sh\nR=$PWD"), "the README's example block")
        let end = try XCTUnwrap(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
        let lines = readme[start.lowerBound..<end.lowerBound].split(separator: "\n").dropFirst()
        // The first lines set $R and $B and change directory; the test does that itself.
        let script = lines.filter { !$0.hasPrefix("R=") && !$0.hasPrefix("B=") && !$0.hasPrefix("cd ") }
            .joined(separator: "\n")
        XCTAssertGreaterThan(script.filter { $0 == "$" }.count, 8, script)
        let dir = try scratchDirectory()
        let binary = try XCTUnwrap(BuiltBinary.path)
        let r = try BuiltBinary.run(executable: "/bin/sh", ["-e", "-c", script], in: dir,
                                    environment: ["R": Paths.root, "B": binary])
        XCTAssertEqual(r.status, 0, "stderr: \(r.err)")
        // The detection example shows detections, and the cross-chip replay warns.
        XCTAssertTrue(r.out.contains("DETECTIONS — 7 after NMS"), r.out)
        XCTAssertTrue(r.err.contains("neurocycle: warning: the spikes were computed in fp32 on paper-45nm"), r.err)
    }

    /// The README's detection example: the fixture's untrained weights detect nothing at the
    /// default confidence, and at `--conf 0.001` give the authors' 7 detections, class by class
    /// and score by score (`ref_t_real_astronaut_320_det_conf0.001.npy`: rows x1, y1, x2, y2,
    /// score, class).
    func testTheDetectionExampleGivesTheFixturesDetections() throws {
        let args = ["run", "--model", Fixtures.path("spikeyolo-t.pt"), "--input", Fixtures.path("real_astronaut_320.npy")]
        let none = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(CLI.capture(args + ["--json"]).out.utf8)) as? [String: Any])
        XCTAssertEqual((none["detections"] as? [Any])?.count, 0)
        let r = CLI.capture(args + ["--conf", "0.001", "--json"])
        XCTAssertEqual(r.status, 0, r.err)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let detections = try XCTUnwrap(report["detections"] as? [[String: Any]])
        let fixture = try Npy.read(path: Fixtures.path("ref_t_real_astronaut_320_det_conf0.001.npy"))
        XCTAssertEqual(fixture.shape, [7, 6])
        let rows = fixture.floats()
        XCTAssertEqual(detections.count, 7)
        for (i, detection) in detections.enumerated() {
            XCTAssertEqual(detection["class"] as? Int, Int(rows[i * 6 + 5]), "detection \(i)")
            XCTAssertEqual(try XCTUnwrap(detection["score"] as? Double), Double(rows[i * 6 + 4]), accuracy: 1e-6, "detection \(i)")
        }
    }
}
