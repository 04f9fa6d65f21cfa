/// A dense convolution of a real-valued channels-last map with folded weights, in FP64: what an
/// encoder MAC array computes for the first (pixel-input) layer.
public enum DenseConvolution {
    /// `layer` applied to `input` (`[inHeight][inWidth][inChannels]`) with `weights`
    /// (`[outChannels][inChannels / groups][k][k]`, no bias); returns `[outHeight][outWidth][outChannels]`.
    public static func evaluate(_ layer: ConvLayer, weights: [Double], input: [Double], threads: Int) -> [Double] {
        let padded = (layer.outChannels + 7) / 8 * 8
        let dense = ConvLayer(name: layer.name, source: layer.source, output: layer.output, inChannels: layer.inChannels,
                              outChannels: layer.outChannels, kernel: layer.kernel, stride: layer.stride,
                              padding: layer.padding, groups: 1, inHeight: layer.inHeight, inWidth: layer.inWidth,
                              outHeight: layer.outHeight, outWidth: layer.outWidth, origin: layer.origin)
        let w: [Double] = ConvKernels.gatherLayout(layer.groups == 1 ? weights : expand(weights, layer), dense, padTo: padded)
        let sparse = SparseInput<Double>(dense: input, pixels: layer.inHeight * layer.inWidth, channels: layer.inChannels)
        var out = [Double](repeating: 0, count: layer.outHeight * layer.outWidth * padded)
        w.withUnsafeBufferPointer { wp in
            out.withUnsafeMutableBufferPointer { op in
                ConvKernels.gather(sparse, dense, weights: wp, outPadded: padded, out: op, threads: threads)
            }
        }
        let pixels = layer.outHeight * layer.outWidth
        var result = [Double](repeating: 0, count: pixels * layer.outChannels)
        for p in 0..<pixels {
            for o in 0..<layer.outChannels { result[p * layer.outChannels + o] = out[p * padded + o] }
        }
        return result
    }

    /// The image as channels-last doubles.
    public static func channelsLast(_ image: InputImage) -> [Double] { image.channelsLast() }

    /// Grouped weights `[cout][cin/g][k][k]` as dense `[cout][cin][k][k]` (zeros across groups).
    private static func expand(_ w: [Double], _ layer: ConvLayer) -> [Double] {
        let k2 = layer.kernel * layer.kernel, cinG = layer.inChannels / layer.groups, coutG = layer.outChannels / layer.groups
        var d = [Double](repeating: 0, count: layer.outChannels * layer.inChannels * k2)
        for o in 0..<layer.outChannels {
            let g = o / coutG
            for j in 0..<cinG {
                for t in 0..<k2 { d[(o * layer.inChannels + g * cinG + j) * k2 + t] = w[(o * cinG + j) * k2 + t] }
            }
        }
        return d
    }
}
