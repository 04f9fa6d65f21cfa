/// SANA-FE's estimate of network congestion, the network half of its default `detailed` timing
/// model (`noc.congestion: sanafe`; the rule and where it is read are in docs/hardware-model.md,
/// "Congestion estimate"). The network is seen as routers of tiles (`noc.tile_width_cores ×
/// tile_height_cores` cores), each with a port per direction a message enters by and one per
/// core of its tile. A message of `h` tile hops, while in flight (from the cycle it is sent to
/// the cycle its destination core starts it), counts `1 / (h + 2)` at each of the `h + 1`
/// routers it passes, at the port it enters by (at its source tile, its source core's port).
/// A new message's congestion `c` is the sum of those counts on its own route, and with `m` the
/// mean receive occupancy of the messages in flight:
/// - it reaches its destination no sooner than `c × m / (h + 1)` cycles after it is sent (the
///   mesh's own hop and link timing still applies when it is later);
/// - when `c` exceeds the route's buffers, `(h + 1) × noc.router_buffer_packets`, its sender
///   blocks `(c − buffers) × m` cycles before sending.
///
/// One estimate per layer-barrier step (SANA-FE: per timestep), fed burst by burst by
/// `ConvStepSimulator`.
struct CongestionEstimate {
    let grid: TileGrid
    /// Packets one router's link buffer holds (`noc.router_buffer_packets`).
    let bufferPackets: Int
    /// In-flight counts per router port (`TileGrid.port`), fractions as above.
    private(set) var density: [Double]
    /// Messages in flight and the sum of their receive occupancies in cycles.
    private(set) var inFlight = 0, occupancySum = 0
    /// Per message of the last burst entered (packet-major, then destination): the earliest
    /// cycle it can reach its destination.
    private(set) var earliest = [Int]()
    /// Messages in flight whose destination has started them, by that cycle.
    private var leaving = BinaryHeap<Leaving>()

    private struct Leaving: Comparable {
        var cycle: Int, source: Int, destination: Int, occupancy: Int
        static func < (a: Leaving, b: Leaving) -> Bool {
            (a.cycle, a.source, a.destination, a.occupancy) < (b.cycle, b.source, b.destination, b.occupancy)
        }
    }

    init(config: HardwareConfig) {
        grid = TileGrid(config: config)
        bufferPackets = config.noc.routerBufferPackets
        density = [Double](repeating: 0, count: grid.portCount)
    }

    /// SANA-FE's `mean_in_flight_receive_delay`, in cycles (0 with nothing in flight).
    var meanOccupancy: Double { inFlight > 0 ? Double(occupancySum) / Double(inFlight) : 0 }

    /// Enters a burst of `count` packets that core `source` sends from `cycle` on, `spacing`
    /// cycles apart, to each of `destinations`, occupying destination `k` for `occupancies[k]`
    /// cycles each: one message per packet and destination, in that order (SANA-FE's: a neuron's
    /// messages one after the other), each estimated after retiring the messages started by its
    /// sending cycle, and its blocking delaying it and the ones after it. Returns the cycles the
    /// sender blocks in all; `earliest` then holds each message's earliest arrival.
    mutating func enter(_ count: Int, from source: Int, at cycle: Int, spacing: Int, to destinations: [Int],
                        occupancies: [Int]) -> Int {
        earliest.removeAll(keepingCapacity: true)
        var blocked = 0
        for e in 0..<count {
            for (k, destination) in destinations.enumerated() {
                let sent = cycle + blocked + e * spacing
                release(upTo: sent)
                let route = grid.route(from: source, to: destination)
                let routers = Double(route.count)
                var congestion = 0.0
                for p in route { congestion += density[p] }
                let mean = meanOccupancy
                let buffers = routers * Double(bufferPackets)
                let blocking = congestion > buffers ? Int(((congestion - buffers) * mean).rounded(.up)) : 0
                blocked += blocking
                earliest.append(sent + blocking + Int((congestion * mean / routers).rounded(.up)))
                let share = 1 / (routers + 1)
                for p in route { density[p] += share }
                inFlight += 1
                occupancySum += occupancies[k]
            }
        }
        return blocked
    }

    /// The message from `source` to `destination` that occupies it `occupancy` cycles leaves the
    /// network at `cycle`, when its destination starts it.
    mutating func leave(from source: Int, to destination: Int, occupancy: Int, at cycle: Int) {
        leaving.push(Leaving(cycle: cycle, source: source, destination: destination, occupancy: occupancy))
    }

    /// Retires every message that left the network by `cycle`.
    mutating func release(upTo cycle: Int) {
        while let first = leaving.pop() {
            guard first.cycle <= cycle else {
                leaving.push(first)
                return
            }
            let route = grid.route(from: first.source, to: first.destination)
            let share = 1 / Double(route.count + 1)
            for p in route { density[p] -= share }
            inFlight -= 1
            occupancySum -= first.occupancy
        }
    }
}

/// The chip's cores grouped in tiles of `noc.tile_width_cores × tile_height_cores`, one router
/// each, with a port per direction of travel (4) and per core of the tile.
struct TileGrid {
    let meshWidth: Int, tileWidth: Int, tileHeight: Int
    let tilesWide: Int, tilesHigh: Int
    var portsPerRouter: Int { 4 + tileWidth * tileHeight }
    var portCount: Int { tilesWide * tilesHigh * portsPerRouter }

    init(config: HardwareConfig) {
        meshWidth = config.chip.meshWidthCores
        tileWidth = config.noc.tileWidthCores
        tileHeight = config.noc.tileHeightCores
        tilesWide = (meshWidth + tileWidth - 1) / tileWidth
        tilesHigh = (config.chip.meshHeightCores + tileHeight - 1) / tileHeight
    }

    /// The router ports a message from core `source` to core `destination` counts at: one per
    /// tile of its XY route (along the row first), the port it enters that tile by (the
    /// direction it travels), at the source tile the source core's port.
    func route(from source: Int, to destination: Int) -> [Int] {
        let sx = source % meshWidth, sy = source / meshWidth
        let dx = (destination % meshWidth) / tileWidth, dy = (destination / meshWidth) / tileHeight
        var x = sx / tileWidth, y = sy / tileHeight
        var ports = [port(x, y, 4 + sx % tileWidth + (sy % tileHeight) * tileWidth)]
        while x != dx {
            x += x < dx ? 1 : -1
            ports.append(port(x, y, x > sx / tileWidth ? 0 : 1))
        }
        let y0 = y
        while y != dy {
            y += y < dy ? 1 : -1
            ports.append(port(x, y, y > y0 ? 2 : 3))
        }
        return ports
    }

    private func port(_ x: Int, _ y: Int, _ p: Int) -> Int { (y * tilesWide + x) * portsPerRouter + p }
}
