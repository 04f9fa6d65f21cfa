/// Owned storage for a core's ring of start cycles (a power of two).
final class StartRing: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Int>
    let count: Int
    var mask: Int { count - 1 }

    init(count: Int) {
        var size = 1
        while size < count { size <<= 1 }
        self.count = size
        pointer = .allocate(capacity: size)
        pointer.initialize(repeating: 0, count: size)
    }

    /// A larger ring holding `needed` entries, with the last `min(count, processed)` events copied
    /// to their new positions.
    func grown(toHold needed: Int, upTo processed: Int) -> StartRing {
        let bigger = StartRing(count: max(needed, count * 2))
        for i in max(0, processed - count)..<processed { bigger.pointer[i & bigger.mask] = pointer[i & mask] }
        return bigger
    }

    /// Σ max(0, start(q0 + k) - (arrival + k·spacing)) for k in 0 ..< count: the cycles events
    /// arriving `spacing` apart wait for those starts. Walks the ring in contiguous runs with
    /// wrapping arithmetic, four events at a time (cycles are far below `Int.max`); a run's last
    /// partial four are read as the run's last four with the lanes already summed masked off.
    @inline(__always)
    static func excess(_ starts: UnsafeMutablePointer<Int>, mask: Int, from q0: Int, count: Int, arrival: Int, spacing: Int) -> Int {
        assert(q0 >= 0 && count >= 0 && count <= mask + 1)
        var total = 0, q = q0, a = arrival, left = count
        // Vector operands only: comparisons and blends with a scalar build their masks lane by lane.
        let zero = SIMD4<Int>(), lanes = SIMD4<Int>(0, 1, 2, 3)
        let step = SIMD4<Int>(repeating: 4 &* spacing), offsets = SIMD4<Int>(0, spacing, 2 &* spacing, 3 &* spacing)
        while left > 0 {
            let i = q & mask
            let run = min(left, mask + 1 - i)
            let p = starts + i
            var sum = zero, k = 0
            var arrivals = offsets &+ SIMD4<Int>(repeating: a)
            while k + 4 <= run {
                let v = UnsafeRawPointer(p + k).loadUnaligned(as: SIMD4<Int>.self) &- arrivals
                sum &+= v.replacing(with: zero, where: v .< zero)
                arrivals &+= step
                k += 4
            }
            if k < run && run >= 4 {
                // Events run - 4 ..< run; the first 4 - (run - k) of them were summed above.
                let last = run - 4
                let v = UnsafeRawPointer(p + last).loadUnaligned(as: SIMD4<Int>.self)
                    &- (offsets &+ SIMD4<Int>(repeating: a &+ last &* spacing))
                let done = SIMD4<Int>(repeating: k - last)
                sum &+= v.replacing(with: zero, where: (v .< zero) .| (lanes .< done))
                k = run
            }
            total &+= sum.wrappedSum()
            while k < run {
                let v = p[k] &- (a &+ k &* spacing)
                if v > 0 { total &+= v }
                k += 1
            }
            q += run
            a += run * spacing
            left -= run
        }
        return total
    }

    /// Stores `first + k·step` as the start of event `p + k` for k in 0 ..< count (at most the
    /// ring's size), in contiguous runs, four at a time; a run's last partial four are stored as
    /// the run's last four (rewriting some with the same values).
    @inline(__always)
    static func fill(_ starts: UnsafeMutablePointer<Int>, mask: Int, from p: Int, count: Int, first: Int, step: Int) {
        assert(p >= 0 && count >= 0 && count <= mask + 1)
        var q = p, value = first, left = count
        let step4 = SIMD4<Int>(repeating: 4 &* step), offsets = SIMD4<Int>(0, step, 2 &* step, 3 &* step)
        while left > 0 {
            let i = q & mask
            let run = min(left, mask + 1 - i)
            let dst = UnsafeMutableRawPointer(starts + i)
            if run >= 4 {
                var v = offsets &+ SIMD4<Int>(repeating: value), k = 0
                while k + 4 <= run {
                    dst.storeBytes(of: v, toByteOffset: k * MemoryLayout<Int>.stride, as: SIMD4<Int>.self)
                    v &+= step4
                    k += 4
                }
                if k < run {
                    let last = run - 4
                    dst.storeBytes(of: offsets &+ SIMD4<Int>(repeating: value &+ last &* step),
                                   toByteOffset: last * MemoryLayout<Int>.stride, as: SIMD4<Int>.self)
                }
            } else {
                for k in 0..<run { starts[i + k] = value &+ k &* step }
            }
            q += run
            value += run * step
            left -= run
        }
    }

    deinit { pointer.deallocate() }
}
