/// Walks one source's neurons row by row for the pipelined schedule: a row is sent once the
/// schedule releases it (its neurons fired), in the order virtual step, column, channel within
/// the row, bursts grouping the firing channels of one pixel and virtual step (for graded
/// packets: of one pixel). The layer-barrier schedule's `Cursor` walks the same neurons with the
/// virtual step outermost.
struct RowCursor {
    let source: ConvStepSimulator.Source
    /// Virtual steps per row: `D` binary, 1 graded.
    let steps: Int
    /// The convolution run (timestep, layer) it feeds.
    let run: Int
    /// Current row, virtual step, column and channel.
    var y: Int, j = 0, x = 0, c: Int
    /// Cycle the next burst may leave.
    var ready = 0
    var burst = Cursor.Burst()

    init(source: ConvStepSimulator.Source, steps: Int, run: Int) {
        self.source = source
        self.steps = steps
        self.run = run
        y = source.rowLo
        c = source.channelLo
    }

    /// Whether every row has been sent.
    var finished: Bool { y >= source.rowHi }

    /// Moves to the next burst of the current row; false when the row has no more.
    mutating func advance(spikes base: UnsafePointer<UInt8>, channels: Int, width: Int, groupEnd: [Int]) -> Bool {
        guard source.channelLo < source.channelHi else { return false }
        while j < steps {
            if let b = Cursor.burst(base, j: j, y: y, x: x, from: c, width: width, channels: channels, source: source, groupEnd: groupEnd) {
                burst = b
                ready = max(ready, Cursor.streamed(b, source, width: width))
                c = b.endChannel
                if c >= source.channelHi { nextPixel(width) }
                return true
            }
            nextPixel(width)
        }
        return false
    }

    /// Starts the next row.
    mutating func nextRow() {
        y += 1
        j = 0
        x = 0
        c = source.channelLo
    }

    private mutating func nextPixel(_ width: Int) {
        c = source.channelLo
        x += 1
        if x < width { return }
        x = 0
        j += 1
    }
}
