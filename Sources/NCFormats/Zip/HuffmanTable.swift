/// A canonical Huffman code (RFC 1951 §3.2.2) compiled into a two-level lookup table.
///
/// The deflate bit stream sends Huffman codes most-significant bit first inside an LSB-first
/// stream, so the table is indexed by the *bit-reversed* code: the next `rootBits` bits of the
/// bit buffer index the root table directly. Codes longer than `rootBits` go through a link to a
/// sub-table sized for the longest code sharing that root prefix, which keeps the tables small
/// enough to rebuild for every dynamic block.
///
/// Each entry is packed into a `UInt32`:
/// - bits 0–7: code length in bits (for a link: the width of the sub-table index);
/// - bits 8–15: kind (see `Kind`);
/// - bits 16–31: value (literal byte, length/distance base, code-length symbol, or sub-table offset).
struct HuffmanTable: Sendable {
    /// Entry kinds. `base` is or-ed with the number of extra bits (0–13) that follow the code.
    enum Kind {
        static let literal: UInt32 = 0x00
        static let base: UInt32 = 0x10
        static let endOfBlock: UInt32 = 0x20
        static let link: UInt32 = 0x40
        /// A bit pattern no code starts with (only possible in the permitted incomplete codes).
        static let invalidBits: UInt32 = 0x80
        /// A symbol that the code defines but the format forbids using (286/287, 30/31).
        static let invalidSymbol: UInt32 = 0x81
    }

    /// Which alphabet a table decodes; decides the entry of each symbol and which incomplete
    /// codes the RFC tolerates.
    enum Alphabet {
        case codeLengths
        case literalLength
        case distance

        var name: String {
            switch self {
            case .codeLengths: return "code-length code"
            case .literalLength: return "literal/length code"
            case .distance: return "distance code"
            }
        }
    }

    /// Packed entries: the root table followed by the sub-tables.
    let entries: [UInt32]
    /// Width of the root table index.
    let rootBits: Int

