import Foundation
import XCTest

@testable import NeurocycleCLI

/// Output locations are checked before any work: a command whose output cannot be written fails
/// at once, naming that output, before it reads its inputs (here: a model or trace that does not
/// exist, which would be the error if the inputs were read first), and writes nothing.
final class OutputFirstTests: XCTestCase {
    func testUnwritableOutputsFailBeforeAnyInputIsRead() throws {
        let dir = try scratchDirectory()
        let missing = dir + "/no-such-model.pt", trace = dir + "/no-such.nctrace"
        let bad = "/nonexistent/dir/out"
        let cases: [(String, [String])] = [
            ("--json", ["simulate", "--model", missing, "--json", bad + ".json"]),
            ("--csv", ["run", "--model", missing, "--csv", bad + ".csv"]),
            ("--html", ["simulate", "--model", missing, "--html", bad + ".html"]),
            ("--record", ["simulate", "--model", missing, "--record", bad + ".nctrace"]),
            ("--json", ["replay", trace, "--json", bad + ".json"]),
            ("--json", ["estimate", "--model", missing, "--firing-rates", dir + "/none.txt", "--json", bad + ".json"]),
            ("--json", ["map", "--model", missing, "--json", bad + ".json"]),
            ("--json", ["inspect", missing, "--json", bad + ".json"]),
            ("--json", ["trace", "info", trace, "--json", bad + ".json"]),
            ("--csv", ["trace", "export", trace, "--csv", bad + ".csv"]),
            ("--json", ["bench", "reference", "--model", missing, "--json", bad + ".json"]),
        ]
        for (option, args) in cases {
            let r = CLI.capture(args)
            XCTAssertEqual(r.status, 1, "\(args)")
            XCTAssertEqual(r.out, "", "\(args)")
            XCTAssertEqual(r.err.filter { $0 == "\n" }.count, 1, r.err)
            XCTAssertTrue(r.err.hasPrefix("neurocycle: \(bad)"), "\(option) \(args): \(r.err)")
            XCTAssertTrue(r.err.contains("cannot create a temporary file in /nonexistent/dir"), r.err)
        }
        XCTAssertEqual(try Paths.listing(dir), [])
    }

    /// An output may not be a directory, be named twice, or be one of the command's inputs.
    func testOutputsThatWouldDestroySomething() throws {
        let dir = try scratchDirectory()
        let model = dir + "/model.pt"
        try FileManager.default.copyItem(atPath: Fixtures.path("spikeyolo-t.pt"), toPath: model)
        let before = try Data(contentsOf: URL(fileURLWithPath: model))
        // Exit status 1 for outputs that would destroy something, 64 for a usage mistake.
        let cases: [([String], String)] = [
            (["inspect", model, "--json=" + model], "\(model): --json would overwrite an input of this command"),
            (["run", "--model", model, "--json", dir + "/../" + URL(fileURLWithPath: dir).lastPathComponent + "/model.pt"],
             "--json would overwrite an input of this command"),
            (["run", "--model", model, "--json", dir + "/a.json", "--csv", dir + "/./a.json"],
             "--json and --csv would write the same file"),
            (["run", "--model", model, "--html", dir], "\(dir): --html names a directory; give a file name"),
            (["replay", Paths.sampleTrace, "--json", Paths.sampleTrace], "--json would overwrite an input of this command"),
            (["run", "--model", model, "--record", "-"], "--record needs a file name"),
        ]
        for (args, message) in cases {
            let r = CLI.capture(args)
            XCTAssertEqual(r.status, args.last == "-" ? 64 : 1, "\(args)")
            XCTAssertTrue(r.err.contains(message), "\(args): \(r.err)")
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: model)), before)
        XCTAssertEqual(try Paths.listing(dir), ["model.pt"])
    }
}
