import NCEnergy
import NCHardware
import NCModel

/// A layer workload run: its spikes, SANA-FE's accounting of them, and the same spikes replayed
/// on the chip's own timing and energy model.
public struct LayerOutcome: Sendable {
    /// The functional run (output spikes, carried membranes, spikes per population).
    public var run: LayerRun
    /// SANA-FE's counts, energies and `simple` latency, per SANA-FE timestep.
    public var accounting: LayerAccounting
    /// The chip's config, timing and energy for the same spikes (`ChipEngine.replay`).
    public var chip: ChipOutcome

    /// Runs `workload` in `config`'s arithmetic, counts it with `costs` and replays it on `config`'s chip.
    public static func simulate(_ workload: LayerWorkload, config: HardwareConfig, costs: LayerEventCosts = .sanafeLoihi,
                                threads: Int = Parallel.defaultThreads) throws -> LayerOutcome {
        let run = try LayerRun.run(workload, arithmetic: config.arithmetic, threads: threads)
        let topology = run.workload.graph.topology
        let result = try ChipEngine(config: config, threads: threads).replay(topology: topology, spikes: run.spikes)
        let chip = ChipOutcome(config: config, result: result, energy: ChipEnergy(result, topology: topology, table: config.energy),
                               comparison: nil)
        return LayerOutcome(run: run, accounting: LayerAccounting(run, costs: costs), chip: chip)
    }
}
