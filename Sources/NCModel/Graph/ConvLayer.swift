/// The shape of one folded convolution: everything between two neuron layers collapsed into a
/// single convolution with bias (SPEC §6). Carries no weights, so traces can store it.
public struct ConvLayer: Sendable, Equatable, Codable {
    /// Where the input comes from.
    public enum Source: Sendable, Equatable, Codable {
        /// The real-valued image: the encoding layer (multiply-accumulates, not synaptic operations).
        case image
        /// The integer spikes of a neuron population.
        case population(Int)
    }

    /// What the convolution was folded from (for reports and the authors' MAC conventions).
    public enum Origin: String, Sendable, Equatable, Codable {
        /// A convolution followed by BatchNorm (or a plain convolution with bias).
        case conv
        /// `RepConv`: 1x1, BN+pad, depthwise 3x3, 1x1, BN.
        case repConv
        /// `SepRepConv`: BN+pad, 1x1, depthwise 3x3.
        case sepRepConv
    }

    /// The checkpoint's module path (`model.2.Conv.pwconv1`, `model.6.0.conv1`).
    public let name: String
    /// Input.
    public let source: Source
    /// Output currents; accumulated into (several slices when the target is a concatenation).
    public let output: [BufferSlice]
    /// Input channels.
    public let inChannels: Int
    /// Output channels.
    public let outChannels: Int
    /// Square kernel size.
    public let kernel: Int
    /// Stride in both directions.
    public let stride: Int
    /// Zero padding on every side.
    public let padding: Int
    /// Channel groups (1 = dense, `inChannels` = depthwise).
    public let groups: Int
    /// Input rows and columns.
    public let inHeight: Int, inWidth: Int
    /// Output rows and columns.
    public let outHeight: Int, outWidth: Int
    /// What it was folded from.
    public let origin: Origin

    /// A convolution from its parts.
    public init(name: String, source: Source, output: [BufferSlice], inChannels: Int, outChannels: Int, kernel: Int, stride: Int, padding: Int, groups: Int, inHeight: Int, inWidth: Int, outHeight: Int, outWidth: Int, origin: Origin) {
        self.name = name
        self.source = source
        self.output = output
        self.inChannels = inChannels
        self.outChannels = outChannels
        self.kernel = kernel
        self.stride = stride
        self.padding = padding
        self.groups = groups
        self.inHeight = inHeight
        self.inWidth = inWidth
        self.outHeight = outHeight
        self.outWidth = outWidth
        self.origin = origin
    }

    /// Whether it reads the image (the encoding layer).
    public var isEncoding: Bool { source == .image }

    /// Multiply-accumulates of a dense evaluation: `(Cin/groups) * Cout * k * k * Hout * Wout`.
    public var macs: Int { (inChannels / groups) * outChannels * kernel * kernel * outHeight * outWidth }

    /// Weights stored: `Cout * (Cin/groups) * k * k`.
    public var weightCount: Int { outChannels * (inChannels / groups) * kernel * kernel }

    /// Output channels each input channel connects to.
    public var outChannelsPerGroup: Int { outChannels / groups }

    /// Output positions along one axis that read input coordinate `i` (borders reduce it).
    public func coverage(input i: Int, inSize: Int, outSize: Int) -> Int {
        // Output o reads inputs o*stride - padding ... o*stride - padding + kernel - 1, so
        // ceil((i + padding - kernel + 1) / stride) <= o <= floor((i + padding) / stride).
        let first = i + padding - kernel + 1
        let lo = first <= 0 ? 0 : (first + stride - 1) / stride
        let hi = min(outSize - 1, (i + padding) / stride)
        return max(0, hi - lo + 1)
    }
}
