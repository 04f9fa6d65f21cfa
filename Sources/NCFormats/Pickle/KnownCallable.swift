/// The fixed table of class and function names the pickle reader interprets as data.
///
/// Everything else a pickle names stays an opaque `PickleObject`; nothing is ever imported,
/// looked up or called. The table covers what `torch.save` and Python's own pickler emit for
/// plain containers, tensors and storages.
enum KnownCallable: Equatable {
    /// `collections.OrderedDict`, `builtins.dict`: a dict.
    case dict
    /// `builtins.list`: a list.
    case list
    /// `builtins.set`: a set.
    case set
    /// `builtins.frozenset`: a frozenset.
    case frozenSet
    /// `torch.Size`: a tuple subclass, kept as a tuple.
    case torchSize
    /// `_codecs.encode(str, 'latin1')`: how protocol 2 pickles `bytes`.
    case codecsEncode
    /// `builtins.bytes`, `builtins.bytearray`: bytes.
    case bytes
    /// `copyreg._reconstructor(cls, base, state)`: how protocols 0 and 1 pickle plain objects.
    case reconstructor
    /// `torch._utils._rebuild_tensor` (storage, offset, size, stride).
    case rebuildTensor
    /// `torch._utils._rebuild_tensor_v2` (storage, offset, size, stride, requires_grad, hooks[, metadata]).
    case rebuildTensorV2
    /// `torch._utils._rebuild_tensor_v3` (…, hooks, dtype[, metadata]) over an untyped storage.
    case rebuildTensorV3
    /// `torch._utils._rebuild_parameter` (tensor, requires_grad, hooks).
    case rebuildParameter
    /// `torch._utils._rebuild_parameter_with_state` (tensor, requires_grad, hooks, state).
    case rebuildParameterWithState
    /// A typed storage class (`torch.HalfStorage`), only meaningful inside a persistent id.
    case storageClass(DType)
    /// `torch.UntypedStorage` / `torch.storage.UntypedStorage`.
    case untypedStorage
    /// A torch dtype (`torch.float16`), as `_rebuild_tensor_v3` receives it.
    case torchDType(DType)

    /// What the table says about `global`, or nil if it is not in the table.
    init?(_ global: PickleGlobal) {
        switch (global.module, global.name) {
        case ("collections", "OrderedDict"), ("builtins", "dict"), ("__builtin__", "dict"):
            self = .dict
        case ("builtins", "list"), ("__builtin__", "list"): self = .list
        case ("builtins", "set"), ("__builtin__", "set"): self = .set
        case ("builtins", "frozenset"), ("__builtin__", "frozenset"): self = .frozenSet
        case ("torch", "Size"): self = .torchSize
        case ("_codecs", "encode"): self = .codecsEncode
        case ("builtins", "bytes"), ("__builtin__", "bytes"), ("builtins", "bytearray"),
            ("__builtin__", "bytearray"):
            self = .bytes
        case ("copyreg", "_reconstructor"), ("copy_reg", "_reconstructor"): self = .reconstructor
        case ("torch._utils", "_rebuild_tensor"): self = .rebuildTensor
        case ("torch._utils", "_rebuild_tensor_v2"): self = .rebuildTensorV2
        case ("torch._utils", "_rebuild_tensor_v3"): self = .rebuildTensorV3
        case ("torch._utils", "_rebuild_parameter"): self = .rebuildParameter
        case ("torch._utils", "_rebuild_parameter_with_state"): self = .rebuildParameterWithState
        case ("torch", "UntypedStorage"), ("torch.storage", "UntypedStorage"): self = .untypedStorage
        case ("torch", let name):
            if let d = TorchStorageReference.dtype(ofStorageClass: name) {
                self = .storageClass(d)
            } else if let d = TorchStorageReference.dtype(ofTorchDType: name) {
                self = .torchDType(d)
            } else {
                return nil
            }
        default:
            return nil
        }
    }
}
