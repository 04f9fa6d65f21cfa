import NCModel

/// Two runs of one network on one input in different arithmetics, compared neuron by neuron:
/// how many neuron-timesteps fire differently and how each population's spike count moved.
public struct SpikeComparison: Sendable, Equatable {
    /// One population's side of the comparison; a row of a report's numerics section, whose
    /// JSON keys are its `CodingKeys`.
    public struct Population: Sendable, Equatable, Codable {
        /// Module path.
        public var name: String
        /// Neurons times timesteps.
        public var neuronTimesteps: Int
        /// Neuron-timesteps whose integer spike differs.
        public var differing: Int
        /// Spikes in this run.
        public var spikes: Int
        /// Spikes in the reference run.
        public var referenceSpikes: Int

        /// `spikes / referenceSpikes` (nil when the reference is silent).
        public var ratio: Double? { referenceSpikes > 0 ? Double(spikes) / Double(referenceSpikes) : nil }

        enum CodingKeys: String, CodingKey {
            case name, neuronTimesteps = "neuron_timesteps", differing, spikes, referenceSpikes = "reference_spikes"
        }
    }

    /// The reference run's arithmetic (`fp32`, `fp64`).
    public var reference: String
    /// Per population, in topology order.
    public var populations: [Population]

    /// Compares `spikes[t][p]` with `reference[t][p]` (both channels-last, same topology); the
    /// maps are counted on up to `threads` threads (the counts do not depend on it).
    public init(_ topology: NetworkTopology, spikes: [[[UInt8]]], reference: [[[UInt8]]], referenceName: String,
                threads: Int = 1) {
        self.reference = referenceName
        let timesteps = min(spikes.count, reference.count), count = topology.populations.count
        // One tally per (timestep, population) map, the maps shared out over the threads.
        var tallies = [SpikeTally](repeating: SpikeTally(), count: timesteps * count)
        tallies.withUnsafeMutableBufferPointer { slots in
            let box = UncheckedSendable(slots)
            Parallel.forEachRange(timesteps * count, threads: threads) { range in
                for k in range { box.value[k] = SpikeTally(spikes[k / count][k % count], reference[k / count][k % count]) }
            }
        }
        populations = topology.populations.enumerated().map { p, pop in
            var sum = SpikeTally()
            for t in 0..<timesteps { sum += tallies[t * count + p] }
            return Population(name: pop.name, neuronTimesteps: pop.count * spikes.count, differing: sum.differing,
                              spikes: sum.spikes, referenceSpikes: sum.referenceSpikes)
        }
    }

    /// Neuron-timesteps over all populations.
    public var neuronTimesteps: Int { populations.reduce(0) { $0 + $1.neuronTimesteps } }
    /// Neuron-timesteps that differ.
    public var differing: Int { populations.reduce(0) { $0 + $1.differing } }
    /// Share of neuron-timesteps that differ, 0...1.
    public var differingShare: Double { neuronTimesteps > 0 ? Double(differing) / Double(neuronTimesteps) : 0 }
    /// Spikes in this run and in the reference.
    public var spikes: (this: Int, reference: Int) {
        (populations.reduce(0) { $0 + $1.spikes }, populations.reduce(0) { $0 + $1.referenceSpikes })
    }

    /// The `k` populations whose spike count moved most against the reference (by the size of the
    /// relative change; a population that went from silent to firing counts as the largest move),
    /// ties in topology order. Populations that did not move are left out.
    public func mostMoved(_ k: Int = 5) -> [Population] {
        func move(_ p: Population) -> Double {
            if let r = p.ratio { return abs(r - 1) }
            return p.spikes > 0 ? .infinity : 0
        }
        return populations.enumerated().filter { move($0.element) > 0 }
            .sorted { move($0.element) != move($1.element) ? move($0.element) > move($1.element) : $0.offset < $1.offset }
            .prefix(k).map(\.element)
    }
}
