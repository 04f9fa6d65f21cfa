/// The header of a NumPy `.npy` file (format versions 1.0, 2.0 and 3.0): magic, version, a
/// length field (16 bits in 1.0, 32 bits later) and a Python dict literal naming the element type,
/// the memory order and the shape.
public struct NpyHeader: Sendable, Equatable {
    /// Major format version: 1, 2 or 3 (3.0 allows UTF-8 in the dict literal).
    public let majorVersion: UInt8
    /// Minor format version (always 0).
    public let minorVersion: UInt8
    /// Element type.
    public let dtype: DType
    /// Whether elements are stored big-endian (descr starting with `>`).
    public let isBigEndian: Bool
    /// Whether the data is stored in Fortran (column-major) order.
    public let isFortranOrder: Bool
    /// Extent of each dimension; `[]` for a 0-d array.
    public let shape: [Int]
    /// Offset of the first data byte from the start of the file.
    public let dataOffset: Int
    /// Bytes of data that `shape` and `dtype` call for.
    public let dataSize: Int

    static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)
    /// NumPy's own reader refuses headers over 10,000 bytes; allow more, but not without bound.
    static let maxHeaderLength = 1 << 20
    /// NumPy's limit on dimensions (NPY_MAXDIMS).
    static let maxDimensions = 64

    /// Parses the header at the start of `bytes` (which may continue with the data).
    public init(parsing bytes: UnsafeRawBufferPointer) throws {
        let dict = try NpyHeader.Dict(parsing: bytes)
        majorVersion = dict.majorVersion
        minorVersion = dict.minorVersion
        dataOffset = dict.dataOffset
        isFortranOrder = dict.isFortranOrder
        shape = dict.shape
        let d: String
        switch dict.descr {
        case .string(let s): d = s
        case .list:
            throw FormatError.unsupported(
                "npy dtype is structured (a list of fields); read it as a record table (NpyRecords)")
        default:
            throw FormatError.malformed("npy header: 'descr' is not a string")
        }
        (dtype, isBigEndian) = try NpyHeader.dtype(descr: d)
        let count = try Tensor.elementCount(shape)
        let (size, overflow) = count.multipliedReportingOverflow(by: dtype.size)
        guard !overflow else {
            throw FormatError.limitExceeded(
                "npy shape \(NpyHeader.pythonTuple(shape)) of '\(d)' needs more bytes than an Int can count")
        }
        dataSize = size
    }

    /// The parts of a header common to plain and structured arrays: version, the three keys of
    /// the dict (with `descr` left unparsed) and where the data starts.
    struct Dict {
        let majorVersion: UInt8
        let minorVersion: UInt8
        let descr: NpyDictLiteral.Value
        let isFortranOrder: Bool
        let shape: [Int]
        let dataOffset: Int

        init(parsing bytes: UnsafeRawBufferPointer) throws {
            var r = ByteReader(bytes, context: "npy header")
            guard try r.array(6, "magic string") == NpyHeader.magic else {
                throw FormatError.malformed("not a .npy file: it does not start with \\x93NUMPY")
            }
            majorVersion = try r.u8("major version")
            minorVersion = try r.u8("minor version")
            let headerLength: Int
            switch (majorVersion, minorVersion) {
            case (1, 0): headerLength = Int(try r.le(UInt16.self, "header length"))
            case (2, 0), (3, 0): headerLength = Int(try r.le(UInt32.self, "header length"))
            default:
                throw FormatError.unsupported("npy format version \(majorVersion).\(minorVersion) (only 1.0, 2.0 and 3.0)")
            }
            guard headerLength <= NpyHeader.maxHeaderLength else {
                throw FormatError.limitExceeded(
                    "npy header claims \(headerLength) bytes (limit \(NpyHeader.maxHeaderLength))")
            }
            let text = try r.array(headerLength, "header dict of \(headerLength) bytes")
            // 1.0 and 2.0 headers are Latin-1; outside strings the parser accepts only ASCII anyway.
            if majorVersion == 3, String(validating: text, as: UTF8.self) == nil {
                throw FormatError.malformed("npy 3.0 header is not valid UTF-8")
            }
            dataOffset = r.offset

            var descr: NpyDictLiteral.Value?
            var fortran: NpyDictLiteral.Value?
            var shapeValue: NpyDictLiteral.Value?
            for (key, value) in try NpyDictLiteral.parse(text) {
                switch key {
                case "descr" where descr == nil: descr = value
                case "fortran_order" where fortran == nil: fortran = value
                case "shape" where shapeValue == nil: shapeValue = value
                case "descr", "fortran_order", "shape":
                    throw FormatError.malformed("npy header repeats the key '\(key)'")
                default:
                    throw FormatError.malformed("npy header has an unexpected key '\(key)' (only descr, fortran_order, shape)")
                }
            }
            guard let descr else { throw FormatError.malformed("npy header: 'descr' is missing") }
            guard case .bool(let f)? = fortran else {
                throw FormatError.malformed("npy header: 'fortran_order' is \(fortran == nil ? "missing" : "not True or False")")
            }
            let s: [Int]
            switch shapeValue {
            case .tuple(let t)?: s = t
            case .list?:
                throw FormatError.unsupported("npy header: list or dict value for 'shape' (NumPy writes a tuple of ints)")
            default:
                throw FormatError.malformed("npy header: 'shape' is \(shapeValue == nil ? "missing" : "not a tuple of ints")")
            }
            guard s.count <= NpyHeader.maxDimensions else {
                throw FormatError.limitExceeded("npy shape has \(s.count) dimensions (at most \(NpyHeader.maxDimensions))")
            }
            if let negative = s.first(where: { $0 < 0 }) {
                throw FormatError.malformed("npy shape \(NpyHeader.pythonTuple(s)) has the negative dimension \(negative)")
            }
            self.descr = descr
            isFortranOrder = f
            shape = s
        }
    }

    /// Maps a descr string such as `<f4` to the element type and its byte order.
    static func dtype(descr: String) throws -> (DType, bigEndian: Bool) {
        let table: [String: DType] = [
            "f2": .float16, "f4": .float32, "f8": .float64, "i1": .int8, "i2": .int16, "i4": .int32,
            "i8": .int64, "u1": .uint8, "b1": .bool,
        ]
        guard let order = descr.first, "<>|=".contains(order) else {
            throw FormatError.unsupported("npy dtype '\(descr)' (expected a byte order <, > or | and a type code)")
        }
        guard let dtype = table[String(descr.dropFirst())] else {
            throw FormatError.unsupported(
                "npy dtype '\(descr)' (supported: f2, f4, f8, i1, i2, i4, i8, u1, b1)")
        }
        switch order {
        case "|":
            guard dtype.size == 1 else {
                throw FormatError.malformed("npy dtype '\(descr)' has \(dtype.size)-byte elements but no byte order")
            }
            return (dtype, false)
        case "=":
            // Native order depends on the machine that wrote the file; NumPy itself never writes it.
            throw FormatError.unsupported("npy dtype '\(descr)' uses native byte order '='")
        default:
            return (dtype, order == ">")
        }
    }

    /// The descr NumPy writes for `dtype` (`dtype.str`).
    static func descr(for dtype: DType) throws -> String {
        switch dtype {
        case .float16: return "<f2"
        case .float32: return "<f4"
        case .float64: return "<f8"
        case .int64: return "<i8"
        case .int32: return "<i4"
        case .int16: return "<i2"
        case .int8: return "|i1"
        case .uint8: return "|u1"
        case .bool: return "|b1"
        case .bfloat16: throw FormatError.unsupported("npy has no bfloat16 dtype")
        }
    }

    /// `repr` of a tuple of ints, as Python prints it: `()`, `(3,)`, `(2, 3)`.
    static func pythonTuple(_ shape: [Int]) -> String {
        if shape.count == 1 { return "(\(shape[0]),)" }
        return "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    /// The complete header NumPy writes for a C-order little-endian array: the dict literal with
    /// its keys sorted, room for the first dimension to grow to 21 digits, then spaces and a
    /// newline up to a multiple of 64 bytes. Version 1.0 unless the length needs 32 bits.
    static func encode(dtype: DType, shape: [Int]) throws -> [UInt8] {
        var dict = "{'descr': '\(try descr(for: dtype))', 'fortran_order': False, 'shape': \(pythonTuple(shape)), }"
        if let first = shape.first {
            dict += String(repeating: " ", count: max(0, 21 - String(first).count))
        }
        let text = Array(dict.utf8)
        for (major, lengthSize) in [(UInt8(1), 2), (UInt8(2), 4)] {
            let unpadded = magic.count + 2 + lengthSize + text.count + 1
            // NumPy pads by 64 - (unpadded % 64), so an already aligned header gains 64 spaces.
            let pad = 64 - unpadded % 64
            let length = text.count + pad + 1
            guard lengthSize == 4 || length <= 0xFFFF else { continue }
            var out = magic + [major, 0]
            for k in 0..<lengthSize { out.append(UInt8(truncatingIfNeeded: length >> (8 * k))) }
            out += text
            out += [UInt8](repeating: 0x20, count: pad)
            out.append(0x0A)
            return out
        }
        throw FormatError.limitExceeded("npy header of \(text.count) bytes")
    }
}
