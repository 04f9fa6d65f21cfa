extension ConvStepSimulator {
    /// Accepts a burst of `count` packets from core `node` that left at `departed` under
    /// `noc.congestion: sanafe`, packet by packet: the estimate enters packet `e`'s messages
    /// (one per destination) as sent at `departed + e × flits` plus the cycles blocked so far,
    /// after retiring the messages started by then; each reaches destination `k` at the later of
    /// the mesh's arrival (`arrivals[k] + e × flits`) and its estimated earliest arrival, and
    /// leaves the estimate when its core starts it. Fills `scratch.held` (the latest cycle the
    /// link into each of the burst's `scratch.count` destinations is held) and returns the cycles
    /// the sender blocked.
    func acceptCongested(_ count: Int, from node: Int, at departed: Int, scratch: inout Scratch,
                         cores: inout [CoreTimeline]) -> Int {
        let m = scratch.count, buffers = scratch.buffers
        let dests = Array(UnsafeBufferPointer(start: buffers.cores, count: m))
        let arrivals = Array(UnsafeBufferPointer(start: buffers.arrivals, count: m))
        scratch.occupancies = UnsafeBufferPointer(start: buffers.fanouts, count: m).map { passCycles($0) + messageIn }
        scratch.held = arrivals
        var blocked = 0
        for e in 0..<count {
            blocked += scratch.congestion?.enter(1, from: node, at: departed + blocked + e * flits, spacing: flits,
                                                 to: dests, occupancies: scratch.occupancies) ?? 0
            for (k, core) in dests.enumerated() {
                let occupancy = scratch.occupancies[k]
                let reached = max(arrivals[k] + e * flits, scratch.congestion?.earliest[k] ?? 0)
                // The core holds the link only when its queue and router are full (a later
                // return than `reached`); a late estimated arrival holds nothing.
                let held = cores[core].acceptBurst(arrival: reached, count: 1, spacing: flits, occupancy: occupancy, latency: latency)
                if held > reached { scratch.held[k] = max(scratch.held[k], held) }
                scratch.congestion?.leave(from: node, to: core, occupancy: occupancy, at: cores[core].start(cores[core].processed - 1))
            }
        }
        return blocked
    }
}
