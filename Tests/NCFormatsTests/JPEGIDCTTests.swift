import Foundation
import XCTest

@testable import NCFormats

/// The integer IDCT (`JPEGIDCT`, libjpeg's ISLOW) is not the exact inverse DCT, so these tests
/// check the properties it is documented to have, against arithmetic written here: its DC-only
/// output and range limiting exactly, and its accuracy against a double-precision IDCT (IEEE
/// 1180-1990 bounds). That it equals libjpeg bit for bit is checked through OpenCV's decodes of
/// the fixtures and `JPEGVectors`.
final class JPEGIDCTTests: XCTestCase {
    /// The IDCT of one block: 64 coefficients and quantisation values, natural order.
    static func idct(_ coefficients: [Int16], _ quant: [Int32]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: 64)
        coefficients.withUnsafeBufferPointer { c in
            quant.withUnsafeBufferPointer { q in
                out.withUnsafeMutableBufferPointer { o in
                    JPEGIDCT.transform(c.baseAddress!, q.baseAddress!, o.baseAddress!, stride: 8, limit: JPEGLookupTables.shared.idctLimit)
                }
            }
        }
        return out
    }

    /// The shortcut for blocks without AC terms, through a 12-byte stride.
    static func idctDCOnly(_ dc: Int16, _ q0: Int32) -> [UInt8] {
        var out = [UInt8](repeating: 7, count: 8 * 12)
        out.withUnsafeMutableBufferPointer { o in
            JPEGIDCT.transformDCOnly(dc, q0, o.baseAddress!, stride: 12, limit: JPEGLookupTables.shared.idctLimit)
        }
        // The 8 × 8 samples, then the 4 bytes right of each row (which must be untouched).
        var inside = [UInt8](), outside = [UInt8]()
        for row in 0..<8 {
            inside += out[(12 * row)..<(12 * row + 8)]
            outside += out[(12 * row + 8)..<(12 * row + 12)]
        }
        return inside + outside
    }

    func testLookupTableIsTheRangeLimit() {
        for x in 0..<1024 { XCTAssertEqual(JPEGLookupTables.shared.idctLimit[x], Self.rangeLimitTable(x)) }
    }

    /// T.81 A.3.3: s(x, y) = 1/4 Σu Σv C(u) C(v) S(v, u) cos((2x+1)uπ/16) cos((2y+1)vπ/16), in doubles.
    static func referenceIDCT(_ coefficients: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: 64)
        for y in 0..<8 {
            for x in 0..<8 {
                var s = 0.0
                for v in 0..<8 {
                    for u in 0..<8 {
                        let cu = u == 0 ? 1 / 2.0.squareRoot() : 1, cv = v == 0 ? 1 / 2.0.squareRoot() : 1
                        s += cu * cv * coefficients[v * 8 + u]
                            * cos(Double(2 * x + 1) * Double(u) * .pi / 16) * cos(Double(2 * y + 1) * Double(v) * .pi / 16)
                    }
                }
                out[y * 8 + x] = s / 4
            }
        }
        return out
    }

    /// libjpeg's post-IDCT range-limit table (jdmaster.c `prepare_range_limit_table`), indexed by
    /// the descaled value & 1023: x + 128 for 0...127, 255 for 128...511, 0 for 512...895, and
    /// x - 896 for 896...1023 (the negative values -128...-1 shifted by 128).
    static func rangeLimitTable(_ index: Int) -> UInt8 {
        switch index {
        case 0..<128: return UInt8(index + 128)
        case 128..<512: return 255
        case 512..<896: return 0
        default: return UInt8(index - 896)
        }
    }

    func testOnlyDCDetectsEveryACPosition() {
        for k in 1..<64 {
            var c = [Int16](repeating: 0, count: 64)
            c[0] = 5
            c[k] = k % 2 == 0 ? 1 : -1
            XCTAssertFalse(c.withUnsafeBufferPointer { JPEGIDCT.hasOnlyDC($0.baseAddress!) }, "AC \(k)")
        }
    }

    func testRangeLimitMatchesLibjpegTable() {
        for x in -70_000...70_000 {
            XCTAssertEqual(JPEGIDCT.rangeLimit(Int32(x)), Self.rangeLimitTable(x & 1023), "\(x)")
        }
    }

    /// A block with only a DC term comes out flat: (DC · q · 4 + 16) >> 5, range-limited; for
    /// every DC value of an 8-bit JPEG and several quantisers.
    func testDCOnlyBlocksAreFlatAndExact() {
        for q in [1, 2, 3, 7, 16, 99, 255] {
            for dc in -2048...2047 {
                var c = [Int16](repeating: 0, count: 64)
                c[0] = Int16(dc)
                var quant = [Int32](repeating: 1, count: 64)
                quant[0] = Int32(q)
                let out = Self.idct(c, quant)
                let descaled = (dc * q * 4 + 16) >> 5
                XCTAssertEqual(Set(out), [Self.rangeLimitTable(descaled & 1023)], "DC \(dc), q \(q)")
                // The shortcut writes the same 8 × 8 samples and nothing beyond them.
                XCTAssertEqual(Self.idctDCOnly(Int16(dc), Int32(q)), out + [UInt8](repeating: 7, count: 32), "DC \(dc), q \(q)")
                XCTAssertTrue(c.withUnsafeBufferPointer { JPEGIDCT.hasOnlyDC($0.baseAddress!) })
            }
        }
    }

    /// Hand-picked blocks: single basis functions and a few mixtures. Each sample is within 1 of
    /// the correctly rounded real IDCT (clamped to 0...255).
    func testHandPickedBlocksAreWithinOneOfTheRealIDCT() {
        var blocks = [[Int: Int16]]()
        for k in 0..<64 { blocks.append([k: 100]); blocks.append([k: -37]) }
        blocks.append([0: 50, 1: -30, 8: 20, 9: 10, 63: 3])
        blocks.append([0: -1024, 7: 200, 56: -200])
        blocks.append([0: 1016, 2: 8, 16: 8])
        let quant = [Int32](repeating: 1, count: 64)
        for entries in blocks {
            var c = [Int16](repeating: 0, count: 64)
            for (k, v) in entries { c[k] = v }
            let out = Self.idct(c, quant)
            let ref = Self.referenceIDCT(c.map(Double.init))
            for i in 0..<64 {
                let expected = min(255, max(0, (ref[i] + 128).rounded()))
                XCTAssertLessThanOrEqual(abs(Double(out[i]) - expected), 1, "\(entries) sample \(i)")
            }
        }
    }

    /// The forward DCT of T.81 A.3.3 in doubles (the inverse of `referenceIDCT`).
    static func referenceFDCT(_ samples: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: 64)
        for v in 0..<8 {
            for u in 0..<8 {
                let cu = u == 0 ? 1 / 2.0.squareRoot() : 1, cv = v == 0 ? 1 / 2.0.squareRoot() : 1
                var s = 0.0
                for y in 0..<8 {
                    for x in 0..<8 {
                        s += samples[y * 8 + x]
                            * cos(Double(2 * x + 1) * Double(u) * .pi / 16) * cos(Double(2 * y + 1) * Double(v) * .pi / 16)
                    }
                }
                out[v * 8 + u] = cu * cv * s / 4
            }
        }
        return out
    }

    /// IEEE 1180-1990's procedure: random sample blocks in [-L, L] (both signs), forward DCT in
    /// doubles, coefficients rounded; the integer IDCT of those coefficients must stay within 1
    /// of the rounded double IDCT (peak), with overall mean square error at most 0.02 and mean
    /// error at most 0.0015 in magnitude. Outputs are compared after adding 128 and clamping to
    /// 0...255, which is all the decoder keeps.
    func testRandomBlocksMeetIEEE1180Accuracy() {
        var rng = TestRandom(seed: 1180)
        let quant = [Int32](repeating: 1, count: 64)
        for limit in [5, 64, 128] {
            for sign in [1.0, -1.0] {
                var squared = 0.0, sum = 0.0, peak = 0.0, count = 0.0
                for _ in 0..<800 {
                    let samples = (0..<64).map { _ in sign * Double(Int.random(in: -limit...(limit - 1), using: &rng)) }
                    let coefficients = Self.referenceFDCT(samples).map { max(-2048, min(2047, $0.rounded())) }
                    let out = Self.idct(coefficients.map { Int16($0) }, quant)
                    let ref = Self.referenceIDCT(coefficients)
                    for i in 0..<64 {
                        let expected = min(255, max(0, (ref[i] + 128).rounded()))
                        let e = Double(out[i]) - expected
                        squared += e * e
                        sum += e
                        peak = max(peak, abs(e))
                        count += 1
                    }
                }
                XCTAssertLessThanOrEqual(peak, 1, "L = \(limit)")
                XCTAssertLessThanOrEqual(squared / count, 0.02, "L = \(limit)")
                XCTAssertLessThanOrEqual(abs(sum / count), 0.0015, "L = \(limit)")
                print(String(format: "ISLOW IDCT, L = %d, sign %+.0f: peak %.0f, mse %.5f, mean %.5f", limit, sign, peak, squared / count, sum / count))
            }
        }
    }

    /// Dequantisation is part of the transform: coefficient × quantiser equals the product
    /// passed as a coefficient with quantiser 1.
    func testDequantisationIsAProduct() {
        var rng = TestRandom(seed: 5)
        for _ in 0..<200 {
            let c = (0..<64).map { _ in Int16(Int.random(in: -20...20, using: &rng)) }
            let q = (0..<64).map { _ in Int32(Int.random(in: 1...50, using: &rng)) }
            let product = zip(c, q).map { Int16(Int32($0) * $1) }
            XCTAssertEqual(Self.idct(c, q), Self.idct(product, [Int32](repeating: 1, count: 64)))
        }
    }
}
