import NCModel

extension HardwareConfig {
    /// Cores on the chip: `meshWidthCores * meshHeightCores`.
    public var coreCount: Int { chip.meshWidthCores * chip.meshHeightCores }

    /// Flits per spike packet: `ceil(packetBits / linkWidthBits)`.
    public var flitsPerPacket: Int { noc.flitsPerPacket }

    /// Bits per weight as stored and read: 32 in fp32, 64 in fp64, `core.weightBits` in fixed point.
    public var weightBitsEffective: Int { core.arithmetic.floatBits ?? core.weightBits }

    /// Bits per membrane word as stored, read and written: 32 in fp32, 64 in fp64,
    /// `core.membraneBits` in fixed point.
    public var membraneBitsEffective: Int { core.arithmetic.floatBits ?? core.membraneBits }

    /// Duration of one clock cycle in seconds: `1 / clockHz`.
    public var cycleSeconds: Double { 1 / chip.clockHz }

    /// Weights one core's synaptic memory holds: `synapticMemoryBytes * 8 / weightBitsEffective`.
    public var weightsPerCore: Int { core.synapticMemoryBytes * 8 / max(1, weightBitsEffective) }

    /// Number format for reports: `fp32`, or `int8/int24` for fixed point.
    public var arithmeticLabel: String {
        core.arithmetic == .fixed ? "int\(core.weightBits)/int\(core.membraneBits)" : core.arithmetic.rawValue
    }

    /// Mesh column and row of `core` (ids run row by row: `id = y * meshWidthCores + x`).
    /// Meaningful for `0..<coreCount` of a validated config.
    public func coordinates(of core: Int) -> (x: Int, y: Int) {
        let width = max(1, chip.meshWidthCores)
        return (x: core % width, y: core / width)
    }

    /// Id of the core at column `x`, row `y` (the inverse of `coordinates(of:)`).
    public func coreID(x: Int, y: Int) -> Int { y * chip.meshWidthCores + x }

    /// The arithmetic the chip computes in: FP32 or FP64 floating point, or fixed point of
    /// `weightBits` and `membraneBits`.
    public var arithmetic: Arithmetic {
        switch core.arithmetic {
        case .fp32: return .fp32
        case .fp64: return .fp64
        case .fixed: return .fixed(weightBits: core.weightBits, membraneBits: core.membraneBits)
        }
    }

    /// Bits per stored integer spike count `0...levels`.
    public func spikeBits(levels: Int) -> Int {
        var b = 1
        while (1 << b) <= levels { b += 1 }
        return b
    }
}
