/// One member of a zip archive, as its central directory describes it.
public struct ZipEntry: Sendable, Equatable {
    /// Compression methods this reader understands.
    public enum Method: Sendable, Equatable {
        /// Method 0: bytes stored as they are.
        case stored
        /// Method 8: raw deflate (RFC 1951).
        case deflated
        /// Any other method number.
        case other(UInt16)
    }

    /// Path inside the archive (`spikeyolo-t/data.pkl`).
    public let name: String
    /// How the data is compressed.
    public let method: Method
    /// Size of the data as stored in the archive.
    public let compressedSize: Int
    /// Size of the data once decompressed.
    public let uncompressedSize: Int
    /// CRC-32 of the decompressed data.
    public let crc32: UInt32
    /// Offset of the local file header.
    public let localHeaderOffset: Int
    /// Offset of the first data byte (after the local header and its extra field).
    public let dataOffset: Int
    /// Whether general-purpose flag bit 0 (encryption) is set.
    public let isEncrypted: Bool
}
