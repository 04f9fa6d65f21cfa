/// The values of one field of a structured array, one per record, in the field's own type
/// (native byte order). `float16` fields are widened to `Float`, which is exact.
public enum NpyColumn: Sendable, Equatable {
    case bool([Bool])
    case int8([Int8])
    case int16([Int16])
    case int32([Int32])
    case int64([Int64])
    case uint8([UInt8])
    case uint16([UInt16])
    case uint32([UInt32])
    case uint64([UInt64])
    case float32([Float])
    case float64([Double])

    /// Number of values.
    public var count: Int {
        switch self {
        case .bool(let v): return v.count
        case .int8(let v): return v.count
        case .int16(let v): return v.count
        case .int32(let v): return v.count
        case .int64(let v): return v.count
        case .uint8(let v): return v.count
        case .uint16(let v): return v.count
        case .uint32(let v): return v.count
        case .uint64(let v): return v.count
        case .float32(let v): return v.count
        case .float64(let v): return v.count
        }
    }

    /// Whether the values are floating point.
    public var isFloatingPoint: Bool {
        switch self {
        case .float32, .float64: return true
        default: return false
        }
    }

    /// The values as `Float`, rounded to nearest as NumPy's `astype(np.float32)` does
    /// (exact for float32 columns and for integers up to 2^24 in magnitude).
    public func floats() -> [Float] { values(as: Float.self) }

    /// The values as `Double` (exact except for 64-bit integers beyond 2^53, which round).
    public func doubles() -> [Double] { values(as: Double.self) }

    /// The values converted to `F`, each rounded to nearest (the standard library's conversions,
    /// which are correctly rounded); `true` is 1.
    func values<F: BinaryFloatingPoint>(as _: F.Type) -> [F] {
        switch self {
        case .bool(let v): return v.map { $0 ? 1 : 0 }
        case .int8(let v): return v.map { F($0) }
        case .int16(let v): return v.map { F($0) }
        case .int32(let v): return v.map { F($0) }
        case .int64(let v): return v.map { F($0) }
        case .uint8(let v): return v.map { F($0) }
        case .uint16(let v): return v.map { F($0) }
        case .uint32(let v): return v.map { F($0) }
        case .uint64(let v): return v.map { F($0) }
        case .float32(let v): return v.map { F($0) }
        case .float64(let v): return v.map { F($0) }
        }
    }

    /// The values of an integer or bool column as `Int64`. Throws for floating-point columns and
    /// for `uint64` values above `Int64.max`, which an `Int64` cannot hold.
    public func int64s() throws -> [Int64] {
        switch self {
        case .bool(let v): return v.map { $0 ? 1 : 0 }
        case .int8(let v): return v.map { Int64($0) }
        case .int16(let v): return v.map { Int64($0) }
        case .int32(let v): return v.map { Int64($0) }
        case .int64(let v): return v
        case .uint8(let v): return v.map { Int64($0) }
        case .uint16(let v): return v.map { Int64($0) }
        case .uint32(let v): return v.map { Int64($0) }
        case .uint64(let v):
            if let big = v.firstIndex(where: { $0 > UInt64(Int64.max) }) {
                throw FormatError.limitExceeded("value \(v[big]) at row \(big) does not fit in a signed 64-bit integer")
            }
            return v.map { Int64($0) }
        case .float32, .float64:
            throw FormatError.malformed("expected an integer column, found floating-point values")
        }
    }
}

extension NpyColumn {
    /// Decodes field `field` of `count` records of `itemSize` bytes starting at `data`.
    static func decode(_ field: NpyField, records data: UnsafeRawBufferPointer, count: Int, itemSize: Int) -> NpyColumn {
        precondition(count == 0 || (count - 1) * itemSize + field.offset + field.type.size <= data.count)
        func read<T: FixedWidthInteger>(_: T.Type) -> [T] {
            (0..<count).map { r in
                let raw = data.loadUnaligned(fromByteOffset: r * itemSize + field.offset, as: T.self)
                return field.isBigEndian ? T(bigEndian: raw) : T(littleEndian: raw)
            }
        }
        switch field.type {
        case .bool: return .bool(read(UInt8.self).map { $0 != 0 })
        case .int8: return .int8(read(Int8.self))
        case .int16: return .int16(read(Int16.self))
        case .int32: return .int32(read(Int32.self))
        case .int64: return .int64(read(Int64.self))
        case .uint8: return .uint8(read(UInt8.self))
        case .uint16: return .uint16(read(UInt16.self))
        case .uint32: return .uint32(read(UInt32.self))
        case .uint64: return .uint64(read(UInt64.self))
        case .float16: return .float32(read(UInt16.self).map(Half.toFloat))
        case .float32: return .float32(read(UInt32.self).map(Float.init(bitPattern:)))
        case .float64: return .float64(read(UInt64.self).map(Double.init(bitPattern:)))
        }
    }
}
