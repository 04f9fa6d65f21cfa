/// Two spike maps counted position by position: how many positions differ and how many spikes
/// each holds. Comparing a chip run with its reference reads every neuron-timestep of both (tens
/// of megabytes at 640×640), so the count goes eight bytes at a time.
public struct SpikeTally: Sendable, Equatable {
    /// Positions whose spikes differ.
    public var differing = 0
    /// Spikes in the first map.
    public var spikes = 0
    /// Spikes in the second map.
    public var referenceSpikes = 0

    /// Nothing counted.
    public init() {}

    /// The tally of `a[i]` against `b[i]` for `i < min(a.count, b.count)`.
    public init(_ a: [UInt8], _ b: [UInt8]) {
        let n = min(a.count, b.count)
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                self = SpikeTally.count(UnsafeRawPointer(a.baseAddress), UnsafeRawPointer(b.baseAddress), n)
            }
        }
    }

    /// Adds another tally's counts.
    public static func += (lhs: inout SpikeTally, rhs: SpikeTally) {
        lhs.differing += rhs.differing
        lhs.spikes += rhs.spikes
        lhs.referenceSpikes += rhs.referenceSpikes
    }

    /// Bytes are summed in the 16-bit fields of a word (even and odd bytes apart): one word adds
    /// at most 2 × 255 to a field, so 128 words fit before the fields must be emptied.
    static let wordsPerFlush = 128

    private static func count(_ a: UnsafeRawPointer?, _ b: UnsafeRawPointer?, _ n: Int) -> SpikeTally {
        var tally = SpikeTally()
        guard n > 0, let a, let b else { return tally }
        let words = n / 8
        var w = 0
        while w < words {
            let end = min(words, w + wordsPerFlush)
            var fieldsA: UInt64 = 0, fieldsB: UInt64 = 0
            while w < end {
                let x = a.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self)
                let y = b.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self)
                tally.differing += (x ^ y).nonZeroByteMarks.nonzeroBitCount
                fieldsA &+= byteFields(x)
                fieldsB &+= byteFields(y)
                w += 1
            }
            tally.spikes += sumOfFields(fieldsA)
            tally.referenceSpikes += sumOfFields(fieldsB)
        }
        for i in (words * 8)..<n {
            let x = a.load(fromByteOffset: i, as: UInt8.self), y = b.load(fromByteOffset: i, as: UInt8.self)
            tally.differing += x != y ? 1 : 0
            tally.spikes += Int(x)
            tally.referenceSpikes += Int(y)
        }
        return tally
    }

    /// The word's eight bytes as four 16-bit fields, each the sum of an even and an odd byte.
    @inline(__always)
    private static func byteFields(_ x: UInt64) -> UInt64 {
        let even: UInt64 = 0x00FF_00FF_00FF_00FF
        return (x & even) &+ ((x >> 8) & even)
    }

    /// The sum of a word's four 16-bit fields.
    @inline(__always)
    private static func sumOfFields(_ f: UInt64) -> Int {
        let low: UInt64 = 0x0000_FFFF_0000_FFFF
        let pairs = (f & low) &+ ((f >> 16) & low)
        return Int((pairs & 0xFFFF_FFFF) &+ (pairs >> 32))
    }
}
