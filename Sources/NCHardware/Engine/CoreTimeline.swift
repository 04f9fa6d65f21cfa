/// One core during a step: its event queue (FIFO, `depth` entries), its accumulate units, and
/// what it did.
struct CoreTimeline {
    /// Cycle at which the accumulate units are free for the next event.
    var free = 0
    /// Start cycles of recent events in a power-of-two ring (monotone in event order); the
    /// last `depth` of them are the ones that can still be in the queue. Raw storage: this is
    /// the innermost loop of the timing model, and array copy-on-write checks cost more than
    /// the work.
    let ring: StartRing
    var starts: UnsafeMutablePointer<Int> { ring.pointer }
    let mask: Int
    let depth: Int
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
    /// Synaptic operations.
    var sops = 0
    /// Actions in this core.
    var actions = ActionCounts()

    init(depth: Int) {
        self.depth = depth
        var size = 1
        while size < depth { size <<= 1 }
        ring = StartRing(count: size)
        mask = size - 1
    }

    /// Accepts an event arriving at `arrival` that needs `occupancy` cycles of the accumulate
    /// units; returns the cycle the queue accepted it (later than `arrival` when full).
    mutating func accept(arrival: Int, occupancy: Int, latency: Int) -> Int {
        var accepted = arrival
        if processed >= depth {
            // The event `depth` places back must have left the queue before this one can enter.
            let oldest = starts[(processed - depth) & mask]
            if oldest > accepted {
                blocked += oldest - accepted
                accepted = oldest
            }
        }
        let start = max(accepted, free)
        if free > accepted {
            // Events still waiting at `accepted`: the recent ones whose start lies after it
            // (starts are monotone, so binary search over the window).
            let n = min(processed, depth)
            var lo = processed - n, hi = processed
            while lo < hi {
                let mid = (lo + hi) >> 1
                if starts[mid & mask] > accepted { hi = mid } else { lo = mid + 1 }
            }
            highWater = max(highWater, processed - lo + 1)
        }
        starts[processed & mask] = start
        processed += 1
        free = start + occupancy
        busy += occupancy
        lastCompletion = max(lastCompletion, start + occupancy + latency)
        return accepted
    }

    /// Accepts a burst of `count` events whose heads arrive `spacing` cycles apart from
    /// `arrival`, each needing `occupancy` cycles; identical to calling `accept` for each, but the
    /// waiting-count search advances linearly within the burst. Returns the latest cycle a
    /// blocked event was accepted (or `arrival` when none was blocked).
    mutating func acceptBurst(arrival: Int, count: Int, spacing: Int, occupancy: Int, latency: Int) -> Int {
        var latestBlocked = arrival
        var lo = -1
        for e in 0..<count {
            let a = arrival + e * spacing
            var accepted = a
            if processed >= depth {
                let oldest = starts[(processed - depth) & mask]
                if oldest > accepted {
                    blocked += oldest - accepted
                    accepted = oldest
                    latestBlocked = oldest
                }
            }
            let start = max(accepted, free)
            if free > accepted {
                let window = processed - min(processed, depth)
                if lo < window {
                    // First busy event of the burst: binary search the window once.
                    var l = window, h = processed
                    while l < h {
                        let mid = (l + h) >> 1
                        if starts[mid & mask] > accepted { h = mid } else { l = mid + 1 }
                    }
                    lo = l
                } else {
                    // Accepted cycles only grow within a burst: walk forward from the last answer.
                    while lo < processed && starts[lo & mask] <= accepted { lo += 1 }
                }
                highWater = max(highWater, processed - lo + 1)
            }
            starts[processed & mask] = start
            processed += 1
            free = start + occupancy
        }
        busy += count * occupancy
        lastCompletion = max(lastCompletion, free + latency)
        return latestBlocked
    }

    /// Clears the queue for a new step (after a barrier at `cycle`).
    mutating func reset(at cycle: Int) {
        free = cycle
        processed = 0
        lastCompletion = cycle
    }
}

/// Owned storage for a core's ring of start cycles.
final class StartRing: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Int>
    init(count: Int) {
        pointer = .allocate(capacity: count)
        pointer.initialize(repeating: 0, count: count)
    }
    deinit { pointer.deallocate() }
}
