import NCModel

/// One SANA-FE timestep of a layer run, counted and priced as SANA-FE does.
public struct LayerStepCounts: Sendable, Equatable, Codable {
    /// Input spikes emitted (input neurons fired) in this timestep.
    public var inputSpikes = 0
    /// Output spikes.
    public var outputSpikes = 0
    /// Synapses looked up: every outgoing connection of every spiking input neuron.
    public var synapticEvents = 0
    /// Messages: one per spiking input neuron and destination core.
    public var messages = 0
    /// Tile hops of all messages, east-west and north-south.
    public var hopsX = 0, hopsY = 0
    /// Neurons updated (spiking inputs, output neurons with input or a non-zero membrane) and fired (input + output).
    public var neuronsUpdated = 0, neuronsFired = 0
    /// Energy by component, pJ.
    public var synapsePicojoules = 0.0, somaPicojoules = 0.0, networkPicojoules = 0.0
    /// SANA-FE's `simple` timing: the busiest core's generation or processing time, plus sync, ns.
    public var nanoseconds = 0.0

    /// All hops.
    public var hops: Int { hopsX + hopsY }
    /// Total energy, pJ.
    public var totalPicojoules: Double { synapsePicojoules + somaPicojoules + networkPicojoules }

    /// Adds `o` field by field.
    public mutating func add(_ o: LayerStepCounts) {
        inputSpikes += o.inputSpikes
        outputSpikes += o.outputSpikes
        synapticEvents += o.synapticEvents
        messages += o.messages
        hopsX += o.hopsX
        hopsY += o.hopsY
        neuronsUpdated += o.neuronsUpdated
        neuronsFired += o.neuronsFired
        synapsePicojoules += o.synapsePicojoules
        somaPicojoules += o.somaPicojoules
        networkPicojoules += o.networkPicojoules
        nanoseconds += o.nanoseconds
    }
}

/// SANA-FE's accounting of a layer run (`../shared/fixtures/sanafe/README.md`): input neurons
/// (the zero-padded input, border included) and output neurons in blocks per core, a message
/// per spiking input and destination core, hops on an XY mesh of tiles, soma costs for every
/// output neuron every timestep, and the one-timestep delay: input `t` is emitted at SANA-FE
/// timestep `t + 1`, its output spikes at `t + 2`, so a run of T steps has T + 1 timesteps.
public struct LayerAccounting: Sendable {
    /// Per SANA-FE timestep 1 … T + 1.
    public var timesteps: [LayerStepCounts]
    /// The placement used (the workload's, or blocks of `neuronsPerCore` from core 0).
    public var placement: LayerWorkload.Placement
    /// Tiles holding neurons (the sync table's argument).
    public var mappedTiles: Int

    /// Sums over all timesteps.
    public var total: LayerStepCounts { timesteps.reduce(into: LayerStepCounts()) { $0.add($1) } }

