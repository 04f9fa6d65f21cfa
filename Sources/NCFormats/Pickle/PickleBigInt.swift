/// A Python integer too large for `Int64`, kept exactly as two's-complement bytes.
///
/// Pickles carry arbitrary-precision integers (`LONG1`, `LONG4`, text `INT`/`LONG`); checkpoints
/// rarely contain them, so this type only stores, compares and prints them.
public struct PickleBigInt: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// Two's-complement little-endian bytes, shortest form (no redundant sign bytes).
    public let littleEndianBytes: [UInt8]

    /// The integer whose two's-complement little-endian encoding is `bytes` (as `LONG1` stores it).
    public init(twosComplement bytes: [UInt8]) {
        var b = bytes
        // Drop sign-extension bytes that do not change the value.
        while b.count > 1 {
            let last = b[b.count - 1], prev = b[b.count - 2]
            if (last == 0 && prev & 0x80 == 0) || (last == 0xFF && prev & 0x80 != 0) {
                b.removeLast()
            } else {
                break
            }
        }
        littleEndianBytes = b.isEmpty ? [0] : b
    }

    /// Whether the value is negative.
    public var isNegative: Bool { (littleEndianBytes.last ?? 0) & 0x80 != 0 }

    /// The value when it fits in `Int64`.
    public var int64Value: Int64? {
        guard littleEndianBytes.count <= 8 else { return nil }
        var v: UInt64 = isNegative ? ~0 : 0
        for (i, byte) in littleEndianBytes.enumerated() {
            v &= ~(UInt64(0xFF) << (8 * i))
            v |= UInt64(byte) << (8 * i)
        }
        return Int64(bitPattern: v)
    }

    /// The nearest `Double` (infinite beyond its range).
    public var doubleValue: Double {
        let (negative, limbs) = magnitudeLimbs()
        var d = 0.0
        for limb in limbs.reversed() { d = d * 4_294_967_296.0 + Double(limb) }
        return negative ? -d : d
    }

    /// Decimal digits, as Python prints the integer; values above ~4,300 digits print in hex,
    /// because decimal conversion is quadratic and Python itself refuses longer conversions.
    public var description: String {
        let (negative, limbs) = magnitudeLimbs()
        if limbs.count > 450 {
            var s = ""
            for limb in limbs.reversed() {
                let h = String(limb, radix: 16)
                s += s.isEmpty ? h : String(repeating: "0", count: 8 - h.count) + h
            }
            return (negative ? "-0x" : "0x") + s
        }
        var work = limbs
        var chunks = [UInt32]()  // base 10^9, least significant first
        while !work.isEmpty {
            var rem: UInt64 = 0
            for i in stride(from: work.count - 1, through: 0, by: -1) {
                let cur = (rem << 32) | UInt64(work[i])
                work[i] = UInt32(cur / 1_000_000_000)
                rem = cur % 1_000_000_000
            }
            chunks.append(UInt32(rem))
            while let last = work.last, last == 0 { work.removeLast() }
        }
        var s = negative ? "-" : ""
        s += String(chunks.last ?? 0)
        for c in chunks.dropLast().reversed() {
            let part = String(c)
            s += String(repeating: "0", count: 9 - part.count) + part
        }
        return s
    }

    /// Sign and magnitude as little-endian 32-bit limbs without leading zero limbs.
    func magnitudeLimbs() -> (negative: Bool, limbs: [UInt32]) {
        let negative = isNegative
        var bytes = littleEndianBytes
        if negative { Self.negate(&bytes) }
        var limbs = [UInt32](repeating: 0, count: (bytes.count + 3) / 4)
        for (i, b) in bytes.enumerated() { limbs[i / 4] |= UInt32(b) << (8 * (i % 4)) }
        while let last = limbs.last, last == 0 { limbs.removeLast() }
        return (negative, limbs)
    }

    /// Two's-complement negation of a little-endian number in place: invert and add one.
    static func negate(_ bytes: inout [UInt8]) {
        var carry: UInt16 = 1
        for i in bytes.indices {
            let v = UInt16(~bytes[i]) + carry
            bytes[i] = UInt8(truncatingIfNeeded: v)
            carry = v >> 8
        }
    }

    /// Parses optionally signed decimal digits (text `INT`/`LONG` opcodes). Returns nil on any
    /// character that is not a digit. The caller bounds the length.
    static func parseDecimal(_ text: Substring) -> PickleValue? {
        var digits = text
        var negative = false
        if digits.first == "-" || digits.first == "+" {
            negative = digits.first == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if let v = Int64(text) { return .int(v) }
        var limbs: [UInt32] = [0]
        var chunk: UInt64 = 0
        var chunkScale: UInt64 = 1
        func flush() {
            var carry = chunk
            for i in limbs.indices {
                let v = UInt64(limbs[i]) * chunkScale + carry
                limbs[i] = UInt32(truncatingIfNeeded: v)
                carry = v >> 32
            }
            if carry > 0 { limbs.append(UInt32(carry)) }
        }
        for ch in digits.utf8 {
            chunk = chunk * 10 + UInt64(ch - 48)
            chunkScale *= 10
            if chunkScale == 1_000_000_000 {
                flush()
                chunk = 0
                chunkScale = 1
            }
        }
        if chunkScale > 1 { flush() }
        var bytes = [UInt8]()
        bytes.reserveCapacity(limbs.count * 4 + 1)
        for limb in limbs { for k in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: limb >> (8 * k))) } }
        bytes.append(0)  // sign byte: the magnitude is non-negative
        if negative { negate(&bytes) }
        let big = PickleBigInt(twosComplement: bytes)
        if let small = big.int64Value { return .int(small) }
        return .bigInt(big)
    }
}
