/// Dense products used when folding: `C = A * B` in `Double` with a register-blocked kernel
/// (four rows of `A` against two columns of `B` per step), split over threads by row blocks.
enum MatrixProduct {
    /// `a` is `m x k` (row-major), `bTransposed` is `n x k` (row-major, i.e. `B` transposed);
    /// returns `m x n`. Each result is summed in a fixed order: results do not depend on threads.
    static func multiply(_ a: [Double], _ bTransposed: [Double], m: Int, k: Int, n: Int, threads: Int) -> [Double] {
        var c = [Double](repeating: 0, count: m * n)
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
                        for block in range {
                            let j0 = block * columnsPerBlock, j1 = min(n, j0 + columnsPerBlock)
                            var i0 = 0
                            while i0 + 4 <= m {
                                var j = j0
                                while j + 2 <= j1 {
                                    kernel4x2(A + i0 * k, B + j * k, k, C + i0 * n + j, n)
                                    j += 2
                                }
                                if j < j1 { for i in i0..<(i0 + 4) { C[i * n + j] = dot(A + i * k, B + j * k, k) } }
                                i0 += 4
                            }
                            for i in i0..<m { for j in j0..<j1 { C[i * n + j] = dot(A + i * k, B + j * k, k) } }
                        }
                    }
                }
            }
        }
        return c
    }

    @inline(__always)
    private static func load(_ p: UnsafePointer<Double>) -> SIMD4<Double> {
        UnsafeRawPointer(p).loadUnaligned(as: SIMD4<Double>.self)
    }

    /// Four rows of A (stride k) against two rows of B^T (stride k) into a 4x2 block of C.
    @inline(__always)
    private static func kernel4x2(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ k: Int,
                                  _ c: UnsafeMutablePointer<Double>, _ n: Int) {
        var s00 = SIMD4<Double>(), s01 = SIMD4<Double>(), s10 = SIMD4<Double>(), s11 = SIMD4<Double>()
        var s20 = SIMD4<Double>(), s21 = SIMD4<Double>(), s30 = SIMD4<Double>(), s31 = SIMD4<Double>()
        var t = 0
        while t + 4 <= k {
            let b0 = load(b + t), b1 = load(b + k + t)
            let a0 = load(a + t), a1 = load(a + k + t), a2 = load(a + 2 * k + t), a3 = load(a + 3 * k + t)
            s00 += a0 * b0; s01 += a0 * b1
            s10 += a1 * b0; s11 += a1 * b1
            s20 += a2 * b0; s21 += a2 * b1
            s30 += a3 * b0; s31 += a3 * b1
            t += 4
        }
        var r = [s00.sum(), s01.sum(), s10.sum(), s11.sum(), s20.sum(), s21.sum(), s30.sum(), s31.sum()]
        while t < k {
            for i in 0..<4 {
                r[2 * i] += a[i * k + t] * b[t]
                r[2 * i + 1] += a[i * k + t] * b[k + t]
            }
            t += 1
        }
        for i in 0..<4 {
            c[i * n] = r[2 * i]
            c[i * n + 1] = r[2 * i + 1]
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
        var out = [Double](repeating: 0, count: x.count)
        let tile = 32
        var r0 = 0
        while r0 < rows {
            var c0 = 0
            while c0 < columns {
                for r in r0..<min(rows, r0 + tile) {
                    for c in c0..<min(columns, c0 + tile) { out[c * rows + r] = x[r * columns + c] }
                }
                c0 += tile
            }
            r0 += tile
        }
        return out
    }
}
