import Foundation
import NCFormats
import XCTest

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import NCModel
@testable import NCTrace

/// CSV export of binary events and the SVG raster plot.
final class TraceExportTests: XCTestCase {
    /// The small topology with population 0 at timestep 0 replaced by two known neurons.
    private func knownTrace() throws -> (path: String, spikes: [[[UInt8]]]) {
        let dir = try scratchDirectory()
        let path = dir + "/known.nctrace"
        let topology = TestTopology.small()
        var spikes = TestTopology.spikes(topology, seed: 42)
        var first = [UInt8](repeating: 0, count: 240)
        first[13] = 3  // channel 5, y 0, x 1 (channels-last 6x5x8: 13 = (0 * 5 + 1) * 8 + 5)
        first[200] = 1  // channel 0, y 5, x 0 (200 = (5 * 5 + 0) * 8 + 0)
        spikes[0][0] = first
        try TraceWriter.write(path: path, topology: topology, identity: TraceFiles.identity, spikes: spikes)
        return (path, spikes)
    }

    func testCSVHasOneRowPerBinaryEventInTheDocumentedOrder() throws {
        let (path, spikes) = try knownTrace()
        let reader = try TraceReader(path: path)
        var csv = ""
        let rows = try TraceExport.csv(reader: reader, to: &csv)
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.first, "timestep,virtual_step,population,channel,y,x")
        XCTAssertEqual(lines.last, "")

        // Rows = the sum of all integer spikes, aliases included.
        let expected = spikes.reduce(0) { $0 + $1.reduce(0) { $0 + $1.reduce(0) { $0 + Int($1) } } }
        XCTAssertEqual(rows, expected)
        XCTAssertEqual(lines.count, expected + 2)

        // Timestep 0, population 0: virtual step 0 has both neurons (storage order), steps 1 and 2
        // only the neuron with spike 3.
        XCTAssertEqual(Array(lines[1...4]), [
            "0,0,model.0.Conv.lif,5,0,1",
            "0,0,model.0.Conv.lif,0,5,0",
            "0,1,model.0.Conv.lif,5,0,1",
            "0,2,model.0.Conv.lif,5,0,1",
        ])
        XCTAssertTrue(lines[5].hasPrefix("0,0,model.1.Conv.lif,"), lines[5])

        // The last row: the alias at timestep 1, its highest virtual step, its last such neuron.
        let map = spikes[1][2]
        let top = Int(map.max() ?? 0)
        let last = try XCTUnwrap(map.lastIndex { Int($0) == top })
        XCTAssertEqual(lines[lines.count - 2], "1,\(top - 1),model.2.Conv.lif,\(last % 12),\(last / 36),\(last / 12 % 3)")