    /// Counts and prices `run` with `costs`.
    public init(_ run: LayerRun, costs: LayerEventCosts) {
        let w = run.workload
        let p = w.placement ?? w.blockPlacement(neuronsPerCore: costs.neuronsPerCore, coresPerTile: costs.coresPerTile)
        placement = p
        let (hp, wp) = (w.height + 2 * w.padding, w.width + 2 * w.padding)
        let (ho, wo, n) = (w.outHeight, w.outWidth, w.outputCount)
        let inCores = (w.paddedInputCount + p.inputNeuronsPerCore - 1) / p.inputNeuronsPerCore
        let outCores = (n + p.outputNeuronsPerCore - 1) / p.outputNeuronsPerCore
        let cores = p.firstOutputCore + outCores
        var tiles = Set<Int>()
        for c in 0..<inCores { tiles.insert(c / p.coresPerTile) }
        for c in p.firstOutputCore..<cores { tiles.insert(c / p.coresPerTile) }
        mappedTiles = tiles.count
        let sync = costs.sync(tiles: tiles.count)
        func position(_ core: Int) -> (x: Int, y: Int) {
            let tile = core / p.coresPerTile
            return (tile / costs.meshHeightTiles, tile % costs.meshHeightTiles)
        }
        // Output rows (or columns) reading padded input coordinate `i` of a `size`-long output axis.
        func reach(_ i: Int, _ size: Int) -> ClosedRange<Int>? {
            let a = i - w.kernel + 1
            let lo = a <= 0 ? 0 : (a + w.stride - 1) / w.stride
            let hi = min(size - 1, i / w.stride)
            return lo <= hi ? lo...hi : nil
        }
        let perGroupIn = w.inChannels / w.groups, perGroupOut = w.outChannels / w.groups

        var steps = [LayerStepCounts](repeating: LayerStepCounts(), count: w.timesteps + 1)
        var generation = [[Double]](repeating: [Double](repeating: 0, count: cores), count: w.timesteps + 1)
        var processing = generation
        for t in 0..<w.timesteps {
            var received = [Bool](repeating: false, count: n)
            let spikes = w.inputSpikes(at: t)
            var step = LayerStepCounts()
            for (k, s) in spikes.enumerated() where s != 0 {
                let c = k / (w.height * w.width), y = (k / w.width) % w.height + w.padding, x = k % w.width + w.padding
                step.inputSpikes += 1
                guard let ry = reach(y, ho), let rx = reach(x, wo) else { continue }
                let source = (c * hp + y) * wp + x
                let sourceCore = source / p.inputNeuronsPerCore
                var synapses = [Int: Int]()  // destination core → synapses
                let g = c / perGroupIn
                for co in (g * perGroupOut)..<((g + 1) * perGroupOut) {
                    for oy in ry {
                        let first = (co * ho + oy) * wo + rx.lowerBound, last = (co * ho + oy) * wo + rx.upperBound
                        for i in first...last { received[i] = true }
                        var i = first
                        while i <= last {
                            let block = i / p.outputNeuronsPerCore, end = min(last, (block + 1) * p.outputNeuronsPerCore - 1)
                            synapses[p.firstOutputCore + block, default: 0] += end - i + 1
                            i = end + 1
                        }
                    }
                }
                let from = position(sourceCore)
                for (core, count) in synapses {
                    let to = position(core)
                    step.synapticEvents += count
                    step.messages += 1
                    step.hopsX += abs(to.x - from.x)
                    step.hopsY += abs(to.y - from.y)
                    processing[t][core] += costs.messageInNanoseconds + Double(count) * costs.synapseNanoseconds
                    generation[t][sourceCore] += costs.messageOutNanoseconds
                }
            }
            step.neuronsFired = step.inputSpikes
            step.neuronsUpdated = step.inputSpikes
            steps[t].add(step)
            // The output side of input t, one SANA-FE timestep later.
            var out = LayerStepCounts()
            let fired = run.outputSpikes(at: t), carried = run.carried[(t * n)..<((t + 1) * n)]
            for i in 0..<n {
                let core = p.firstOutputCore + i / p.outputNeuronsPerCore
                let updated = received[i] || carried[carried.startIndex + i] != 0
                let spike = fired[fired.startIndex + i] != 0
                if updated {
                    out.neuronsUpdated += 1
                    out.somaPicojoules += costs.neuronUpdatePicojoules
                    generation[t + 1][core] += costs.neuronUpdateNanoseconds
                }
                if spike {
                    out.outputSpikes += 1
                    out.neuronsFired += 1
                    out.somaPicojoules += costs.spikeOutPicojoules
                    generation[t + 1][core] += costs.spikeOutNanoseconds
                }
            }
            steps[t + 1].add(out)
        }
        for s in steps.indices {
            var step = steps[s]
            // Every output neuron is accessed every timestep, updated or not.
            step.somaPicojoules += Double(n) * costs.neuronAccessPicojoules
            for i in stride(from: 0, to: n, by: p.outputNeuronsPerCore) {
                generation[s][p.firstOutputCore + i / p.outputNeuronsPerCore] += Double(min(p.outputNeuronsPerCore, n - i)) * costs.neuronAccessNanoseconds
            }
            step.synapsePicojoules = Double(step.synapticEvents) * costs.synapsePicojoules
            step.networkPicojoules = Double(step.messages) * (costs.messageOutPicojoules + costs.messageInPicojoules)
                + Double(step.hopsX) * costs.hopXPicojoules + Double(step.hopsY) * costs.hopYPicojoules
            step.nanoseconds = max(generation[s].max() ?? 0, processing[s].max() ?? 0) + sync
            steps[s] = step
        }
        timesteps = steps
    }
}
