import XCTest
import NCTestSupport
@testable import NCModel

/// `SpikeTally` (eight bytes at a time, sums in 16-bit fields) against a byte-by-byte count.
final class SpikeTallyTests: XCTestCase {
    private func plain(_ a: [UInt8], _ b: [UInt8]) -> (Int, Int, Int) {
        var differing = 0, here = 0, there = 0
        for i in 0..<min(a.count, b.count) {
            if a[i] != b[i] { differing += 1 }
            here += Int(a[i])
            there += Int(b[i])
        }
        return (differing, here, there)
    }

    private func check(_ a: [UInt8], _ b: [UInt8], _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let t = SpikeTally(a, b)
        let (d, h, r) = plain(a, b)
        XCTAssertEqual(t.differing, d, what, file: file, line: line)
        XCTAssertEqual(t.spikes, h, what, file: file, line: line)
        XCTAssertEqual(t.referenceSpikes, r, what, file: file, line: line)
    }

    func testEqualsAByteByByteCount() {
        var rng = TestRandom(seed: 77)
        for length in [0, 1, 7, 8, 9, 15, 16, 63, 1023, 1024, 1025, 2051] {
            for maxLevel in [1, 4, 255] {
                let a = (0..<length).map { _ in rng.next() % 3 == 0 ? UInt8(rng.next() % UInt64(maxLevel + 1)) : 0 }
                // The second map differs from the first in about one position in five.
                let b = a.map { rng.next() % 5 == 0 ? UInt8(rng.next() % UInt64(maxLevel + 1)) : $0 }
                check(a, b, "length \(length), levels 0...\(maxLevel)")
            }
        }
        // Unequal lengths: only the common part is counted.
        check([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 0], "unequal lengths")
    }

    /// Every byte at 255 over more words than one flush holds: a field emptied one word too late
    /// overflows (129 words add 65,790 to a 16-bit field).
    func testFieldsAreEmptiedBeforeTheyOverflow() {
        for words in [SpikeTally.wordsPerFlush - 1, SpikeTally.wordsPerFlush, SpikeTally.wordsPerFlush + 1, 3 * SpikeTally.wordsPerFlush + 5] {
            let a = [UInt8](repeating: 255, count: words * 8 + 3)
            let b = [UInt8](repeating: 0, count: words * 8 + 3)
            check(a, b, "\(words) words of 255")
            check(b, a, "\(words) words of 255, reversed")
        }
        // By hand: 1,000 bytes of 255 against 1,000 of 254.
        let t = SpikeTally([UInt8](repeating: 255, count: 1000), [UInt8](repeating: 254, count: 1000))
        XCTAssertEqual(t, { var x = SpikeTally(); x.differing = 1000; x.spikes = 255_000; x.referenceSpikes = 254_000; return x }())
    }
}
