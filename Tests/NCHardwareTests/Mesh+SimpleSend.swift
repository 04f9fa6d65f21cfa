@testable import NCHardware

extension Mesh {
    /// The definition of `Mesh.send`, kept beside its test as the oracle: sends `flits` flits
    /// (one packet, or a burst of back-to-back packets) from `source` (a core, or `Mesh.port`) at
    /// cycle `time` to `destinations` (cores) as an XY multicast tree, reserving links in order
    /// with plain arrays. Returns the cycle the head left the source (when every link out of the
    /// source router took it) and, per destination, the cycle the head arrives.
    mutating func sendSimple(from source: Int, at time: Int, flits: Int, to destinations: [Int], arrivals: inout [Int]) -> Int {
        arrivals.removeAll(keepingCapacity: true)
        var rowTime = [Int](repeating: 0, count: width), north = rowTime, south = rowTime
        var usedColumn = [Bool](repeating: false, count: width)
        var arrival = [Int](repeating: 0, count: width * height)
        var sx = 0, sy = 0
        var t = time
        var departed = time
        if source == Mesh.port {
            departed = reserveSimply(portLink, t, flits)
            t = departed + hopLatency
        } else {
            sx = columnOf[source]
            sy = rowOf[source]
        }
        var minX = sx, maxX = sx
        for d in destinations {
            let x = columnOf[d], y = rowOf[d]
            minX = min(minX, x)
            maxX = max(maxX, x)
            if !usedColumn[x] {
                usedColumn[x] = true
                north[x] = sy
                south[x] = sy
            }
            if y > sy { south[x] = max(south[x], y) }
            if y < sy { north[x] = min(north[x], y) }
        }
        // Horizontal segment on the source row: the head's arrival at each column.
        rowTime[sx] = t
        var tt = t
        if maxX > sx {
            for x in sx..<maxX {
                let begin = reserveSimply(link(x, sy, 0), tt, flits)
                if x == sx && source != Mesh.port { departed = max(departed, begin) }
                tt = begin + hopLatency
                rowTime[x + 1] = tt
            }
        }
        tt = t
        if minX < sx {
            for x in stride(from: sx, to: minX, by: -1) {
                let begin = reserveSimply(link(x, sy, 1), tt, flits)
                if x == sx && source != Mesh.port { departed = max(departed, begin) }
                tt = begin + hopLatency
                rowTime[x - 1] = tt
            }
        }
        // Vertical segments per destination column, shared by the destinations in that column.
        for x in minX...maxX where usedColumn[x] {
            let base = rowTime[x]
            arrival[sy * width + x] = base
            tt = base
            if south[x] > sy {
                for y in sy..<south[x] {
                    let begin = reserveSimply(link(x, y, 3), tt, flits)
                    if x == sx && y == sy && source != Mesh.port { departed = max(departed, begin) }
                    tt = begin + hopLatency
                    arrival[(y + 1) * width + x] = tt
                }
            }
            tt = base
            if north[x] < sy {
                for y in stride(from: sy, to: north[x], by: -1) {
                    let begin = reserveSimply(link(x, y, 2), tt, flits)
                    if x == sx && y == sy && source != Mesh.port { departed = max(departed, begin) }
                    tt = begin + hopLatency
                    arrival[(y - 1) * width + x] = tt
                }
            }
        }
        for d in destinations { arrivals.append(arrival[d]) }
        return departed
    }

    /// Holds link `l` for `flits` cycles from `time` or when it frees; returns the start cycle.
    private mutating func reserveSimply(_ l: Int, _ time: Int, _ flits: Int) -> Int {
        let start = max(time, free[l])
        free[l] = start + flits
        load[l] += flits
        flitHops += flits
        return start
    }
}
