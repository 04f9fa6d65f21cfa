import NCModel

/// Simulates one convolution step (one layer, one timestep, one pass) event by event: sources
/// emit their binary events virtual step by virtual step, packets cross the mesh, each
/// destination core queues them and spends `ceil(local fan-out / accumulate units)` cycles per
/// event. A source sends the events of one pixel and virtual step that go to the same cores as
/// one burst of back-to-back packets; sources are served in order of their next ready cycle
/// (ties by source index), so the schedule is deterministic.
struct ConvStepSimulator {
    let config: HardwareConfig
    let layer: ConvLayer
    let levels: Int

    /// An output tile reached by this layer: its core, which of the layer's output channels it
    /// holds, and which output rows.
    struct Destination {
        var core: Int
        var channelLo: Int, channelHi: Int
        var rowLo: Int, rowHi: Int
    }

    /// A source of events: a core (or the port) and the block of neurons whose events it sends.
    struct Source {
        var node: Int
        /// Population channels `channelLo ..< channelHi`, rows `rowLo ..< rowHi`, all columns.
        var channelLo: Int, channelHi: Int, rowLo: Int, rowHi: Int
        /// For the port: cycles per neuron of spike data streaming in from DRAM (0 otherwise).
        var cyclesPerNeuron: Double = 0
        /// For the port: cycle the first spike data arrives.
        var dramStart = 0
    }

    /// Totals of the step.
    struct Outcome {
        var end = 0
        var events = 0
        var deliveries = 0
        var sops = 0
        /// NeuroBench's count: each neuron that fired counts once per synapse, whatever its value.
        var nonzeroSOPs = 0
    }

    /// Runs the step starting at `start`. `spikes` is the source population (channels-last,
    /// `channels` per pixel); `destinations` the output tiles in this pass.
    func run(start: Int, spikes: [UInt8], channels: Int, sources: [Source], destinations: [Destination],
             mesh: inout some NetworkOnChip, cores: inout [CoreTimeline]) -> Outcome {
        var outcome = Outcome()
        outcome.end = start
        let depthwise = layer.groups > 1
        let rowRange = (0..<layer.inHeight).map { outputRange($0, layer.outHeight) }
        let colCover = (0..<layer.inWidth).map { layer.coverage(input: $0, inSize: layer.inWidth, outSize: layer.outWidth) }
        // Per input row: destination tiles whose rows overlap, with the overlap.
        let byRow: [[(Int, Int)]] = rowRange.map { r in
            guard let r else { return [] }
            return destinations.enumerated().compactMap { i, d in
                let lo = max(r.lowerBound, d.rowLo), hi = min(r.upperBound, d.rowHi - 1)
                return hi >= lo ? (i, hi - lo + 1) : nil
            }
        }
        // A burst never crosses the boundary of an output channel group (depthwise layers send
        // each channel only to the tile holding it).
        var groupEnd = [Int](repeating: channels, count: channels)
        if depthwise {
            for c in 0..<channels {
                groupEnd[c] = destinations.filter { c >= $0.channelLo && c < $0.channelHi }.map(\.channelHi).min() ?? c + 1
            }
        }
        let units = config.core.accumulateUnits
        let flits = config.flitsPerPacket
        var cursors = sources.map { Cursor(source: $0, levels: levels) }
        var heap = SourceHeap()
        for i in cursors.indices {
            cursors[i].ready = start
            cursors[i].advance(spikes: spikes, channels: channels, width: layer.inWidth, groupEnd: groupEnd)
            if cursors[i].hasBurst { heap.push(ready: cursors[i].ready, index: i) }
        }
        var dests = [Int](), fanouts = [Int](), arrivals = [Int]()
        while let (ready, i) = heap.pop() {
            let b = cursors[i].burst
            dests.removeAll(keepingCapacity: true)
            fanouts.removeAll(keepingCapacity: true)
            for (d, rows) in byRow[b.y] {
                let dst = destinations[d]
                let chans: Int
                if depthwise {
                    guard b.firstChannel >= dst.channelLo && b.firstChannel < dst.channelHi else { continue }
                    chans = 1
                } else {
                    chans = dst.channelHi - dst.channelLo
                }
                let f = chans * rows * colCover[b.x]
                if f == 0 { continue }
                dests.append(dst.core)
                fanouts.append(f)
            }
            let n = b.count
            outcome.events += n
            let node = cursors[i].source.node
            var departed = ready
            if !dests.isEmpty {
                departed = mesh.send(from: node, at: ready, flits: n * flits, to: dests, arrivals: &arrivals)
                for k in dests.indices {
                    let f = fanouts[k], core = dests[k]
                    let occupancy = (f + units - 1) / units
                    let held = cores[core].acceptBurst(arrival: arrivals[k], count: n, spacing: flits, occupancy: occupancy,
                                                       latency: config.core.pipelineLatencyCycles)
                    if held > arrivals[k] { mesh.hold(into: core, from: node, until: held) }
                    let work = n * f
                    if b.j == 0 { outcome.nonzeroSOPs += work }
                    cores[core].sops += work
                    cores[core].actions[.accumulate] += work
                    cores[core].actions[.synapticRead] += work * config.weightBitsEffective
                    cores[core].actions[.membraneRead] += work * config.membraneBitsEffective
                    cores[core].actions[.membraneWrite] += work * config.membraneBitsEffective
                    outcome.sops += work
                    outcome.deliveries += n
                    outcome.end = max(outcome.end, cores[core].lastCompletion)
                }
            }
            if node >= 0 {
                cores[node].stall += departed - ready
                cores[node].actions[.spike] += n
            }
            // The injection link carries the burst's flits back to back.
            cursors[i].ready = departed + n * flits
            cursors[i].advance(spikes: spikes, channels: channels, width: layer.inWidth, groupEnd: groupEnd)
            if cursors[i].hasBurst { heap.push(ready: cursors[i].ready, index: i) }
        }
        return outcome
    }

