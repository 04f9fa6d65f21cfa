/// A torch storage named by a pickle persistent id `('storage', torch.FloatStorage, key, location, numel)`.
///
/// The bytes live elsewhere (in a torch zip, the entry `<prefix>/data/<key>`); this is only the
/// reference, so decoding a pickle never touches tensor data.
public struct TorchStorageReference: Sendable, Equatable, Hashable {
    /// The storage key (`data/<key>` in the zip).
    public let key: String
    /// Element type of a typed storage (`torch.HalfStorage` ...); nil for `torch.UntypedStorage`,
    /// whose `count` is in bytes and whose tensors say their own dtype.
    public let dtype: DType?
    /// Device the storage was saved from (`cpu`, `cuda:0`); data is read the same way.
    public let location: String
    /// Number of elements (bytes for an untyped storage).
    public let count: Int

    /// Bytes the storage must hold, or nil if that overflows.
    public var byteCount: Int? {
        let (n, o) = count.multipliedReportingOverflow(by: dtype?.size ?? 1)
        return o ? nil : n
    }

    /// The `DType` of a typed storage class name (`HalfStorage` → `.float16`); nil if unknown.
    public static func dtype(ofStorageClass name: String) -> DType? {
        switch name {
        case "HalfStorage": return .float16
        case "BFloat16Storage": return .bfloat16
        case "FloatStorage": return .float32
        case "DoubleStorage": return .float64
        case "LongStorage": return .int64
        case "IntStorage": return .int32
        case "ShortStorage": return .int16
        case "CharStorage": return .int8
        case "ByteStorage": return .uint8
        case "BoolStorage": return .bool
        default: return nil
        }
    }

    /// The `DType` of a torch dtype name as pickled by `_rebuild_tensor_v3` (`torch.float16`).
    public static func dtype(ofTorchDType name: String) -> DType? {
        switch name {
        case "float16", "half": return .float16
        case "bfloat16": return .bfloat16
        case "float32", "float": return .float32
        case "float64", "double": return .float64
        case "int64", "long": return .int64
        case "int32", "int": return .int32
        case "int16", "short": return .int16
        case "int8": return .int8
        case "uint8": return .uint8
        case "bool": return .bool
        default: return nil
        }
    }
}

/// A tensor as `torch._utils._rebuild_tensor_v2` describes it: a strided view of a storage.
/// Offsets and strides count elements, as PyTorch does.
public struct TorchTensorReference: Sendable, Equatable, Hashable {
    /// The storage the view reads.
    public let storage: TorchStorageReference
    /// Element type of the tensor.
    public let dtype: DType
    /// Index of the first element in the storage.
    public let offset: Int
    /// Extent of each dimension.
    public let shape: [Int]
    /// Step in elements for each dimension.
    public let stride: [Int]
    /// The pickled `requires_grad` flag.
    public let requiresGrad: Bool
    /// Whether `torch._utils._rebuild_parameter` wrapped it (an `nn.Parameter`).
    public let isParameter: Bool

    /// Number of elements, or nil if the shape is invalid or overflows.
    public var elementCount: Int? { try? Tensor.elementCount(shape) }

    /// The same view marked as a parameter.
    func asParameter(requiresGrad: Bool) -> TorchTensorReference {
        TorchTensorReference(
            storage: storage, dtype: dtype, offset: offset, shape: shape, stride: stride,
            requiresGrad: requiresGrad, isParameter: true)
    }
}
