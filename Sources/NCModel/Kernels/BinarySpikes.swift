/// A population's integer spikes unrolled into binary events (SPEC §3): for each virtual step
/// `j < D`, the channels of each pixel whose spike count exceeds `j`, in channel order. The
/// chip delivers exactly these events, virtual step by virtual step.
struct BinarySpikes {
    /// `start[j][p] ..< start[j][p + 1]` indexes pixel `p`'s events at virtual step `j`.
    var start: [[Int32]]
    /// Channel of each event, per virtual step.
    var channel: [[Int32]]

    /// Unrolls an HWC spike map with `channels` channels per pixel.
    init(spikes sp: UnsafeBufferPointer<UInt8>, pixels: Int, channels: Int, levels: Int) {
        var start = [[Int32]](), channel = [[Int32]]()
        for j in 0..<levels {
            var st = [Int32](repeating: 0, count: pixels + 1)
            var ch = [Int32]()
            ch.reserveCapacity(pixels * channels / 4)
            let level = UInt8(j)
            for p in 0..<pixels {
                let base = p * channels
                for c in 0..<channels where sp[base + c] > level { ch.append(Int32(c)) }
                st[p + 1] = Int32(ch.count)
            }
            start.append(st)
            channel.append(ch)
        }
        self.start = start
        self.channel = channel
    }

    /// Events at every virtual step (the sum of the integer spikes).
    var count: Int { channel.reduce(0) { $0 + $1.count } }
}
