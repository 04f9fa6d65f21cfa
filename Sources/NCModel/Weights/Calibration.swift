/// Sets every BatchNorm's running statistics to the statistics its input actually has on an
/// image, layer by layer in execution order, so that each BatchNorm outputs roughly
/// `N(beta, gamma^2)` and every neuron population fires at a realistic rate.
///
/// The network is evaluated unfolded (each chain's operations one by one, channels-last), so
/// calibration costs a forward pass at the calibration size and never folds the large RepConvs.
public enum Calibration {
    /// Calibrates `store` in place on `image` (any size that fits the network).
    public static func calibrate(_ store: inout WeightStore, blueprint: Blueprint, image: InputImage, threads: Int = Parallel.defaultThreads) throws {
        let chains = try GraphBuilder.chains(blueprint: blueprint, weights: store, inputHeight: image.height, inputWidth: image.width)
        let graph = SpikingGraph(topology: chains.topology, weights: [], chains: chains.chains)
        var state = RunState<Double>(graph: graph, options: ReferenceOptions(precision: .fp64, threads: threads))
        var updates = [(String, [Float], [Float])]()
        var failure: Error?
        let snapshot = store  // gamma, beta and eps do not change during calibration
        state.convOverride = { state, c in
            guard failure == nil else { return [Double](repeating: 0, count: state.topo.convs[c].outHeight * state.topo.convs[c].outWidth * state.topo.convs[c].outChannels) }
            let layer = state.topo.convs[c]
            let chain = state.graph.chains[c]
            let input: [Double]
            switch layer.source {
            case .image: input = state.imagePixels
            case .population(let p): input = state.spikes[p].map { Double($0) }
            }
            do {
                let r = try chain.evaluateChannelsLast(input, height: layer.inHeight, width: layer.inWidth, threads: threads) { k, mean, variance in
                    let name: String
                    switch chain.ops[k] {
                    case .batchNorm(let n, _, _), .batchNormPad(let n, _, _, _): name = n
                    case .conv(let n, _, _, _, _, _, _, _, _): name = n
                    }
                    let w = try snapshot.tensor(name + ".weight", shape: [mean.count], for: name)
                    let b = try snapshot.tensor(name + ".bias", shape: [mean.count], for: name)
                    let m = mean.map { Float($0) }, v = variance.map { Float(max($0, 1e-4)) }
                    let (scale, shift) = LinearChain.batchNorm(weight: w, bias: b, mean: m, variance: v, eps: snapshot.eps(name))
                    updates.append((name, m, v))
                    if case .batchNormPad(_, _, _, let pad) = chain.ops[k] {
                        return .batchNormPad(name: name, scale: scale, shift: shift, pad: pad)
                    }
                    return .batchNorm(name: name, scale: scale, shift: shift)
                }
                return r.values
            } catch {
                failure = error
                return [Double](repeating: 0, count: layer.outHeight * layer.outWidth * layer.outChannels)
            }
        }
        _ = state.run(image)
        if let failure { throw failure }
        for (name, m, v) in updates {
            store.set(name + ".running_mean", shape: [m.count], values: m)
            store.set(name + ".running_var", shape: [v.count], values: v)
        }
    }
}
