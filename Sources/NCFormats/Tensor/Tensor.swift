/// A dense tensor: element type, shape and its elements in C (row-major) order, little-endian.
///
/// Readers materialise strided views into this form once, so consumers never deal with strides
/// or byte order.
public struct Tensor: Sendable, Equatable {
    /// Element type.
    public let dtype: DType
    /// Extent of each dimension; `[]` is a scalar.
    public let shape: [Int]
    /// `count * dtype.size` bytes, C order, little-endian.
    public let bytes: [UInt8]

    /// Number of elements (1 for a scalar).
    public var count: Int { shape.reduce(1, *) }

    /// A tensor over `bytes`, which must hold exactly the elements `shape` describes.
    public init(dtype: DType, shape: [Int], bytes: [UInt8]) throws {
        let n = try Tensor.elementCount(shape)
        let (need, overflow) = n.multipliedReportingOverflow(by: dtype.size)
        guard !overflow, need == bytes.count else {
            throw FormatError.malformed(
                "tensor of shape \(shape) and dtype \(dtype.rawValue) needs \(overflow ? "too many" : String(need)) bytes, got \(bytes.count)")
        }
        self.dtype = dtype
        self.shape = shape
        self.bytes = bytes
    }

    /// A float32 tensor from values (C order).
    public init(shape: [Int], floats: [Float]) {
        precondition(shape.reduce(1, *) == floats.count, "shape does not match element count")
        self.dtype = .float32
        self.shape = shape
        self.bytes = floats.withUnsafeBytes { Array($0) }
    }

    /// The product of `shape`, or an error if a dimension is negative or the product overflows.
    public static func elementCount(_ shape: [Int]) throws -> Int {
        var n = 1
        for d in shape {
            guard d >= 0 else { throw FormatError.malformed("negative dimension in shape \(shape)") }
            let (m, o) = n.multipliedReportingOverflow(by: d)
            guard !o else { throw FormatError.limitExceeded("shape \(shape) has more elements than an Int can count") }
            n = m
        }
        return n
    }

    /// Materialises a strided view of `storage` (elements of `dtype`, in `byteOrder`) as a dense
    /// little-endian tensor. Offsets and strides count elements, as PyTorch does.
    ///
    /// The view must lie inside the storage and may not have more elements than the storage holds,
    /// so a hostile shape cannot make the reader allocate memory the file does not justify.
    public init(
        storage: UnsafeRawBufferPointer, dtype: DType, bigEndian: Bool = false,
        offset: Int, shape: [Int], stride: [Int]
    ) throws {
        guard shape.count == stride.count else {
            throw FormatError.malformed("tensor has \(shape.count) sizes but \(stride.count) strides")
        }
        let storageCount = storage.count / dtype.size
        let n = try Tensor.elementCount(shape)
        guard n <= storageCount else {
            throw FormatError.limitExceeded(
                "tensor view of shape \(shape) has \(n) elements but its storage holds only \(storageCount)")
        }
        guard offset >= 0, stride.allSatisfy({ $0 >= 0 }) else {
            throw FormatError.malformed("tensor has a negative offset or stride (offset \(offset), stride \(stride))")
        }
        if n > 0 {
            var last = offset
            for (d, s) in zip(shape, stride) {
                let (step, o1) = (d - 1).multipliedReportingOverflow(by: s)
                let (sum, o2) = last.addingReportingOverflow(step)
                guard !o1, !o2 else { throw FormatError.malformed("tensor strides \(stride) overflow") }
                last = sum
            }
            guard last < storageCount else {
                throw FormatError.malformed(
                    "tensor view (offset \(offset), shape \(shape), stride \(stride)) reaches element \(last) of a storage of \(storageCount)")
            }
        }
        let size = dtype.size
        let contiguous = Tensor.contiguousStrides(shape) == stride
        // Every output byte is written below, so the array is not zero-filled first (checkpoint
        // loading spends its time copying tensors; a memset would double the writes).
        let out = [UInt8](unsafeUninitializedCapacity: n * size) { dst, initialized in
            initialized = n * size
            guard n > 0, let dstBase = dst.baseAddress else { return }
            guard let srcBase = storage.baseAddress else {
                dstBase.initialize(repeating: 0, count: n * size)
                return
            }
            let dstRaw = UnsafeMutableRawPointer(dstBase)
            if contiguous {
                dstRaw.copyMemory(from: srcBase + offset * size, byteCount: n * size)
            } else {
                var index = [Int](repeating: 0, count: shape.count)
                var src = offset
                for i in 0..<n {
                    (dstRaw + i * size).copyMemory(from: srcBase + src * size, byteCount: size)
                    // Odometer increment over the dimensions, last fastest.
                    var d = shape.count - 1
                    while d >= 0 {
                        index[d] += 1
                        src += stride[d]
                        if index[d] < shape[d] { break }
                        src -= stride[d] * shape[d]
                        index[d] = 0
                        d -= 1
                    }
                }
            }
            if bigEndian && size > 1 {
                for i in 0..<n {
                    let p = dstRaw + i * size
                    for k in 0..<(size / 2) {
                        let a = p.load(fromByteOffset: k, as: UInt8.self)
                        let b = p.load(fromByteOffset: size - 1 - k, as: UInt8.self)
                        p.storeBytes(of: b, toByteOffset: k, as: UInt8.self)
                        p.storeBytes(of: a, toByteOffset: size - 1 - k, as: UInt8.self)
                    }
                }
            }
        }
        self.dtype = dtype
        self.shape = shape
        self.bytes = out
    }

