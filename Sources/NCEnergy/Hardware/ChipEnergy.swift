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
    /// A dense ANN of the same folded graph on the same chip, pJ: every MAC reads its weight,
    /// read-modify-writes its accumulator, and the chip leaks while it computes at
    /// `accumulate_units` MACs per core per cycle.
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
        let perMAC = table[.encoderMAC] + Double(m.weightBitsEffective) * table[.synapticRead]
            + Double(m.membraneBitsEffective) * (table[.membraneRead] + table[.membraneWrite])
        let denseSeconds = macs / Double(m.coreCount * m.core.accumulateUnits) * cycleSeconds
        sameChipANNPicojoules = macs * perMAC + perCore * Double(m.coreCount) * denseSeconds * 1e9
    }
}
