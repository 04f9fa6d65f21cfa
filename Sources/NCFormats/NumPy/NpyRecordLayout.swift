/// The element type of one field of a NumPy structured dtype.
public enum NpyFieldType: String, CaseIterable, Sendable, Equatable {
    case bool = "b1"
    case int8 = "i1"
    case int16 = "i2"
    case int32 = "i4"
    case int64 = "i8"
    case uint8 = "u1"
    case uint16 = "u2"
    case uint32 = "u4"
    case uint64 = "u8"
    case float16 = "f2"
    case float32 = "f4"
    case float64 = "f8"

    /// Bytes per value.
    public var size: Int {
        switch self {
        case .bool, .int8, .uint8: return 1
        case .int16, .uint16, .float16: return 2
        case .int32, .uint32, .float32: return 4
        case .int64, .uint64, .float64: return 8
        }
    }
}

/// One named field of a structured dtype: its type, byte order and place inside a record.
public struct NpyField: Sendable, Equatable {
    /// Field name (unique within the layout).
    public let name: String
    /// Element type.
    public let type: NpyFieldType
    /// Whether the value is stored big-endian.
    public let isBigEndian: Bool
    /// Byte offset of the value from the start of its record.
    public let offset: Int

    /// A field of `type` at `offset`.
    public init(name: String, type: NpyFieldType, isBigEndian: Bool = false, offset: Int) {
        self.name = name
        self.type = type
        self.isBigEndian = isBigEndian
        self.offset = offset
    }
}

/// The record layout of a NumPy structured dtype: named scalar fields at byte offsets inside a
/// record of `itemSize` bytes, with any gaps between them (an aligned dtype's padding) unread.
///
/// `.npy` files spell it as a list, `[('ts', '<u8'), ('x', '<f4'), ('', '|V4')]`: fields follow
/// one another and an unnamed `|Vn` entry is `n` bytes of padding. That is how both a packed
/// dtype (no padding) and an aligned one (NumPy writes its padding out) arrive.
public struct NpyRecordLayout: Sendable, Equatable {
    /// Fields in file order.
    public let fields: [NpyField]
    /// Bytes per record, padding included.
    public let itemSize: Int

    /// Most fields a layout may have (Gen1 labels have 8).
    public static let maxFields = 1024
    /// Largest record accepted, in bytes.
    public static let maxItemSize = 1 << 20

    /// A layout from explicit fields. Names must be unique and non-empty, and every field must lie
    /// inside the record without overlapping another.
    public init(fields: [NpyField], itemSize: Int) throws {
        guard !fields.isEmpty else { throw FormatError.malformed("npy structured dtype has no fields") }
        guard fields.count <= NpyRecordLayout.maxFields else {
            throw FormatError.limitExceeded("npy structured dtype has \(fields.count) fields (at most \(NpyRecordLayout.maxFields))")
        }
        guard itemSize > 0, itemSize <= NpyRecordLayout.maxItemSize else {
            throw FormatError.limitExceeded(
                "npy structured dtype has records of \(itemSize) bytes (1 to \(NpyRecordLayout.maxItemSize))")
        }
        var seen = Set<String>()
        for f in fields {
            guard !f.name.isEmpty else { throw FormatError.malformed("npy structured dtype has a field without a name") }
            guard seen.insert(f.name).inserted else {
                throw FormatError.malformed("npy structured dtype repeats the field name '\(f.name)'")
            }
            guard f.offset >= 0, f.offset <= itemSize - f.type.size else {
                throw FormatError.malformed(
                    "npy field '\(f.name)' (\(f.type.size) bytes at offset \(f.offset)) does not fit in a record of \(itemSize) bytes")
            }
        }
        let sorted = fields.sorted { $0.offset < $1.offset }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.offset + a.type.size > b.offset {
            throw FormatError.malformed(
                "npy fields '\(a.name)' (bytes \(a.offset)..<\(a.offset + a.type.size)) and '\(b.name)' (from byte \(b.offset)) overlap")
        }
        self.fields = fields
        self.itemSize = itemSize
    }

    /// The field called `name`, if any.
    public func field(named name: String) -> NpyField? { fields.first { $0.name == name } }

    /// The layout a header's `descr` list spells (see the type's documentation).
    static func parse(descr list: [NpyDictLiteral.Value]) throws -> NpyRecordLayout {
        var fields: [NpyField] = []
        var offset = 0
        for (k, entry) in list.enumerated() {
            guard case .items(let parts) = entry, parts.count >= 2 else {
                throw FormatError.malformed("npy structured dtype: entry \(k) is not a (name, type) tuple")
            }
            guard case .string(let name) = parts[0] else {
                throw FormatError.unsupported("npy structured dtype: entry \(k) has a titled or non-string name")
            }
            guard parts.count == 2 else {
                throw FormatError.unsupported("npy structured dtype: field '\(name)' is a sub-array (shape given)")
            }
            guard case .string(let typeText) = parts[1] else {
                throw FormatError.unsupported("npy structured dtype: field '\(name)' is a nested structure")
            }
            let size: Int
            if let padding = try paddingSize(typeText) {
                guard name.isEmpty else {
                    throw FormatError.unsupported("npy structured dtype: field '\(name)' holds raw bytes ('\(typeText)')")
                }
                size = padding
            } else {
                let (type, bigEndian) = try fieldType(typeText, name: name)
                fields.append(NpyField(name: name, type: type, isBigEndian: bigEndian, offset: offset))
                size = type.size
            }
            let (next, overflow) = offset.addingReportingOverflow(size)
            guard !overflow, next <= maxItemSize else {
                throw FormatError.limitExceeded("npy structured dtype has records over \(maxItemSize) bytes")
            }
            offset = next
        }
        return try NpyRecordLayout(fields: fields, itemSize: offset)
    }

    /// `n` for a padding type `|Vn` / `Vn`, nil for anything else.
    private static func paddingSize(_ text: String) throws -> Int? {
        var body = Substring(text)
        if body.first == "|" { body = body.dropFirst() }
        guard body.first == "V" else { return nil }
        let digits = body.dropFirst()
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw FormatError.malformed("npy structured dtype: padding '\(text)' has no byte count")
        }
        guard digits.count <= 9, let n = Int(digits), n <= maxItemSize else {
            throw FormatError.limitExceeded("npy structured dtype: padding '\(text)' is over \(maxItemSize) bytes")
        }
        guard n > 0 else { throw FormatError.malformed("npy structured dtype: padding '\(text)' is empty") }
        return n
    }

    /// The type and byte order of a field's type string such as `<u8` or `|u1`.
    private static func fieldType(_ text: String, name: String) throws -> (NpyFieldType, Bool) {
        var body = Substring(text)
        var order: Character = "|"
        if let first = body.first, "<>|=".contains(first) {
            order = first
            body = body.dropFirst()
        }
        guard let type = NpyFieldType(rawValue: String(body)) else {
            throw FormatError.unsupported(
                "npy field '\(name)' has dtype '\(text)' (supported: b1, i1, i2, i4, i8, u1, u2, u4, u8, f2, f4, f8)")
        }
        switch order {
        case "=":
            throw FormatError.unsupported("npy field '\(name)' uses native byte order ('\(text)')")
        case "|":
            guard type.size == 1 else {
                throw FormatError.malformed("npy field '\(name)' has \(type.size)-byte values but no byte order ('\(text)')")
            }
            return (type, false)
        default:
            return (type, order == ">")
        }
    }
}
