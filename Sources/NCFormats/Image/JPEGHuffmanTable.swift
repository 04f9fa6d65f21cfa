/// One JPEG Huffman table (ITU T.81 Annex C), validated and laid out for decoding: a 9-bit
/// lookahead table resolves the short codes in one step, longer ones (up to 16 bits) go through
/// the canonical `maxCode`/`valueOffset` arrays.
///
/// Incomplete codes are legal (every JPEG table leaves at least the all-ones code unused); a bit
/// pattern that is no code is reported by the decoder. Over-subscribed tables are rejected here.
/// Storage is manually allocated so the entropy decoder's inner loop has no bounds checks or
/// reference counting; every index into it is proven in range by construction (asserted in debug).
final class JPEGHuffmanTable: @unchecked Sendable {
    /// Bits resolved by one lookahead step.
    static let lookaheadBits = 9

    /// `lookup[next 9 bits]` = code length << 8 | symbol, or 0 when the code is longer than 9 bits.
    let lookup: UnsafeMutablePointer<UInt16>
    /// `maxCode[l]` = the largest code of length `l` (1...16), or -1 when there is none;
    /// `maxCode[17]` is a sentinel larger than any 17-bit value.
    let maxCode: UnsafeMutablePointer<Int32>
    /// `valueOffset[l]` + a code of length `l` = its index in `symbols`.
    let valueOffset: UnsafeMutablePointer<Int32>
    /// The symbols in code order (256 entries, unused ones zero).
    let symbols: UnsafeMutablePointer<UInt8>
    /// For AC tables, `fastAC[next 9 bits]` resolves a code and its magnitude bits at once when
    /// both fit in the 9 bits and the value in a byte: value << 8 | run << 4 | bits used; 0 when
    /// they do not (the symbol is then decoded the general way). An end-of-block or ZRL symbol
    /// (size 0) is never in it.
    let fastAC: UnsafeMutablePointer<Int16>

    /// Builds the table for `counts[l - 1]` codes of length `l` and their `symbols` in order.
    /// DC tables (`isDC`) may only hold symbols 0...15 (libjpeg's bound: a difference of at most
    /// 15 bits), which keeps every later shift in range.
    init(counts: [Int], symbols values: [UInt8], isDC: Bool) throws {
        precondition(counts.count == 16)
        let total = counts.reduce(0, +)
        guard total == values.count, total <= 256 else {
            throw FormatError.malformed("JPEG Huffman table has \(total) codes for \(values.count) symbols (at most 256)")
        }
        guard total > 0 else { throw FormatError.malformed("JPEG Huffman table defines no codes") }
        if isDC, let bad = values.first(where: { $0 > 15 }) {
            throw FormatError.malformed("JPEG DC Huffman table has symbol \(bad) (DC symbols are 0 to 15)")
        }
        // Canonical codes: each length continues from the previous one shifted left (C.2).
        var code = 0
        var k = 0
        var maxCodes = [Int32](repeating: -1, count: 18)
        var offsets = [Int32](repeating: 0, count: 17)
        var codes = [Int](repeating: 0, count: total)
        var lengths = [Int](repeating: 0, count: total)
        for length in 1...16 {
            let n = counts[length - 1]
            if n > 0 {
                offsets[length] = Int32(k - code)
                for _ in 0..<n {
                    codes[k] = code
                    lengths[k] = length
                    code += 1
                    k += 1
                }
                // libjpeg also refuses the all-ones code itself (T.81 C.2 reserves it), so the
                // next free code must still fit in `length` bits.
                guard code < 1 << length else {
                    throw FormatError.malformed(
                        "JPEG Huffman table is over-subscribed: \(code) codes of up to \(length) bits (fewer than \(1 << length) fit, the all-ones code is reserved)")
                }
                maxCodes[length] = Int32(code - 1)
            }
            code <<= 1
        }
        maxCodes[17] = Int32.max

        lookup = .allocate(capacity: 1 << Self.lookaheadBits)
        lookup.initialize(repeating: 0, count: 1 << Self.lookaheadBits)
        maxCode = .allocate(capacity: 18)
        maxCode.initialize(from: maxCodes, count: 18)
        valueOffset = .allocate(capacity: 17)
        valueOffset.initialize(from: offsets, count: 17)
        symbols = .allocate(capacity: 256)
        symbols.initialize(repeating: 0, count: 256)
        symbols.initialize(from: values, count: total)
        fastAC = .allocate(capacity: 1 << Self.lookaheadBits)
        fastAC.initialize(repeating: 0, count: 1 << Self.lookaheadBits)
        for i in 0..<total where lengths[i] <= Self.lookaheadBits {
            // Every 9-bit pattern that starts with this code resolves to it.
            let spare = Self.lookaheadBits - lengths[i]
            let first = codes[i] << spare
            for pattern in first..<(first + (1 << spare)) {
                lookup[pattern] = UInt16(lengths[i] << 8) | UInt16(values[i])
                let run = Int(values[i] >> 4), size = Int(values[i] & 15)
                guard !isDC, size > 0, size <= 7, lengths[i] + size <= Self.lookaheadBits else { continue }
                // The magnitude bits follow the code inside the same 9-bit pattern (F.2.2.1).
                let bits = (pattern >> (spare - size)) & ((1 << size) - 1)
                let value = bits < 1 << (size - 1) ? bits - (1 << size) + 1 : bits
                fastAC[pattern] = Int16(value << 8 | run << 4 | (lengths[i] + size))
            }
        }
    }

