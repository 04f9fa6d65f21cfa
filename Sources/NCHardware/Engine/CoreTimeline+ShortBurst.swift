extension CoreTimeline {
    /// Longest burst `acceptShortChainedBurst` takes: most bursts of a SpikeYOLO layer carry one
    /// to a few events (one pixel's firing channels of one group), and for them the vector sums
    /// and wrap handling of `acceptChainedBurst` cost more than the events themselves.
    static let shortBurst = 8

    /// Whether `acceptShortChainedBurst` applies to a chained burst of `count` events: at most
    /// `shortBurst` of them, no more than the queue holds, and the ring already holding a whole
    /// queue and router window of earlier events (so every event the burst waits for is one of
    /// them, and none of the burst's own).
    @inline(__always)
    func takesShortChainedBurst(_ count: Int) -> Bool {
        count <= CoreTimeline.shortBurst && count <= depth && processed >= depth + routerBuffer
    }

    /// `acceptChainedBurst` for a burst `takesShortChainedBurst` accepts, event by event in
    /// scalars: event `e` starts at `B + e × occupancy` with `B = max(arrival, free)`, waits for a
    /// queue slot until event `processed + e - depth` starts, and holds the link until event
    /// `processed + e - depth - routerBuffer` starts (when that is after it arrives). All of those
    /// are earlier events, read before the burst's own starts are stored (they cannot share a slot:
    /// the ring holds the whole window). Proven equal to `acceptBurstStepwise` by
    /// `CoreTimelineBurstTests`.
    @inline(__always)
    mutating func acceptShortChainedBurst(arrival: Int, count n: Int, spacing s: Int, occupancy o: Int, latency: Int) -> Int {
        let window = depth + routerBuffer, p0 = processed, mask = ringMask, starts = ringStarts
        assert(takesShortChainedBurst(n) && o >= s && highWater >= depth && mask + 1 >= window)
        let b0 = max(arrival, free)
        // Cycles stay far below `Int.max` (as in `StartRing.excess`): wrapping arithmetic spares
        // an overflow check per operation.
        var blocked = 0
        for e in 0..<n {
            let wait = starts[(p0 &+ e &- depth) & mask] &- (arrival &+ e &* s)
            if wait > 0 { blocked &+= wait }
        }
        // The hold only grows with the event; the latest event whose slot frees after it arrives
        // holds the link longest (once a slot frees before the first arrival, none earlier holds it).
        var held = arrival
        var e = n - 1
        while e >= 0 {
            let linkFree = starts[(p0 &+ e &- window) & mask]
            if linkFree > arrival &+ e &* s {
                held = linkFree
                break
            }
            if linkFree <= arrival { break }
            e -= 1
        }
        for e in 0..<n { starts[(p0 &+ e) & mask] = b0 &+ e &* o }
        closeChainedBurst(arrival: arrival, count: n, spacing: s, occupancy: o, latency: latency, start: b0, blocked: blocked)
        return held
    }
}
