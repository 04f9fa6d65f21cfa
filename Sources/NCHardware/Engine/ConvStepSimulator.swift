import NCModel

/// Delivers one convolution's events event by event: packets cross the mesh, each destination
/// core queues them and spends `ceil(local fan-out / accumulate units)` cycles per accumulator
/// pass. A source sends the events of one pixel (and, for binary packets, one virtual step) that
/// go to the same cores as one burst of back-to-back packets.
///
/// `run` is the layer-barrier schedule's step (sources served in order of their next ready cycle,
/// ties by source index, so the schedule is deterministic); `deliver` sends one burst and is
/// shared with the pipelined schedule. A class (immutable): the pipelined schedule calls
/// `deliver` on one of its simulators per burst, and reading a struct out of an array for that
/// copied (retained) every array of its config and routing each time.
final class ConvStepSimulator: @unchecked Sendable {
    let config: HardwareConfig
    let routing: ConvRouting
    let levels: Int
    let packets: SpikePackets
    let units: Int, flits: Int, latency: Int, weightBits: Int, membraneBits: Int
    /// log2(units) when `units` is a power of two, else -1.
    let unitShift: Int
    /// `noc.count_messages`, and whether the sender pays `spike` per packet (`chip.spike_energy`).
    let countMessages: Bool, spikePerPacket: Bool
    /// Cycles a destination core spends per accepted packet before its synapses (`noc.message_in_cycles`).
    let messageIn: Int

    typealias Destination = ConvRouting.Destination

    /// A source of events: a core (or the port) and the block of neurons whose events it sends.
    struct Source: Equatable {
        var node: Int
        /// Population channels `channelLo ..< channelHi`, rows `rowLo ..< rowHi`, all columns.
        var channelLo: Int, channelHi: Int, rowLo: Int, rowHi: Int
        /// For the port: cycles per neuron of spike data streaming in from DRAM (0 otherwise).
        var cyclesPerNeuron: Double = 0
        /// For the port: cycle the first spike data arrives.
        var dramStart = 0
    }

    /// Totals of a step (or of the bursts delivered so far).
    struct Outcome {
        var end = 0
        /// Packets sent (binary events, or graded packets).
        var events = 0
        /// Packets delivered to cores: each counts once per destination core.
        var deliveries = 0
        /// Synaptic operations: `s ×` synapses reached, whatever the packets.
        var sops = 0
        /// NeuroBench's count: each neuron that fired counts once per synapse, whatever its value.
        var nonzeroSOPs = 0
        /// Accumulator passes times synapses (the `accumulate` action).
        var adds = 0
        /// Synapses visited: one weight read and one membrane read-modify-write each.
        var visits = 0
        /// SOPs not performed because their weight is zero (sparse synaptic memory).
        var skipped = 0
        /// Messages (packets times destination cores) and their tile crossings in x and y,
        /// counted only with `noc.count_messages`.
        var messages = 0, tileHopsX = 0, tileHopsY = 0
    }

    /// Reused between bursts so that delivering allocates nothing.
    struct Scratch {
        /// The last burst's destinations: `count` entries of `buffers` (filled by `deliver`).
        var buffers = DeliveryBuffers(capacity: 0)
        var count = 0
        /// Per packet of a burst delivered packet by packet: its value and channel.
        var values = [Int](), channels = [Int]()
        /// The step's congestion estimate (`noc.congestion: sanafe`, layer-barrier only; nil
        /// otherwise), each destination's receive occupancy per packet and the latest cycle the
        /// link into it is held (filled by `acceptCongested`).
        var congestion: CongestionEstimate?, occupancies = [Int](), held = [Int]()
    }

    convenience init(config: HardwareConfig, layer: ConvLayer, levels: Int, channels: Int, destinations: [Destination]) {
        self.init(config: config, routing: ConvRouting(layer: layer, channels: channels, destinations: destinations), levels: levels)
    }

