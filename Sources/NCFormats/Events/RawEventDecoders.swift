/// The time base of a `.raw` stream: the last `EVT_TIME_HIGH` value, unwrapped. A counter of
/// `highBits` bits above `lowBits` wraps every 2^(high+low) µs; a new value below the current one
/// by at least a full period minus 10 steps is a wrap (Prophesee's decoders use the same margin
/// against transmission errors).
struct RawTimeBase {
    let lowBits: Int64
    let period: Int64
    let wrapThreshold: Int64
    private(set) var base: Int64?
    private var wraps: Int64 = 0

    init(highBits: Int64, lowBits: Int64) {
        self.lowBits = lowBits
        period = Int64(1) << (highBits + lowBits)
        let maxBase = ((Int64(1) << highBits) - 1) << lowBits
        wrapThreshold = maxBase - (10 << lowBits)
    }

    /// Applies an `EVT_TIME_HIGH` value.
    mutating func setHigh(_ high: Int64) {
        var next = (high << lowBits) + wraps * period
        if let current = base, current > next, current - next >= wrapThreshold {
            next += period
            wraps += 1
        }
        base = next
    }
}

/// EVT 2.0: little-endian 32-bit words, type in bits 31–28. CD_OFF (0) / CD_ON (1): time low
/// bits 27–22, x bits 21–11, y bits 10–0, polarity = type. EVT_TIME_HIGH (8): bits 27–0 are
/// time bits 33–6. EXT_TRIGGER (10), OTHERS (14) and CONTINUED (15) carry no CD event.
enum EVT2Decoder {
    static func decode(_ words: UnsafeRawBufferPointer, base: Int, into sink: inout RawEventSink) throws {
        var time = RawTimeBase(highBits: 28, lowBits: 6)
        for i in 0..<(words.count / 4) {
            let w = UInt32(littleEndian: words.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self))
            switch w >> 28 {
            case 0, 1:
                guard let t0 = time.base else { continue }
                let t = t0 + Int64((w >> 22) & 0x3F)
                let more = try sink.emit(t: t, x: Int((w >> 11) & 0x7FF), y: Int(w & 0x7FF), p: UInt8(w >> 28), offset: base + 4 * i)
                if !more { return }
            case 8: time.setHigh(Int64(w & 0x0FFF_FFFF))
            case 10, 14, 15: continue
            case let type:
                throw FormatError.malformed("EVT 2.0 word at byte \(base + 4 * i) has the reserved type \(type)")
            }
        }
    }
}

/// EVT 3.0: little-endian 16-bit words, type in bits 15–12, decoded with a state (docs.prophesee.ai,
/// "EVT 3.0 Format"): EVT_ADDR_Y (0) sets y (bits 10–0) for CD events; type 1 is the row of
/// exposure-measurement events, which are not CD and are skipped; EVT_ADDR_X (2) is one event at
/// x = bits 10–0, p = bit 11; VECT_BASE_X (3) sets the base x and polarity for VECT_12 (4) and
/// VECT_8 (5), whose valid bits mark events at base + k and which advance the base by 12 or 8;
/// EVT_TIME_LOW (6) and EVT_TIME_HIGH (8) carry the low and high 12 bits of a 24-bit time that
/// wraps every 16.8 s. CONTINUED_4 (7), EXT_TRIGGER (10), OTHERS (14), CONTINUED_12 (15) carry no CD.
enum EVT3Decoder {
    static func decode(_ words: UnsafeRawBufferPointer, base: Int, into sink: inout RawEventSink) throws {
        var time = RawTimeBase(highBits: 12, lowBits: 12)
        var now: Int64 = 0
        var y = 0, baseX = 0
        var polarity: UInt8 = 0
        var isCD = true
        for i in 0..<(words.count / 2) {
            let w = UInt16(littleEndian: words.loadUnaligned(fromByteOffset: 2 * i, as: UInt16.self))
            let offset = base + 2 * i
            switch w >> 12 {
            case 0:
                y = Int(w & 0x7FF)
                isCD = true
            case 1: isCD = false
            case 2:
                guard isCD, time.base != nil else { continue }
                if try !sink.emit(t: now, x: Int(w & 0x7FF), y: y, p: UInt8((w >> 11) & 1), offset: offset) { return }
            case 3:
                baseX = Int(w & 0x7FF)
                polarity = UInt8((w >> 11) & 1)
            case 4, 5:
                let count = w >> 12 == 4 ? 12 : 8
                let valid = Int(w) & ((1 << count) - 1)
                if isCD, time.base != nil {
                    for k in 0..<count where valid & (1 << k) != 0 {
                        if try !sink.emit(t: now, x: baseX + k, y: y, p: polarity, offset: offset) { return }
                    }
                }
                baseX += count
            case 6:
                if let t0 = time.base { now = t0 + Int64(w & 0xFFF) }
            case 8:
                time.setHigh(Int64(w & 0xFFF))
                now = time.base ?? 0
            case 7, 10, 14, 15: continue
            case let type:
                throw FormatError.malformed("EVT 3.0 word at byte \(offset) has the reserved type \(type)")
            }
        }
    }
}
