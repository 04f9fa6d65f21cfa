/// A bounds-checked cursor over bytes. Every read checks the remaining length first and throws
/// `FormatError.truncated` instead of trapping, so hostile input cannot crash a parser.
public struct ByteReader {
    /// The bytes being read.
    public let bytes: UnsafeRawBufferPointer
    /// Offset of the next byte to read.
    public var offset: Int
    /// What is being read, for error messages ("zip central directory", "pickle").
    public let context: String

    /// A reader over `bytes`, starting at `offset`.
    public init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0, context: String) {
        self.bytes = bytes
        self.offset = offset
        self.context = context
    }

    /// Bytes left after the cursor.
    public var remaining: Int { max(0, bytes.count - offset) }
    /// Whether the cursor reached the end.
    public var isAtEnd: Bool { offset >= bytes.count }

    /// Throws unless `count` bytes can be read at the cursor.
    public func require(_ count: Int, _ what: @autoclosure () -> String) throws {
        guard count >= 0, offset >= 0, offset <= bytes.count, count <= bytes.count - offset else {
            throw FormatError.truncated(
                "\(context): \(what()) needs \(count) bytes at offset \(offset), only \(remaining) remain")
        }
    }

    /// Reads one byte.
    public mutating func u8(_ what: @autoclosure () -> String = "byte") throws -> UInt8 {
        try require(1, what())
        defer { offset += 1 }
        return bytes[offset]
    }

    /// Reads a little-endian unsigned integer of `T`'s width.
    public mutating func le<T: FixedWidthInteger & UnsignedInteger>(
        _ type: T.Type, _ what: @autoclosure () -> String = "integer"
    ) throws -> T {
        try integer(bigEndian: false, what())
    }

    /// Reads a big-endian unsigned integer of `T`'s width.
    public mutating func be<T: FixedWidthInteger & UnsignedInteger>(
        _ type: T.Type, _ what: @autoclosure () -> String = "integer"
    ) throws -> T {
        try integer(bigEndian: true, what())
    }

    /// Reads an unsigned integer of `T`'s width: byte `i` of the file is the byte of weight
    /// `256^i` (little-endian) or `256^(n-1-i)` (big-endian).
    private mutating func integer<T: FixedWidthInteger & UnsignedInteger>(
        bigEndian: Bool, _ what: @autoclosure () -> String
    ) throws -> T {
        let n = MemoryLayout<T>.size
        try require(n, what())
        var v: T = 0
        for i in 0..<n { v |= T(bytes[offset + i]) << (8 * (bigEndian ? n - 1 - i : i)) }
        offset += n
        return v
    }

    /// Returns a view of the next `count` bytes and advances past them (no copy).
    public mutating func slice(_ count: Int, _ what: @autoclosure () -> String = "bytes") throws
        -> UnsafeRawBufferPointer
    {
        try require(count, what())
        let s = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
        offset += count
        return s
    }

    /// Copies the next `count` bytes into an array.
    public mutating func array(_ count: Int, _ what: @autoclosure () -> String = "bytes") throws -> [UInt8] {
        Array(try slice(count, what()))
    }

    /// Moves the cursor to `newOffset`, which must lie within the bytes.
    public mutating func seek(_ newOffset: Int, _ what: @autoclosure () -> String = "offset") throws {
        guard newOffset >= 0, newOffset <= bytes.count else {
            throw FormatError.truncated("\(context): \(what()) \(newOffset) lies outside the \(bytes.count) bytes")
        }
        offset = newOffset
    }
}
