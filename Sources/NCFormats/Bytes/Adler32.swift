/// Adler-32 (RFC 1950 §8.2), the checksum that ends every zlib stream.
public struct Adler32: RunningChecksum, Sendable {
    private static let modulus: UInt32 = 65_521
    /// The most bytes that can be summed before `b` could overflow 32 bits (zlib's NMAX).
    private static let chunk = 5_552

    private var a: UInt32 = 1
    private var b: UInt32 = 0

    /// A fresh checksum.
    public init() {}

    /// Adds `bytes` to the checksum.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        var i = 0
        let n = bytes.count
        while i < n {
            let end = min(n, i + Adler32.chunk)
            // Reducing once per chunk instead of once per byte is what makes this fast.
            while i < end {
                a &+= UInt32(bytes[i])
                b &+= a
                i += 1
            }
            a %= Adler32.modulus
            b %= Adler32.modulus
        }
    }

    /// The checksum of everything added so far.
    public var value: UInt32 { b << 16 | a }
}