    /// Row-major strides (in elements) for `shape`.
    public static func contiguousStrides(_ shape: [Int]) -> [Int] {
        var s = [Int](repeating: 1, count: shape.count)
        var acc = 1
        for i in stride(from: shape.count - 1, through: 0, by: -1) {
            s[i] = acc
            acc &*= max(shape[i], 1)
        }
        return s
    }
}

extension Tensor {
    /// Every element converted to `Float` (float types widen exactly; integers convert).
    public func floats() -> [Float] {
        let n = count
        return bytes.withUnsafeBytes { raw -> [Float] in
            [Float](unsafeUninitializedCapacity: n) { out, initialized in
                for i in 0..<n { out[i] = Tensor.element(raw, dtype, i) }
                initialized = n
            }
        }
    }

    /// Every element converted to `Double`.
    public func doubles() -> [Double] {
        let n = count
        return bytes.withUnsafeBytes { raw -> [Double] in
            [Double](unsafeUninitializedCapacity: n) { out, initialized in
                for i in 0..<n {
                    switch dtype {
                    case .float64: out[i] = raw.loadUnaligned(fromByteOffset: i * 8, as: Double.self)
                    case .int64: out[i] = Double(raw.loadUnaligned(fromByteOffset: i * 8, as: Int64.self))
                    default: out[i] = Double(Tensor.element(raw, dtype, i) as Float)
                    }
                }
                initialized = n
            }
        }
    }

    /// Every element converted to `Int64` (floats truncate toward zero; NaN and out-of-range become 0).
    public func int64s() -> [Int64] {
        let n = count
        return bytes.withUnsafeBytes { raw -> [Int64] in
            (0..<n).map { i -> Int64 in
                switch dtype {
                case .int64: return raw.loadUnaligned(fromByteOffset: i * 8, as: Int64.self)
                case .int32: return Int64(raw.loadUnaligned(fromByteOffset: i * 4, as: Int32.self))
                case .int16: return Int64(raw.loadUnaligned(fromByteOffset: i * 2, as: Int16.self))
                case .int8: return Int64(raw.load(fromByteOffset: i, as: Int8.self))
                case .uint8, .bool: return Int64(raw[i])
                case .float64:
                    let d = raw.loadUnaligned(fromByteOffset: i * 8, as: Double.self)
                    return d.isFinite && abs(d) < 9.2e18 ? Int64(d) : 0
                default:
                    let f: Float = Tensor.element(raw, dtype, i)
                    return f.isFinite && abs(f) < 9.2e18 ? Int64(f) : 0
                }
            }
        }
    }

    @inline(__always)
    static func element(_ raw: UnsafeRawBufferPointer, _ dtype: DType, _ i: Int) -> Float {
        switch dtype {
        case .float32: return raw.loadUnaligned(fromByteOffset: i * 4, as: Float.self)
        case .float16: return Half.toFloat(raw.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self))
        case .bfloat16: return Half.bfloat16ToFloat(raw.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self))
        case .float64: return Float(raw.loadUnaligned(fromByteOffset: i * 8, as: Double.self))
        case .int64: return Float(raw.loadUnaligned(fromByteOffset: i * 8, as: Int64.self))
        case .int32: return Float(raw.loadUnaligned(fromByteOffset: i * 4, as: Int32.self))
        case .int16: return Float(raw.loadUnaligned(fromByteOffset: i * 2, as: Int16.self))
        case .int8: return Float(raw.load(fromByteOffset: i, as: Int8.self))
        case .uint8, .bool: return Float(raw[i])
        }
    }
}