    init(config: HardwareConfig, routing: ConvRouting, levels: Int) {
        self.config = config
        self.routing = routing
        self.levels = levels
        packets = SpikePackets(config.noc)
        units = config.core.accumulateUnits
        unitShift = units > 0 && units & (units - 1) == 0 ? units.trailingZeroBitCount : -1
        flits = config.flitsPerPacket
        latency = config.core.pipelineLatencyCycles
        weightBits = config.weightBitsEffective
        membraneBits = config.membraneBitsEffective
        countMessages = config.noc.countMessages
        spikePerPacket = config.chip.spikeEnergy == .packet
        messageIn = config.noc.messageInCycles
    }

    /// Counts `n` messages from core `node` to core `core` and their tile crossings (SANA-FE's
    /// XY route between tiles: east-west hops, then north-south).
    /// Cycles the accumulate units take for one event reaching `fanout` synapses of a core:
    /// `ceil(fanout / units)`, by a shift when `units` is a power of two (a division per
    /// delivery otherwise).
    @inline(__always)
    func passCycles(_ fanout: Int) -> Int {
        unitShift >= 0 ? (fanout &+ units &- 1) &>> unitShift : (fanout + units - 1) / units
    }

    @inline(__always)
    func countMessages(_ n: Int, from node: Int, to core: Int, outcome: inout Outcome) {
        let width = config.chip.meshWidthCores, tw = config.noc.tileWidthCores, th = config.noc.tileHeightCores
        outcome.messages += n
        outcome.tileHopsX += n * abs((node % width) / tw - (core % width) / tw)
        outcome.tileHopsY += n * abs((node / width) / th - (core / width) / th)
    }

    /// Runs the step starting at `start`. `spikes` is the source population (channels-last,
    /// `channels` per pixel).
    func run(start: Int, spikes: [UInt8], channels: Int, sources: [Source],
             mesh: inout some NetworkOnChip, cores: inout [CoreTimeline]) -> Outcome {
        var outcome = Outcome()
        outcome.end = start
        let width = routing.layer.inWidth
        var cursors = sources.map { Cursor(source: $0, levels: packets.steps(levels: levels)) }
        var heap = SourceHeap()
        var scratch = Scratch()
        if config.noc.congestion == .sanafe { scratch.congestion = CongestionEstimate(config: config) }
        spikes.withUnsafeBufferPointer { sp in
            guard let base = sp.baseAddress else { return }
            for i in cursors.indices {
                cursors[i].ready = start
                cursors[i].advance(spikes: base, channels: channels, width: width, groupEnd: routing.groupEnd)
                if cursors[i].hasBurst { heap.push(ready: cursors[i].ready, index: i) }
            }
            while let (ready, i) = heap.pop() {
                let b = cursors[i].burst
                let pixel = base + (b.y * width + b.x) * channels
                let departed = deliver(b, node: cursors[i].source.node, ready: ready, pixel: pixel, scratch: &scratch,
                                       outcome: &outcome, mesh: &mesh, cores: &cores)
                // The injection link carries the burst's flits back to back.
                cursors[i].ready = departed + b.count * flits
                cursors[i].advance(spikes: base, channels: channels, width: width, groupEnd: routing.groupEnd)
                if cursors[i].hasBurst { heap.push(ready: cursors[i].ready, index: i) }
            }
        }
        return outcome
    }

