import XCTest

@testable import NCHardware
import NCModel

/// `Mesh.send` (buffer pointers) against `Mesh.sendSimple` (Mesh+SimpleSend.swift), its definition, on random multicast
/// sequences with back-pressure holds and barriers in between: departures, arrivals, every
/// link's next free cycle and load, and the flit-hops.
final class MeshSendTests: XCTestCase {
    func testFastSendEqualsSimpleSend() {
        var rng = SplitMix64(seed: 1515)
        for trial in 0..<200 {
            let width = 1 + Int(rng.next() % 7), height = 1 + Int(rng.next() % 6), hop = Int(rng.next() % 4)
            var fast = Mesh(width: width, height: height, hopLatency: hop)
            var slow = fast
            let cores = width * height
            var cycle = 0
            var fastArrivals = [Int](), slowArrivals = [Int]()
            for step in 0..<80 {
                cycle += Int(rng.next() % 6)
                let source = rng.next() % 5 == 0 ? Mesh.port : Int(rng.next() % UInt64(cores))
                let destinations = (0..<Int(rng.next() % 6)).map { _ in Int(rng.next() % UInt64(cores)) }
                let flits = 1 + Int(rng.next() % 8)
                let a = fast.send(from: source, at: cycle, flits: flits, to: destinations, arrivals: &fastArrivals)
                let b = slow.sendSimple(from: source, at: cycle, flits: flits, to: destinations, arrivals: &slowArrivals)
                let label = "trial \(trial) step \(step)"
                XCTAssertEqual(a, b, label)
                XCTAssertEqual(fastArrivals, slowArrivals, label)
                if let d = destinations.first, rng.next() % 3 == 0 {
                    let until = cycle + Int(rng.next() % 30)
                    fast.hold(into: d, from: source, until: until)
                    slow.hold(into: d, from: source, until: until)
                }
                if rng.next() % 25 == 0 {
                    cycle += 10
                    fast.drain(to: cycle)
                    slow.drain(to: cycle)
                }
                XCTAssertEqual(fast.free, slow.free, label)
                XCTAssertEqual(fast.load, slow.load, label)
                XCTAssertEqual(fast.flitHops, slow.flitHops, label)
            }
        }
    }
}
