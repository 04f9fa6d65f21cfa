/// What a run's convolutions add into the current buffers: the folded weights through the
/// arithmetic's kernels (`FoldedSynapses`), or the literal unfolded chains (`UnfoldedSynapses`).
public protocol SynapticModel<Arithmetic> {
    /// The arithmetic of the membranes written.
    associatedtype Arithmetic: MembraneArithmetic

    /// Adds convolution `c`'s output (bias included) into its output slices of `buffers`; returns
    /// how many outputs ended at a saturation bound.
    mutating func convolve(_ c: Int, _ topology: NetworkTopology, _ arithmetic: Arithmetic, input: ConvolutionInput,
                           buffers: inout [[Arithmetic.Word]], threads: Int) throws -> Int
}

/// The folded convolutions (SPEC §6), each prepared once for the arithmetic's kernels. Kernels are
/// kept across timesteps when there are several (and dropped after use otherwise, to bound memory).
public struct FoldedSynapses<A: MembraneArithmetic>: SynapticModel {
    /// Weights indexed like the topology's convolutions.
    public let weights: [ConvWeights]
    /// Whether prepared kernels are kept for the next timestep.
    let keepsKernels: Bool
    var kernels: [Int: A.Kernel] = [:]

    /// Synapses with `weights`; `timesteps` decides whether kernels are kept between timesteps.
    public init(weights: [ConvWeights], timesteps: Int) {
        self.weights = weights
        keepsKernels = timesteps > 1
    }

    public mutating func convolve(_ c: Int, _ topology: NetworkTopology, _ arithmetic: A, input: ConvolutionInput,
                                  buffers: inout [[A.Word]], threads: Int) -> Int {
        var kernel = kernels[c] ?? arithmetic.kernel(c, topology, weights[c], threads: threads)
        let saturated = arithmetic.convolve(c, topology, &kernel, input: input, buffers: &buffers, threads: threads)
        if keepsKernels { kernels[c] = kernel }
        return saturated
    }
}
