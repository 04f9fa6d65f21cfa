import NCFormats

/// One population's spikes at one timestep, encoded.
struct EncodedSpikes: Sendable, Equatable {
    /// How `payload` stores them.
    var encoding: SpikeEncoding
    /// The chunk payload.
    var payload: [UInt8]
    /// Neurons with a non-zero spike value.
    var nonZero: Int
    /// Sum of the spike values.
    var spikes: Int
}

/// Decoded spikes with the counts the index records for them.
struct DecodedSpikes: Sendable, Equatable {
    /// One value per neuron, channels-last.
    var values: [UInt8]
    /// Neurons with a non-zero spike value.
    var nonZero: Int
    /// Sum of the spike values.
    var spikes: Int
}

/// The two payload encodings (`traces/README.md`, "Payloads").
///
/// `zeroRuns`: a byte `k` (0...28), the non-zero neuron count `m` (u32), then a bit stream,
/// least significant bit of each byte first. For each non-zero neuron in storage order: the
/// number of zero neurons `r` since the previous non-zero one, Rice-coded with parameter `k`
/// (`r >> k` one bits, a zero bit, then the low `k` bits of `r`, least significant first), then
/// the spike value `s` in truncated unary (`s - 1` one bits, then a zero bit unless `s == D`).
/// Neurons after the last non-zero one are zero. The stream is padded with zero bits to a byte.
///
/// `dense`: one byte per neuron. The writer uses whichever is smaller (`zeroRuns` on a tie), and
/// chooses the `k` that makes the stream shortest (the smallest such `k` on a tie).
enum SpikeCodec {
    /// The largest Rice parameter (runs are shorter than 2^28 neurons).
    static let maxRiceParameter = 28
    /// `k` and `m` before the bit stream.
    static let zeroRunsPrefix = 5

    /// Encodes `values`, every one already checked to be at most `levels`.
    static func encode(_ values: UnsafeBufferPointer<UInt8>, levels: Int) -> EncodedSpikes {
        // One pass: for every Rice parameter k, the sum over runs of r >> k (its unary quotient
        // bits); a run r contributes to the k below its bit width only, so the pass is cheap.
        var quotientBits = [Int](repeating: 0, count: maxRiceParameter + 1)
        var run = 0
        var nonZero = 0
        var spikes = 0
        var valueBits = 0
        for v in values {
            if v == 0 {
                run += 1
                continue
            }
            var q = run
            var k = 0
            while q > 0 {
                quotientBits[k] += q
                q >>= 1
                k += 1
            }
            run = 0
            let s = Int(v)
            nonZero += 1
            spikes += s
            valueBits += s - 1 + (s < levels ? 1 : 0)
        }
        // Stream bits for parameter k: the quotients, plus a terminator and k low bits per run.
        var bestK = 0
        var bestBits = Int.max
        for k in 0...maxRiceParameter {
            let bits = quotientBits[k] + nonZero * (k + 1)
            if bits < bestBits {
                bestBits = bits
                bestK = k
            }
        }
        let streamBits = bestBits + valueBits
        let runsSize = zeroRunsPrefix + (streamBits + 7) / 8
        guard runsSize <= values.count else {
            return EncodedSpikes(encoding: .dense, payload: Array(values), nonZero: nonZero, spikes: spikes)
        }
        var writer = BitWriter(capacity: runsSize)
        writer.bytes.append(UInt8(bestK))
        for shift in stride(from: 0, to: 32, by: 8) { writer.bytes.append(UInt8(truncatingIfNeeded: nonZero >> shift)) }
        var r = 0
        for v in values {
            if v == 0 {
                r += 1
                continue
            }
            writer.ones(r >> bestK)
            writer.write(0, bits: 1)
            writer.write(UInt64(r & ((1 << bestK) - 1)), bits: bestK)
            let s = Int(v)
            writer.ones(s - 1)
            if s < levels { writer.write(0, bits: 1) }
            r = 0
        }
        writer.flush()
        return EncodedSpikes(encoding: .zeroRuns, payload: writer.bytes, nonZero: nonZero, spikes: spikes)
    }

    /// Decodes a payload of `encoding` into `neurons` values in `0...levels`. Throws
    /// `FormatError.malformed` (without file or chunk) for anything that is not exactly a valid
    /// encoding of `neurons` values.
    static func decode(
        _ payload: UnsafeRawBufferPointer, encoding: UInt8, neurons: Int, levels: Int
    ) throws -> DecodedSpikes {
        switch SpikeEncoding(rawValue: encoding) {
        case .zeroRuns: return try decodeZeroRuns(payload, neurons: neurons, levels: levels)
        case .dense: return try decodeDense(payload, neurons: neurons, levels: levels)
        case nil: throw FormatError.malformed("uses unknown encoding \(encoding)")
        }
    }

    private static func decodeDense(_ payload: UnsafeRawBufferPointer, neurons: Int, levels: Int) throws -> DecodedSpikes {
        guard payload.count == neurons else {
            throw FormatError.malformed("its dense payload has \(payload.count) bytes for \(neurons) neurons")
        }
        var nonZero = 0
        var spikes = 0
        for (i, v) in payload.enumerated() {
            guard Int(v) <= levels else {
                throw FormatError.malformed("neuron \(i) has spike value \(v), more than D = \(levels)")
            }
            if v != 0 { nonZero += 1 }
            spikes += Int(v)
        }
        return DecodedSpikes(values: Array(payload), nonZero: nonZero, spikes: spikes)
    }

