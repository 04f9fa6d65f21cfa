/// One core during a step: its event queue (FIFO, `depth` entries), the router buffer in
/// front of it, its accumulate units, and what it did.
struct CoreTimeline {
    /// Cycle at which the accumulate units are free for the next event.
    var free = 0
    /// Start cycles of recent events in a power-of-two ring (monotone in event order). Raw
    /// storage: this is the innermost loop of the timing model, and array copy-on-write checks
    /// cost more than the work. It grows with the events actually queued, up to what `depth +
    /// routerBuffer` needs, so a huge configured depth costs no memory until used.
    private(set) var ring: StartRing
    /// `ring`'s storage and mask, kept beside the counters: reading them through the ring object
    /// cost a cache miss per burst on a core's separate heap block.
    private(set) var ringStarts: UnsafeMutablePointer<Int>
    private(set) var ringMask: Int
    /// Events the queue holds.
    let depth: Int
    /// Packets the router in front of the core holds before the link into it backs up.
    let routerBuffer: Int
    var processed = 0
    /// Cycle the last event's membrane write completed.
    var lastCompletion = 0
    /// Cycles the accumulate (or fire) units worked.
    var busy = 0
    /// Cycles packets for this core waited because its queue was full.
    var blocked = 0
    /// Cycles this core's injections waited for a busy link.
    var stall = 0
    /// Most events waiting at once.
    var highWater = 0
    /// Cycles events waited between reaching the core and starting (queue and router), summed.
    var waited = 0
    /// Events accepted.
    var accepted = 0
    /// Synaptic operations.
    var sops = 0
    /// Actions in this core.
    var actions = ActionCounts()

    init(depth: Int, routerBuffer: Int = 0) {
        self.depth = depth
        self.routerBuffer = routerBuffer
        ring = StartRing(count: 64)
        ringStarts = ring.pointer
        ringMask = ring.mask
    }

    /// Grows the ring, if needed, to hold the last `needed` events.
    @inline(__always)
    private mutating func reserve(_ needed: Int) {
        if ringMask + 1 < needed { grow(needed) }
    }

    @inline(never)
    private mutating func grow(_ needed: Int) {
        ring = ring.grown(toHold: needed, upTo: processed)
        ringStarts = ring.pointer
        ringMask = ring.mask
    }

    /// Start cycle of event number `i` (one of the last `ring.count`).
    @inline(__always)
    func start(_ i: Int) -> Int { ringStarts[i & ringMask] }

    /// The first event of `queued` (the events in the queue) that starts after cycle `accepted`,
    /// given `lo`, the answer for the burst's previous event (below `queued` for its first).
    @inline(__always)
    static func firstWaiting(after accepted: Int, from lo: Int, queued: Range<Int>, start: (Int) -> Int) -> Int {
        guard lo >= queued.lowerBound else {
            // First busy event of the burst: binary search the queue once.
            var l = queued.lowerBound, h = queued.upperBound
            while l < h {
                let mid = (l + h) >> 1
                if start(mid) > accepted { h = mid } else { l = mid + 1 }
            }
            return l
        }
        // Accepted cycles only grow within a burst: walk forward from the last answer.
        var lo = lo
        while lo < queued.upperBound && start(lo) <= accepted { lo += 1 }
        return lo
    }

    /// Accepts a burst of `count` events whose heads arrive `spacing` cycles apart from
    /// `arrival`, each needing `occupancy` cycles. An event enters the queue when the event
    /// `depth` places ahead has started (until then it waits in the router); the link into the
    /// core backs up only when the router buffer is full too, i.e. until the event
    /// `depth + routerBuffer` places ahead has started. Returns the latest cycle the link is held
    /// (or `arrival` when it never is).
    mutating func acceptBurst(arrival: Int, count: Int, spacing: Int, occupancy: Int, latency: Int) -> Int {
        let window = depth + routerBuffer
        reserve(min(window, processed + count))
        if count > 0 && free <= arrival && spacing >= occupancy {
            // The core is idle when the burst arrives and works each event off before the next
            // one comes: every event starts on arrival, nothing waits, blocks or queues (every
            // earlier start is at most `arrival`). What `acceptBurstStepwise` computes, in closed form.
            let keep = min(count, ringMask + 1)
            for e in (count - keep)..<count { ringStarts[(processed + e) & ringMask] = arrival + e * spacing }
            processed += count
            free = arrival + (count - 1) * spacing + occupancy
            busy += count * occupancy
            accepted += count
            lastCompletion = max(lastCompletion, free + latency)
            return arrival
        }
        if count > 0 && occupancy >= spacing && spacing >= 0 && highWater >= depth {
            if takesShortChainedBurst(count) {
                return acceptShortChainedBurst(arrival: arrival, count: count, spacing: spacing, occupancy: occupancy, latency: latency)
            }
            return acceptChainedBurst(arrival: arrival, count: count, spacing: spacing, occupancy: occupancy, latency: latency)
        }
        return acceptBurstQueued(arrival: arrival, count: count, spacing: spacing, occupancy: occupancy, latency: latency)
    }

