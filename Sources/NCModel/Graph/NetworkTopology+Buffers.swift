extension NetworkTopology {
    /// Fills buffer `b`, an upsample of other buffers, from `buffers` (channels-last per
    /// buffer): nearest neighbour, as `nn.Upsample(mode: "nearest")`. Does nothing for other
    /// buffers. Shared by every engine so they copy identically.
    public func upsample<T>(_ b: Int, in buffers: inout [[T]]) {
        let dst = self.buffers[b]
        guard case let .upsample(of: slices, factorY: fy, factorX: fx) = dst.initial else { return }
        var c0 = 0
        for s in slices {
            let src = self.buffers[s.buffer]
            for y in 0..<dst.height {
                for x in 0..<dst.width {
                    let from = ((y / fy) * src.width + x / fx) * src.channels + s.channelStart
                    let to = (y * dst.width + x) * dst.channels + c0
                    for c in 0..<s.channelCount { buffers[b][to + c] = buffers[s.buffer][from + c] }
                }
            }
            c0 += s.channelCount
        }
    }

    /// Adds detection head `h`'s current values to `sums` (channel-major `[channels][h][w]`),
    /// converting each with `value(word, buffer, channel)`.
    public func accumulateHead<T>(_ h: Int, from buffers: [[T]], into sums: inout [Double], value: (T, Int, Int) -> Double) {
        let slices = heads[h]
        let b0 = self.buffers[slices[0].buffer]
        let hw = b0.height * b0.width
        var c0 = 0
        for s in slices {
            let src = self.buffers[s.buffer]
            for c in 0..<s.channelCount {
                let ch = s.channelStart + c
                for px in 0..<hw { sums[(c0 + c) * hw + px] += value(buffers[s.buffer][px * src.channels + ch], s.buffer, ch) }
            }
            c0 += s.channelCount
        }
    }

    /// Head `h`'s outputs from `sums` accumulated over `timesteps`.
    public func headOutput(_ h: Int, sums: [Double]) -> HeadOutput {
        let slices = heads[h]
        let b0 = buffers[slices[0].buffer]
        let t = Double(timesteps)
        let means = sums.map { $0 / t }
        return HeadOutput(channels: slices.reduce(0) { $0 + $1.channelCount }, height: b0.height, width: b0.width,
                          stride: headStrides[h], values: means.map { Float($0) }, exactValues: means)
    }

    /// Zeroed sums for every head.
    public func emptyHeadSums() -> [[Double]] {
        heads.map { slices in
            let b = buffers[slices[0].buffer]
            return [Double](repeating: 0, count: slices.reduce(0) { $0 + $1.channelCount } * b.height * b.width)
        }
    }
}
