/// Off-chip memory as one channel: transfers are served in the order they are issued, each
/// holding the channel for `bits / 8 / bandwidth` cycles, its data arriving `latency_cycles`
/// after it leaves. The busy intervals are kept so that a lower-priority transfer (the next
/// segment's weights, double-buffered) can fill the idle cycles.
struct DRAMChannel {
    let bytesPerCycle: Double
    let latency: Int
    /// Cycle the channel is free for the next transfer.
    private(set) var free = 0
    /// Busy intervals `[start, end)` since the last `forgetHistory`, in order.
    private(set) var busy = [(start: Int, end: Int)]()
    /// When not nil, every transfer issued (bits, cycle), in order: a segment simulated ahead
    /// replays its transfers on the real channel.
    var log: [(bits: Int, at: Int)]?

    init(_ config: DRAMConfig) {
        bytesPerCycle = config.bandwidthBytesPerCycle
        latency = config.latencyCycles
    }

    /// Cycles the channel is held for `bits`.
    func transferCycles(_ bits: Int) -> Int { bits > 0 ? Cycles.ceiling(Double(bits) / 8 / bytesPerCycle) : 0 }

    /// Issues a transfer of `bits` at `cycle`; returns the cycle it starts and the cycle its last
    /// data has arrived.
    @discardableResult
    mutating func transfer(_ bits: Int, at cycle: Int) -> (start: Int, done: Int) {
        guard bits > 0 else { return (cycle, cycle) }
        log?.append((bits, cycle))
        let start = max(cycle, free)
        free = start + transferCycles(bits)
        if let last = busy.last, last.end == start { busy[busy.count - 1].end = free } else { busy.append((start, free)) }
        return (start, free + latency)
    }

    /// A background transfer of `bits` from `cycle` that only uses the cycles the recorded
    /// transfers leave idle; returns when its data has arrived. The channel is then busy until
    /// its last cycle.
    mutating func background(_ bits: Int, from cycle: Int) -> Int {
        var remaining = transferCycles(bits)
        guard remaining > 0 else { return cycle }
        var at = cycle
        for interval in busy where interval.end > at {
            if interval.start > at {
                let gap = interval.start - at
                if gap >= remaining { break }
                remaining -= gap
            }
            at = max(at, interval.end)
        }
        let end = at + remaining
        free = max(free, end)
        return end + latency
    }

    /// Drops the recorded intervals (a new segment starts).
    mutating func forgetHistory() { busy.removeAll(keepingCapacity: true) }
}
