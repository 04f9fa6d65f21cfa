/// Dense products used when folding: `C = A * B` in `Double` with a register-blocked kernel
/// (four rows of `A` against two columns of `B` per step), split over threads by row blocks.
enum MatrixProduct {
    /// `a` is `m x k` (row-major), `bTransposed` is `n x k` (row-major, i.e. `B` transposed);
    /// returns `m x n`. Each result is summed in a fixed order: results do not depend on threads.
    static func multiply(_ a: [Double], _ bTransposed: [Double], m: Int, k: Int, n: Int, threads: Int) -> [Double] {
        guard k > 0 else { return [Double](repeating: 0, count: m * n) }
        // Every element is written exactly once below, so the array is not zeroed first.
        var c = [Double](unsafeUninitializedCapacity: m * n) { _, count in count = m * n }
        // Blocks of 32 columns of C: their rows of B^T (32 x k) stay in L2 while all of A (which
        // fits in L3) streams past; B^T itself is too large to stream once per row block of A.
        let columnsPerBlock = 32
        let blocks = (n + columnsPerBlock - 1) / columnsPerBlock
        a.withUnsafeBufferPointer { ap in
            bTransposed.withUnsafeBufferPointer { bp in
                c.withUnsafeMutableBufferPointer { cp in
                    let box = UncheckedSendable((ap, bp, cp))
                    Parallel.forEachRange(blocks, threads: threads) { range in
                        let (ap, bp, cp) = box.value
                        guard let A = ap.baseAddress, let B = bp.baseAddress, let C = cp.baseAddress else { return }
                        withUnsafeTemporaryAllocation(of: SIMD4<Double>.self, capacity: 8 * columnsPerBlock / 2) { scratch in
                            guard let sums = scratch.baseAddress else { return }
                            for block in range {
                                let j0 = block * columnsPerBlock, j1 = min(n, j0 + columnsPerBlock)
                                let pairs = (j1 - j0) / 2
                                var i0 = 0
                                while i0 + 4 <= m {
                                    panel(A + i0 * k, B + j0 * k, k, pairs: pairs, sums, C + i0 * n + j0, n)
                                    if j0 + 2 * pairs < j1 {
                                        let j = j0 + 2 * pairs
                                        for i in i0..<(i0 + 4) { C[i * n + j] = dot(A + i * k, B + j * k, k) }
                                    }
                                    i0 += 4
                                }
                                for i in i0..<m { for j in j0..<j1 { C[i * n + j] = dot(A + i * k, B + j * k, k) } }
                            }
                        }
                    }
                }
            }
        }
        return c
    }

    /// Elements of `k` summed per chunk of a panel: four rows of A's chunk (8 KB) stay in L1
    /// while every column pair of the block passes, instead of being fetched again from L2.
    static let chunk = 256

    /// Four rows of A against `pairs` pairs of rows of B^T into a 4 x (2·pairs) block of C, chunk
    /// by chunk of `k`: each pair's eight vector sums wait in `sums` between chunks, so every
    /// element is summed in the same order as in one pass (`kernel4x2` lane by lane, then the tail).
    @inline(__always)
    private static func panel(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ k: Int, pairs: Int,
                              _ sums: UnsafeMutablePointer<SIMD4<Double>>, _ c: UnsafeMutablePointer<Double>, _ n: Int) {
        sums.update(repeating: SIMD4<Double>(), count: 8 * pairs)
        let vectorPart = k - k % 4
        var t0 = 0
        while t0 < vectorPart {
            let t1 = min(vectorPart, t0 + chunk)
            for p in 0..<pairs { kernel4x2(a, b + 2 * p * k, k, t0, t1, sums + 8 * p) }
            t0 = t1
        }
        for p in 0..<pairs { finish(a, b + 2 * p * k, k, from: vectorPart, sums + 8 * p, c + 2 * p, n) }
    }

    @inline(__always)
    private static func load(_ p: UnsafePointer<Double>) -> SIMD4<Double> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self)
    }

    /// Four rows of A (stride k) against two rows of B^T (stride k), elements `t0 ..< t1` (a
    /// multiple of four apart), added to the eight vector sums at `s` (row-major 4 x 2).
    @inline(__always)
    private static func kernel4x2(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ k: Int, _ t0: Int, _ t1: Int,
                                  _ s: UnsafeMutablePointer<SIMD4<Double>>) {
        var s00 = s[0], s01 = s[1], s10 = s[2], s11 = s[3]
        var s20 = s[4], s21 = s[5], s30 = s[6], s31 = s[7]
        var t = t0
        while t < t1 {
            let b0 = load(b + t), b1 = load(b + k + t)
            let a0 = load(a + t), a1 = load(a + k + t), a2 = load(a + 2 * k + t), a3 = load(a + 3 * k + t)
            s00 += a0 * b0; s01 += a0 * b1
            s10 += a1 * b0; s11 += a1 * b1
            s20 += a2 * b0; s21 += a2 * b1
            s30 += a3 * b0; s31 += a3 * b1
            t += 4
        }
        (s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]) = (s00, s01, s10, s11, s20, s21, s30, s31)
    }

    /// The 4 x 2 block at `c` (row stride n): each element's four lane sums added up, then its
    /// products from `t0` to the end of `k` one by one (the same steps as `dot`).
    @inline(__always)
    private static func finish(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ k: Int, from t0: Int,
                               _ s: UnsafeMutablePointer<SIMD4<Double>>, _ c: UnsafeMutablePointer<Double>, _ n: Int) {
        for i in 0..<4 {
            var r0 = s[2 * i].sum(), r1 = s[2 * i + 1].sum()
            for t in t0..<k {
                r0 += a[i * k + t] * b[t]
                r1 += a[i * k + t] * b[k + t]
            }
            c[i * n] = r0
            c[i * n + 1] = r1
        }
    }

    @inline(__always)
    private static func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ k: Int) -> Double {
        var s = SIMD4<Double>()
        var t = 0
        while t + 4 <= k {
            s += load(a + t) * load(b + t)
            t += 4
        }
        var r = s.sum()
        while t < k {
            r += a[t] * b[t]
            t += 1
        }
        return r
    }

    /// The transpose of a `rows x columns` row-major matrix.
    static func transpose(_ x: [Double], rows: Int, columns: Int) -> [Double] {
        // Every element is written exactly once below, so the array is not zeroed first.
        var out = [Double](unsafeUninitializedCapacity: x.count) { _, count in count = x.count }
        let tile = 32
        x.withUnsafeBufferPointer { xp in
            out.withUnsafeMutableBufferPointer { op in
                let box = UncheckedSendable((xp, op))
                // Bands of `tile` rows on every thread; each writes its own columns of `out`.
                Parallel.forEachRange((rows + tile - 1) / tile, threads: Parallel.defaultThreads) { bands in
                    let (x, out) = box.value
                    for band in bands {
                        let r0 = band * tile
                        var c0 = 0
                        while c0 < columns {
                            for r in r0..<min(rows, r0 + tile) {
                                for c in c0..<min(columns, c0 + tile) { out[c * rows + r] = x[r * columns + c] }
                            }
                            c0 += tile
                        }
                    }
                }
            }
        }
        return out
    }
}