    /// Sends burst `b` from `node` at `ready` to every destination its pixel reaches and queues
    /// its packets there; returns the cycle it left the source (plus the cycles the congestion
    /// estimate blocked it). `pixel` points at the burst's
    /// pixel (channels-last), read for graded packets' values.
    @inline(__always)
    func deliver(_ b: Cursor.Burst, node: Int, ready: Int, pixel: UnsafePointer<UInt8>, scratch: inout Scratch,
                 outcome: inout Outcome, mesh: inout some NetworkOnChip, cores: inout [CoreTimeline]) -> Int {
        if scratch.buffers.capacity < routing.destinations.count { scratch.buffers = DeliveryBuffers(capacity: routing.destinations.count) }
        let buffers = scratch.buffers
        // The destinations the burst reaches (every destination at most once per input row).
        var m = 0
        let cover = routing.colCover[b.x], depthwise = routing.depthwise
        routing.reaches.withUnsafeBufferPointer { reaches in
            // A depthwise layer's range holds only the destinations with the burst's channel.
            for r in routing.reachRange(row: b.y, channel: b.firstChannel) {
                let reach = reaches[r]
                assert(!depthwise || (b.firstChannel >= reach.channelLo && b.firstChannel < reach.channelHi))
                let chans = depthwise ? 1 : reach.channelHi &- reach.channelLo
                let f = chans &* reach.rows &* cover
                if f == 0 { continue }
                assert(m < buffers.capacity)
                buffers.cores[m] = reach.core
                buffers.fanouts[m] = f
                buffers.reaches[m] = r
                m += 1
            }
        }
        scratch.count = m
        let n = b.count
        outcome.events += n
        // Packet by packet (graded values, or per-channel fan-outs of a sparse synaptic memory)
        // unless every packet of the burst is alike.
        let perPacket = packets.graded || !routing.nonzero.isEmpty
        if perPacket {
            scratch.values.removeAll(keepingCapacity: true)
            scratch.channels.removeAll(keepingCapacity: true)
            let level = packets.graded ? 0 : b.j
            for c in b.firstChannel..<b.endChannel where Int(pixel[c]) > level {
                scratch.values.append(packets.graded ? Int(pixel[c]) : 1)
                scratch.channels.append(c)
            }
        }
        var departed = ready, blocked = 0
        if m > 0 {
            departed = mesh.send(from: node, at: ready, flits: n * flits, to: UnsafeBufferPointer(start: buffers.cores, count: m),
                                 arrivals: UnsafeMutableBufferPointer(start: buffers.arrivals, count: m))
            let congested = node >= 0 && scratch.congestion != nil
            var congestedHeld = [Int]()
            if congested {
                blocked = acceptCongested(n, from: node, at: departed, scratch: &scratch, cores: &cores)
                congestedHeld = scratch.held
            }
            let values = scratch.values, channels = scratch.channels
            // The burst's totals, summed here and added to `outcome` once.
            var sum = Outcome()
            sum.end = outcome.end
            // Counts below stay far below `Int.max` (synapses times events of one image): wrapping
            // arithmetic spares an overflow check per operation, per destination of every burst.
            cores.withUnsafeMutableBufferPointer { cores in
                for k in 0..<m {
                    let f = buffers.fanouts[k], core = buffers.cores[k], arrival = buffers.arrivals[k]
                    assert(core >= 0 && core < cores.count)
                    var held = arrival
                    let nf = n &* f
                    var work = nf, adds = nf, visits = nf
                    if perPacket {
                        work = 0
                        adds = 0
                        visits = 0
                        // Runs of packets with the same occupancy are accepted together.
                        var e = 0, runStart = 0, runOccupancy = -1
                        while e <= n {
                            var occupancy = -1
                            if e < n {
                                let s = values[e]
                                let local = routing.nonzero.isEmpty ? f
                                    : routing.nonzeroFanout(channel: channels[e], y: b.y, x: b.x,
                                                            destination: routing.reaches[buffers.reaches[k]].index)
                                let passes = packets.graded ? packets.passes(s) : 1
                                occupancy = passes * passCycles(local) + messageIn
                                work += s * f
                                adds += passes * local
                                visits += local
                                sum.skipped += s * (f - local)
                            }
                            if e == n || (occupancy != runOccupancy && e > runStart) {
                                held = max(held, cores[core].acceptBurst(arrival: arrival + runStart * flits, count: e - runStart,
                                                                         spacing: flits, occupancy: runOccupancy, latency: latency))
                                runStart = e
                            }
                            runOccupancy = occupancy
                            e += 1
                        }
                    } else if congested {
                        held = congestedHeld[k]
                    } else {
                        held = cores[core].acceptBurst(arrival: arrival, count: n, spacing: flits, occupancy: passCycles(f) + messageIn,
                                                       latency: latency)
                    }
                    if held > arrival { mesh.hold(into: core, from: node, until: held) }
                    if b.j == 0 { sum.nonzeroSOPs &+= nf }
                    cores[core].sops &+= work
                    cores[core].actions[.accumulate] &+= adds
                    cores[core].actions[.synapticRead] &+= visits &* weightBits
                    cores[core].actions[.membraneRead] &+= visits &* membraneBits
                    cores[core].actions[.membraneWrite] &+= visits &* membraneBits
                    sum.sops &+= work
                    sum.adds &+= adds
                    sum.visits &+= visits
                    sum.deliveries &+= n
                    if countMessages && node >= 0 { countMessages(n, from: node, to: core, outcome: &sum) }
                    sum.end = max(sum.end, cores[core].lastCompletion)
                    buffers.completions[k] = cores[core].free &+ latency
                }
            }
            outcome.end = sum.end
            outcome.deliveries += sum.deliveries
            outcome.sops += sum.sops
            outcome.nonzeroSOPs += sum.nonzeroSOPs
            outcome.adds += sum.adds
            outcome.visits += sum.visits
            outcome.skipped += sum.skipped
            outcome.messages += sum.messages
            outcome.tileHopsX += sum.tileHopsX
            outcome.tileHopsY += sum.tileHopsY
        }
        if node >= 0 {
            cores[node].stall += departed + blocked - ready
            if spikePerPacket { cores[node].actions[.spike] += n }
        }
        return departed + blocked
    }
}

