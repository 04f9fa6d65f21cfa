import NCModel

/// Simulates one convolution step (one layer, one timestep, one pass) event by event: sources
/// emit their binary events virtual step by virtual step, packets cross the mesh, each
/// destination core queues them and spends `ceil(local fan-out / accumulate units)` cycles per
/// event. Sources are served in order of their next ready cycle (ties by core id), so the
/// schedule is deterministic.
struct ConvStepSimulator {
    let machine: Machine
    let layer: ConvLayer
    let levels: Int

    /// An output tile reached by this layer: its core, how many of the layer's output channels it
    /// holds, and which output rows (and, depthwise, which channels).
    struct Destination {
        var core: Int
        var channelLo: Int, channelHi: Int
        var rowLo: Int, rowHi: Int
    }

    /// A source of events: a core (or the port) and the neurons whose events it sends.
    struct Source {
        var node: Int
        /// Population channels `channelLo ..< channelHi`, rows `rowLo ..< rowHi`, all columns.
        var channelLo: Int, channelHi: Int, rowLo: Int, rowHi: Int
        /// Earliest cycle the source may inject (DRAM streaming for the port).
        var bytesPerNeuron: Double = 0
        var dramStart = 0
    }

    /// Totals of the step.
    struct Outcome {
        var end = 0
        var events = 0
        var deliveries = 0
        var sops = 0
    }

    /// Runs the step starting at `start`. `spikes` is the source population (channels-last,
    /// `channels` per pixel); `destinations` the output tiles in this pass.
    func run(start: Int, spikes: [UInt8], channels: Int, sources: [Source], destinations: [Destination],
             mesh: inout Mesh, cores: inout [CoreTimeline]) -> Outcome {
        var outcome = Outcome()
        outcome.end = start
        let depthwise = layer.groups > 1
        // Output rows and columns an input row/column reaches (borders included).
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
        let units = machine.accumulateUnits
        let flits = machine.flitsPerPacket
        var cursors = sources.map { Cursor(source: $0, levels: levels) }
        for i in cursors.indices {
            cursors[i].ready = start + cursors[i].source.dramStart
            cursors[i].advance(spikes: spikes, channels: channels, width: layer.inWidth)
        }
        var heap = SourceHeap()
        for i in cursors.indices where !cursors[i].done { heap.push(ready: cursors[i].ready, index: i) }
        var dests = [Int](), fanouts = [Int](), arrivals = [Int]()
        while let (ready, i) = heap.pop() {
            let (y, x, c) = (cursors[i].y, cursors[i].x, cursors[i].c)
            dests.removeAll(keepingCapacity: true)
            fanouts.removeAll(keepingCapacity: true)
            for (d, rows) in byRow[y] {
                let dst = destinations[d]
                let chans: Int
                if depthwise {
                    guard c >= dst.channelLo && c < dst.channelHi else { continue }
                    chans = 1
                } else {
                    chans = dst.channelHi - dst.channelLo
                }
                let f = chans * rows * colCover[x]
                if f == 0 { continue }
                dests.append(dst.core)
                fanouts.append(f)
            }
            outcome.events += 1
            let node = cursors[i].source.node
            var departed = ready
            if !dests.isEmpty {
                departed = mesh.send(from: node, at: ready, flits: flits, to: dests, arrivals: &arrivals)
                for k in dests.indices {
                    let f = fanouts[k]
                    let core = dests[k]
                    let accepted = cores[core].accept(arrival: arrivals[k], occupancy: (f + units - 1) / units,
                                                      latency: machine.pipelineLatency)
                    if accepted > arrivals[k] { mesh.hold(into: core, from: node, until: accepted) }
                    cores[core].sops += f
                    cores[core].actions.accumulate += f
                    cores[core].actions.synapticReadBits += f * machine.weightBits
                    cores[core].actions.membraneReadBits += f * machine.membraneBits
                    cores[core].actions.membraneWriteBits += f * machine.membraneBits
                    outcome.sops += f
                    outcome.deliveries += 1
                    outcome.end = max(outcome.end, cores[core].lastCompletion)
                }
            }
            if node >= 0 {
                cores[node].stall += departed - ready
                cores[node].actions.spike += 1
            }
            // The injection link carries one packet every `flits` cycles.
            cursors[i].ready = departed + flits
            cursors[i].advance(spikes: spikes, channels: channels, width: layer.inWidth)
            if !cursors[i].done { heap.push(ready: cursors[i].ready, index: i) }
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

/// Walks a source's neurons in emission order: virtual step, row, column, channel.
struct Cursor {
    let source: ConvStepSimulator.Source
    let levels: Int
    var j = 0, y: Int, x = 0, c: Int
    var ready = 0
    var done = false
    var neuronsPassed = 0
    private var started = false

    init(source: ConvStepSimulator.Source, levels: Int) {
        self.source = source
        self.levels = levels
        y = source.rowLo
        c = source.channelLo
        done = source.rowLo >= source.rowHi || source.channelLo >= source.channelHi || levels == 0
    }

    /// Moves to the next neuron whose spike exceeds the current virtual step.
    mutating func advance(spikes: [UInt8], channels: Int, width: Int) {
        guard !done else { return }
        if started { step(width) } else { started = true }
        while !done {
            if spikes[(y * width + x) * channels + c] > UInt8(j) {
                // DRAM-fed sources cannot send a neuron's event before its spike has streamed in.
                if source.bytesPerNeuron > 0 {
                    let idx = ((y - source.rowLo) * width + x) * (source.channelHi - source.channelLo) + c - source.channelLo
                    let arrival = source.dramStart + Int((Double(idx + 1) * source.bytesPerNeuron).rounded(.up))
                    if j == 0 { ready = max(ready, arrival) }
                }
                return
            }
            step(width)
        }
    }

    private mutating func step(_ width: Int) {
        c += 1
        if c < source.channelHi { return }
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
