/// One resolved row of the architecture: the module with its channel counts decided.
public struct Block: Sendable, Equatable {
    /// What the block computes, with resolved arguments.
    public enum Kind: Sendable, Equatable {
        /// `MS_GetT`: repeats the image over `timesteps`.
        case getT(timesteps: Int)
        /// `MS_DownSampling`: `[L unless first] -> conv(k, s, p, bias) -> BN`.
        case downSampling(inChannels: Int, outChannels: Int, kernel: Int, stride: Int, padding: Int, first: Bool)
        /// `MS_AllConvBlock`: SepConv residual then two standard 3x3 spiking convs, residual.
        case allConvBlock(channels: Int, hidden: Int, sepKernel: Int)
        /// `MS_ConvBlock`: SepConv residual then two RepConvs, residual.
        case convBlock(channels: Int, hidden: Int, sepKernel: Int)
        /// `MS_StandardConv`: `L -> conv(k, s, pad) -> BN`.
        case standardConv(inChannels: Int, outChannels: Int, kernel: Int, stride: Int, padding: Int)
        /// `SpikeSPPF`: 1x1 spiking conv, three chained max-pools, 1x1 spiking conv on the concat.
        case sppf(inChannels: Int, outChannels: Int, poolKernel: Int)
        /// `nn.Upsample` nearest by integer factors.
        case upsample(factorY: Int, factorX: Int)
        /// `Concat` along channels.
        case concat
        /// `SpikeDetect` over the given input channel counts.
        case detect(classCount: Int, inChannels: [Int], boxChannels: Int, classChannels: Int)
    }

    /// Row index (`model.<index>`).
    public let index: Int
    /// Input rows (already resolved: never `-1`); empty for row 0, which reads the image.
    public let from: [Int]
    /// Repeats after the depth multiplier; names gain a `.<j>` segment when greater than 1.
    public let repeats: Int
    /// The module and its arguments.
    public let kind: Kind
    /// Output channels.
    public let outChannels: Int
    /// The module class as the authors' code names it.
    public let className: String

    /// `model.<index>` or, for repeat `j` of a repeated block, `model.<index>.<j>`.
    public func path(repeat j: Int) -> String {
        repeats > 1 ? "model.\(index).\(j)" : "model.\(index)"
    }
}
