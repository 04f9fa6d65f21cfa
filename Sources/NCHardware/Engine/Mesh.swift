/// The `mesh` network-on-chip: a `width x height` mesh of routers with one link per direction
/// between neighbours, plus the I/O port (host, DRAM controller and encoder) attached to router
/// (0, 0). Packets are XY-routed (first along the row, then along the column) and multicast as a
/// tree. Each link carries one flit per cycle; a packet holds a link for `flits` cycles.
/// Parameters: the `noc` section (`hop_latency_cycles`, `link_width_bits`, `packet_bits`,
/// `router_buffer_packets`) and the mesh size of `chip`; statistics: `NoCStatistics`.
struct Mesh: NetworkOnChip {
    static let name = "mesh"
    let width: Int, height: Int
    let hopLatency: Int
    /// Next free cycle of each directed link: 4 per router (east, west, north, south) plus the
    /// port's link into router (0, 0).
    var free: [Int]
    /// Flits each link carried.
    var load: [Int]
    var flitHops = 0
    /// Column and row of each router, so routing needs no divisions.
    let columnOf: [Int], rowOf: [Int]
    /// Scratch space of `send`, reused so that sending allocates nothing: row times, northmost
    /// and southmost rows and stamps per column (`width` each), then arrivals per router.
    var work: [Int]
    var stamp = 0

    /// The I/O port's node id (not a core).
    static let port = NoCPort.id

    init(config: HardwareConfig) {
        self.init(width: config.chip.meshWidthCores, height: config.chip.meshHeightCores, hopLatency: config.noc.hopLatencyCycles)
    }

    init(width: Int, height: Int, hopLatency: Int) {
        self.width = width
        self.height = height
        self.hopLatency = hopLatency
        free = [Int](repeating: 0, count: width * height * 4 + 1)
        load = free
        work = [Int](repeating: 0, count: 4 * width + width * height)
        columnOf = (0..<(width * height)).map { $0 % width }
        rowOf = (0..<(width * height)).map { $0 / width }
    }

    func link(_ x: Int, _ y: Int, _ dir: Int) -> Int { (y * width + x) * 4 + dir }
    var portLink: Int { width * height * 4 }

    /// Marks the link into `core` from its upstream neighbour busy until `cycle` (back-pressure
    /// from a full event queue holds the packet in the last router).
    @inline(__always)
    mutating func hold(into core: Int, from source: Int, until cycle: Int) {
        guard core != source else { return }
        let x = columnOf[core], y = rowOf[core]
        let sx = source == Mesh.port ? 0 : columnOf[source], sy = source == Mesh.port ? 0 : rowOf[source]
        let l: Int
        if y != sy {
            l = y > sy ? link(x, y - 1, 3) : link(x, y + 1, 2)
        } else if x != sx {
            l = x > sx ? link(x - 1, y, 0) : link(x + 1, y, 1)
        } else {
            l = portLink
        }
        free[l] = max(free[l], cycle)
    }

    /// Hops from `source` to `core` along the XY route.
    func hops(from source: Int, to core: Int) -> Int {
        let sx = source == Mesh.port ? 0 : source % width, sy = source == Mesh.port ? 0 : source / width
        return abs(core % width - sx) + abs(core / width - sy) + (source == Mesh.port ? 1 : 0)
    }

    /// Flits times links crossed so far, and the most flits one link carried.
    var statistics: NoCStatistics { NoCStatistics(flitHops: flitHops, busiestLinkFlits: load.max() ?? 0) }

    /// Adds flit-hops of bulk transfers that are timed in closed form (membrane copies, read-out).
    mutating func charge(flitHops n: Int) { flitHops += n }

    func isDrained(at cycle: Int) -> Bool { free.allSatisfy { $0 <= cycle } }

    static func idle(_ config: HardwareConfig) -> Mesh {
        var mesh = Mesh(config: config)
        for l in mesh.free.indices { mesh.free[l] = Cycles.never }
        return mesh
    }

    mutating func absorb(_ step: Mesh, at cycle: Int) {
        assert(step.free.count == free.count)
        for l in free.indices where step.free[l] != Cycles.never { free[l] = step.free[l] + cycle }
        for l in load.indices { load[l] += step.load[l] }
        flitHops += step.flitHops
    }

    /// Resets link reservations for a new step (the barrier drains the network).
    mutating func drain(to cycle: Int) {
        for i in free.indices { free[i] = max(free[i], cycle) }
    }
}
