/// Packs tiles, in order, into consecutive runs that each fit one core's neuron and synaptic
/// memory (with the config's kernel storage), runs taking cores in serpentine order. Used by
/// `SpreadMapping`.
struct Packer {
    let config: HardwareConfig
    let order: [Int]
    /// Columns of each buffer (every tile spans all of them).
    let widths: [Int]

    init(config: HardwareConfig, widths: [Int]) {
        self.config = config
        self.widths = widths
        order = FewestCoresMapping.serpentine(config)
    }

    /// Whether `tilings` fit on the chip's cores at once.
    func fits(_ tilings: [BufferTiling]) -> Bool {
        assign(tilings, tileLoads: nil, bound: Int.max) != nil
    }

    /// `tilings` packed so that the busiest core carries the least work: the smallest bound on a
    /// core's work (binary search) for which the in-order packing fits the chip. `load` is each
    /// tiling's work, shared among its tiles in proportion to their neurons. Nil when the tiles
    /// do not fit even without a bound.
    func balanced(_ tilings: [BufferTiling], load: [Int]) -> [BufferTiling]? {
        let tileLoads = zip(tilings, load).map { tiling, l -> [Int] in
            let total = tiling.tiles.reduce(0) { $0 + $1.channelCount * $1.rowCount }
            return tiling.tiles.map { t in
                total > 0 ? Int((Double(l) * Double(t.channelCount * t.rowCount) / Double(total)).rounded(.up)) : 0
            }
        }
        var lo = tileLoads.joined().max() ?? 0
        var hi = tileLoads.joined().reduce(0, +)
        guard assign(tilings, tileLoads: tileLoads, bound: hi) != nil else { return nil }
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if assign(tilings, tileLoads: tileLoads, bound: mid) != nil { hi = mid } else { lo = mid + 1 }
        }
        return assign(tilings, tileLoads: tileLoads, bound: lo)
    }

    /// The in-order packing with at most `bound` work per core, or nil when it needs more cores
    /// than the chip has (or a tile alone exceeds a core).
    func assign(_ tilings: [BufferTiling], tileLoads: [[Int]]?, bound: Int) -> [BufferTiling]? {
        var result = tilings
        var core = 0, load = 0, neurons = 0, bytes = 0
        var kernels = Set<[Int]>()
        var empty = true
        let neuronCapacity = config.core.neuronMemoryNeurons, byteCapacity = config.core.synapticMemoryBytes
        for (i, tiling) in tilings.enumerated() {
            let width = tiling.buffer < widths.count ? widths[tiling.buffer] : 0
            for (j, tile) in tiling.tiles.enumerated() {
                let n = tile.channelCount * tile.rowCount * width
                let key = [tile.buffer, tile.channelStart, tile.channelCount]
                let w = tiling.weightBytes(of: tile)
                let l = tileLoads?[i][j] ?? 0
                func extra() -> Int { config.mapping.weights == .sharedKernel && kernels.contains(key) ? 0 : w }
                if !empty && (load + l > bound || neurons + n > neuronCapacity || bytes + extra() > byteCapacity) {
                    core += 1
                    load = 0
                    neurons = 0
                    bytes = 0
                    kernels.removeAll(keepingCapacity: true)
                }
                guard core < order.count, n <= neuronCapacity, w <= byteCapacity, l <= bound else { return nil }
                bytes += extra()
                kernels.insert(key)
                load += l
                neurons += n
                empty = false
                result[i].tiles[j].core = order[core]
                result[i].tiles[j].pass = 0
            }
        }
        return result
    }
}