    /// `acceptBurstStepwise` for a burst whose events come at least as fast as the core works
    /// them off (`occupancy >= spacing`) on a core whose queue has already been full once
    /// (`highWater == depth`, the most it can reach, so it cannot grow). Event `e` then starts at
    /// `B + e × occupancy` with `B = max(arrival, free)`: it is chained to the one before (the
    /// core is never idle inside the burst). What is left to count is how long events wait for a
    /// queue slot (`blocked`) and for how long the link is held: against the starts already in
    /// the ring, event by event (at most `depth + routerBuffer` events); against the burst's own
    /// starts, as an arithmetic series.
    private mutating func acceptChainedBurst(arrival: Int, count n: Int, spacing s: Int, occupancy o: Int, latency: Int) -> Int {
        let window = depth + routerBuffer
        reserve(min(window, processed + n))
        let starts = ringStarts, mask = ringMask, d = depth, p0 = processed
        let b0 = max(arrival, free)
        assert(o >= s && highWater >= d && mask + 1 >= min(window, p0 + n) && starts == ring.pointer && mask == ring.mask)
        var held = arrival, blocked = 0
        // Events e < depth wait for a queue slot until event p0 + e - depth, from before the
        // burst, starts (when it did not start before they arrive): summed over the ring.
        let queueLo = max(0, d - p0), queueHi = min(n, d)
        if queueLo < queueHi {
            blocked += StartRing.excess(starts, mask: mask, from: p0 + queueLo - d, count: queueHi - queueLo,
                                        arrival: arrival + queueLo * s, spacing: s)
        }
        if n > d {
            // Event e ≥ depth waits for burst event e - depth: (b0 - arrival - depth·o) + e·(o - s)
            // cycles when positive; increasing in e, so it waits from some event on.
            let c = b0 - arrival - d * o, step = o - s
            var first = d
            if c + first * step <= 0 {
                first = step == 0 ? n : max(first, (-c) / step + 1)
            }
            if first < n {
                let m = n - first
                blocked += m * c + step * ((first + n - 1) * m / 2)
            }
        }
        // Events e < window hold the link until event p0 + e - window, from before the burst,
        // starts, when that is after they arrive. Starts only grow with the event and so does the
        // hold, so the latest such event that holds the link holds it longest: search backwards.
        // (Once a start is no later than the first such event's arrival, no earlier one holds it.)
        let linkLo = max(0, window - p0), firstArrival = arrival + linkLo * s
        var e = min(n, window) - 1
        while e >= linkLo {
            let linkFree = starts[(p0 + e - window) & mask]
            if linkFree > arrival + e * s {
                held = max(held, linkFree)
                break
            }
            if linkFree <= firstArrival { break }
            e -= 1
        }
        if n > window {
            // Its link slot frees when event e - window starts; that is after it arrives from
            // some event on, and latest for the burst's last event.
            let lastFree = b0 + (n - 1 - window) * o
            if lastFree > arrival + (n - 1) * s && lastFree > held { held = lastFree }
        }
        let keep = min(n, mask + 1)
        StartRing.fill(starts, mask: mask, from: p0 + n - keep, count: keep, first: b0 + (n - keep) * o, step: o)
        closeChainedBurst(arrival: arrival, count: n, spacing: s, occupancy: o, latency: latency, start: b0, blocked: blocked)
        return held
    }

    /// The counts and times a chained burst leaves (`acceptChainedBurst`,
    /// `acceptShortChainedBurst`): its events start `occupancy` apart from `b0`, so event `e`
    /// waited `b0 - arrival + e·(occupancy - spacing)` cycles; `blocked` is what they waited for
    /// queue slots.
    @inline(__always)
    mutating func closeChainedBurst(arrival: Int, count n: Int, spacing s: Int, occupancy o: Int, latency: Int, start b0: Int,
                                    blocked: Int) {
        // Cycles stay far below `Int.max` (as in `StartRing.excess`): wrapping arithmetic spares
        // an overflow check per operation; n·(n - 1) is even and not negative, so / 2 is a shift.
        self.blocked &+= blocked
        waited &+= n &* (b0 &- arrival) &+ (o &- s) &* ((n &* (n &- 1)) &>> 1)
        processed &+= n
        free = b0 &+ n &* o
        busy &+= n &* o
        accepted &+= n
        lastCompletion = max(lastCompletion, free &+ latency)
    }