    deinit {
        lookup.deallocate()
        maxCode.deallocate()
        valueOffset.deallocate()
        symbols.deallocate()
        fastAC.deallocate()
    }

    /// Parses the body of a DHT segment (B.2.4.2): one or more tables, each stored into
    /// `dc` or `ac` at its destination index.
    static func parseSegment(
        _ body: UnsafeRawBufferPointer, dc: inout [JPEGHuffmanTable?], ac: inout [JPEGHuffmanTable?]
    ) throws {
        var r = ByteReader(body, context: "JPEG DHT segment")
        while !r.isAtEnd {
            let selector = try JPEGTableSelector(&r, kindName: "class")
            let tableClass = selector.kind, index = selector.destination
            var counts = [Int]()
            for _ in 0..<16 { counts.append(Int(try r.u8("code counts"))) }
            let total = counts.reduce(0, +)
            guard total <= 256 else {
                throw FormatError.malformed("JPEG Huffman table \(tableClass == 0 ? "DC" : "AC") \(index) counts \(total) codes (at most 256)")
            }
            let values = try r.array(total, "\(total) Huffman symbols")
            let table = try FormatError.within("JPEG \(tableClass == 0 ? "DC" : "AC") table \(index)") {
                try JPEGHuffmanTable(counts: counts, symbols: values, isDC: tableClass == 0)
            }
            if tableClass == 0 { dc[index] = table } else { ac[index] = table }
        }
    }

    /// The table of ITU T.81 Annex K.3 that libjpeg-turbo (and OpenCV, for Motion-JPEG frames)
    /// substitutes when a scan uses table 0 or 1 that the file never defined.
    static func standard(isDC: Bool, index: Int) -> JPEGHuffmanTable? {
        guard index <= 1 else { return nil }
        let (counts, values): ([Int], [UInt8])
        switch (isDC, index) {
        case (true, 0): (counts, values) = (JPEGStandardTables.dcLuminanceCounts, JPEGStandardTables.dcValues)
        case (true, _): (counts, values) = (JPEGStandardTables.dcChrominanceCounts, JPEGStandardTables.dcValues)
        case (false, 0): (counts, values) = (JPEGStandardTables.acLuminanceCounts, JPEGStandardTables.acLuminanceValues)
        case (false, _): (counts, values) = (JPEGStandardTables.acChrominanceCounts, JPEGStandardTables.acChrominanceValues)
        }
        return try? JPEGHuffmanTable(counts: counts, symbols: values, isDC: isDC)
    }
}
