/// Reading and writing NumPy `.npy` files (format versions 1.0, 2.0 and 3.0).
///
/// Arrays come back as `Tensor`s in C order and little-endian whatever the file used: Fortran-order
/// data is transposed and big-endian elements are byte-swapped on read.
public enum Npy {
    /// Reads the `.npy` file at `path`. Errors name the file.
    public static func read(path: String) throws -> Tensor {
        let file = try MappedFile(path: path)
        return try FormatError.attaching(path) { try file.withBytes { try read(bytes: $0) } }
    }

    /// Reads a `.npy` image held in memory (for example a member of an `.npz` archive).
    ///
    /// The data must hold exactly the bytes the header's shape and dtype call for.
    public static func read(bytes: UnsafeRawBufferPointer) throws -> Tensor {
        let header = try NpyHeader(parsing: bytes)
        let available = bytes.count - header.dataOffset
        let described = "shape \(NpyHeader.pythonTuple(header.shape)) of \(header.dtype.rawValue)"
        guard available >= header.dataSize else {
            throw FormatError.truncated(
                "npy data holds \(available) bytes but \(described) needs \(header.dataSize)")
        }
        guard available == header.dataSize else {
            throw FormatError.malformed(
                "npy file has \(available - header.dataSize) bytes after the \(header.dataSize) bytes of \(described)")
        }
        let data = UnsafeRawBufferPointer(rebasing: bytes[header.dataOffset...])
        if !header.isFortranOrder && !header.isBigEndian {
            return try Tensor(dtype: header.dtype, shape: header.shape, bytes: Array(data))
        }
        let strides = header.isFortranOrder
            ? try fortranStrides(header.shape) : Tensor.contiguousStrides(header.shape)
        return try Tensor(
            storage: data, dtype: header.dtype, bigEndian: header.isBigEndian, offset: 0,
            shape: header.shape, stride: strides)
    }

    /// Reads a `.npy` image held in an array.
    public static func read(bytes: [UInt8]) throws -> Tensor {
        try bytes.withUnsafeBytes { try read(bytes: $0) }
    }

    /// The bytes `numpy.save` writes for `tensor`: a version 1.0 header (2.0 if it would not fit)
    /// padded so the data starts at a multiple of 64, then the elements in C order.
    public static func encode(_ tensor: Tensor) throws -> [UInt8] {
        try NpyHeader.encode(dtype: tensor.dtype, shape: tensor.shape) + tensor.bytes
    }

    /// Writes `tensor` to `path` as `.npy`, replacing the file atomically: on failure the old
    /// file (if any) is untouched and no partial output remains. Errors name the file.
    public static func write(_ tensor: Tensor, to path: String) throws {
        try FormatError.attaching(path) { try AtomicFile.write(try encode(tensor), to: path) }
    }

    /// Element strides of a column-major array: the first index varies fastest.
    static func fortranStrides(_ shape: [Int]) throws -> [Int] {
        var strides = [Int](repeating: 0, count: shape.count)
        var step = 1
        for (k, d) in shape.enumerated() {
            strides[k] = step
            let (next, overflow) = step.multipliedReportingOverflow(by: d)
            guard !overflow else {
                throw FormatError.limitExceeded("npy shape \(NpyHeader.pythonTuple(shape)) has too many elements")
            }
            step = next
        }
        return strides
    }
}
