import XCTest

@testable import NCHardware
@testable import NCModel

/// `CoreTimeline.acceptBurst` (with its closed forms for a burst an idle core keeps up with and
/// for a chained burst on a saturated queue, and its event loop in locals) against
/// `acceptBurstStepwise`, the event-by-event definition, on random burst sequences:
/// every counter, the returned link hold and the start cycles the queue remembers.
final class CoreTimelineBurstTests: XCTestCase {
    func testClosedFormBurstsEqualEventByEvent() {
        var rng = SplitMix64(seed: 1511)
        var closedForms = 0, chained = 0, queued = 0
        for trial in 0..<400 {
            let depth = 1 + Int(rng.next() % 12), routerBuffer = Int(rng.next() % 6)
            var fast = CoreTimeline(depth: depth, routerBuffer: routerBuffer)
            var slow = CoreTimeline(depth: depth, routerBuffer: routerBuffer)
            var cycle = Int(rng.next() % 50)
            for step in 0..<60 {
                if rng.next() % 17 == 0 {
                    cycle += Int(rng.next() % 20)
                    fast.reset(at: cycle)
                    slow.reset(at: cycle)
                }
                cycle += Int(rng.next() % 40)
                let count = Int(rng.next() % 90), spacing = Int(rng.next() % 5), occupancy = Int(rng.next() % 5)
                let latency = Int(rng.next() % 4)
                if count > 0 && fast.free <= cycle && spacing >= occupancy {
                    closedForms += 1
                } else if count > 0 && occupancy >= spacing && fast.highWater >= depth {
                    if count > depth + routerBuffer { chained += 1 }
                } else if count > 0 {
                    queued += 1
                }
                let a = fast.acceptBurst(arrival: cycle, count: count, spacing: spacing, occupancy: occupancy, latency: latency)
                let b = slow.acceptBurstStepwise(arrival: cycle, count: count, spacing: spacing, occupancy: occupancy, latency: latency)
                let label = "trial \(trial) step \(step)"
                XCTAssertEqual(a, b, label)
                XCTAssertEqual(fast.free, slow.free, label)
                XCTAssertEqual(fast.processed, slow.processed, label)
                XCTAssertEqual(fast.lastCompletion, slow.lastCompletion, label)
                XCTAssertEqual(fast.busy, slow.busy, label)
                XCTAssertEqual(fast.blocked, slow.blocked, label)
                XCTAssertEqual(fast.highWater, slow.highWater, label)
                XCTAssertEqual(fast.waited, slow.waited, label)
                XCTAssertEqual(fast.accepted, slow.accepted, label)
                let remembered = min(fast.processed, depth + routerBuffer)
                for i in (fast.processed - remembered)..<fast.processed where fast.start(i) != slow.start(i) {
                    XCTFail("\(label): start of event \(i) \(fast.start(i)), expected \(slow.start(i))")
                    return
                }
            }
        }
        XCTAssertGreaterThan(closedForms, 1000, "the closed form should be exercised")
        XCTAssertGreaterThan(chained, 1000, "chained bursts longer than the queue and router window should be exercised")
        XCTAssertGreaterThan(queued, 1000, "the event-by-event loop should be exercised")
    }

    /// Chained bursts on queues as deep as the presets' (64, 256) and deeper, so that the
    /// vectorised sum over the ring (`StartRing.excess`, four events at a time, split where the
    /// ring wraps) and the backward search for the link hold run on long windows.
    func testChainedBurstsOnDeepQueuesEqualEventByEvent() {
        var rng = SplitMix64(seed: 1516)
        var chained = 0, wrapped = 0
        for trial in 0..<60 {
            let depth = 16 + Int(rng.next() % 300), routerBuffer = Int(rng.next() % 20)
            var fast = CoreTimeline(depth: depth, routerBuffer: routerBuffer)
            var slow = CoreTimeline(depth: depth, routerBuffer: routerBuffer)
            var cycle = Int(rng.next() % 50)
            for step in 0..<40 {
                if rng.next() % 29 == 0 {
                    cycle += Int(rng.next() % 20)
                    fast.reset(at: cycle)
                    slow.reset(at: cycle)
                }
                cycle += Int(rng.next() % 400)
                let count = Int(rng.next() % 700), spacing = 1 + Int(rng.next() % 2), occupancy = spacing + Int(rng.next() % 4)
                if count > 0 && fast.free > cycle && fast.highWater >= depth {
                    chained += 1
                    let first = (fast.processed - depth) & fast.ring.mask
                    if first + min(count, depth) > fast.ring.count { wrapped += 1 }
                }
                let a = fast.acceptBurst(arrival: cycle, count: count, spacing: spacing, occupancy: occupancy, latency: 3)
                let b = slow.acceptBurstStepwise(arrival: cycle, count: count, spacing: spacing, occupancy: occupancy, latency: 3)
                let label = "trial \(trial) step \(step)"
                XCTAssertEqual(a, b, label)
                XCTAssertEqual(fast.free, slow.free, label)
                XCTAssertEqual(fast.processed, slow.processed, label)
                XCTAssertEqual(fast.lastCompletion, slow.lastCompletion, label)
                XCTAssertEqual(fast.busy, slow.busy, label)
                XCTAssertEqual(fast.blocked, slow.blocked, label)
                XCTAssertEqual(fast.highWater, slow.highWater, label)
                XCTAssertEqual(fast.waited, slow.waited, label)
                let remembered = min(fast.processed, depth + routerBuffer)
                for i in (fast.processed - remembered)..<fast.processed where fast.start(i) != slow.start(i) {
                    XCTFail("\(label): start of event \(i) \(fast.start(i)), expected \(slow.start(i))")
                    return
                }
            }
        }
        XCTAssertGreaterThan(chained, 500, "chained bursts on deep queues should be exercised")
        XCTAssertGreaterThan(wrapped, 50, "sums across the ring's wrap should be exercised")
    }
}
