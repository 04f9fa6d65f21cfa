/// A 32-bit checksum computed over bytes added piece by piece (`CRC32`, `Adler32`): each says how
/// bytes update its state; adding arrays and checksumming a whole buffer are written once, here.
public protocol RunningChecksum {
    /// The checksum of no bytes.
    init()
    /// Adds `bytes` to the checksum.
    mutating func update(_ bytes: UnsafeRawBufferPointer)
    /// The checksum of everything added so far.
    var value: UInt32 { get }
}

extension RunningChecksum {
    /// Adds `bytes` to the checksum.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// The checksum of `bytes`.
    public static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var s = Self()
        s.update(bytes)
        return s.value
    }

    /// The checksum of `bytes`.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }
}
