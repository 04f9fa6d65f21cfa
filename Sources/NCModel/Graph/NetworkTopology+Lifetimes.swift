extension NetworkTopology {
    /// The buffers step `step` writes or reads: a convolution's output buffers, a firing
    /// population's input buffers (none for an alias, which copies its source's spikes), a derived
    /// buffer and the buffers it is derived from.
    public func buffers(touchedBy step: Step) -> Set<Int> {
        switch step {
        case .conv(let c): return Set(convs[c].output.map(\.buffer))
        case .fire(let p):
            let pop = populations[p]
            return pop.aliasOf == nil ? Set(pop.input.map(\.buffer)) : []
        case .derive(let b):
            switch buffers[b].initial {
            case .zero: return [b]
            case .upsample(let slices, _, _): return Set(slices.map(\.buffer) + [b])
            case .maxPool(let source, _): return [b, source]
            }
        }
    }

    /// Where each buffer's currents live within one timestep of `steps`.
    public struct BufferLifetimes: Sendable, Equatable {
        /// `starting[i]`: the buffers step `i` touches first.
        public var starting: [[Int]]
        /// `ending[i]`: the buffers step `i` touches last; the heads' buffers, read after the last
        /// step, and buffers no step touches are in no list.
        public var ending: [[Int]]
    }

    /// The step of each buffer's first and last touch (`buffers(touchedBy:)`), so that a run
    /// allocates a buffer's currents just before they are written and frees them once read.
    public func bufferLifetimes() -> BufferLifetimes {
        var first = [Int?](repeating: nil, count: buffers.count)
        var last = [Int?](repeating: nil, count: buffers.count)
        for (i, step) in steps.enumerated() {
            for b in buffers(touchedBy: step) {
                if first[b] == nil { first[b] = i }
                last[b] = i
            }
        }
        for slices in heads { for s in slices { last[s.buffer] = nil } }
        var lifetimes = BufferLifetimes(starting: steps.map { _ in [] }, ending: steps.map { _ in [] })
        for b in buffers.indices {
            // A buffer no step touches is still allocated before the first step (heads read it).
            lifetimes.starting[first[b] ?? 0].append(b)
            if let l = last[b], first[b] != nil { lifetimes.ending[l].append(b) }
        }
        return lifetimes
    }
}
