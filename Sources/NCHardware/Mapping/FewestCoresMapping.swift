import NCModel

/// `fewest-cores`: each buffer is cut into the fewest tiles that fit a core (as many channels as
/// synaptic memory allows, then as many rows as neuron memory allows); tiles take cores in
/// serpentine order. If every tile gets its own core the mapping is resident; otherwise layers
/// take turns on the cores (streamed), a layer with more tiles than cores in several passes.
struct FewestCoresMapping: MappingStrategy {
    static let name = "fewest-cores"

    /// Places `topology` on the chip `config` describes. Throws an actionable error when a layer cannot fit at all.
    func plan(_ topology: NetworkTopology, on config: HardwareConfig) throws -> Mapping {
        let demand = WeightDemand(topology, config)
        func tilings(resident: Bool) throws -> [BufferTiling] {
            // Resident tiles hold every writer's weights; streamed tiles one writer's at a time.
            try topology.buffers.enumerated().map { b, buffer in
                try BufferTiling.fewest(b, buffer, weightBytesPerChannel: demand.bytesPerChannel(b, resident: resident), config: config)
            }
        }
        // A buffer whose writers' kernels together exceed a core cannot be resident; streamed,
        // its tiles hold one writer's kernels at a time.
        var resident: [BufferTiling]?
        do {
            resident = try tilings(resident: true)
        } catch MappingError.weightsTooLarge {
            resident = nil
        }
        var buffers = try resident ?? tilings(resident: false)
        let total = buffers.reduce(0) { $0 + $1.tiles.count }
        let order = Self.serpentine(config)
        let mode: Mapping.Mode
        if resident != nil && total <= config.coreCount {
            mode = .resident
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
            for b in buffers.indices {
                for t in buffers[b].tiles.indices {
                    buffers[b].tiles[t].core = order[t % order.count]
                    buffers[b].tiles[t].pass = t / order.count
                }
            }
        }
        // Resident: one segment of every step. Streamed: every step takes its own turn on the
        // same cores with the layer-barrier rules, so there are no segments to pipeline.
        let segments = mode == .resident ? [MappingSegment(kind: .pipelined, steps: 0..<topology.steps.count, buffers: buffers)] : []
        return Mapping(mode: mode, strategy: .fewestCores, weightStorage: config.mapping.weights, buffers: buffers,
                       convWeightBytes: demand.convBytes(config), coreCount: config.coreCount, segments: segments)
    }

    /// Cores in boustrophedon order, so consecutive tiles (and layers) are mesh neighbours.
    static func serpentine(_ config: HardwareConfig) -> [Int] {
        var order = [Int]()
        for y in 0..<config.chip.meshHeightCores {
            let xs = y % 2 == 0 ? Array(0..<config.chip.meshWidthCores) : Array((0..<config.chip.meshWidthCores).reversed())
            for x in xs { order.append(y * config.chip.meshWidthCores + x) }
        }
        return order
    }
}
