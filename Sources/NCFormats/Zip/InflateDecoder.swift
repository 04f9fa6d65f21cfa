/// The state of one raw-deflate decode: an LSB-first bit buffer over the input and an output
/// buffer whose size never exceeds `limit`.
///
/// Reading past the end of the input feeds zero bits and counts them in `padBits`; any decode
/// step that consumed one of them reports a truncated stream. This keeps the hot loop free of
/// per-bit end checks while still never reading outside the input.
struct InflateDecoder {
    /// Bytes that may be written past `outCapacity`, so match copies can move 8 bytes at a time.
    static let slack = 8

    let input: UnsafeRawBufferPointer
    /// Next input byte not yet loaded into `bitBuffer`.
    var pos = 0
    var bitBuffer: UInt64 = 0
    var bitCount = 0
    var padBits = 0

    var out: UnsafeMutablePointer<UInt8>
    var outCount = 0
    var outCapacity: Int
    let limit: Int
    /// Whether `limit` is a size the stream must reach exactly (zip) rather than a cap.
    let limitIsExact: Bool
    /// Whether `out` was allocated here and may be reallocated (otherwise it is caller-owned).
    let growable: Bool

    init(
        input: UnsafeRawBufferPointer, out: UnsafeMutablePointer<UInt8>, capacity: Int,
        limit: Int, limitIsExact: Bool, growable: Bool
    ) {
        self.input = input
        self.out = out
        self.outCapacity = capacity
        self.limit = limit
        self.limitIsExact = limitIsExact
        self.growable = growable
    }

    /// Input bytes consumed so far, counting a partly used byte.
    var consumedBytes: Int { pos - max(0, bitCount - padBits) / 8 }

    /// Decodes blocks until the one marked final. Afterwards the bit buffer is byte-aligned and
    /// `consumedBytes` is where the deflate data ended.
    mutating func run() throws {
        var final = false
        while !final {
            final = try take(1) == 1
            let type = try take(2)
            switch type {
            case 0: try storedBlock()
            case 1: try huffmanBlock(HuffmanTable.fixedLiteralLength, HuffmanTable.fixedDistance)
            case 2:
                let (lit, dist) = try readDynamicTables()
                try huffmanBlock(lit, dist)
            default:
                throw problem("block header at input byte \(consumedBytes) uses reserved block type 3")
            }
        }
        drop(bitCount & 7)
    }

    func problem(_ message: String) -> FormatError { .malformed("deflate: \(message)") }

    func truncated(_ what: String) -> FormatError {
        .truncated("deflate: input of \(input.count) bytes ends inside \(what)")
    }

    // MARK: bits

