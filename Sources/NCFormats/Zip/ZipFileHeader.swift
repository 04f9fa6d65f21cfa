/// The fields a zip entry's central directory record and its local file header have in common,
/// stored in the same order in both (APPNOTE.TXT 4.3.7 and 4.3.12, from "version needed to
/// extract" to "extra field length"), so both copies are read, and compared, as one type.
struct ZipFileHeader {
    /// General purpose flags (bit 0: encrypted, bit 3: CRC and sizes in a data descriptor) and
    /// compression method (0 stored, 8 deflated).
    let flags: UInt16, method: UInt16
    /// MS-DOS modification time and date, and the CRC-32 of the uncompressed data.
    let modified: UInt32, crc: UInt32
    /// Compressed and uncompressed size; 0xFFFFFFFF where the ZIP64 extra field holds the size.
    let compressedSize: UInt32, size: UInt32
    /// Lengths of the file name and of the extra field that follow the fixed part.
    let nameLength: Int, extraLength: Int

    /// Reads the fields at the cursor of `r`.
    init(_ r: inout ByteReader) throws {
        _ = try r.le(UInt16.self, "version needed")
        flags = try r.le(UInt16.self, "flags")
        method = try r.le(UInt16.self, "method")
        modified = try r.le(UInt32.self, "modification time")
        crc = try r.le(UInt32.self, "crc-32")
        compressedSize = try r.le(UInt32.self, "compressed size")
        size = try r.le(UInt32.self, "uncompressed size")
        nameLength = Int(try r.le(UInt16.self, "name length"))
        extraLength = Int(try r.le(UInt16.self, "extra length"))
    }
}
