import Foundation
import NCTrace
import XCTest

@testable import NeurocycleCLI

final class TraceExportCommandTests: XCTestCase {
    static let sample = Paths.sampleTrace

    /// `--csv FILE` and `--csv -` write the same bytes as `TraceExport` into memory: the 16 MB
    /// export reaches the file, and standard output in whole lines, with nothing lost or added.
    func testCSVToAFileAndToStandardOutputAreTheExport() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var expected = ""
        try TraceExport.csv(reader: TraceReader(path: Self.sample), to: &expected)
        XCTAssertGreaterThan(expected.utf8.count, 4 << 20, "large enough to be handed over in pieces")

        let file = CLI.capture(["trace", "export", Self.sample, "--csv", dir + "/events.csv"])
        XCTAssertEqual(file.status, 0, file.err)
        XCTAssertEqual(file.out, "")
        XCTAssertEqual(try String(contentsOfFile: dir + "/events.csv", encoding: .utf8), expected)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["events.csv"])

        let standard = CLI.capture(["trace", "export", Self.sample, "--csv", "-"])
        XCTAssertEqual(standard.status, 0, standard.err)
        XCTAssertEqual(standard.out, expected)
    }

    /// An output that cannot be created is a one-line error naming it; nothing is written.
    func testUnwritableOutputIsOneLineAndLeavesNothing() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for option in [["--csv", dir + "/missing/e.csv"], ["--svg", dir + "/missing/r.svg", "--population", "model.2.Conv.lif1"]] {
            let r = CLI.capture(["trace", "export", Self.sample] + option)
            XCTAssertEqual(r.status, 1)
            XCTAssertEqual(r.out, "")
            XCTAssertEqual(r.err.filter { $0 == "\n" }.count, 1, r.err)
            XCTAssertTrue(r.err.contains(option[1] + ": cannot create"), r.err)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), [])
    }
}
