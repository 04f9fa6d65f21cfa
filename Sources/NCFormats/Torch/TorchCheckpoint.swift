/// A PyTorch checkpoint opened without Python: its tensors in `state_dict()` order, which of
/// them are parameters, and the module tree with each module's plain attributes.
///
/// ```swift
/// let ckpt = try TorchCheckpoint.load(path: "model.pt") { $0["model"] }
/// ckpt.kind                                  // .moduleTree
/// ckpt.parameterCount                        // 2_011_184
/// ckpt.tensor(named: "model.1.encode_conv.weight")?.shape   // [16, 3, 7, 7]
/// ckpt.moduleAttributes["model.1.encode_bn"]?["eps"]       // .float(0.001)
/// ```
/// Three files are understood: a torch zip whose pickle is a whole `nn.Module` (or a dict with
/// one in the entry the caller names), a plain `state_dict` saved by `torch.save`, and a
/// `.safetensors` file. Nothing in a file is executed; every size read from it is checked. What a
/// training framework puts around the model (ultralytics' `ema`, `yaml`, ...) is read by the model
/// layer, from `root` and `moduleAttributes`.
public struct TorchCheckpoint: Sendable {
    /// What kind of file the checkpoint came from.
    public enum Kind: String, Sendable {
        /// A pickled `nn.Module` tree (its `_parameters`, `_buffers` and `_modules` walked).
        case moduleTree
        /// A `state_dict` (an OrderedDict of name → tensor) saved by `torch.save`.
        case stateDict
        /// A safetensors file.
        case safetensors
    }

    /// The file the checkpoint was read from.
    public let path: String
    /// What kind of file it is.
    public let kind: Kind
    /// Every tensor of the state dict, in `state_dict()` order.
    public let tensors: [(name: String, tensor: Tensor)]
    /// Names of the tensors that are parameters (from modules' `_parameters`; for state dicts
    /// and safetensors, every floating-point tensor that is not a BatchNorm running statistic).
    public let parameterNames: Set<String>
    /// Elements in all parameters, counting a storage view shared by several names once,
    /// as `sum(p.numel() for p in model.parameters())` does.
    public let parameterCount: Int
    /// Module paths and qualified class names in module order; the root module is `""`.
    public let moduleClasses: [(path: String, className: String)]
    /// Each module's plain instance attributes (those not starting with `_`), e.g. a
    /// BatchNorm's `eps`, `BNAndPadLayer.pad_pixels`, `Upsample.scale_factor`, cached anchors.
    public let moduleAttributes: [String: [String: PickleValue]]
    /// A safetensors file's `__metadata__`, in header order.
    public let metadata: [PlainMember]
    /// The decoded pickle (nil for safetensors); tensors in it are references (`tensor(_:)`).
    public let root: PickleValue?
    private let storage: TorchZipStorage?
    private let index: [String: Int]

    /// The tensor called `name`, if present.
    public func tensor(named name: String) -> Tensor? {
        index[name].map { tensors[$0].tensor }
    }

    /// Reads the tensor `reference` points to (e.g. a module attribute such as cached anchors).
    /// Errors name the file.
    public func tensor(_ reference: TorchTensorReference) throws -> Tensor {
        try FormatError.attaching(path) {
            guard let storage else {
                throw FormatError.unsupported("a \(kind.rawValue) file has no pickled tensor references")
            }
            return try FormatError.within("tensor in storage \(reference.storage.key)") {
                try storage.tensor(reference)
            }
        }
    }

    /// Opens the checkpoint at `path`, detecting its format. A pickled dict is a state_dict unless
    /// `module` names the entry holding a module to walk. Errors read `path: problem`.
    public static func load(path: String, limits: PickleLimits = .default,
                            module: (PickleDict) -> PickleValue? = { _ in nil }) throws -> TorchCheckpoint {
        let file = try MappedFile(path: path)
        let magic: [UInt8] = file.withBytes { Array($0.prefix(9)) }
        if magic.count >= 4, magic[0] == 0x50, magic[1] == 0x4B, magic[2] == 0x03 || magic[2] == 0x05 {
            let archive = try ZipArchive(file: file)
            return try FormatError.attaching(path) { try loadZip(archive, path: path, limits: limits, module: module) }
        }
        return try FormatError.attaching(path) {
            if magic.count == 9, magic[8] == 0x7B {  // u64 header length, then '{'
                return try loadSafetensors(file)
            }
            if magic.count >= 2, magic[0] == 0x80, magic[1] <= 5 {
                throw FormatError.unsupported(
                    "a bare pickle (torch.save before PyTorch 1.6, legacy format); re-save it with a current torch")
            }
            throw FormatError.malformed("neither a torch zip archive nor a safetensors file")
        }
    }

    init(
        path: String, kind: Kind, tensors: [(name: String, tensor: Tensor)], parameterNames: Set<String>,
        parameterCount: Int, moduleClasses: [(path: String, className: String)] = [],
        moduleAttributes: [String: [String: PickleValue]] = [:], metadata: [PlainMember] = [], root: PickleValue? = nil,
        storage: TorchZipStorage? = nil
    ) {
        self.path = path
        self.kind = kind
        self.tensors = tensors
        self.parameterNames = parameterNames
        self.parameterCount = parameterCount
        self.moduleClasses = moduleClasses
        self.moduleAttributes = moduleAttributes
        self.metadata = metadata
        self.root = root
        self.storage = storage
        var index = [String: Int]()
        for (i, t) in tensors.enumerated() where index[t.name] == nil { index[t.name] = i }
        self.index = index
    }

    /// Whether a state-dict tensor counts as a parameter when no module says so.
    static func looksLikeParameter(_ name: String, _ dtype: DType) -> Bool {
        dtype.isFloatingPoint && !name.hasSuffix("running_mean") && !name.hasSuffix("running_var")
            && !name.hasSuffix("num_batches_tracked")
    }
}
