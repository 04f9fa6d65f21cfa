extension Outcome {
    /// Binary events each folded convolution receives: the spike values its input population
    /// sends over all timesteps (an integer spike `s` is `s` events), 0 for a layer fed by the
    /// image; nil for an estimate, which computes no spikes. On a chip each event is delivered
    /// once per core holding part of the layer, so deliveries are at least this.
    public var layerInputEvents: [Int]? {
        guard !populations.isEmpty else { return nil }
        return topology.convs.map { conv in
            guard case .population(let p) = conv.source, populations.indices.contains(p) else { return 0 }
            return populations[p].spikes
        }
    }
}
