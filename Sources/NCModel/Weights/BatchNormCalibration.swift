/// Sets each BatchNorm's running statistics to the statistics its input actually has, as the
/// unfolded network runs layer by layer (`UnfoldedSynapses`), so that each BatchNorm outputs
/// roughly `N(beta, gamma^2)` and every neuron population fires at a realistic rate.
public final class BatchNormCalibration {
    /// gamma, beta and eps (they do not change during calibration).
    let store: WeightStore
    /// The running statistics measured so far, in execution order: (module, mean, variance).
    private(set) var measured: [(name: String, mean: [Float], variance: [Float])] = []

    /// A calibration of the BatchNorms in `store`.
    init(store: WeightStore) {
        self.store = store
    }

    /// `op` (a BatchNorm of the chain) with its statistics replaced by `mean` and `variance` of its
    /// input; records them.
    func rewrite(_ op: LinearChain.Op, mean: [Double], variance: [Double]) throws -> LinearChain.Op {
        let name: String
        switch op {
        case .batchNorm(let n, _, _), .batchNormPad(let n, _, _, _): name = n
        case .conv(let n, _, _, _, _, _, _, _, _): name = n
        }
        let w = try store.tensor(name + ".weight", shape: [mean.count], for: name)
        let b = try store.tensor(name + ".bias", shape: [mean.count], for: name)
        let m = mean.map { Float($0) }, v = variance.map { Float(max($0, 1e-4)) }
        let (scale, shift) = LinearChain.batchNorm(weight: w, bias: b, mean: m, variance: v, eps: store.eps(name))
        measured.append((name, m, v))
        if case .batchNormPad(_, _, _, let pad) = op {
            return .batchNormPad(name: name, scale: scale, shift: shift, pad: pad)
        }
        return .batchNorm(name: name, scale: scale, shift: shift)
    }

    /// Writes the measured statistics into `store` as `running_mean` and `running_var`.
    func apply(to store: inout WeightStore) {
        for (name, m, v) in measured {
            store.set(name + ".running_mean", shape: [m.count], values: m)
            store.set(name + ".running_var", shape: [v.count], values: v)
        }
    }
}
