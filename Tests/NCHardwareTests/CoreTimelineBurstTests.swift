import XCTest

@testable import NCHardware
@testable import NCModel

/// `CoreTimeline.acceptBurst` (with its closed forms for a burst an idle core keeps up with and
/// for a chained burst on a saturated queue, and its event loop in locals) against
/// `acceptBurstStepwise`, the event-by-event definition, on random burst sequences:
/// every counter, the returned link hold and the start cycles the queue remembers.
final class CoreTimelineBurstTests: XCTestCase {
    func testClosedFormBurstsEqualEventByEvent() {
        var closedForms = 0, chained = 0, queued = 0
        compareBursts(seed: 1511, trials: 400, steps: 60, resetOdds: 17, gap: 40, depth: { 1 + Int($0.next() % 12) },
                      routerBuffer: { Int($0.next() % 6) }) { rng in
            (count: Int(rng.next() % 90), spacing: Int(rng.next() % 5), occupancy: Int(rng.next() % 5), latency: Int(rng.next() % 4))
        } observe: { fast, cycle, burst in
            if burst.count > 0 && fast.free <= cycle && burst.spacing >= burst.occupancy {
                closedForms += 1
            } else if burst.count > 0 && burst.occupancy >= burst.spacing && fast.highWater >= fast.depth {
                if burst.count > fast.depth + fast.routerBuffer { chained += 1 }
            } else if burst.count > 0 {
                queued += 1
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
        var chained = 0, wrapped = 0
        compareBursts(seed: 1516, trials: 60, steps: 40, resetOdds: 29, gap: 400, depth: { 16 + Int($0.next() % 300) },
                      routerBuffer: { Int($0.next() % 20) }) { rng in
            let spacing = 1 + Int(rng.next() % 2)
            return (count: Int(rng.next() % 700), spacing: spacing, occupancy: spacing + Int(rng.next() % 4), latency: 3)
        } observe: { fast, cycle, burst in
            guard burst.count > 0 && fast.free > cycle && fast.highWater >= fast.depth else { return }
            chained += 1
            if (fast.processed - fast.depth) & fast.ring.mask + min(burst.count, fast.depth) > fast.ring.count { wrapped += 1 }
        }
        XCTAssertGreaterThan(chained, 500, "chained bursts on deep queues should be exercised")
        XCTAssertGreaterThan(wrapped, 50, "sums across the ring's wrap should be exercised")
    }

    /// Short chained bursts (`acceptShortChainedBurst`: up to eight events on a ring holding a
    /// whole window), the common case in SpikeYOLO's layers: queues shallower than the burst (the
    /// general path must take those), link holds (router buffers of 0 to 3 behind shallow and
    /// deep queues), and bursts arriving before, at and after the core frees.
    func testShortChainedBurstsEqualEventByEvent() {
        var short = 0, longerThanQueue = 0, linkHeld = 0
        compareBursts(seed: 1521, trials: 300, steps: 80, resetOdds: 41, gap: 12, depth: { [1, 2, 3, 5, 8, 64, 256][Int($0.next() % 7)] },
                      routerBuffer: { Int($0.next() % 4) }) { rng in
            let spacing = Int(rng.next() % 3)
            return (count: 1 + Int(rng.next() % 9), spacing: spacing, occupancy: spacing + Int(rng.next() % 5), latency: Int(rng.next() % 4))
        } observe: { fast, cycle, burst in
            guard burst.count > 0 && burst.occupancy >= burst.spacing && fast.highWater >= fast.depth else { return }
            if fast.takesShortChainedBurst(burst.count) {
                short += 1
                let window = fast.depth + fast.routerBuffer
                if (0..<burst.count).contains(where: { fast.start(fast.processed + $0 - window) > cycle + $0 * burst.spacing }) { linkHeld += 1 }
            } else if burst.count > fast.depth {
                longerThanQueue += 1
            }
        }
        XCTAssertGreaterThan(short, 5000, "short chained bursts should be exercised")
        XCTAssertGreaterThan(longerThanQueue, 500, "bursts longer than a shallow queue should stay on the general path")
        XCTAssertGreaterThan(linkHeld, 500, "short bursts holding the link should be exercised")
    }

    typealias Burst = (count: Int, spacing: Int, occupancy: Int, latency: Int)

    /// Random burst sequences (with resets) through `acceptBurst` and `acceptBurstStepwise` on
    /// twin timelines; `observe` sees the fast one and each burst before it is accepted.
    private func compareBursts(seed: UInt64, trials: Int, steps: Int, resetOdds: UInt64, gap: UInt64,
                               depth: (inout SplitMix64) -> Int, routerBuffer: (inout SplitMix64) -> Int,
                               burst: (inout SplitMix64) -> Burst, observe: (CoreTimeline, Int, Burst) -> Void) {
        var rng = SplitMix64(seed: seed)
        for trial in 0..<trials {
            let depth = depth(&rng), routerBuffer = routerBuffer(&rng)
            var fast = CoreTimeline(depth: depth, routerBuffer: routerBuffer)
            var slow = CoreTimeline(depth: depth, routerBuffer: routerBuffer)
            var cycle = Int(rng.next() % 50)
            for step in 0..<steps {
                if rng.next() % resetOdds == 0 {
                    cycle += Int(rng.next() % 20)
                    fast.reset(at: cycle)
                    slow.reset(at: cycle)
                }
                cycle += Int(rng.next() % gap)
                let b = burst(&rng)
                observe(fast, cycle, b)
                let x = fast.acceptBurst(arrival: cycle, count: b.count, spacing: b.spacing, occupancy: b.occupancy, latency: b.latency)
                let y = slow.acceptBurstStepwise(arrival: cycle, count: b.count, spacing: b.spacing, occupancy: b.occupancy, latency: b.latency)
                guard same(x, y, fast, slow, window: depth + routerBuffer, "trial \(trial) step \(step)") else { return }
            }
        }
    }

    /// Asserts that the two timelines agree after a burst (returned link hold `a` and `b`, every
    /// counter, the starts of the last `window` events); false after the first differing start.
    private func same(_ a: Int, _ b: Int, _ fast: CoreTimeline, _ slow: CoreTimeline, window: Int, _ label: String) -> Bool {
        XCTAssertEqual(a, b, label)
        XCTAssertEqual(fast.free, slow.free, label)
        XCTAssertEqual(fast.processed, slow.processed, label)
        XCTAssertEqual(fast.lastCompletion, slow.lastCompletion, label)
        XCTAssertEqual(fast.busy, slow.busy, label)
        XCTAssertEqual(fast.blocked, slow.blocked, label)
        XCTAssertEqual(fast.highWater, slow.highWater, label)
        XCTAssertEqual(fast.waited, slow.waited, label)
        XCTAssertEqual(fast.accepted, slow.accepted, label)
        let remembered = min(fast.processed, window)
        for i in (fast.processed - remembered)..<fast.processed where fast.start(i) != slow.start(i) {
            XCTFail("\(label): start of event \(i) \(fast.start(i)), expected \(slow.start(i))")
            return false
        }
        return true
    }
}
