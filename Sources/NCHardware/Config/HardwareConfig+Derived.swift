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

    /// A core's configured memory in KiB: neuron memory at the membrane width plus synaptic memory.
    public var coreMemoryKiB: Double {
        (Double(core.neuronMemoryNeurons) * Double(membraneBitsEffective) / 8 + Double(core.synapticMemoryBytes)) / 1024
    }

    /// Static power of one powered core, mW: `leakage_mw_per_core + leakage_mw_per_kib × coreMemoryKiB`.
    public var leakageMilliwattsPerCore: Double {
        energy.leakageMilliwattsPerCore + energy.leakageMilliwattsPerKiB * coreMemoryKiB
    }

    /// `counts` with the word-access actions derived from its bit counts at this chip's widths.
    public func withAccesses(_ counts: ActionCounts) -> ActionCounts {
        counts.withAccesses(weightBits: weightBitsEffective, membraneBits: membraneBitsEffective,
                            synapticWordBits: core.synapticWordBits, neuronWordBits: core.neuronWordBits)
    }

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
