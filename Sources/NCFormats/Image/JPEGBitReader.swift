/// Reads the entropy-coded data of a JPEG scan most-significant bit first, removing the stuffed
/// zero after each 0xFF data byte (T.81 F.1.2.3).
///
/// On reaching a marker (0xFF followed by a non-zero byte) or the end of the data, the reader
/// supplies zero bits as libjpeg does, but counts them: a scan that consumes any of them was cut
/// short, which `checkNotExhausted` reports instead of decoding invented data.
struct JPEGBitReader {
    /// The whole file.
    let data: UnsafeRawBufferPointer
    /// Offset of the next byte to load into the bit buffer.
    private(set) var position: Int
    /// Bits waiting to be consumed, left-aligned: the next bit is bit 63.
    private var buffer: UInt64 = 0
    /// Number of valid bits in `buffer`, counting the zero padding.
    private var count = 0
    /// How many of the `count` bits (the last ones) are padding after a marker or the end of data.
    private var padding = 0
    /// Offset of the marker that stopped loading (its 0xFF), or nil before one is reached.
    private(set) var markerOffset: Int?

    /// A reader of the entropy-coded segment that starts at `position`.
    init(data: UnsafeRawBufferPointer, position: Int) {
        self.data = data
        self.position = position
    }

    /// Loads bytes until at least 57 bits are buffered (zeros once a marker is reached).
    @inline(__always)
    mutating func refill() {
        while count <= 56 {
            var byte: UInt64 = 0
            if markerOffset == nil, position < data.count {
                let b = data[position]
                if b != 0xFF {
                    byte = UInt64(b)
                    position += 1
                } else {
                    // 0xFF 0x00 is a data byte 0xFF; 0xFF fill bytes may precede either.
                    var next = position + 1
                    while next < data.count && data[next] == 0xFF { next += 1 }
                    if next < data.count && data[next] == 0 {
                        byte = 0xFF
                        position = next + 1
                    } else {
                        markerOffset = position
                        padding += 8
                    }
                }
            } else {
                if markerOffset == nil { markerOffset = position }
                padding += 8
            }
            buffer |= byte << (56 - count)
            count += 8
        }
    }

    /// Makes at least 32 bits available: enough for any Huffman code (16 bits) and the
    /// magnitude bits after it (at most 15).
    @inline(__always)
    mutating func fill() {
        if count < 32 { refill() }
    }

    /// The next `n` bits (1...32) without consuming them; at least `n` bits must be buffered.
    @inline(__always)
    func peek(_ n: Int) -> Int {
        assert(n >= 1 && n <= 32 && n <= count)
        return Int(truncatingIfNeeded: buffer >> UInt64(64 - n))
    }

    /// Drops `n` bits; at least `n` must be buffered.
    @inline(__always)
    mutating func consume(_ n: Int) {
        assert(n >= 0 && n <= count)
        buffer <<= UInt64(n)
        count -= n
    }

    /// Reads `n` bits (0...16) as an unsigned number, refilling as needed.
    @inline(__always)
    mutating func bits(_ n: Int) -> Int {
        if n == 0 { return 0 }
        if count < n { refill() }
        let v = peek(n)
        consume(n)
        return v
    }

    /// Reads `n` (0...15) magnitude bits and extends them to the signed value they code (F.2.2.1):
    /// values below 2^(n-1) are negative.
    @inline(__always)
    mutating func signed(_ n: Int) -> Int32 {
        if n == 0 { return 0 }
        let v = Int32(truncatingIfNeeded: bits(n))
        return v < Int32(1) << Int32(n - 1) ? v &- (Int32(1) << Int32(n)) &+ 1 : v
    }

    /// Decodes one Huffman symbol with `table`; nil when the bits are no code of the table.
    @inline(__always)
    mutating func decode(_ table: JPEGHuffmanTable) -> Int? {
        if count < 16 { refill() }
        let entry = Int(table.lookup[peek(JPEGHuffmanTable.lookaheadBits)])
        if entry != 0 {
            consume(entry >> 8)
            return entry & 0xFF
        }
        // Longer codes: compare against the canonical maximum of each length (F.16).
        var length = JPEGHuffmanTable.lookaheadBits + 1
        var code = Int32(peek(length))
        while code > table.maxCode[length] {
            length += 1
            if length > 16 { return nil }
            code = Int32(peek(length))
        }
        consume(length)
        let index = Int(code &+ table.valueOffset[length])
        assert(index >= 0 && index < 256)
        return Int(table.symbols[index & 0xFF])
    }

    /// Whether the data consumed so far came from the file rather than the zero padding.
    var isExhausted: Bool { count < padding }

    /// Ends an entropy-coded segment: drops the partial byte, skips any bytes libjpeg would also
    /// skip up to the next marker, and returns that marker's offset (its 0xFF) — or the end of
    /// the data, when there is no further marker.
    mutating func finishSegment() -> Int {
        buffer = 0
        count = 0
        padding = 0
        if let m = markerOffset { return m }
        var p = position
        while p < data.count {
            if data[p] == 0xFF {
                var next = p + 1
                while next < data.count && data[next] == 0xFF { next += 1 }
                if next >= data.count { return data.count }
                if data[next] != 0 { return next - 1 }
                p = next + 1
            } else {
                p += 1
            }
        }
        return data.count
    }

    /// Starts reading again right after the restart marker at `offset` (2 bytes long).
    mutating func restart(at offset: Int) {
        position = offset
        markerOffset = nil
        buffer = 0
        count = 0
        padding = 0
    }
}