        // Every row's fields are in range and the per-population counts add up.
        var perPopulation = [String: Int]()
        for line in lines.dropFirst().dropLast() {
            let f = line.split(separator: ",")
            XCTAssertEqual(f.count, 6)
            perPopulation[String(f[2]), default: 0] += 1
        }
        // Unwrapped: a population with no rows must fail, not compare nil with nil.
        let aliased = try XCTUnwrap(perPopulation["model.1.Conv.lif"], "no rows for model.1.Conv.lif")
        XCTAssertEqual(try XCTUnwrap(perPopulation["model.2.Conv.lif"], "no rows for the alias model.2.Conv.lif"), aliased)
        XCTAssertEqual(try XCTUnwrap(perPopulation["model.0.Conv.lif"], "no rows for model.0.Conv.lif"), reader.populationTotals[0].spikes)
    }

    func testCSVFilterByPopulation() throws {
        let (path, spikes) = try knownTrace()
        let reader = try TraceReader(path: path)
        var all = ""
        try TraceExport.csv(reader: reader, to: &all)
        var alias = ""
        let rows = try TraceExport.csv(reader: reader, population: "model.2.Conv.lif", to: &alias)
        XCTAssertEqual(rows, spikes.reduce(0) { $0 + $1[2].reduce(0) { $0 + Int($1) } })
        XCTAssertEqual(rows, reader.populationTotals[2].spikes)
        let filtered = alias.split(separator: "\n").dropFirst()
        XCTAssertEqual(filtered.count, rows)
        // The filtered rows are exactly the full export's rows of that population, in order.
        XCTAssertEqual(Array(filtered), all.split(separator: "\n").filter { $0.contains(",model.2.Conv.lif,") })

        var ignored = ""
        assertTraceError(path, "there is no population named model.9") {
            try TraceExport.csv(reader: reader, population: "model.9", to: &ignored)
        }
        XCTAssertEqual(TraceExport.csvField("a,\"b\""), "\"a,\"\"b\"\"\"")
        XCTAssertEqual(TraceExport.csvField("model.1.lif"), "model.1.lif")
    }

    func testSVGRasterIsWellFormedWithOneDotPerEvent() throws {
        let (path, spikes) = try knownTrace()
        let reader = try TraceReader(path: path)
        let svg = try TraceRaster.svg(reader: reader, population: "model.1.Conv.lif", timestep: 1)
        XCTAssertTrue(try wellFormed(svg), svg)
        XCTAssertTrue(svg.contains("test &lt;model&gt; &amp; &quot;friends&quot;"), "the model name is escaped")
        let events = spikes[1][1].reduce(0) { $0 + Int($1) }
        XCTAssertEqual(dots(svg), events)
        XCTAssertTrue(svg.contains("\(events) events"))
        XCTAssertFalse(svg.contains("subsampled"))
        // Virtual timesteps of timestep 1 are 4...7.
        XCTAssertTrue(svg.contains(">4</text>") && svg.contains(">7</text>"))

        let both = try TraceRaster.svg(reader: reader, population: "model.0.Conv.lif", timestep: nil)
        XCTAssertTrue(try wellFormed(both))
        XCTAssertEqual(dots(both), (spikes[0][0] + spikes[1][0]).reduce(0) { $0 + Int($1) })

        assertTraceError(path, "there is no timestep 2") {
            _ = try TraceRaster.svg(reader: reader, population: "model.0.Conv.lif", timestep: 2)
        }
        assertTraceError(path, "there is no population named nope") {
            _ = try TraceRaster.svg(reader: reader, population: "nope", timestep: 0)
        }
    }

    func testSVGRasterSubsamplesLargePopulationsAndSaysSo() throws {
        let dir = try scratchDirectory()
        let path = dir + "/big.nctrace"
        let topology = TestTopology.single(name: "model.<big>&\"pop\"", channels: 10, height: 10, width: 10, timesteps: 1)
        let spikes = TestTopology.spikes(topology, seed: 8)
        try TraceWriter.write(path: path, topology: topology, identity: TraceFiles.identity, spikes: spikes)
        let svg = try TraceRaster.svg(reader: try TraceReader(path: path), population: "model.<big>&\"pop\"", timestep: 0)
        XCTAssertTrue(try wellFormed(svg))
        // 1000 neurons, at most 400 rows: every 3rd neuron (334 rows).
        XCTAssertTrue(svg.contains("one neuron in every 3 shown (334 of 1,000)"), svg)
        let sampled = Swift.stride(from: 0, to: 1000, by: 3).reduce(0) { $0 + Int(spikes[0][0][$1]) }
        XCTAssertEqual(dots(svg), sampled)
        XCTAssertTrue(svg.contains("model.&lt;big&gt;&amp;&quot;pop&quot;"))
    }

    private func dots(_ svg: String) -> Int {
        guard let range = svg.range(of: "<g fill=") else { return -1 }
        return svg[range.lowerBound...].components(separatedBy: "<rect ").count - 1
    }

    private func wellFormed(_ svg: String) throws -> Bool {
        let parser = XMLParser(data: Data(svg.utf8))
        return parser.parse()
    }
}
