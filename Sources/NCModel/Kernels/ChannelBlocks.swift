/// Where each pixel's sparse entries cross from one block of input channels to the next: entries
/// are stored by pixel in channel order, so block `b` of pixel `p` is the entries
/// `bounds[p * (blocks + 1) + b] ..< bounds[p * (blocks + 1) + b + 1]`. A gather that adds one
/// block of channels at a time keeps that block's weight rows in L1 and, per output, still adds
/// its products in channel order.
struct ChannelBlocks {
    /// Input channels per block (the last block may be shorter).
    let channelsPerBlock: Int
    /// Blocks per pixel.
    let blocks: Int
    /// `blocks + 1` entry indexes per pixel.
    let bounds: [Int32]

    /// The blocks of `input` (`channels` input channels), `channelsPerBlock` channels each.
    init<S>(_ input: SparseInput<S>, channels: Int, channelsPerBlock: Int) {
        let perBlock = max(1, channelsPerBlock)
        let blocks = max(1, (channels + perBlock - 1) / perBlock)
        let pixels = input.start.count - 1
        var bounds = [Int32](repeating: 0, count: max(0, pixels) * (blocks + 1))
        var i = 0
        for p in 0..<max(0, pixels) {
            var e = input.start[p]
            let end = input.start[p + 1]
            for b in 0..<blocks {
                let first = Int32(truncatingIfNeeded: b * perBlock)
                while e < end && input.channel[Int(e)] < first { e += 1 }
                bounds[i + b] = e
            }
            bounds[i + blocks] = end
            i += blocks + 1
        }
        self.channelsPerBlock = perBlock
        self.blocks = blocks
        self.bounds = bounds
    }
}
