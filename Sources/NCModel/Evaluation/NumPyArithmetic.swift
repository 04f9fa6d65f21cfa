/// The few NumPy routines ultralytics' metrics use, in NumPy's own evaluation order so that the
/// results agree to the last bit, not just to rounding noise.
enum NumPyArithmetic {
    /// `np.add.reduce` of a contiguous float64 array: NumPy's pairwise summation (sequential below
    /// 8 elements, 8 interleaved accumulators up to 128, halves above).
    static func sum(_ a: ArraySlice<Double>) -> Double {
        let n = a.count, s = a.startIndex
        if n < 8 {
            var r = 0.0
            for v in a { r += v }
            return r
        }
        if n <= 128 {
            var r = (0..<8).map { a[s + $0] }
            var i = 8
            while i < n - n % 8 {
                for k in 0..<8 { r[k] += a[s + i + k] }
                i += 8
            }
            var res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            while i < n {
                res += a[s + i]
                i += 1
            }
            return res
        }
        var half = n / 2
        half -= half % 8
        return sum(a[s..<(s + half)]) + sum(a[(s + half)...])
    }

    /// `np.mean` of a 1-D array (0 for an empty one, where ultralytics returns 0.0).
    static func mean(_ a: [Double]) -> Double {
        a.isEmpty ? 0 : sum(a[...]) / Double(a.count)
    }

    /// `np.linspace(0, 1, n)`: `i * (1 / (n - 1))`, the last point exactly 1.
    static func unitGrid(_ n: Int) -> [Double] {
        let step = 1.0 / Double(n - 1)
        return (0..<n).map { $0 == n - 1 ? 1 : Double($0) * step }
    }

    /// `np.interp(x, xp, fp, left, right)` for increasing (possibly repeated) `xp`: the last `j`
    /// with `xp[j] <= x`, then `slope * (x - xp[j]) + fp[j]`.
    static func interp(_ x: [Double], _ xp: [Double], _ fp: [Double], left: Double? = nil, right: Double? = nil) -> [Double] {
        precondition(!xp.isEmpty && xp.count == fp.count)
        let last = xp.count - 1
        let lval = left ?? fp[0], rval = right ?? fp[last]
        return x.map { v in
            if v.isNaN { return v }
            if v > xp[last] { return rval }
            if v < xp[0] { return lval }
            // Binary search for the last index whose xp is <= v.
            var lo = 0, hi = xp.count
            while lo < hi {
                let mid = lo + (hi - lo) / 2
                if v >= xp[mid] { lo = mid + 1 } else { hi = mid }
            }
            let j = lo - 1
            if j == last || xp[j] == v { return fp[j] }
            let slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j])
            var r = slope * (v - xp[j]) + fp[j]
            if r.isNaN {
                r = slope * (v - xp[j + 1]) + fp[j + 1]
                if r.isNaN && fp[j] == fp[j + 1] { r = fp[j] }
            }
            return r
        }
    }

    /// `np.trapezoid(y, x)`: `sum(diff(x) * (y[1:] + y[:-1]) / 2)`.
    static func trapezoid(_ y: [Double], _ x: [Double]) -> Double {
        guard y.count > 1 else { return 0 }
        let terms = (0..<(y.count - 1)).map { i -> Double in
            let width: Double = x[i + 1] - x[i]
            let heights: Double = y[i + 1] + y[i]
            return width * heights / 2.0
        }
        return sum(terms[...])
    }
}
