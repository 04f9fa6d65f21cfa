import Foundation
import NCFormats
import NCHardware
import XCTest

@testable import NCSimulation

/// The sweep's grid, key-path edits and Pareto front, against values written out by hand.
final class SweepPlanTests: XCTestCase {
    static let base = SweepPlan.Base(name: "tiny", text: #"{"version": 1, "name": "tiny", "core": {"accumulate_units": 4}}"#)
    static let trace = SweepPlan.Trace(name: "t.nctrace", identity: "t")

    func testValuesAreJSONScalarsOrBareWords() throws {
        XCTAssertEqual(try SweepValue(parsing: "16"), .int(16))
        XCTAssertEqual(try SweepValue(parsing: "16.0"), .double(16))
        XCTAssertEqual(try SweepValue(parsing: "1e3"), .double(1000))
        XCTAssertEqual(try SweepValue(parsing: "true"), .bool(true))
        XCTAssertEqual(try SweepValue(parsing: "fixed"), .string("fixed"))
        XCTAssertEqual(try SweepValue(parsing: "\"8\""), .string("8"))
        XCTAssertThrowsError(try SweepValue(parsing: "null"))
        XCTAssertThrowsError(try SweepValue(parsing: "[1]"))
        XCTAssertThrowsError(try SweepValue(parsing: ""))
    }

    func testAxisParsing() throws {
        let a = try SweepAxis(parsing: "core.accumulate_units=4, 8,16")
        XCTAssertEqual(a.path, "core.accumulate_units")
        XCTAssertEqual(a.values, [.int(4), .int(8), .int(16)])
        XCTAssertEqual(try SweepAxis.components("a.b[2].c"), [.key("a"), .key("b"), .index(2), .key("c")])
        for bad in ["core.accumulate_units", "=4", "core..x=1", "core.x=1,,2", "core.x=4,4", "a[x]=1", ".a=1"] {
            XCTAssertThrowsError(try SweepAxis(parsing: bad), bad) { error in
                guard case SweepError.vary(let m)? = error as? SweepError else { return XCTFail("\(error)") }
                XCTAssertTrue(m.hasPrefix("--vary "), m)
                XCTAssertFalse(m.contains("\n"))
            }
        }
    }

    /// Cross product, last axis fastest, for each trace then each base; `--zip` pairs.
    func testGridOrder() throws {
        let units = SweepAxis(path: "core.accumulate_units", values: [.int(1), .int(2)])
        let queue = SweepAxis(path: "core.event_queue_depth", values: [.int(8), .int(16), .int(32)])
        let other = SweepPlan.Base(name: "other", text: #"{"version": 1, "name": "other"}"#)
        let plan = try SweepPlan(traces: [Self.trace, SweepPlan.Trace(name: "u", identity: "u")], bases: [Self.base, other],
                                 axes: [units, queue], zip: false)
        XCTAssertEqual(plan.points.count, 2 * 2 * 6)
        XCTAssertEqual(plan.points.map(\.index), Array(0..<24))
        XCTAssertEqual(plan.points[0...5].map { $0.values }, [
            [.int(1), .int(8)], [.int(1), .int(16)], [.int(1), .int(32)], [.int(2), .int(8)], [.int(2), .int(16)], [.int(2), .int(32)],
        ])
        XCTAssertEqual(plan.points[0...5].map { [$0.config.core.accumulateUnits, $0.config.core.eventQueueDepthEvents] },
                       [[1, 8], [1, 16], [1, 32], [2, 8], [2, 16], [2, 32]])
        XCTAssertEqual(plan.points[6].base, 1)
        XCTAssertEqual(plan.points[6].config.name, "other")
        XCTAssertEqual(plan.points[12].trace, 1)
        let zipped = try SweepPlan(traces: [Self.trace], bases: [Self.base],
                                   axes: [units, SweepAxis(path: "core.event_queue_depth", values: [.int(8), .int(16)])], zip: true)
        XCTAssertEqual(zipped.points.map { [$0.config.core.accumulateUnits, $0.config.core.eventQueueDepthEvents] }, [[1, 8], [2, 16]])
        XCTAssertThrowsError(try SweepPlan(traces: [Self.trace], bases: [Self.base], axes: [units, queue], zip: true))
        XCTAssertThrowsError(try SweepPlan(traces: [Self.trace], bases: [Self.base], axes: [units, units], zip: false))
        // A number key given 2.0 is read as in a file, and kept as JSON reads it back: 2.
        let clock = try SweepPlan(traces: [Self.trace], bases: [Self.base],
                                  axes: [SweepAxis(path: "energy.accumulate_pj", values: [.double(2), .double(0.5)])], zip: false)
        XCTAssertEqual(clock.points.map(\.values), [[.int(2)], [.double(0.5)]])
        XCTAssertEqual(clock.axes[0].values, [.int(2), .double(0.5)])
        XCTAssertEqual(clock.points[0].config.energy[.accumulate], 2)
        // No axes: one point per trace and base, the base itself.
        XCTAssertEqual(try SweepPlan(traces: [Self.trace], bases: [Self.base], axes: [], zip: false).points.count, 1)
    }

    /// Edits replace a member in place, add a missing one (and missing sections), and the
    /// result is read as a file is: the base's other keys stay as written.
    func testEditsAreReadAsAConfigFile() throws {
        let config = try ConfigEdit.config(base: Self.base.text, baseName: "tiny", edits: [
            (path: "core.accumulate_units", value: .int(32)), (path: "noc.packet_bits", value: .int(32)),
            (path: "core.arithmetic", value: .string("fp32")),
        ])
        XCTAssertEqual(config.core.accumulateUnits, 32)
        XCTAssertEqual(config.noc.packetBits, 32)
        XCTAssertEqual(config.core.arithmetic, .fp32)
        XCTAssertEqual(config.core.weightBits, 32, "an absent width follows the arithmetic, as in a file")
        XCTAssertEqual(config.name, "tiny")
        let document = try ConfigEdit.setting(.int(5), at: [.key("a"), .index(1)], in: try PlainValue.parseJSON(#"{"a": [1, 2], "b": 0}"#),
                                              pathText: "a[1]")
        XCTAssertEqual(document.jsonText(), #"{"a":[1,5],"b":0}"#)
        XCTAssertThrowsError(try ConfigEdit.setting(.int(5), at: [.key("a"), .index(2)], in: try PlainValue.parseJSON(#"{"a": [1, 2]}"#),
                                                    pathText: "a[2]"))
        XCTAssertThrowsError(try ConfigEdit.setting(.int(5), at: [.key("b"), .key("c")], in: try PlainValue.parseJSON(#"{"b": 0}"#),
                                                    pathText: "b.c"))
    }

    /// A key the format does not know, a value of the wrong type or out of range: the config
    /// reader's own message, with the edits that made it.
    func testBadEditsFailLikeAConfigFile() {
        let cases: [(String, SweepValue, String)] = [
            ("core.acumulate_units", .int(4), "unknown key core.acumulate_units (did you mean core.accumulate_units?)"),
            ("core.accumulate_units", .int(0), "core.accumulate_units must be at least 1 (found 0)"),
            ("core.accumulate_units", .double(4), "core.accumulate_units must be an integer"),
            ("core.arithmetic", .string("fp16"), "core.arithmetic"),
        ]
        for (path, value, expected) in cases {
            XCTAssertThrowsError(try SweepPlan(traces: [Self.trace], bases: [Self.base], axes: [SweepAxis(path: path, values: [value])],
                                               zip: false)) { error in
                guard case SweepError.config(let m)? = error as? SweepError else { return XCTFail("\(error)") }
                XCTAssertTrue(m.hasPrefix("--hw tiny with \(path)=\(value): "), m)
                XCTAssertTrue(m.contains(expected), m)
            }
        }
    }

    func testParetoFrontByHand() {
        // (latency, energy): 0 (1, 9) front; 1 (2, 5) front; 2 (3, 6) dominated by 1; 3 (4, 1) front;
        // 4 (2, 5) equal to 1: kept; 5 (1, 10) dominated by 0 (same latency, more energy).
        let points: [(x: Double, y: Double)] = [(1, 9), (2, 5), (3, 6), (4, 1), (2, 5), (1, 10)]
        XCTAssertEqual(Pareto.front(points), [0, 1, 4, 3])
        XCTAssertEqual(Pareto.front([]), [])
    }

    /// A part records points in order and says when it is complete; merge needs every shard of
    /// one sweep, complete, once.
    func testPartsMergeOnlyWhenWhole() throws {
        let plan = try SweepPlan(traces: [Self.trace], bases: [Self.base],
                                 axes: [SweepAxis(path: "core.accumulate_units", values: (1...5).map { .int($0) })], zip: false)
        func part(_ shard: Shard, digest: String = "d", upTo limit: Int = .max) -> SweepPart {
            var p = SweepPart(plan: plan, digest: digest, shard: shard)
            for k in p.range.reversed() where k < limit {
                p.record(SweepMeasurement(plan, plan.points[k], unmapped: "point \(k)"))
            }
            return p
        }
        let whole = part(.whole)
        XCTAssertTrue(whole.complete)
        XCTAssertEqual(whole.points.map(\.index), [0, 1, 2, 3, 4])
        let shards = try [Shard(index: 1, count: 2), Shard(index: 2, count: 2)].map { part($0) }
        XCTAssertEqual(shards.map { $0.points.map(\.index) }, [[0, 1], [2, 3, 4]])
        XCTAssertEqual(try SweepPart.merged(shards.reversed(), names: ["b", "a"]), whole)
        XCTAssertEqual(try SweepPart.decode(try whole.encoded(), path: "w"), whole)
        XCTAssertThrowsError(try SweepPart.merged([shards[0]], names: ["a"]))
        XCTAssertThrowsError(try SweepPart.merged([shards[0], shards[0]], names: ["a", "b"]))
        XCTAssertThrowsError(try SweepPart.merged([shards[0], part(try Shard(index: 2, count: 2), digest: "e")], names: ["a", "b"]))
        let unfinished = part(try Shard(index: 2, count: 2), upTo: 3)
        XCTAssertFalse(unfinished.complete)
        XCTAssertThrowsError(try SweepPart.merged([shards[0], unfinished], names: ["a", "b"])) { error in
            XCTAssertTrue("\(error)".contains("holds 1 of 3 points"), "\(error)")
        }
        // A file that lies about its points is refused, not trusted.
        var lying = whole
        lying.complete = false
        XCTAssertThrowsError(try SweepPart.decode(try lying.encoded(), path: "p"))
        var outside = shards[0]
        outside.points.append(whole.points[4])
        XCTAssertThrowsError(try SweepPart.decode(try outside.encoded(), path: "p"))
        XCTAssertThrowsError(try SweepPart.decode(Array("{}".utf8), path: "p"))
        // merge tells the two kinds of part apart from their first bytes (dataset parts are JSON too).
        XCTAssertTrue(SweepPart.looksLikeSweepPart(try whole.encoded()))
        XCTAssertFalse(SweepPart.looksLikeSweepPart(Array(#"{"format":"neurocycle-part","identity":{}}"#.utf8)))
    }
}