/// Walks a source's neurons in emission order (virtual step, row, column, channel) and groups
/// the events of one pixel and virtual step into bursts.
struct Cursor {
    /// The events of one burst: pixel `(y, x)`, virtual step `j`, `count` firing channels in
    /// `firstChannel ..< endChannel`.
    struct Burst {
        var j = 0, y = 0, x = 0, firstChannel = 0, count = 0, endChannel = 0
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
    mutating func advance(spikes base0: UnsafePointer<UInt8>, channels: Int, width: Int, groupEnd: [Int]) {
        hasBurst = false
        while !done {
            if let b = Cursor.burst(base0, j: j, y: y, x: x, from: c, width: width, channels: channels, source: source, groupEnd: groupEnd) {
                burst = b
                hasBurst = true
                ready = max(ready, Cursor.streamed(b, source, width: width))
                c = b.endChannel
                if c >= source.channelHi { nextPixel(width) }
                return
            }
            nextPixel(width)
        }
    }

    /// The burst of pixel `(y, x)` at virtual step `j` starting at channel `c` or later: the first
    /// channel whose spike exceeds `j` and the following ones of its group that do too; nil when
    /// no channel from `c` on fires.
    @inline(__always)
    static func burst(_ base: UnsafePointer<UInt8>, j: Int, y: Int, x: Int, from c: Int, width: Int, channels: Int,
                      source: ConvStepSimulator.Source, groupEnd: [Int]) -> Burst? {
        let level = UInt8(j)
        let row = base + (y * width + x) * channels
        let first = firstAbove(row, from: c, to: source.channelHi, level: level)
        guard first < source.channelHi else { return nil }
        let end = min(source.channelHi, groupEnd[first])
        return Burst(j: j, y: y, x: x, firstChannel: first, count: countAbove(row, from: first, to: end, level: level), endChannel: end)
    }

    /// The cycle a DRAM-fed source has streamed in burst `b`'s spikes (0 for a core's source:
    /// its spikes are there).
    @inline(__always)
    static func streamed(_ b: Burst, _ source: ConvStepSimulator.Source, width: Int) -> Int {
        guard source.cyclesPerNeuron > 0 && b.j == 0 else { return 0 }
        let neuron = ((b.y - source.rowLo) * width + b.x) * (source.channelHi - source.channelLo) + (b.endChannel - source.channelLo)
        return source.dramStart + Cycles.ceiling(Double(neuron) * source.cyclesPerNeuron)
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

/// Sources by their next ready cycle, ties broken by source index.
struct SourceHeap {
    private struct Entry: Comparable {
        var ready: Int, index: Int
        static func < (a: Entry, b: Entry) -> Bool { a.ready != b.ready ? a.ready < b.ready : a.index < b.index }
    }

    private var heap = BinaryHeap<Entry>()

    mutating func push(ready: Int, index: Int) { heap.push(Entry(ready: ready, index: index)) }

    mutating func pop() -> (Int, Int)? { heap.pop().map { ($0.ready, $0.index) } }
}
