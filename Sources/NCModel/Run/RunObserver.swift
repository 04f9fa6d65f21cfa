/// Watches a run without changing it: counts, records, measures. The interpreter calls every
/// observer at fixed points of each timestep, in order.
public protocol RunObserver: AnyObject {
    /// Convolution `c` is about to read `input` at timestep `t`.
    func willConvolve(_ c: Int, timestep t: Int, input: ConvolutionInput, topology: NetworkTopology, threads: Int)
    /// Timestep `t` ended; `spikes[p]` are population `p`'s spikes (channels-last).
    func didFinish(timestep t: Int, spikes: [[UInt8]])
    /// Population `p` fired at timestep `t`; `isResting(i)` says whether neuron `i`'s kept
    /// membrane (channels-last index) is exactly zero now (always true when none is kept, T = 1).
    func didFire(_ p: Int, timestep t: Int, isResting: (Int) -> Bool)
}

extension RunObserver {
    /// Does nothing.
    public func willConvolve(_ c: Int, timestep t: Int, input: ConvolutionInput, topology: NetworkTopology, threads: Int) {}
    /// Does nothing.
    public func didFinish(timestep t: Int, spikes: [[UInt8]]) {}
    /// Does nothing.
    public func didFire(_ p: Int, timestep t: Int, isResting: (Int) -> Bool) {}
}

/// Keeps every population's spikes of every timestep (`spikes[t][p]`, channels-last): what the
/// chip's timing model replays and what a trace records.
public final class SpikeRecorder: RunObserver {
    /// `spikes[t][p]`.
    public private(set) var spikes: [[[UInt8]]] = []

    /// An empty recorder.
    public init() {}

    public func didFinish(timestep t: Int, spikes: [[UInt8]]) { self.spikes.append(spikes) }
}

/// Counts each spiking convolution's synaptic operations from its input events: event-exact SOPs
/// (each integer spike `s` times its real fan-out, borders included) and NeuroBench's count (each
/// non-zero input once per synapse).
public final class OperationCounter: RunObserver {
    /// Per convolution: (event-exact SOPs, NeuroBench SOPs), summed over timesteps.
    public private(set) var counts: [(sops: Int, nonzero: Int)]
    /// Event-exact SOPs of all convolutions, per timestep.
    public private(set) var timestepSOPs: [Int] = []

    /// A counter for `convolutions` convolutions.
    public init(convolutions: Int) {
        counts = Array(repeating: (0, 0), count: convolutions)
    }

    public func willConvolve(_ c: Int, timestep t: Int, input: ConvolutionInput, topology: NetworkTopology, threads: Int) {
        guard case .spikes(let spikes) = input else { return }
        let layer = topology.convs[c]
        let rows = (0..<layer.inHeight).map { layer.coverage(input: $0, inSize: layer.inHeight, outSize: layer.outHeight) }
        let cols = (0..<layer.inWidth).map { layer.coverage(input: $0, inSize: layer.inWidth, outSize: layer.outWidth) }
        let ch = layer.inChannels, w = layer.inWidth
        // Per input row, so threads write disjoint slots and the total is summed in order.
        var perRow = [(Int, Int)](repeating: (0, 0), count: layer.inHeight)
        perRow.withUnsafeMutableBufferPointer { pr in
            let box = UncheckedSendable((spikes, pr))
            Parallel.forEachRange(layer.inHeight, threads: threads) { range in
                let (sp, pr) = box.value
                for y in range {
                    var sops = 0, nonzero = 0
                    for x in 0..<w {
                        let f = rows[y] * cols[x]
                        if f == 0 { continue }
                        var sum = 0, nz = 0
                        let base = (y * w + x) * ch
                        for i in 0..<ch {
                            let v = Int(sp[base + i])
                            sum += v
                            nz += v != 0 ? 1 : 0
                        }
                        sops += sum * f
                        nonzero += nz * f
                    }
                    pr[y] = (sops, nonzero)
                }
            }
        }
        let per = layer.outChannelsPerGroup
        let sops = perRow.reduce(0) { $0 + $1.0 } * per
        counts[c].sops += sops
        counts[c].nonzero += perRow.reduce(0) { $0 + $1.1 } * per
        while timestepSOPs.count <= t { timestepSOPs.append(0) }
        timestepSOPs[t] += sops
    }
}