    /// Tops the bit buffer up to at least 56 bits, with zeros past the end of the input.
    @inline(__always)
    mutating func refill() {
        if pos <= input.count &- 8, let base = input.baseAddress {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: pos, as: UInt64.self))
            bitBuffer |= word &<< UInt64(bitCount)
            pos &+= (63 &- bitCount) &>> 3
            bitCount |= 56
        } else {
            while bitCount <= 56 {
                if pos < input.count {
                    bitBuffer |= UInt64(input[pos]) &<< UInt64(bitCount)
                    pos += 1
                } else {
                    padBits += 8
                }
                bitCount += 8
            }
        }
    }

    mutating func drop(_ n: Int) {
        bitBuffer &>>= UInt64(n)
        bitCount -= n
    }

    /// Reads `n` (≤ 32) bits as an LSB-first integer.
    mutating func take(_ n: Int) throws -> Int {
        if bitCount < n { refill() }
        let v = Int(truncatingIfNeeded: bitBuffer & ((1 << UInt64(n)) - 1))
        drop(n)
        guard bitCount >= padBits else { throw truncated("a block header or code-length table") }
        return v
    }

    /// Decodes one symbol outside the hot loop (code-length codes).
    mutating func symbol(_ table: HuffmanTable) throws -> Int {
        if bitCount < 15 { refill() }
        let rootBits = UInt64(table.rootBits), bits = bitBuffer
        let e = table.entries.withUnsafeBufferPointer {
            HuffmanTable.entry($0, at: bits, rootBits: rootBits, rootMask: (UInt64(1) << rootBits) - 1)
        }
        guard (e >> 8) & 0xFF != HuffmanTable.Kind.invalidBits else {
            if bitCount - padBits < 15 { throw truncated("the code lengths of a dynamic block") }
            throw problem("invalid code-length code at input byte \(consumedBytes)")
        }
        drop(Int(e & 0xFF))
        guard bitCount >= padBits else { throw truncated("the code lengths of a dynamic block") }
        return Int(e >> 16)
    }

    // MARK: output

    /// Makes room for `extra` more output bytes, or throws if that would pass the limit.
    mutating func reserve(_ extra: Int) throws {
        if extra <= outCapacity - outCount { return }
        guard extra <= limit - outCount else {
            if limitIsExact {
                throw problem("stream inflates to more than the expected \(limit) bytes")
            }
            throw FormatError.limitExceeded("deflate: stream inflates to more than the \(limit)-byte limit")
        }
        guard growable else {
            throw problem("output buffer of \(outCapacity) bytes is full before the limit")
        }
        let needed = outCount + extra
        let doubled = outCapacity > limit / 2 ? limit : max(outCapacity * 2, 1 << 16)
        let capacity = min(limit, max(needed, doubled))
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + InflateDecoder.slack)
        grown.update(from: out, count: outCount)
        out.deallocate()
        out = grown
        outCapacity = capacity
    }

    // MARK: blocks

    mutating func storedBlock() throws {
        drop(bitCount & 7)
        let len = try take(16)
        let nlen = try take(16)
        guard len == ~nlen & 0xFFFF else {
            throw problem(
                "stored block at input byte \(consumedBytes - 4) has LEN \(len) but NLEN \(nlen) (must be its complement)")
        }
        // Hand the whole bytes still in the bit buffer back to the input.
        pos = consumedBytes
        bitBuffer = 0
        bitCount = 0
        padBits = 0
        guard len <= input.count - pos else {
            throw truncated("a stored block of \(len) bytes starting at input byte \(pos)")
        }
        try reserve(len)
        if len > 0, let base = input.baseAddress {
            (out + outCount).update(from: base.advanced(by: pos).assumingMemoryBound(to: UInt8.self), count: len)
        }
        pos += len
        outCount += len
    }

    /// Reads the code lengths of a dynamic block (RFC 1951 §3.2.7) and builds its two tables.
    mutating func readDynamicTables() throws -> (HuffmanTable, HuffmanTable) {
        let start = consumedBytes
        let hlit = try take(5) + 257
        let hdist = try take(5) + 1
        let hclen = try take(4) + 4
        guard hlit <= 286 else {
            throw problem("dynamic block at input byte \(start) declares \(hlit) literal/length codes (at most 286)")
        }
        guard hdist <= 30 else {
            throw problem("dynamic block at input byte \(start) declares \(hdist) distance codes (at most 30)")
        }
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var clLengths = [UInt8](repeating: 0, count: 19)
        for i in 0..<hclen { clLengths[order[i]] = UInt8(try take(3)) }
        let clTable: HuffmanTable
        do {
            clTable = try HuffmanTable(lengths: clLengths[...], alphabet: .codeLengths, rootBits: 7)
        } catch let e as FormatError {
            throw problem("dynamic block at input byte \(start): \(e.problem)")
        }

        let total = hlit + hdist
        var lengths = [UInt8](repeating: 0, count: total)
        var i = 0
        while i < total {
            let sym = try symbol(clTable)
            if sym < 16 {
                lengths[i] = UInt8(sym)
                i += 1
                continue
            }
            var value: UInt8 = 0
            let repeats: Int
            switch sym {
            case 16:
                guard i > 0 else {
                    throw problem("dynamic block at input byte \(start) repeats the previous code length before the first one")
                }
                value = lengths[i - 1]
                repeats = try take(2) + 3
            case 17: repeats = try take(3) + 3
            default: repeats = try take(7) + 11
            }
            guard repeats <= total - i else {
                throw problem(
                    "dynamic block at input byte \(start) repeats a code length \(repeats) times at length \(i) of \(total)")
            }
            for k in i..<(i + repeats) { lengths[k] = value }
            i += repeats
        }
        guard lengths[256] != 0 else {
            throw problem("dynamic block at input byte \(start) has no code for end-of-block (symbol 256)")
        }
        do {
            let lit = try HuffmanTable(lengths: lengths[0..<hlit], alphabet: .literalLength, rootBits: 10)
            let dist = try HuffmanTable(lengths: lengths[hlit..<total], alphabet: .distance, rootBits: 8)
            return (lit, dist)
        } catch let e as FormatError {
            throw problem("dynamic block at input byte \(start): \(e.problem)")
        }
    }

    // MARK: Huffman-coded data

    /// Decodes the symbols of one fixed or dynamic block up to its end-of-block code.
    ///
    /// The hot state lives in locals (written back on exit) so it stays in registers; one refill
    /// per symbol suffices because a symbol with its extra bits and distance needs at most 48 bits.
    mutating func huffmanBlock(_ lit: HuffmanTable, _ dist: HuffmanTable) throws {
        try lit.entries.withUnsafeBufferPointer { lt in
            try dist.entries.withUnsafeBufferPointer { dt in
                try decodeSymbols(lt, UInt64(lit.rootBits), dt, UInt64(dist.rootBits))
            }
        }
    }

    private mutating func decodeSymbols(
        _ lt: UnsafeBufferPointer<UInt32>, _ litRoot: UInt64,
        _ dt: UnsafeBufferPointer<UInt32>, _ distRoot: UInt64
    ) throws {
        let litMask = (UInt64(1) << litRoot) &- 1
        let distMask = (UInt64(1) << distRoot) &- 1
        let base = HuffmanTable.Kind.base
        // Empty input has no base address; it never takes the 8-byte path anyway.
        let inBase = input.baseAddress
        let fastEnd = input.count &- 8
        var buf = bitBuffer
        var cnt = bitCount
        var p = pos
        var o = outCount
        var dst = out
        var capacity = outCapacity
        var pad = padBits
        // Every exit (return or throw) hands the local state back, so errors report positions.
        defer {
            bitBuffer = buf
            bitCount = cnt
            pos = p
            outCount = o
        }
        while true {
            if cnt < 56 {
                if p <= fastEnd, let inBase {
                    let word = UInt64(littleEndian: inBase.loadUnaligned(fromByteOffset: p, as: UInt64.self))
                    buf |= word &<< UInt64(cnt)
                    p &+= (63 &- cnt) &>> 3
                    cnt |= 56
                } else {
                    (bitBuffer, bitCount, pos) = (buf, cnt, p)
                    refill()
                    (buf, cnt, p, pad) = (bitBuffer, bitCount, pos, padBits)
                }
            }
            let e = HuffmanTable.entry(lt, at: buf, rootBits: litRoot, rootMask: litMask)
            let kind = (e >> 8) & 0xFF
            if kind == HuffmanTable.Kind.literal {
                buf &>>= UInt64(e & 0xFF)
                cnt &-= Int(e & 0xFF)
                guard cnt >= pad else { throw truncated("a literal code") }
                if o >= capacity {
                    outCount = o
                    try reserve(1)
                    dst = out
                    capacity = outCapacity
                }
                dst[o] = UInt8(truncatingIfNeeded: e >> 16)
                o &+= 1
                continue
            }
            if kind & 0xF0 == base {
                // Length: base plus extra bits, then a distance code and its extra bits.
                let length = HuffmanTable.baseValue(e, &buf, &cnt)
                let d = HuffmanTable.entry(dt, at: buf, rootBits: distRoot, rootMask: distMask)
                let dkind = (d >> 8) & 0xFF
                guard dkind & 0xF0 == base else {
                    (bitBuffer, bitCount, pos) = (buf, cnt, p)
                    // An unusable symbol has a known length; a pattern with no code could be up to 15 bits.
                    let examined = dkind == HuffmanTable.Kind.invalidSymbol ? Int(d & 0xFF) : 15
                    if cnt - pad < examined { throw truncated("a distance code") }
                    if dkind == HuffmanTable.Kind.invalidSymbol {
                        throw problem("invalid distance code \(d >> 16) at input byte \(consumedBytes)")
                    }
                    throw problem("bit pattern at input byte \(consumedBytes) matches no distance code")
                }
                let distance = HuffmanTable.baseValue(d, &buf, &cnt)
                guard cnt >= pad else { throw truncated("a length/distance pair") }
                guard distance <= o else {
                    (bitBuffer, bitCount, pos) = (buf, cnt, p)
                    throw problem(
                        "distance \(distance) at input byte \(consumedBytes) reaches back before the start of the output (\(o) bytes so far)")
                }
                if length > capacity &- o {
                    outCount = o
                    try reserve(length)
                    dst = out
                    capacity = outCapacity
                }
                InflateDecoder.copyMatch(dst + o, distance: distance, length: length)
                o &+= length
                continue
            }
            (bitBuffer, bitCount, pos) = (buf, cnt, p)
            if kind == HuffmanTable.Kind.endOfBlock {
                buf &>>= UInt64(e & 0xFF)
                cnt &-= Int(e & 0xFF)
                guard cnt >= pad else { throw truncated("an end-of-block code") }
                return
            }
            let examined = kind == HuffmanTable.Kind.invalidSymbol ? Int(e & 0xFF) : 15
            if cnt - pad < examined { throw truncated("a literal/length code") }
            if kind == HuffmanTable.Kind.invalidSymbol {
                throw problem("invalid literal/length code \(e >> 16) at input byte \(consumedBytes)")
            }
            throw problem("bit pattern at input byte \(consumedBytes) matches no literal/length code")
        }
    }

    /// Copies `length` bytes from `distance` bytes back, where the two ranges may overlap (a run).
    /// May write up to 7 bytes past the end, into the buffer's slack.
    @inline(__always)
    static func copyMatch(_ to: UnsafeMutablePointer<UInt8>, distance: Int, length: Int) {
        let from = to - distance
        if distance >= 8 {
            // Each 8-byte load reads only bytes already written: they lie at least 8 bytes behind.
            var k = 0
            while k < length {
                let w = UnsafeRawPointer(from + k).loadUnaligned(as: UInt64.self)
                UnsafeMutableRawPointer(to + k).storeBytes(of: w, as: UInt64.self)
                k &+= 8
            }
        } else if distance == 1 {
            to.update(repeating: from.pointee, count: length)
        } else {
            for k in 0..<length { to[k] = from[k] }
        }
    }
}
