import NCModel

/// How a network is placed on a chip's cores: one implementation per strategy, chosen by name.
protocol MappingStrategy {
    /// The strategy's name in configs and reports.
    static var name: String { get }
    /// Places `topology` on the chip `config` describes, or throws an actionable error.
    func plan(_ topology: NetworkTopology, on config: HardwareConfig) throws -> Mapping
}

/// `fewest-cores`: each buffer is cut into the fewest tiles that fit a core (as many channels as
/// synaptic memory allows, then as many rows as neuron memory allows); tiles take cores in
/// serpentine order. If every tile gets its own core the mapping is resident; otherwise layers
/// take turns on the cores (streamed), a layer with more tiles than cores in several passes.
struct FewestCoresMapping: MappingStrategy {
    static let name = "fewest-cores"

    /// Places `topology` on the chip `config` describes. Throws an actionable error when a layer cannot fit at all.
    func plan(_ topology: NetworkTopology, on config: HardwareConfig) throws -> Mapping {
        // The encoding layer runs on the encoder's MAC array, which holds its own weights.
        let perChannel = topology.convs.map { conv in
            conv.isEncoding ? 0 : Mapping.bytes(bits: (conv.inChannels / conv.groups) * conv.kernel * conv.kernel * config.weightBitsEffective)
        }
        // Which convolutions write each channel of each buffer.
        var writers = topology.buffers.map { [[Int]](repeating: [], count: $0.channels) }
        for (c, conv) in topology.convs.enumerated() {
            for s in conv.output {
                for ch in s.channelStart..<(s.channelStart + s.channelCount) { writers[s.buffer][ch].append(c) }
            }
        }
        func tilings(resident: Bool) throws -> [BufferTiling] {
            try topology.buffers.enumerated().map { b, buffer in
                // Resident tiles hold every writer's weights; streamed tiles one writer's at a time.
                var need = 0, worst = -1
                for ch in 0..<buffer.channels {
                    let list = writers[b][ch]
                    let n = resident ? list.reduce(0) { $0 + perChannel[$1] } : (list.map { perChannel[$0] }.max() ?? 0)
                    if n > need {
                        need = n
                        worst = list.max { perChannel[$0] < perChannel[$1] } ?? -1
                    }
                }
                if need > config.core.synapticMemoryBytes {
                    let name = worst >= 0 ? topology.convs[worst].name : buffer.name
                    throw MappingError.weightsTooLarge(layer: name, bytes: need, capacity: config.core.synapticMemoryBytes)
                }
                return try tile(b, buffer, weightBytesPerChannel: need, config: config)
            }
        }
        var buffers = try tilings(resident: true)
        let total = buffers.reduce(0) { $0 + $1.tiles.count }
        let mode: Mapping.Mode
        if total <= config.coreCount {
            mode = .resident
            let order = serpentine(config)
            var next = 0
            for b in buffers.indices {
                for t in buffers[b].tiles.indices {
                    buffers[b].tiles[t].core = order[next]
                    next += 1
                }
            }
        } else {
            mode = .streamed
            buffers = try tilings(resident: false)
            let order = serpentine(config)
            for b in buffers.indices {
                for t in buffers[b].tiles.indices {
                    buffers[b].tiles[t].core = order[t % order.count]
                    buffers[b].tiles[t].pass = t / order.count
                }
            }
        }
        let weightBytes = topology.convs.map { conv in
            conv.isEncoding ? 0 : Mapping.bytes(bits: conv.weightCount * config.weightBitsEffective)
        }
        return Mapping(mode: mode, buffers: buffers, convWeightBytes: weightBytes, coreCount: config.coreCount)
    }

    /// Cuts a buffer into the fewest tiles that fit a core: as many channels as synaptic memory
    /// allows (fewer weight copies), then as many rows as neuron memory allows.
    func tile(_ b: Int, _ buffer: CurrentBuffer, weightBytesPerChannel: Int, config: HardwareConfig) throws -> BufferTiling {
        let w = buffer.width
        guard w <= config.core.neuronMemoryNeurons else {
            throw MappingError.rowTooWide(buffer: buffer.name, neurons: w, capacity: config.core.neuronMemoryNeurons)
        }
        let byWeights = weightBytesPerChannel == 0 ? buffer.channels : config.core.synapticMemoryBytes / weightBytesPerChannel
        var g = max(1, min(buffer.channels, byWeights, config.core.neuronMemoryNeurons / w))
        var r = min(buffer.height, config.core.neuronMemoryNeurons / (g * w))
        let groups = (buffer.channels + g - 1) / g
        g = (buffer.channels + groups - 1) / groups
        let bands = (buffer.height + r - 1) / r
        r = (buffer.height + bands - 1) / bands
        var tiles = [Tile]()
        for k in 0..<groups {
            let c0 = k * g
            for band in 0..<bands {
                let r0 = band * r
                tiles.append(Tile(buffer: b, channelStart: c0, channelCount: min(g, buffer.channels - c0),
                                  rowStart: r0, rowCount: min(r, buffer.height - r0), core: 0, pass: 0))
            }
        }
        return BufferTiling(buffer: b, channelsPerTile: g, rowsPerTile: r, groups: groups, bands: bands,
                            weightBytesPerTile: g * weightBytesPerChannel, tiles: tiles)
    }

    /// Cores in boustrophedon order, so consecutive tiles (and layers) are mesh neighbours.
    func serpentine(_ config: HardwareConfig) -> [Int] {
        var order = [Int]()
        for y in 0..<config.chip.meshHeightCores {
            let xs = y % 2 == 0 ? Array(0..<config.chip.meshWidthCores) : Array((0..<config.chip.meshWidthCores).reversed())
            for x in xs { order.append(y * config.chip.meshWidthCores + x) }
        }
        return order
    }

}
