import Foundation
import NCReport
import XCTest

@testable import NeurocycleCLI

/// A replay says whose spikes it prices: the trace records the arithmetic and chip that computed
/// them, the header and JSON show it, and a chip of another arithmetic gets a warning.
final class ReplaySourceTests: XCTestCase {
    func testReplayHeaderNamesTheSpikesAndWarnsAcrossArithmetics() throws {
        let dir = try scratchDirectory()
        let trace = dir + "/t128.nctrace"
        let sim = CLI.capture(["simulate", "--model", Fixtures.path("spikeyolo-t.pt"), "--input", Fixtures.path("input128.npy"),
                               "--hw", "paper-45nm", "--record", trace])
        XCTAssertEqual(sim.status, 0, sim.err)

        let other = CLI.capture(["replay", trace, "--hw", "loihi-like", "--json", dir + "/r.json"])
        XCTAssertEqual(other.status, 0, other.err)
        let warning = "the spikes were computed in fp32 on paper-45nm, but loihi-like computes in int9/int24 and would "
            + "fire other spikes: this replay prices fp32's spikes with loihi-like's timing and energy "
            + "(simulate --hw loihi-like gives the chip's own)"
        XCTAssertEqual(other.err, "neurocycle: warning: \(warning)\n")
        let header = other.out.components(separatedBy: "\n\n")[0]
        XCTAssertTrue(header.contains("\n  scale     t, 2,011,184 parameters, 80 classes"), header)
        XCTAssertTrue(header.contains("\n  spikes    fp32 on paper-45nm (simulate), from \(trace)"), header)
        XCTAssertTrue(header.contains("\n  warning   the spikes were computed in fp32 on paper-45nm"), header)
        let report = try JSONReport.decode(try String(contentsOfFile: dir + "/r.json", encoding: .utf8))
        let source = try XCTUnwrap(report.source)
        XCTAssertEqual(source.arithmetic, "fp32")
        XCTAssertEqual(source.hardware, "paper-45nm")
        XCTAssertEqual(source.model, "spikeyolo-t.pt")
        XCTAssertEqual(source.input, "input128.npy")
        XCTAssertEqual(source.command, "simulate")
        XCTAssertEqual(source.arithmeticMatches, false)
        XCTAssertEqual(source.warning, warning)
        XCTAssertEqual(report.model.parameters, 2_011_184)

        // On a chip of the same arithmetic: no warning.
        let same = CLI.capture(["replay", trace, "--hw", "paper-45nm", "--json", "-"])
        XCTAssertEqual(same.status, 0, same.err)
        XCTAssertEqual(same.err, "")
        let sameSource = try XCTUnwrap(try JSONReport.decode(same.out).source)
        XCTAssertEqual(sameSource.arithmeticMatches, true)
        XCTAssertNil(sameSource.warning)
    }

    /// A trace recorded by `run` names the integer reference; one written before source records
    /// says the arithmetic is unknown and does not invent a scale or parameter count.
    func testReferenceTracesAndOldTraces() throws {
        let sample = CLI.capture(["replay", Paths.sampleTrace, "--hw", "paper-45nm"])
        XCTAssertEqual(sample.status, 0, sample.err)
        XCTAssertTrue(sample.out.contains("\n  spikes    fp32, the integer reference (run), from \(Paths.sampleTrace)"), sample.out)

        let old = Paths.root + "/traces/format1-without-source.nctrace"
        let r = CLI.capture(["replay", old, "--hw", "speck-like", "--json", "-"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.err, "")
        let report = try JSONReport.decode(r.out)
        XCTAssertEqual(report.source?.arithmetic, "unknown")
        XCTAssertEqual(report.source?.hardware, "unknown")
        XCTAssertNil(report.source?.arithmeticMatches)
        XCTAssertEqual(report.model.scale, "unknown")
        let text = CLI.capture(["replay", old, "--hw", "speck-like"]).out
        XCTAssertTrue(text.contains("\n  scale     scale and parameters unknown (not in the trace), 80 classes"), text)
        XCTAssertTrue(text.contains("\n  spikes    arithmetic and chip unknown (the trace predates source records)"), text)
    }
}