    /// `acceptBurstStepwise` with its state in locals: the ring's pointer and the counters stay in
    /// registers instead of being reloaded after every store through the ring's raw pointer (which
    /// the compiler must assume may alias them). Same statements in the same order; proven equal
    /// to it by `CoreTimelineBurstTests`.
    @inline(__always)
    private mutating func acceptBurstQueued(arrival: Int, count: Int, spacing: Int, occupancy: Int, latency: Int) -> Int {
        let window = depth + routerBuffer
        reserve(min(window, processed + count))
        let starts = ringStarts, mask = ringMask, depth = self.depth
        assert(mask + 1 >= min(window, processed + count) && starts == ring.pointer, "the ring holds the queue and router window")
        var free = self.free, processed = self.processed, blocked = self.blocked, highWater = self.highWater, waited = self.waited
        var held = arrival
        var lo = -1
        var a = arrival
        for _ in 0..<count {
            var accepted = a
            if processed >= depth {
                let oldest = starts[(processed - depth) & mask]
                if oldest > accepted {
                    blocked += oldest - accepted
                    accepted = oldest
                }
            }
            if processed >= window {
                let linkFree = starts[(processed - window) & mask]
                if linkFree > a && linkFree > held { held = linkFree }
            }
            let begin = max(accepted, free)
            if free > accepted {
                lo = CoreTimeline.firstWaiting(after: accepted, from: lo, queued: processed - min(processed, depth)..<processed) {
                    starts[$0 & mask]
                }
                highWater = max(highWater, processed - lo + 1)
            }
            waited += begin - a
            starts[processed & mask] = begin
            processed += 1
            free = begin + occupancy
            a += spacing
        }
        self.free = free
        self.processed = processed
        self.blocked = blocked
        self.highWater = highWater
        self.waited = waited
        busy += count * occupancy
        self.accepted += count
        lastCompletion = max(lastCompletion, free + latency)
        return held
    }

    /// `acceptBurst` event by event (the definition; the ring already holds the window).
    mutating func acceptBurstStepwise(arrival: Int, count: Int, spacing: Int, occupancy: Int, latency: Int) -> Int {
        let window = depth + routerBuffer
        reserve(min(window, processed + count))
        var held = arrival
        var lo = -1
        for e in 0..<count {
            let a = arrival + e * spacing
            var accepted = a
            if processed >= depth {
                let oldest = start(processed - depth)
                if oldest > accepted {
                    blocked += oldest - accepted
                    accepted = oldest
                }
            }
            if processed >= window {
                let linkFree = start(processed - window)
                if linkFree > a { held = max(held, linkFree) }
            }
            let begin = max(accepted, free)
            if free > accepted {
                lo = CoreTimeline.firstWaiting(after: accepted, from: lo, queued: processed - min(processed, depth)..<processed, start: { start($0) })
                highWater = max(highWater, processed - lo + 1)
            }
            waited += begin - a
            ring.pointer[processed & ring.mask] = begin
            processed += 1
            free = begin + occupancy
        }
        busy += count * occupancy
        accepted += count
        lastCompletion = max(lastCompletion, free + latency)
        return held
    }

    /// Runs a job of `cycles` cycles (a fire phase) on the core's pipeline after the work already
    /// issued to it, not before `cycle`; returns the cycle it ends.
    mutating func run(cycles: Int, notBefore cycle: Int) -> Int {
        let begin = max(cycle, free)
        free = begin + cycles
        busy += cycles
        return free
    }

    /// This core with an empty queue, idle since before any cycle (`Cycles.never`): what a step
    /// timed on a chip of its own starts from.
    var idle: CoreTimeline {
        var core = CoreTimeline(depth: depth, routerBuffer: routerBuffer)
        core.reset(at: Cycles.never)
        return core
    }

    /// Empties the queue as a barrier does, keeping the times and counts: a step timed ahead
    /// waits for its turn without holding a deep queue's ring (the step after it starts with a
    /// barrier, which empties the queue anyway).
    mutating func forgetQueue() {
        processed = 0
        if ringMask + 1 > 64 {
            ring = StartRing(count: 64)
            ringStarts = ring.pointer
            ringMask = ring.mask
        }
    }

    /// Takes on `step`, a step timed from cycle 0 on an `idle` core of its own (its queue then
    /// forgotten), as if it had run on this core from cycle `cycle` (this core was reset at a
    /// barrier no later and has done nothing since): times move by `cycle`, counts add; what the
    /// step left untouched keeps this core's value. The queue stays empty, as the next step's
    /// barrier leaves it.
    mutating func absorb(_ step: CoreTimeline, at cycle: Int) {
        assert(processed == 0 && free <= cycle && lastCompletion <= cycle, "absorbed right after a barrier")
        assert(step.processed == 0, "a step timed ahead forgets its queue")
        if step.free != Cycles.never { free = step.free + cycle }
        if step.lastCompletion != Cycles.never { lastCompletion = step.lastCompletion + cycle }
        busy += step.busy
        blocked += step.blocked
        stall += step.stall
        highWater = max(highWater, step.highWater)
        waited += step.waited
        accepted += step.accepted
        sops += step.sops
        actions.add(step.actions)
    }

    /// Clears the queue for a new step (after a barrier at `cycle`).
    mutating func reset(at cycle: Int) {
        free = cycle
        processed = 0
        lastCompletion = cycle
    }
}
