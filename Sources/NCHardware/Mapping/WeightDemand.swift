import NCModel

/// The synaptic memory a buffer's tiles need: per output channel, the kernels of the convolutions
/// that write it. Shared by the mapping strategies so they agree on sizes and on the error when a
/// layer cannot fit at all.
struct WeightDemand {
    /// Bytes of one output channel's kernel for each convolution (0 for the encoding layer, whose
    /// weights live in the encoder).
    let perChannel: [Int]
    /// `writers[b][ch]`: the convolutions that accumulate into channel `ch` of buffer `b`.
    let writers: [[[Int]]]
    let topology: NetworkTopology
    let capacity: Int

    init(_ topology: NetworkTopology, _ config: HardwareConfig) {
        self.topology = topology
        capacity = config.core.synapticMemoryBytes
        perChannel = topology.convs.map { conv in
            conv.isEncoding ? 0 : Mapping.bytes(bits: (conv.inChannels / conv.groups) * conv.kernel * conv.kernel * config.weightBitsEffective)
        }
        var writers = topology.buffers.map { [[Int]](repeating: [], count: $0.channels) }
        for (c, conv) in topology.convs.enumerated() {
            for s in conv.output {
                for ch in s.channelStart..<(s.channelStart + s.channelCount) { writers[s.buffer][ch].append(c) }
            }
        }
        self.writers = writers
    }

    /// Bytes per channel a tile of buffer `b` needs (the largest over its channels): every
    /// writer's kernels when `resident` (only those of `convs` when given), one writer's at a
    /// time otherwise. Throws when even one channel does not fit a core, naming the largest writer.
    func bytesPerChannel(_ b: Int, resident: Bool, convs: Set<Int>? = nil) throws -> Int {
        var need = 0, worst = -1
        for all in writers[b] {
            let list = convs.map { only in all.filter { only.contains($0) } } ?? all
            let n = resident ? list.reduce(0) { $0 + perChannel[$1] } : (list.map { perChannel[$0] }.max() ?? 0)
            if n > need {
                need = n
                worst = list.max { perChannel[$0] < perChannel[$1] } ?? -1
            }
        }
        if need > capacity {
            let name = worst >= 0 ? topology.convs[worst].name : topology.buffers[b].name
            throw MappingError.weightsTooLarge(layer: name, bytes: need, capacity: capacity)
        }
        return need
    }

    /// Weight bytes of each convolution (all output channels), as loaded from DRAM.
    func convBytes(_ config: HardwareConfig) -> [Int] {
        topology.convs.map { conv in conv.isEncoding ? 0 : Mapping.bytes(bits: conv.weightCount * config.weightBitsEffective) }
    }
}

extension BufferTiling {
    /// The fewest tiles of `buffer` that fit a core: as many channels as synaptic memory allows
    /// (fewer weight copies), then as many rows as neuron memory allows. Cores and passes are 0.
    static func fewest(_ b: Int, _ buffer: CurrentBuffer, weightBytesPerChannel: Int, config: HardwareConfig) throws -> BufferTiling {
        let w = buffer.width
        guard w <= config.core.neuronMemoryNeurons else {
            throw MappingError.rowTooWide(buffer: buffer.name, neurons: w, capacity: config.core.neuronMemoryNeurons)
        }
        let byWeights = weightBytesPerChannel == 0 ? buffer.channels : config.core.synapticMemoryBytes / weightBytesPerChannel
        let capacity = config.core.neuronMemoryNeurons
        // `planes`: the fewest whole channels whose planes fill a core (SANA-FE's channel-major order).
        let wanted = config.mapping.tileShape == .planes ? (capacity + max(1, buffer.height * w) - 1) / max(1, buffer.height * w) : buffer.channels
        var g = max(1, min(wanted, buffer.channels, byWeights, capacity / w))
        var r = min(buffer.height, config.core.neuronMemoryNeurons / (g * w))
        let groups = (buffer.channels + g - 1) / g
        g = (buffer.channels + groups - 1) / groups
        let bands = (buffer.height + r - 1) / r
        // `wide` balances the bands; `planes` fills each core and leaves the remainder to the
        // last band, as SANA-FE fills cores in neuron order.
        if config.mapping.tileShape == .wide { r = (buffer.height + bands - 1) / bands }
        return tiled(b, buffer, groups: groups, channelsPerTile: g, bands: bands, rowsPerTile: r, weightBytesPerChannel: weightBytesPerChannel)
    }

    /// `groups` channel groups of `channelsPerTile` over `bands` row bands of `rowsPerTile`, the
    /// last of each taking the remainder (empty tiles left out). Cores and passes are 0.
    private static func tiled(_ b: Int, _ buffer: CurrentBuffer, groups: Int, channelsPerTile g: Int, bands: Int, rowsPerTile r: Int,
                              weightBytesPerChannel: Int) -> BufferTiling {
        var tiles = [Tile]()
        for k in 0..<groups {
            let c0 = k * g
            for band in 0..<bands {
                let r0 = band * r
                guard c0 < buffer.channels, r0 < buffer.height else { continue }
                tiles.append(Tile(buffer: b, channelStart: c0, channelCount: min(g, buffer.channels - c0),
                                  rowStart: r0, rowCount: min(r, buffer.height - r0), core: 0, pass: 0))
            }
        }
        return BufferTiling(buffer: b, channelsPerTile: g, rowsPerTile: r, groups: groups, bands: bands,
                            weightBytesPerTile: g * weightBytesPerChannel, weightBytesPerChannel: weightBytesPerChannel, tiles: tiles)
    }

    /// `buffer` cut evenly into `groups` channel groups and `bands` row bands (each at least one
    /// channel and one row; the last group and band take the remainder). Cores and passes are 0.
    static func cut(_ b: Int, _ buffer: CurrentBuffer, groups: Int, bands: Int, weightBytesPerChannel: Int) -> BufferTiling {
        var g = (buffer.channels + max(1, min(groups, buffer.channels)) - 1) / max(1, min(groups, buffer.channels))
        let groups = (buffer.channels + g - 1) / g
        g = (buffer.channels + groups - 1) / groups
        var r = (buffer.height + max(1, min(bands, buffer.height)) - 1) / max(1, min(bands, buffer.height))
        let bands = (buffer.height + r - 1) / r
        r = (buffer.height + bands - 1) / bands
        return tiled(b, buffer, groups: groups, channelsPerTile: g, bands: bands, rowsPerTile: r, weightBytesPerChannel: weightBytesPerChannel)
    }
}
