import XCTest
@testable import NCModel

/// `SparseInput(spikes:)` (eight bytes at a time, zero words skipped) against a plain scan.
final class SparseInputTests: XCTestCase {
    func testEqualsAPlainScan() {
        var rng = SplitMix64(seed: 21)
        for channels in [1, 3, 7, 8, 9, 16, 31, 64, 67] {
            for density in [0, 1, 5, 20, 64] {
                let pixels = 37
                let map = (0..<(pixels * channels)).map { _ in rng.next() % 64 < UInt64(density) ? UInt8(1 + rng.next() % 255) : 0 }
                var start: [Int32] = [0], channel = [Int32](), value = [Int32]()
                for p in 0..<pixels {
                    for c in 0..<channels where map[p * channels + c] != 0 {
                        channel.append(Int32(c))
                        value.append(Int32(map[p * channels + c]))
                    }
                    start.append(Int32(channel.count))
                }
                for threads in [1, 2] {
                    let s = map.withUnsafeBufferPointer { SparseInput<Int32>(spikes: $0, pixels: pixels, channels: channels, threads: threads) }
                    XCTAssertEqual(s.start, start, "\(channels) channels, density \(density)/64")
                    XCTAssertEqual(s.channel, channel, "\(channels) channels, density \(density)/64")
                    XCTAssertEqual(s.value, value, "\(channels) channels, density \(density)/64")
                }
            }
        }
    }

    /// Every byte value alone in a word, at every position: the top-bit trick sees each.
    func testNonZeroBytesOfEveryValueAndPosition() {
        for v in 0...255 {
            for j in 0..<8 {
                let w = UInt64(v) << UInt64(8 * j)
                XCTAssertEqual(w.nonZeroByteMarks, v == 0 ? 0 : UInt64(0x80) << UInt64(8 * j), "byte \(v) at \(j)")
            }
        }
        XCTAssertEqual(UInt64(0xFF01_0080_7F00_0102).nonZeroByteMarks.nonzeroBitCount, 6)
    }
}
