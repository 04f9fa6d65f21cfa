import NCModel

/// The unit `2^-f` of every channel of every current buffer, by rules 1 and 2 of
/// `docs/hardware-model.md` ("Arithmetic"), derived for the tests without NCModel's own choice:
/// channels tied through upsampling and max-pooling are merged with a union-find, each group's
/// `f` comes from the largest FP32-rounded weight writing into any of its channels.
struct FixedPointUnits {
    /// `fractionBits[b][c]`: the `f` of channel `c` of buffer `b`.
    let fractionBits: [[Int]]

    /// The units of `topology`'s buffers given its folded `weights` (indexed like its convs).
    init(topology: NetworkTopology, weights: [ConvWeights], weightBits: Int, membraneBits: Int) {
        var first = [Int]()  // global id of each buffer's channel 0
        var total = 0
        for b in topology.buffers {
            first.append(total)
            total += b.channels
        }
        var groups = UnionFind(count: total)
        // Rule 1: a derived channel is tied to the channel it copies or pools.
        for (b, buffer) in topology.buffers.enumerated() {
            switch buffer.initial {
            case .zero:
                break
            case let .upsample(of: slices, factorY: _, factorX: _):
                var c = 0
                for s in slices {
                    for k in 0..<s.channelCount { groups.union(first[b] + c + k, first[s.buffer] + s.channelStart + k) }
                    c += s.channelCount
                }
            case let .maxPool(of: source, kernel: _):
                for c in 0..<buffer.channels { groups.union(first[b] + c, first[source] + c) }
            }
        }
        // Rule 2: the largest |w| (FP32-rounded) of every output channel writing into the group.
        var largest = [Double](repeating: 0, count: total)
        for (i, conv) in topology.convs.enumerated() {
            let perOutput = conv.weightCount / conv.outChannels
            for (o, target) in Self.targets(of: conv).enumerated() {
                var m = 0.0
                for w in weights[i].weight[(o * perOutput)..<((o + 1) * perOutput)] {
                    let a = Double(Float(w)).magnitude
                    m = a.isFinite ? max(m, a) : .infinity  // a non-finite weight selects f = 8
                }
                let root = groups.find(first[target.buffer] + target.channel)
                largest[root] = max(largest[root], m)
            }
        }
        fractionBits = topology.buffers.indices.map { b in
            (0..<topology.buffers[b].channels).map { c in
                ExactFixedPoint.fractionBits(largestWeight: largest[groups.find(first[b] + c)],
                                             weightBits: weightBits, membraneBits: membraneBits)
            }
        }
    }

    /// The buffer and channel each output channel of `conv` writes, in output-channel order.
    static func targets(of conv: ConvLayer) -> [(buffer: Int, channel: Int)] {
        conv.output.flatMap { s in (0..<s.channelCount).map { (buffer: s.buffer, channel: s.channelStart + $0) } }
    }
}

/// Disjoint sets over `0..<count` with path halving.
private struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}