    /// Output coordinates along one axis that input coordinate `i` reaches.
    private func outputRange(_ i: Int, _ outSize: Int) -> ClosedRange<Int>? {
        let first = i + layer.padding - layer.kernel + 1
        let lo = first <= 0 ? 0 : (first + layer.stride - 1) / layer.stride
        let hi = min(outSize - 1, (i + layer.padding) / layer.stride)
        return hi >= lo ? lo...hi : nil
    }
}

/// Walks a source's neurons in emission order (virtual step, row, column, channel) and groups
/// the events of one pixel and virtual step into bursts.
struct Cursor {
    /// The events of one burst: pixel `(y, x)`, virtual step `j`, `count` channels from `firstChannel`.
    struct Burst {
        var j = 0, y = 0, x = 0, firstChannel = 0, count = 0
    }

    let source: ConvStepSimulator.Source
    let levels: Int
    var j = 0, y: Int, x = 0, c: Int
    var ready = 0
    /// The scan passed the last neuron of the last virtual step.
    var done = false
    /// `burst` holds events not yet sent.
    var hasBurst = false
    var burst = Burst()

    init(source: ConvStepSimulator.Source, levels: Int) {
        self.source = source
        self.levels = levels
        y = source.rowLo
        c = source.channelLo
        done = source.rowLo >= source.rowHi || source.channelLo >= source.channelHi || levels == 0
    }

    /// Moves to the next burst: the next neuron whose spike exceeds the current virtual step,
    /// plus the following channels of the same pixel (up to its channel group's end) that fire.
    mutating func advance(spikes: [UInt8], channels: Int, width: Int, groupEnd: [Int]) {
        hasBurst = false
        spikes.withUnsafeBufferPointer { sp in
            guard let base0 = sp.baseAddress else { return }
            while !done {
                let level = UInt8(j)
                let row = base0 + (y * width + x) * channels
                c = Cursor.firstAbove(row, from: c, to: source.channelHi, level: level)
                if c < source.channelHi {
                    let end = min(source.channelHi, groupEnd[c])
                    let n = Cursor.countAbove(row, from: c, to: end, level: level)
                    burst = Burst(j: j, y: y, x: x, firstChannel: c, count: n)
                    hasBurst = true
                    if source.cyclesPerNeuron > 0 && j == 0 {
                        // A DRAM-fed source cannot send before the burst's spikes have streamed in.
                        let neuron = ((y - source.rowLo) * width + x) * (source.channelHi - source.channelLo) + (end - source.channelLo)
                        ready = max(ready, source.dramStart + Cycles.ceiling(Double(neuron) * source.cyclesPerNeuron))
                    }
                    c = end
                    if c >= source.channelHi { nextPixel(width) }
                    return
                }
                nextPixel(width)
            }
        }
    }

    /// The first channel in `from ..< to` whose spike exceeds `level` (or `to`), 16 at a time.
    @inline(__always)
    static func firstAbove(_ row: UnsafePointer<UInt8>, from: Int, to: Int, level: UInt8) -> Int {
        var c = from
        let l = SIMD16<UInt8>(repeating: level)
        while c + 16 <= to {
            let v = UnsafeRawPointer(row + c).loadUnaligned(as: SIMD16<UInt8>.self)
            if any(v .> l) { break }
            c += 16
        }
        while c < to && row[c] <= level { c += 1 }
        return c
    }

    /// How many channels in `from ..< to` have a spike above `level`, 16 at a time.
    @inline(__always)
    static func countAbove(_ row: UnsafePointer<UInt8>, from: Int, to: Int, level: UInt8) -> Int {
        var c = from, n = 0
        let l = SIMD16<UInt8>(repeating: level)
        let zero = SIMD16<UInt8>(repeating: 0), one = SIMD16<UInt8>(repeating: 1)
        while c + 16 <= to {
            let v = UnsafeRawPointer(row + c).loadUnaligned(as: SIMD16<UInt8>.self)
            n += Int(zero.replacing(with: one, where: v .> l).wrappedSum())
            c += 16
        }
        while c < to {
            if row[c] > level { n += 1 }
            c += 1
        }
        return n
    }

    private mutating func nextPixel(_ width: Int) {
        c = source.channelLo
        x += 1
        if x < width { return }
        x = 0
        y += 1
        if y < source.rowHi { return }
        y = source.rowLo
        j += 1
        if j >= levels { done = true }
    }
}

/// A binary min-heap of (ready cycle, source index), ties broken by index.
struct SourceHeap {
    private var items = [(Int, Int)]()

    mutating func push(ready: Int, index: Int) {
        items.append((ready, index))
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            if less(items[i], items[p]) { items.swapAt(i, p); i = p } else { break }
        }
    }

    mutating func pop() -> (Int, Int)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < items.count && less(items[l], items[m]) { m = l }
                if r < items.count && less(items[r], items[m]) { m = r }
                if m == i { break }
                items.swapAt(i, m)
                i = m
            }
        }
        return top
    }

    private func less(_ a: (Int, Int), _ b: (Int, Int)) -> Bool { a.0 != b.0 ? a.0 < b.0 : a.1 < b.1 }
}
