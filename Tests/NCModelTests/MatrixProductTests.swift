import Foundation
import XCTest
@testable import NCModel

/// `MatrixProduct.multiply` (register tiles, chunks of `k`, threads) against the definition it
/// promises, written out element by element: lane `t % 4` sums its products in order of `t` over
/// the whole vectors of `k`, the four lanes are added up, then the remaining products one by one.
final class MatrixProductTests: XCTestCase {
    private func definition(_ a: [Double], _ bt: [Double], m: Int, k: Int, n: Int) -> [Double] {
        var c = [Double](repeating: 0, count: m * n)
        let whole = k - k % 4
        for i in 0..<m {
            for j in 0..<n {
                var lanes = SIMD4<Double>()
                for t in 0..<whole { lanes[t % 4] += a[i * k + t] * bt[j * k + t] }
                var r = lanes.sum()
                for t in whole..<k { r += a[i * k + t] * bt[j * k + t] }
                c[i * n + j] = r
            }
        }
        return c
    }

    func testEqualsTheDefinitionBitForBit() {
        var rng = SplitMix64(seed: 15)
        func values(_ count: Int) -> [Double] {
            // Mixed magnitudes so that a different summation order would change low bits.
            (0..<count).map { _ in (Double(rng.next() % 2_000_001) - 1_000_000) * pow(2, Double(Int(rng.next() % 40)) - 20) }
        }
        // k beyond one chunk (and not a multiple of it or of 4), odd rows and columns, blocks of 32.
        let shapes = [(1, 1, 1), (4, 4, 2), (5, 7, 3), (9, 300, 33), (8, 517, 65), (13, MatrixProduct.chunk * 2 + 6, 70), (4, 1030, 2)]
        for (m, k, n) in shapes {
            let a = values(m * k), bt = values(n * k)
            let expected = definition(a, bt, m: m, k: k, n: n).map(\.bitPattern)
            for threads in [1, 2, 3] {
                let c = MatrixProduct.multiply(a, bt, m: m, k: k, n: n, threads: threads)
                let differing = zip(c.map(\.bitPattern), expected).filter { $0 != $1 }.count
                XCTAssertEqual(differing, 0, "\(m)x\(k)x\(n) on \(threads) threads: \(differing) of \(m * n) elements differ")
            }
        }
    }

    func testTranspose() {
        let x = (0..<(37 * 70)).map(Double.init)
        let t = MatrixProduct.transpose(x, rows: 37, columns: 70)
        for r in 0..<37 { for c in 0..<70 { XCTAssertEqual(t[c * 37 + r], x[r * 70 + c]) } }
    }
}
