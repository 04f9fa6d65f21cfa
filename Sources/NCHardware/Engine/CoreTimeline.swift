/// One core during a step: its event queue (FIFO, `depth` entries), its accumulate units, and
/// what it did.
struct CoreTimeline {
    /// Cycle at which the accumulate units are free for the next event.
    var free = 0
    /// Start cycles of the last `depth` events, oldest first when read from `head` (monotone).
    var starts: [Int]
    var head = 0
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

    init(depth: Int) { starts = [Int](repeating: 0, count: depth) }

    /// Accepts an event arriving at `arrival` that needs `occupancy` cycles of the accumulate
    /// units; returns the cycle the queue accepted it (later than `arrival` when full).
    mutating func accept(arrival: Int, occupancy: Int, latency: Int) -> Int {
        let depth = starts.count
        var accepted = arrival
        if processed >= depth {
            // The event `depth` places back must have left the queue before this one can enter.
            accepted = max(arrival, starts[head])
            blocked += accepted - arrival
        }
        let start = max(accepted, free)
        // Events still waiting at `accepted`: those whose start lies after it (starts are monotone).
        var waiting = 0
        let n = min(processed, depth)
        var lo = 0, hi = n
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[(head + (depth - n) + mid) % depth] > accepted { hi = mid } else { lo = mid + 1 }
        }
        waiting = n - lo
        highWater = max(highWater, waiting + (start > accepted ? 1 : 0))
        starts[head] = start
        head = (head + 1) % depth
        processed += 1
        free = start + occupancy
        busy += occupancy
        lastCompletion = max(lastCompletion, start + occupancy + latency)
        return accepted
    }

    /// Clears the queue for a new step (after a barrier at `cycle`).
    mutating func reset(at cycle: Int) {
        free = cycle
        head = 0
        processed = 0
        lastCompletion = cycle
    }
}
