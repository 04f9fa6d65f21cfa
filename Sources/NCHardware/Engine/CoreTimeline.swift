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
    }

    /// Start cycle of event number `i` (one of the last `ring.count`).
    @inline(__always)
    func start(_ i: Int) -> Int { ring.pointer[i & ring.mask] }

    /// Accepts a burst of `count` events whose heads arrive `spacing` cycles apart from
    /// `arrival`, each needing `occupancy` cycles. An event enters the queue when the event
    /// `depth` places ahead has started (until then it waits in the router); the link into the
    /// core backs up only when the router buffer is full too, i.e. until the event
    /// `depth + routerBuffer` places ahead has started. Returns the latest cycle the link is held
    /// (or `arrival` when it never is).
    mutating func acceptBurst(arrival: Int, count: Int, spacing: Int, occupancy: Int, latency: Int) -> Int {
        let window = depth + routerBuffer
        if ring.count < min(window, processed + count) { ring = ring.grown(toHold: min(window, processed + count), upTo: processed) }
        if count > 0 && free <= arrival && spacing >= occupancy {
            // The core is idle when the burst arrives and works each event off before the next
            // one comes: every event starts on arrival, nothing waits, blocks or queues (every
            // earlier start is at most `arrival`). What `acceptBurstStepwise` computes, in closed form.
            let keep = min(count, ring.count)
            for e in (count - keep)..<count { ring.pointer[(processed + e) & ring.mask] = arrival + e * spacing }
            processed += count
            free = arrival + (count - 1) * spacing + occupancy
            busy += count * occupancy
            accepted += count
            lastCompletion = max(lastCompletion, free + latency)
            return arrival
        }
        return acceptBurstStepwise(arrival: arrival, count: count, spacing: spacing, occupancy: occupancy, latency: latency)
    }

    /// `acceptBurst` event by event (the definition; the ring already holds the window).
    mutating func acceptBurstStepwise(arrival: Int, count: Int, spacing: Int, occupancy: Int, latency: Int) -> Int {
        let window = depth + routerBuffer
        if ring.count < min(window, processed + count) { ring = ring.grown(toHold: min(window, processed + count), upTo: processed) }
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
                let first = processed - min(processed, depth)
                if lo < first {
                    // First busy event of the burst: binary search the queue once.
                    var l = first, h = processed
                    while l < h {
                        let mid = (l + h) >> 1
                        if start(mid) > accepted { h = mid } else { l = mid + 1 }
                    }
                    lo = l
                } else {
                    // Accepted cycles only grow within a burst: walk forward from the last answer.
                    while lo < processed && start(lo) <= accepted { lo += 1 }
                }
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

    /// Clears the queue for a new step (after a barrier at `cycle`).
    mutating func reset(at cycle: Int) {
        free = cycle
        processed = 0
        lastCompletion = cycle
    }
}

/// Owned storage for a core's ring of start cycles (a power of two).
final class StartRing: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Int>
    let count: Int
    var mask: Int { count - 1 }

    init(count: Int) {
        var size = 1
        while size < count { size <<= 1 }
        self.count = size
        pointer = .allocate(capacity: size)
        pointer.initialize(repeating: 0, count: size)
    }

    /// A larger ring holding `needed` entries, with the last `min(count, processed)` events copied
    /// to their new positions.
    func grown(toHold needed: Int, upTo processed: Int) -> StartRing {
        let bigger = StartRing(count: max(needed, count * 2))
        for i in max(0, processed - count)..<processed { bigger.pointer[i & bigger.mask] = pointer[i & mask] }
        return bigger
    }

    deinit { pointer.deallocate() }
}
