/// Raw deflate (RFC 1951) and zlib (RFC 1950) decompression.
///
/// Every entry point takes a bound on the output, so a small hostile stream (a "zip bomb")
/// fails with `FormatError.limitExceeded` instead of exhausting memory. Malformed, truncated or
/// hostile streams always throw `FormatError`; they never trap.
public enum Inflate {
    /// The output bound used by `decompress(_:expectedSize:)` when no size is known: 1 GiB.
    public static let defaultMaxSize = 1 << 30

    /// Deflate never expands better than 1032:1 (a 258-byte match costs at least two bits), so
    /// no stream can fill more than this many bytes per input byte.
    static let maxRatio = 1032

    /// Decompresses raw deflate data.
    ///
    /// With `expectedSize`, decoding stops with an error as soon as the output would exceed it,
    /// and the output must reach it exactly. Without it, the output is bounded by
    /// `defaultMaxSize`. Bytes after the final block are ignored (zip sizes and CRCs cover them).
    public static func decompress(_ input: UnsafeRawBufferPointer, expectedSize: Int?) throws -> [UInt8] {
        if let expectedSize {
            return try inflate(input, limit: expectedSize, exact: true).output
        }
        return try decompress(input, maxSize: defaultMaxSize)
    }

    /// Decompresses raw deflate data whose size is unknown, failing with
    /// `FormatError.limitExceeded` once the output would exceed `maxSize` bytes.
    public static func decompress(_ input: UnsafeRawBufferPointer, maxSize: Int) throws -> [UInt8] {
        try inflate(input, limit: maxSize, exact: false).output
    }

    /// Decompresses a zlib stream (RFC 1950): checks the header (method 8, window, FCHECK, no
    /// preset dictionary), inflates at most `maxSize` bytes, verifies the Adler-32 trailer and
    /// rejects bytes after it.
    public static func zlibDecompress(_ input: UnsafeRawBufferPointer, maxSize: Int) throws -> [UInt8] {
        guard input.count >= 2 else {
            throw FormatError.truncated("zlib: stream of \(input.count) bytes is shorter than its 2-byte header")
        }
        let cmf = input[0]
        let flg = input[1]
        guard cmf & 0x0F == 8 else {
            throw FormatError.unsupported("zlib: compression method \(cmf & 0x0F) (only 8, deflate, exists)")
        }
        guard cmf >> 4 <= 7 else {
            throw FormatError.malformed("zlib: window size field CINFO is \(cmf >> 4) (at most 7, a 32 KiB window)")
        }
        guard (UInt16(cmf) << 8 | UInt16(flg)) % 31 == 0 else {
            throw FormatError.malformed(
                "zlib: header bytes 0x\(Hex.byte(cmf)) 0x\(Hex.byte(flg)) fail the FCHECK test (not a multiple of 31)")
        }
        guard flg & 0x20 == 0 else {
            throw FormatError.unsupported("zlib: stream needs a preset dictionary (FDICT set)")
        }
        let body = UnsafeRawBufferPointer(rebasing: input[2...])
        let (output, used) = try inflate(body, limit: maxSize, exact: false)
        let trailer = 2 + used
        guard input.count - trailer >= 4 else {
            throw FormatError.truncated(
                "zlib: stream ends at byte \(input.count) before its 4-byte Adler-32 checksum at byte \(trailer)")
        }
        var r = ByteReader(input, offset: trailer, context: "zlib trailer")
        let stored = try r.be(UInt32.self, "Adler-32 checksum")
        let computed = Adler32.checksum(output)
        guard stored == computed else {
            throw FormatError.malformed(
                "zlib: Adler-32 checksum mismatch (stored \(Hex.word(stored)), data gives \(Hex.word(computed)))")
        }
        guard r.isAtEnd else {
            throw FormatError.malformed("zlib: \(r.remaining) unexpected bytes after the end of the stream")
        }
        return output
    }

    /// Inflates `input` into at most `limit` bytes; returns the output and the input bytes used.
    static func inflate(_ input: UnsafeRawBufferPointer, limit: Int, exact: Bool) throws -> (output: [UInt8], used: Int) {
        guard limit >= 0 else {
            throw FormatError.malformed("deflate: output size bound \(limit) is negative")
        }
        // A margin of one match keeps the bound safe for the shortest streams; the cap at
        // Int.max / 2 leaves room for the copy slack without overflow.
        let (bound, overflow) = input.count.multipliedReportingOverflow(by: maxRatio)
        let reachable = overflow || bound > Int.max / 2 ? Int.max / 2 : bound + maxRatio
        if exact {
            // The whole output fits in the caller's array, so decode straight into it.
            guard limit <= reachable else {
                throw FormatError.malformed(
                    "deflate: \(input.count) input bytes cannot inflate to the expected \(limit) bytes (deflate expands at most \(maxRatio):1)")
            }
            var used = 0
            let output = try [UInt8](unsafeUninitializedCapacity: limit + InflateDecoder.slack) { buffer, count in
                guard let base = buffer.baseAddress else {
                    throw FormatError.limitExceeded("deflate: cannot allocate \(limit) bytes")
                }
                var d = InflateDecoder(
                    input: input, out: base, capacity: limit, limit: limit, limitIsExact: true, growable: false)
                try d.run()
                count = d.outCount
                used = d.consumedBytes
            }
            guard output.count == limit else {
                throw FormatError.malformed("deflate: stream inflates to \(output.count) bytes but \(limit) were expected")
            }
            return (output, used)
        }
        // Unknown size: start modestly and grow, but never past what the input could produce.
        let initial = min(limit, reachable, max(min(input.count, Int.max / 8) * 4, 1 << 12))
        var d = InflateDecoder(
            input: input, out: .allocate(capacity: initial + InflateDecoder.slack), capacity: initial,
            limit: min(limit, reachable), limitIsExact: false, growable: true)
        defer { d.out.deallocate() }
        try d.run()
        return (Array(UnsafeBufferPointer(start: d.out, count: d.outCount)), d.consumedBytes)
    }
}


