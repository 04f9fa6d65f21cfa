import NCModel

/// Where one convolution's events go: the output tiles (destinations) each input row reaches,
/// with how many of their output rows, and each input column's horizontal fan-out. Built once
/// per convolution and set of destinations; both schedules deliver bursts through it.
struct ConvRouting {
    /// An output tile reached by the layer: its core, which of the layer's output channels it
    /// holds, and which output rows.
    struct Destination: Equatable {
        var core: Int
        var channelLo: Int, channelHi: Int
        var rowLo: Int, rowHi: Int
    }

    let layer: ConvLayer
    let destinations: [Destination]
    /// One input row's reach into one destination: the destination (`index` into
    /// `destinations`, and its core and channels, copied so that delivering reads one entry) and
    /// the output rows `rowLo ... rowHi` of it the row's kernel reaches.
    struct Reach {
        var index: Int, core: Int
        var channelLo: Int, channelHi: Int
        var rowLo: Int, rowHi: Int
        /// Output rows reached.
        var rows: Int { rowHi - rowLo + 1 }
    }

    /// Per input row `y` and channel band `b` (`bandOf`): the destinations its kernel reaches
    /// that hold the band's channels, in destination order, at
    /// `reaches[reachStart[y * bands + b] ..< reachStart[y * bands + b + 1]]` (one flat array: no
    /// array per row to retain while delivering). `reachRange(row:channel:)` reads it.
    let reaches: [Reach]
    let reachStart: [Int]
    /// Channel bands: 1 for a dense layer (every destination takes every input channel); for a
    /// depthwise layer, the channel ranges between consecutive destination channel bounds, so
    /// that a burst (which never crosses one, `groupEnd`) finds its destinations without
    /// scanning every tile of the row for the few holding its channel.
    let bands: Int
    /// Per input channel of a depthwise layer: its band (empty for a dense layer).
    let bandOf: [Int]
    /// Per input column: output columns its kernel reaches (borders reduce it).
    let colCover: [Int]
    /// Per input channel: where a burst starting at it must end (a depthwise layer sends each
    /// channel only to the tile holding it, so a burst never crosses a channel group's end).
    let groupEnd: [Int]
    /// Whether the layer is depthwise.
    let depthwise: Bool
    /// With sparse synaptic memory: per destination, the non-zero weights from input channel
    /// `i` at kernel position `t` into it, at `[i * k² + t]` (`SynapseMask.counts`); empty when
    /// every weight is stored.
    let nonzero: [[Int32]]

    init(layer: ConvLayer, channels: Int, destinations: [Destination], nonzero: [[Int32]] = []) {
        self.layer = layer
        self.destinations = destinations
        self.nonzero = nonzero
        depthwise = layer.groups > 1
        let reach = (0..<layer.inHeight).map { Self.outputRange($0, layer, layer.outHeight) }
        colCover = (0..<layer.inWidth).map { layer.coverage(input: $0, inSize: layer.inWidth, outSize: layer.outWidth) }
        // A depthwise layer's bands: cut at every destination's channel bounds; each band's
        // first channel stands for all of it (every destination holds all of a band or none).
        var bandFirst = [0], bandOf = [Int]()
        if depthwise {
            let cuts = Set(destinations.flatMap { [$0.channelLo, $0.channelHi] }).filter { $0 > 0 && $0 < channels }.sorted()
            bandFirst += cuts
            bandOf = [Int](repeating: 0, count: channels)
            var band = 0
            for c in 0..<channels {
                while band + 1 < bandFirst.count && bandFirst[band + 1] <= c { band += 1 }
                bandOf[c] = band
            }
        }
        bands = bandFirst.count
        self.bandOf = bandOf
        var reaches = [Reach](), reachStart = [0]
        for r in reach {
            for first in bandFirst {
                if let r {
                    for (i, d) in destinations.enumerated() where !depthwise || (first >= d.channelLo && first < d.channelHi) {
                        let lo = max(r.lowerBound, d.rowLo), hi = min(r.upperBound, d.rowHi - 1)
                        if hi >= lo {
                            reaches.append(Reach(index: i, core: d.core, channelLo: d.channelLo, channelHi: d.channelHi, rowLo: lo, rowHi: hi))
                        }
                    }
                }
                reachStart.append(reaches.count)
            }
        }
        self.reaches = reaches
        self.reachStart = reachStart
        var groupEnd = [Int](repeating: channels, count: channels)
        if layer.groups > 1 {
            for c in 0..<channels {
                groupEnd[c] = destinations.filter { c >= $0.channelLo && c < $0.channelHi }.map(\.channelHi).min() ?? c + 1
            }
        }
        self.groupEnd = groupEnd
    }

    /// Where the destinations a burst of input row `y` starting at `channel` reaches lie in
    /// `reaches` (for a depthwise layer, only those holding `channel`).
    @inline(__always)
    func reachRange(row y: Int, channel: Int) -> Range<Int> {
        let slot = depthwise ? y &* bands &+ bandOf[channel] : y
        return reachStart[slot]..<reachStart[slot &+ 1]
    }

    /// Output coordinates along one axis that input coordinate `i` reaches.
    static func outputRange(_ i: Int, _ layer: ConvLayer, _ outSize: Int) -> ClosedRange<Int>? {
        let first = i + layer.padding - layer.kernel + 1
        let lo = first <= 0 ? 0 : (first + layer.stride - 1) / layer.stride
        let hi = min(outSize - 1, (i + layer.padding) / layer.stride)
        return hi >= lo ? lo...hi : nil
    }

    /// Synapses with a non-zero weight from input neuron (channel `i`, row `y`, column `x`) into
    /// destination `d` (needs `nonzero`).
    @inline(__always)
    func nonzeroFanout(channel i: Int, y: Int, x: Int, destination d: Int) -> Int {
        let k = layer.kernel, stride = layer.stride, pad = layer.padding
        let dst = destinations[d]
        var f = 0
        nonzero[d].withUnsafeBufferPointer { counts in
            for ky in 0..<k {
                let oy = y + pad - ky
                guard oy >= 0, oy % stride == 0, oy / stride < layer.outHeight, oy / stride >= dst.rowLo, oy / stride < dst.rowHi else { continue }
                for kx in 0..<k {
                    let ox = x + pad - kx
                    guard ox >= 0, ox % stride == 0, ox / stride < layer.outWidth else { continue }
                    f += Int(counts[(i * k + ky) * k + kx])
                }
            }
        }
        return f
    }

    /// Input rows whose kernel reaches output row `y`.
    func inputRows(reaching y: Int) -> ClosedRange<Int>? {
        let lo = max(0, y * layer.stride - layer.padding)
        let hi = min(layer.inHeight - 1, y * layer.stride - layer.padding + layer.kernel - 1)
        return hi >= lo ? lo...hi : nil
    }
}
