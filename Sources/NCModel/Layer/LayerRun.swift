/// A layer workload run functionally: the step interpreter with the input population's spikes
/// given and the output population integrate-and-fire, in one arithmetic.
public struct LayerRun: Sendable {
    /// The workload run.
    public var workload: LayerWorkload
    /// Output spikes `[T][C_out][H_out][W_out]`, 0 or 1 (the layout of SANA-FE's `out_spikes.npy`).
    public var outputSpikes: [UInt8]
    /// `[T][C_out][H_out][W_out]`: 1 where the output neuron's membrane was not zero when timestep
    /// `t` began (kept from `t − 1`; all 0 at `t = 0`). SANA-FE counts such a neuron as updated
    /// even without input.
    public var carried: [UInt8]
    /// `spikes[t][p]`, channels-last, for populations 0 (input) and 1 (output): what the chip's
    /// timing model replays.
    public var spikes: [[[UInt8]]]

    /// Output spikes of timestep `t`, `[C_out][H_out][W_out]`.
    public func outputSpikes(at t: Int) -> ArraySlice<UInt8> {
        let n = workload.outputCount
        return outputSpikes[(t * n)..<((t + 1) * n)]
    }

    /// Runs `workload` in `arithmetic` on `threads` worker threads (results do not depend on it).
    public static func run(_ workload: LayerWorkload, arithmetic: Arithmetic = .fp64, threads: Int = Parallel.defaultThreads) throws -> LayerRun {
        let graph = workload.graph
        try graph.topology.validate()
        let (c, h, w) = (workload.inChannels, workload.height, workload.width)
        let given: [Int: (Int) -> [UInt8]] = [0: { t in
            // [C][H][W] → channels-last [H][W][C].
            let chw = Array(workload.inputSpikes(at: t))
            var hwc = [UInt8](repeating: 0, count: chw.count)
            for ch in 0..<c { for p in 0..<(h * w) { hwc[p * c + ch] = chw[ch * h * w + p] } }
            return hwc
        }]
        let watcher = OutputWatcher(population: 1, channels: workload.outChannels, pixels: workload.outHeight * workload.outWidth)
        let run = try Interpreter.run(graph, frames: [], options: Interpreter.Options(
            arithmetic: arithmetic, threads: threads, keepSpikes: true, countOperations: false), given: given, observers: [watcher])
        var carried = [UInt8](repeating: 0, count: workload.outputCount)
        carried += watcher.restless.dropLast(workload.outputCount)
        return LayerRun(workload: workload, outputSpikes: watcher.spikes, carried: carried, spikes: run.spikes)
    }
}

/// Collects one population's spikes and non-zero membranes after each timestep, `[C][H][W]`.
final class OutputWatcher: RunObserver {
    let population: Int, channels: Int, pixels: Int
    var spikes: [UInt8] = []
    /// 1 where the membrane kept after timestep `t` is not zero, `[T][C][H][W]`.
    var restless: [UInt8] = []

    init(population: Int, channels: Int, pixels: Int) {
        self.population = population
        self.channels = channels
        self.pixels = pixels
    }

    func didFire(_ p: Int, timestep t: Int, isResting: (Int) -> Bool) {
        guard p == population else { return }
        var step = [UInt8](repeating: 0, count: channels * pixels)
        for px in 0..<pixels { for c in 0..<channels where !isResting(px * channels + c) { step[c * pixels + px] = 1 } }
        restless += step
    }

    func didFinish(timestep t: Int, spikes all: [[UInt8]]) {
        let hwc = all[population]
        var step = [UInt8](repeating: 0, count: hwc.count)
        for px in 0..<pixels { for c in 0..<channels { step[c * pixels + px] = hwc[px * channels + c] } }
        spikes += step
    }
}
