import NCHardware
import NCModel

/// The chip's energy for a simulation: every action priced by the hardware config's energy
/// table, per layer, per core and in total, plus the same chip running the folded graph as a
/// dense ANN.
///
/// Leakage: each core leaks `leakage_mw_per_core + leakage_mw_per_kib × its configured memory`
/// for the whole latency; with `chip.power_gating` the cores that hold no tile are switched off
/// and leak nothing.
public struct ChipEnergy: Sendable {
    /// Whole inference.
    public var total: EnergyBreakdown
    /// Per folded convolution (its steps' actions and the leakage of all cores during them).
    public var layers: [EnergyBreakdown]
    /// Per core (its own actions and leakage; network and DRAM are chip-level and not included).
    public var cores: [EnergyBreakdown]
    /// Per timestep (its actions and the leakage of all cores during its cycles).
    public var timesteps: [EnergyBreakdown]
    /// A dense ANN of the same folded graph on the same chip, pJ: every MAC does what a synaptic
    /// operation does — reads its weight and read-modify-writes its accumulator in the same
    /// memories at the same prices per bit — with a multiply-accumulate in place of the add
    /// (`annPicojoulesPerMAC`), and the chip leaks while it computes at `accumulate_units` MACs
    /// per core per cycle.
    public var sameChipANNPicojoules: Double
    /// Cores that leak (all, or those holding a tile when power-gated).
    public var leakingCores: Int

    /// Prices `result` with `table`.
    public init(_ result: SimulationResult, topology: NetworkTopology, table: EnergyTable) {
        let m = result.config
        let cycleSeconds = m.cycleSeconds
        let perCore = table.leakageMilliwattsPerCore + table.leakageMilliwattsPerKiB * m.coreMemoryKiB
        let gated = m.chip.powerGating
        leakingCores = gated ? result.timing.occupiedCores : m.coreCount
        let leaking = Double(leakingCores) * perCore
        total = EnergyBreakdown(actions: result.timing.actions, table: table, leakageMilliwatts: leaking,
                                seconds: Double(result.timing.cycles) * cycleSeconds)
        layers = result.timing.layers.map {
            EnergyBreakdown(actions: $0.actions, table: table, leakageMilliwatts: leaking, seconds: Double($0.cycles) * cycleSeconds)
        }
        timesteps = result.timing.timesteps.map {
            EnergyBreakdown(actions: $0.actions, table: table, cores: m.coreCount, seconds: Double($0.cycles) * cycleSeconds)
        }
        cores = result.timing.cores.map {
            EnergyBreakdown(actions: $0.actions, table: table, leakageMilliwatts: gated && !$0.occupied ? 0 : perCore,
                            seconds: Double(result.timing.cycles) * cycleSeconds)
        }
        let macs = Double(topology.macs * topology.timesteps)
        let perMAC = ChipEnergy.annPicojoulesPerMAC(m, table: table)
        let denseSeconds = macs / Double(m.coreCount * m.core.accumulateUnits) * cycleSeconds
        sameChipANNPicojoules = macs * perMAC + perCore * Double(m.coreCount) * denseSeconds * 1e9
    }

    /// Memory energy of one synaptic operation, pJ: its weight read and its accumulator's read
    /// and write, at the memories' prices per bit and per access. The SNN pays it per synaptic
    /// operation, the same-chip ANN per MAC: one memory model for both.
    public static func memoryPicojoulesPerSynapticOp(_ config: HardwareConfig, table: EnergyTable) -> Double {
        let weight = Double(config.weightBitsEffective), membrane = Double(config.membraneBitsEffective)
        // Accesses as `ActionCounts.withAccesses` derives them: ceil(item bits / word bits) per item.
        let w = max(1, config.weightBitsEffective), m = max(1, config.membraneBitsEffective)
        let sw = max(1, config.core.synapticWordBits), nw = max(1, config.core.neuronWordBits)
        let weightWords = Double((w + sw - 1) / sw), membraneWords = Double((m + nw - 1) / nw)
        return weight * table[.synapticRead] + membrane * (table[.membraneRead] + table[.membraneWrite])
            + weightWords * table[.synapticReadAccess] + membraneWords * (table[.membraneReadAccess] + table[.membraneWriteAccess])
    }

    /// One synaptic operation of the SNN, pJ: the accumulate plus `memoryPicojoulesPerSynapticOp`.
    public static func snnPicojoulesPerSynapticOp(_ config: HardwareConfig, table: EnergyTable) -> Double {
        table[.accumulate] + memoryPicojoulesPerSynapticOp(config, table: table)
    }

    /// One MAC of the same-chip ANN, pJ: the same memory traffic as a synaptic operation plus a
    /// multiply-accumulate. A MAC contains the accumulate's add, so it never costs less than
    /// `accumulate_pj`: where a preset prices the memory inside `accumulate_pj` (SANA-FE's and
    /// Davies et al.'s per-synaptic-event energies, `loihi`, `loihi-like`), the MAC carries it too.
    public static func annPicojoulesPerMAC(_ config: HardwareConfig, table: EnergyTable) -> Double {
        max(table[.encoderMAC], table[.accumulate]) + memoryPicojoulesPerSynapticOp(config, table: table)
    }
}
