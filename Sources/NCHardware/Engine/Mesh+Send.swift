extension Mesh {
    /// The XY multicast of `sendSimple` (its definition, kept beside `MeshSendTests`) through
    /// buffer pointers: the links' arrays and the scratch space are checked for uniqueness once
    /// per packet rather than once per link reserved (the innermost loop of the timing model).
    /// Same reservations in the same order; `MeshSendTests` proves it equal.
    mutating func send(from source: Int, at time: Int, flits: Int, to destinations: UnsafeBufferPointer<Int>,
                       arrivals: UnsafeMutableBufferPointer<Int>) -> Int {
        assert(arrivals.count >= destinations.count)
        stamp += 1
        let stamp = self.stamp, width = self.width, height = self.height, hopLatency = self.hopLatency
        // The multicast works on the arrays' buffers in a function of its own: locals that nested
        // closures captured and mutated were boxed, with a dynamic exclusivity check per access.
        let (departed, hops) = columnOf.withUnsafeBufferPointer { columnOf in
            rowOf.withUnsafeBufferPointer { rowOf in
                free.withUnsafeMutableBufferPointer { free in
                    load.withUnsafeMutableBufferPointer { load in
                        work.withUnsafeMutableBufferPointer { work in
                            Mesh.multicast(from: source, at: time, flits: flits, to: destinations, arrivals: arrivals,
                                           grid: (width, height, hopLatency, stamp), columnOf: columnOf, rowOf: rowOf,
                                           free: free, load: load, work: work)
                        }
                    }
                }
            }
        }
        flitHops += hops
        return departed
    }

    /// `send` on the network's buffers; returns the cycle the head left and the flit-hops.
    @inline(__always)
    private static func multicast(from source: Int, at time: Int, flits: Int, to destinations: UnsafeBufferPointer<Int>,
                                  arrivals: UnsafeMutableBufferPointer<Int>, grid: (width: Int, height: Int, hopLatency: Int, stamp: Int),
                                  columnOf: UnsafeBufferPointer<Int>, rowOf: UnsafeBufferPointer<Int>,
                                  free: UnsafeMutableBufferPointer<Int>, load: UnsafeMutableBufferPointer<Int>,
                                  work: UnsafeMutableBufferPointer<Int>) -> (departed: Int, hops: Int) {
        let width = grid.width, height = grid.height, hopLatency = grid.hopLatency, stamp = grid.stamp
        let portLink = width * height * 4
        var departed = time, hops = 0
        let fromPort = source == Mesh.port
        let sx = fromPort ? 0 : columnOf[source], sy = fromPort ? 0 : rowOf[source]
        guard let rowTime = work.baseAddress else { return (departed, hops) }
        let north = rowTime + width, south = north + width, columnStamp = south + width
        let arrival = columnStamp + width
        // Cycles and link indices stay far below `Int.max`: wrapping arithmetic spares an overflow
        // check per operation in the innermost loop of the timing model.
        var links = 0
        @inline(__always) func reserve(_ l: Int, _ t: Int) -> Int {
            let start = max(t, free[l])
            free[l] = start &+ flits
            load[l] &+= flits
            links &+= 1
            return start
        }
        @inline(__always) func link(_ x: Int, _ y: Int, _ direction: Int) -> Int { (y &* width &+ x) &<< 2 | direction }
        var t = time
        if fromPort {
            departed = reserve(portLink, t)
            t = departed + hopLatency
        }
        var minX = sx, maxX = sx
        for d in destinations {
            let x = columnOf[d], y = rowOf[d]
            assert(x >= 0 && x < width && y >= 0 && y < height)
            minX = min(minX, x)
            maxX = max(maxX, x)
            if columnStamp[x] != stamp {
                columnStamp[x] = stamp
                north[x] = sy
                south[x] = sy
            }
            if y > sy { south[x] = max(south[x], y) }
            if y < sy { north[x] = min(north[x], y) }
        }
        // Each direction's first link out of the source core is where the burst leaves it (each
        // loop's first step, peeled off: only it can move `departed`).
        rowTime[sx] = t
        if maxX > sx {
            var x = sx, begin = reserve(link(sx, sy, 0), t)
            if !fromPort { departed = max(departed, begin) }
            while true {
                let tt = begin &+ hopLatency
                rowTime[x + 1] = tt
                x += 1
                if x >= maxX { break }
                begin = reserve(link(x, sy, 0), tt)
            }
        }
        if minX < sx {
            var x = sx, begin = reserve(link(sx, sy, 1), t)
            if !fromPort { departed = max(departed, begin) }
            while true {
                let tt = begin &+ hopLatency
                rowTime[x - 1] = tt
                x -= 1
                if x <= minX { break }
                begin = reserve(link(x, sy, 1), tt)
            }
        }
        for x in minX...maxX where columnStamp[x] == stamp {
            let base = rowTime[x]
            arrival[sy &* width &+ x] = base
            let leaves = x == sx && !fromPort
            if south[x] > sy {
                var y = sy, begin = reserve(link(x, sy, 3), base)
                if leaves { departed = max(departed, begin) }
                while true {
                    let tt = begin &+ hopLatency
                    arrival[(y &+ 1) &* width &+ x] = tt
                    y += 1
                    if y >= south[x] { break }
                    begin = reserve(link(x, y, 3), tt)
                }
            }
            if north[x] < sy {
                var y = sy, begin = reserve(link(x, sy, 2), base)
                if leaves { departed = max(departed, begin) }
                while true {
                    let tt = begin &+ hopLatency
                    arrival[(y &- 1) &* width &+ x] = tt
                    y -= 1
                    if y <= north[x] { break }
                    begin = reserve(link(x, y, 2), tt)
                }
            }
        }
        hops = links &* flits
        for (k, d) in destinations.enumerated() { arrivals[k] = arrival[d] }
        return (departed, hops)
    }
}
