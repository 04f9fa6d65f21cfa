/// The numbers of a chip the engine simulates, already validated: mesh, per-core memories and
/// units, network and DRAM. Built from a `HardwareConfig`, or directly in tests.
public struct Machine: Sendable, Equatable {
    /// How the chip represents weights and membranes.
    public enum Arithmetic: Sendable, Equatable {
        /// 32-bit float weights; membranes accumulate exactly enough that event order does not
        /// matter (FP64 accumulators), so spikes equal the integer reference's.
        case fp32
        /// Integer weights of `weightBits` (per-output-channel scale) and saturating integer
        /// membranes of `membraneBits`.
        case fixed(weightBits: Int, membraneBits: Int)
    }

    /// Mesh columns.
    public var meshWidth: Int
    /// Mesh rows.
    public var meshHeight: Int
    /// Clock in hertz.
    public var clockHz: Double
    /// Membrane words per core.
    public var neuronMemory: Int
    /// Synaptic memory per core, bytes.
    public var synapticMemoryBytes: Int
    /// Number representation.
    public var arithmetic: Arithmetic
    /// Accumulates per cycle per core.
    public var accumulateUnits: Int
    /// Events a core's input queue holds.
    public var queueDepth: Int
    /// Cycles from an event's start to its membrane write-back.
    public var pipelineLatency: Int
    /// Neurons the fire unit updates per cycle.
    public var fireRate: Int
    /// Cycles per hop.
    public var hopLatency: Int
    /// Flits per event packet.
    public var flitsPerPacket: Int
    /// Link width in bits (for bulk transfers of membranes and weights).
    public var linkWidthBits: Int
    /// Packets a router can buffer per output link before the upstream link stalls.
    public var routerBuffer: Int
    /// Encoder MAC array throughput.
    public var encoderMACsPerCycle: Int
    /// DRAM bandwidth, bytes per cycle.
    public var dramBytesPerCycle: Double
    /// DRAM access latency, cycles.
    public var dramLatency: Int

    /// A machine from its numbers.
    public init(meshWidth: Int, meshHeight: Int, clockHz: Double, neuronMemory: Int, synapticMemoryBytes: Int,
                arithmetic: Arithmetic, accumulateUnits: Int, queueDepth: Int, pipelineLatency: Int, fireRate: Int,
                hopLatency: Int, flitsPerPacket: Int, linkWidthBits: Int, routerBuffer: Int, encoderMACsPerCycle: Int,
                dramBytesPerCycle: Double, dramLatency: Int) {
        self.meshWidth = meshWidth
        self.meshHeight = meshHeight
        self.clockHz = clockHz
        self.neuronMemory = neuronMemory
        self.synapticMemoryBytes = synapticMemoryBytes
        self.arithmetic = arithmetic
        self.accumulateUnits = accumulateUnits
        self.queueDepth = queueDepth
        self.pipelineLatency = pipelineLatency
        self.fireRate = fireRate
        self.hopLatency = hopLatency
        self.flitsPerPacket = flitsPerPacket
        self.linkWidthBits = linkWidthBits
        self.routerBuffer = routerBuffer
        self.encoderMACsPerCycle = encoderMACsPerCycle
        self.dramBytesPerCycle = dramBytesPerCycle
        self.dramLatency = dramLatency
    }

    /// Cores on the chip.
    public var coreCount: Int { meshWidth * meshHeight }

    /// Bits per stored weight.
    public var weightBits: Int {
        if case .fixed(let w, _) = arithmetic { return w }
        return 32
    }

    /// Bits per membrane word.
    public var membraneBits: Int {
        if case .fixed(_, let m) = arithmetic { return m }
        return 32
    }

    /// Bits per stored integer spike count (0...D).
    public func spikeBits(levels: Int) -> Int {
        var b = 1
        while (1 << b) <= levels { b += 1 }
        return b
    }

    /// `fp32` or `int8/int24`.
    public var arithmeticName: String {
        switch arithmetic {
        case .fp32: return "fp32"
        case let .fixed(w, m): return "int\(w)/int\(m)"
        }
    }

    /// Mesh column and row of core `id`.
    public func position(_ id: Int) -> (x: Int, y: Int) { (id % meshWidth, id / meshWidth) }
}
