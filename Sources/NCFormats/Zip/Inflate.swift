/// Raw deflate (RFC 1951) and zlib (RFC 1950) decompression.
public enum Inflate {
    /// Decompresses raw deflate data. `expectedSize`, when given, bounds the output and must match.
    public static func decompress(_ input: UnsafeRawBufferPointer, expectedSize: Int?) throws -> [UInt8] {
        throw FormatError.unsupported("deflate is not implemented yet")
    }
}
