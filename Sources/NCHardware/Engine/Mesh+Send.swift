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
        @inline(__always) func reserve(_ l: Int, _ t: Int) -> Int {
            let start = max(t, free[l])
            free[l] = start + flits
            load[l] += flits
            hops += flits
            return start
        }
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
        rowTime[sx] = t
        var tt = t
        if maxX > sx {
            for x in sx..<maxX {
                let begin = reserve((sy * width + x) * 4, tt)
                if x == sx && !fromPort { departed = max(departed, begin) }
                tt = begin + hopLatency
                rowTime[x + 1] = tt
            }
        }
        tt = t
        if minX < sx {
            for x in stride(from: sx, to: minX, by: -1) {
                let begin = reserve((sy * width + x) * 4 + 1, tt)
                if x == sx && !fromPort { departed = max(departed, begin) }
                tt = begin + hopLatency
                rowTime[x - 1] = tt
            }
        }
        for x in minX...maxX where columnStamp[x] == stamp {
            let base = rowTime[x]
            arrival[sy * width + x] = base
            tt = base
            if south[x] > sy {
                for y in sy..<south[x] {
                    let begin = reserve((y * width + x) * 4 + 3, tt)
                    if x == sx && y == sy && !fromPort { departed = max(departed, begin) }
                    tt = begin + hopLatency
                    arrival[(y + 1) * width + x] = tt
                }
            }
            tt = base
            if north[x] < sy {
                for y in stride(from: sy, to: north[x], by: -1) {
                    let begin = reserve((y * width + x) * 4 + 2, tt)
                    if x == sx && y == sy && !fromPort { departed = max(departed, begin) }
                    tt = begin + hopLatency
                    arrival[(y - 1) * width + x] = tt
                }
            }
        }
        for (k, d) in destinations.enumerated() { arrivals[k] = arrival[d] }
        return (departed, hops)
    }
}