    private static func decodeZeroRuns(_ payload: UnsafeRawBufferPointer, neurons: Int, levels: Int) throws -> DecodedSpikes {
        guard payload.count >= zeroRunsPrefix else {
            throw FormatError.malformed("its zero-runs payload has \(payload.count) bytes, fewer than its 5-byte prefix")
        }
        let k = Int(payload[0])
        guard k <= maxRiceParameter else {
            throw FormatError.malformed("its Rice parameter \(k) is more than \(maxRiceParameter)")
        }
        let m = Int(payload[1]) | Int(payload[2]) << 8 | Int(payload[3]) << 16 | Int(payload[4]) << 24
        guard m <= neurons else {
            throw FormatError.malformed("it claims \(m) non-zero neurons but its population has \(neurons)")
        }
        var bits = BitReader(UnsafeRawBufferPointer(rebasing: payload[zeroRunsPrefix...]))
        var values = [UInt8](repeating: 0, count: neurons)
        var spikes = 0
        try values.withUnsafeMutableBufferPointer { out in
            var position = 0
            for i in 0..<m {
                let left = neurons - position
                let quotientLimit = (left >> k) + 1
                guard let q = bits.ones(limit: quotientLimit), q < quotientLimit else {
                    throw FormatError.malformed(
                        bits.isAtEnd ? "its bit stream ends inside non-zero neuron \(i) of \(m)"
                            : "it decodes to more than its \(neurons) neurons")
                }
                guard let low = bits.read(k) else {
                    throw FormatError.malformed("its bit stream ends inside non-zero neuron \(i) of \(m)")
                }
                let r = q << k | low
                guard r < left else { throw FormatError.malformed("it decodes to more than its \(neurons) neurons") }
                position += r
                guard let extra = bits.ones(limit: levels - 1) else {
                    throw FormatError.malformed("its bit stream ends inside non-zero neuron \(i) of \(m)")
                }
                out[position] = UInt8(truncatingIfNeeded: extra + 1)
                spikes += extra + 1
                position += 1
            }
        }
        guard bits.remainingBytes == 0, bits.paddingIsZero else {
            throw FormatError.malformed(
                bits.remainingBytes > 0 ? "its payload has \(bits.remainingBytes) bytes after the last non-zero neuron"
                    : "its bit stream has non-zero padding bits")
        }
        return DecodedSpikes(values: values, nonZero: m, spikes: spikes)
    }
}

/// Appends bits to bytes, least significant bit of each byte first.
struct BitWriter {
    var bytes: [UInt8] = []
    private var pending: UInt64 = 0
    private var pendingCount = 0

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Appends the low `count` (0...32) bits of `value`.
    mutating func write(_ value: UInt64, bits count: Int) {
        pending |= value << UInt64(pendingCount)
        pendingCount += count
        while pendingCount >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: pending))
            pending >>= 8
            pendingCount -= 8
        }
    }

    /// Appends `count` one bits.
    mutating func ones(_ count: Int) {
        var left = count
        while left > 0 {
            let n = min(left, 32)
            write((1 << UInt64(n)) - 1, bits: n)
            left -= n
        }
    }

    /// Pads the last byte with zero bits.
    mutating func flush() {
        if pendingCount > 0 { bytes.append(UInt8(truncatingIfNeeded: pending)) }
        pending = 0
        pendingCount = 0
    }
}

/// Reads bits from bytes, least significant bit of each byte first; never reads past the end.
struct BitReader {
    private let bytes: UnsafeRawBufferPointer
    /// Bits consumed.
    private(set) var position = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// Whether every bit was consumed.
    var isAtEnd: Bool { position >= bytes.count * 8 }

    /// Whole bytes after the one holding the next bit (the stream's tail that no bit used).
    var remainingBytes: Int { bytes.count - (position + 7) / 8 }

    /// Whether the unused bits of the last partly used byte are all zero.
    var paddingIsZero: Bool {
        let used = position & 7
        guard used != 0 else { return true }
        return bytes[position >> 3] >> UInt8(used) == 0
    }

    /// Reads one bits until a zero bit, which it consumes, or until `limit` ones were read, and
    /// returns how many ones it read; nil if the stream ends first.
    mutating func ones(limit: Int) -> Int? {
        var count = 0
        let end = bytes.count * 8
        while count < limit {
            guard position < end else { return nil }
            let shift = position & 7
            let byte = bytes[position >> 3] >> UInt8(shift)
            let run = (~byte).trailingZeroBitCount  // ones before the first zero, at most 8 - shift
            let take = min(run, limit - count)
            count += take
            position += take
            if count == limit { return count }
            if run < 8 - shift {
                position += 1
                return count
            }
        }
        return count
    }

    /// Reads `count` (0...28) bits as an unsigned number, least significant first; nil if the
    /// stream ends first.
    mutating func read(_ count: Int) -> Int? {
        guard count <= bytes.count * 8 - position else { return nil }
        var value = 0
        for i in 0..<count {
            let p = position + i
            value |= Int(bytes[p >> 3] >> UInt8(p & 7) & 1) << i
        }
        position += count
        return value
    }
}
