extension ConvStepSimulator {
    /// Accepts the `count` packets of a burst for destination `k` one by one under
    /// `noc.congestion: sanafe`: packet `e` reaches the core when the mesh brings it
    /// (`arrivals[k] + e × flits`), but no sooner than the estimate's earliest arrival; it leaves
    /// the estimate when the core starts it. Returns the latest cycle the link into the core is held.
    func acceptCongested(_ k: Int, count: Int, from node: Int, scratch: inout Scratch,
                         cores: inout [CoreTimeline]) -> Int {
        let core = scratch.dests[k], occupancy = scratch.occupancies[k], arrival = scratch.arrivals[k]
        let destinations = scratch.dests.count
        var held = arrival
        for e in 0..<count {
            let reached = max(arrival + e * flits, scratch.congestion?.earliest[e * destinations + k] ?? 0)
            held = max(held, cores[core].acceptBurst(arrival: reached, count: 1, spacing: flits, occupancy: occupancy, latency: latency))
            scratch.congestion?.leave(from: node, to: core, occupancy: occupancy, at: cores[core].start(cores[core].processed - 1))
        }
        return held
    }
}