    static let lengthBase: [UInt32] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
        35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
    ]
    static let lengthExtra: [UInt32] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    static let distanceBase: [UInt32] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
        1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
    ]
    static let distanceExtra: [UInt32] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]

    /// The entry (without its length) that decoding `symbol` of `alphabet` produces.
    static func entry(for symbol: Int, in alphabet: Alphabet) -> UInt32 {
        switch alphabet {
        case .codeLengths:
            return UInt32(symbol) << 16 | Kind.literal << 8
        case .literalLength:
            if symbol < 256 { return UInt32(symbol) << 16 | Kind.literal << 8 }
            if symbol == 256 { return Kind.endOfBlock << 8 }
            let i = symbol - 257
            if i < lengthBase.count { return lengthBase[i] << 16 | (Kind.base | lengthExtra[i]) << 8 }
            return UInt32(symbol) << 16 | Kind.invalidSymbol << 8
        case .distance:
            if symbol < distanceBase.count {
                return distanceBase[symbol] << 16 | (Kind.base | distanceExtra[symbol]) << 8
            }
            return UInt32(symbol) << 16 | Kind.invalidSymbol << 8
        }
    }

    /// Builds the table for code `lengths` (one per symbol, each 0...15).
    ///
    /// Over-subscribed codes are always rejected. Incomplete codes are rejected except where
    /// RFC 1951 allows them: a literal/length or distance code with a single one-bit code, and a
    /// distance code with no codes at all (a block of literals only).
    init(lengths: ArraySlice<UInt8>, alphabet: Alphabet, rootBits: Int) throws {
        self.rootBits = rootBits
        var count = [Int](repeating: 0, count: 16)
        for l in lengths {
            guard l <= 15 else {
                throw FormatError.malformed("\(alphabet.name) has a code length of \(l) bits (at most 15)")
            }
            count[Int(l)] += 1
        }
        count[0] = 0
        var left = 1
        var used = 0
        for bits in 1...15 {
            left = left << 1 - count[bits]
            used += count[bits]
            guard left >= 0 else {
                throw FormatError.malformed(
                    "\(alphabet.name) is over-subscribed: its \(used) code lengths describe more codes than \(bits) bits allow")
            }
        }
        if used == 0 {
            guard alphabet == .distance else {
                throw FormatError.malformed("\(alphabet.name) defines no codes at all")
            }
        } else if left > 0 {
            let singleOneBit = used == 1 && count[1] == 1
            guard singleOneBit, alphabet != .codeLengths else {
                throw FormatError.malformed(
                    "\(alphabet.name) is incomplete: its \(used) code lengths leave bit patterns that decode to nothing")
            }
        }

        // Canonical codes: shorter codes first, then by symbol (RFC 1951 §3.2.2 step 2–3).
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        for bits in 1...15 {
            code = (code + count[bits - 1]) << 1
            next[bits] = code
        }
        var reversed = [Int](repeating: 0, count: lengths.count)
        for (i, l) in lengths.enumerated() where l > 0 {
            reversed[i] = HuffmanTable.reverse(next[Int(l)], bits: Int(l))
            next[Int(l)] += 1
        }

        let rootSize = 1 << rootBits
        let rootMask = rootSize - 1
        var subBits = [Int](repeating: 0, count: rootSize)
        for (i, l) in lengths.enumerated() where Int(l) > rootBits {
            let prefix = reversed[i] & rootMask
            subBits[prefix] = max(subBits[prefix], Int(l) - rootBits)
        }
        var offsets = [Int](repeating: 0, count: rootSize)
        var total = rootSize
        for prefix in 0..<rootSize where subBits[prefix] > 0 {
            offsets[prefix] = total
            total += 1 << subBits[prefix]
        }

        var table = [UInt32](repeating: Kind.invalidBits << 8, count: total)
        for prefix in 0..<rootSize where subBits[prefix] > 0 {
            table[prefix] = UInt32(offsets[prefix]) << 16 | Kind.link << 8 | UInt32(subBits[prefix])
        }
        for (i, l) in lengths.enumerated() where l > 0 {
            let len = Int(l)
            let e = HuffmanTable.entry(for: i, in: alphabet) | UInt32(len)
            // A code fills every slot whose low `len` bits match it, whatever the bits above.
            if len <= rootBits {
                var slot = reversed[i]
                while slot < rootSize {
                    table[slot] = e
                    slot += 1 << len
                }
            } else {
                let prefix = reversed[i] & rootMask
                let size = 1 << subBits[prefix]
                var slot = reversed[i] >> rootBits
                while slot < size {
                    table[offsets[prefix] + slot] = e
                    slot += 1 << (len - rootBits)
                }
            }
        }
        entries = table
    }

    static func reverse(_ code: Int, bits: Int) -> Int {
        var r = 0
        var c = code
        for _ in 0..<bits {
            r = r << 1 | (c & 1)
            c >>= 1
        }
        return r
    }

    /// The fixed literal/length code of RFC 1951 §3.2.6 (which includes the unusable 286/287).
    static let fixedLiteralLength: HuffmanTable = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        // The fixed code is complete by construction, so building it cannot fail.
        return (try? HuffmanTable(lengths: lengths[...], alphabet: .literalLength, rootBits: 9))
            ?? HuffmanTable(empty: 9)
    }()

    /// The fixed distance code: 32 five-bit codes, of which 30 and 31 are unusable.
    static let fixedDistance: HuffmanTable = {
        let lengths = [UInt8](repeating: 5, count: 32)
        return (try? HuffmanTable(lengths: lengths[...], alphabet: .distance, rootBits: 5))
            ?? HuffmanTable(empty: 5)
    }()

    /// A table in which every pattern is invalid (never used in practice; keeps the fixed tables non-optional).
    private init(empty rootBits: Int) {
        self.rootBits = rootBits
        entries = [UInt32](repeating: Kind.invalidBits << 8, count: 1 << rootBits)
    }
}

// MARK: decoding (used by the inflate hot loop, so always inlined)

extension HuffmanTable {
    /// The entry of the code at the bottom of `bits`: the root entry (`rootMask` = 2^`rootBits` − 1),
    /// or for a link the sub-table entry it points to.
    @inline(__always)
    static func entry(
        _ entries: UnsafeBufferPointer<UInt32>, at bits: UInt64, rootBits: UInt64, rootMask: UInt64
    ) -> UInt32 {
        let e = entries[Int(bits & rootMask)]
        guard (e >> 8) & 0xFF == Kind.link else { return e }
        return entries[Int(e >> 16) &+ Int((bits &>> rootBits) & ((UInt64(1) &<< UInt64(e & 0xFF)) &- 1))]
    }

    /// Drops the code of the `base` entry `e` and its extra bits from the bit buffer `bits`
    /// (holding `count` bits) and returns the base plus the extra bits: a match length or distance.
    @inline(__always)
    static func baseValue(_ e: UInt32, _ bits: inout UInt64, _ count: inout Int) -> Int {
        bits &>>= UInt64(e & 0xFF)
        count &-= Int(e & 0xFF)
        let extra = UInt64((e >> 8) & 0x0F)
        let value = Int(e >> 16) &+ Int(bits & ((UInt64(1) &<< extra) &- 1))
        bits &>>= extra
        count &-= Int(extra)
        return value
    }
}
