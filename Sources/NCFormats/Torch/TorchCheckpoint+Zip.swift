/// Loading the torch zip format (`torch.save` since PyTorch 1.6): a pickled module tree (a whole
/// `nn.Module`, or one held by an entry of a dict the caller names) or a plain state dict.
extension TorchCheckpoint {
    static func loadZip(_ archive: ZipArchive, path: String, limits: PickleLimits,
                        module findModule: (PickleDict) -> PickleValue?) throws -> TorchCheckpoint {
        // Every entry's size and CRC-32, used or not (the unused `model` copy beside `ema`, the
        // `version` record, ...): a flipped byte anywhere in the data fails the load.
        try archive.verifyEntries()
        let storage = try TorchZipStorage(archive: archive)
        let pkl = try storage.pickleEntry()
        let root = try FormatError.within(pkl.name) {
            try archive.withContents(of: pkl, verify: false) { try Pickle.load($0, limits: limits) }
        }
        var loader = TensorLoader(storage: storage, budget: archive.file.count * 4 + (1 << 20))

        // A module reached along many paths is walked along each (as state_dict() does); real
        // pickles spend bytes on every module, so visits beyond a multiple of the size are a bomb.
        let maxVisits = min(1 << 22, 16 * pkl.uncompressedSize + 1024)
        if case .object = root {
            return try moduleTree(root, root: root, path: path, maxVisits: maxVisits, loader: &loader)
        }
        guard case .dict(let top) = root else {
            throw FormatError.unsupported(
                "\(pkl.name) holds a \(root.kindDescription); expected a module, a dict holding one, or a state_dict")
        }
        if let model = findModule(top), case .object = model {
            return try moduleTree(model, root: root, path: path, maxVisits: maxVisits, loader: &loader)
        }
        var dict = top
        if let inner = top["state_dict"]?.dictValue { dict = inner }  // {"state_dict": ..., "epoch": ...}
        var tensors = [(name: String, tensor: Tensor)]()
        var parameters = Set<String>()
        var counter = ParameterCounter()
        tensors.reserveCapacity(dict.count)
        for i in 0..<dict.count {
            let key = dict.key(at: i)
            guard let name = key.stringValue else {
                throw FormatError.unsupported("\(pkl.name) is a dict with a \(key.kindDescription) key, not a state_dict")
            }
            guard case .tensor(let ref) = dict.value(at: i) else {
                throw FormatError.unsupported(
                    "\(pkl.name) is a dict whose entry \(name) is a \(dict.value(at: i).kindDescription); expected a state_dict of tensors or a checkpoint holding a model")
            }
            let t = try loader.tensor(ref, name: name)
            tensors.append((name, t))
            if looksLikeParameter(name, t.dtype) {
                parameters.insert(name)
                counter.add(ref, count: t.count)
            }
        }
        return TorchCheckpoint(
            path: path, kind: .stateDict, tensors: tensors, parameterNames: parameters,
            parameterCount: counter.total, root: root, storage: storage)
    }

    private static func moduleTree(
        _ model: PickleValue, root: PickleValue, path: String, maxVisits: Int, loader: inout TensorLoader
    ) throws -> TorchCheckpoint {
        var walker = TorchModuleWalker(maxVisits: maxVisits)
        try FormatError.within("model") { try walker.walk(model, path: "") }

        var tensors = [(name: String, tensor: Tensor)]()
        tensors.reserveCapacity(walker.entries.count)
        var parameters = Set<String>()
        var counter = ParameterCounter()
        for e in walker.entries {
            let t = try loader.tensor(e.reference, name: e.name)
            tensors.append((e.name, t))
            if e.isParameter {
                parameters.insert(e.name)
                counter.add(e.reference, count: t.count)
            }
        }
        return TorchCheckpoint(
            path: path, kind: .moduleTree, tensors: tensors, parameterNames: parameters,
            parameterCount: counter.total, moduleClasses: walker.moduleClasses,
            moduleAttributes: walker.moduleAttributes, root: root, storage: loader.storage)
    }
}

/// Materialises tensors during a load, bounding the total bytes materialised: views sharing a
/// storage are copied separately, so a hostile pickle could otherwise ask for the same large
/// storage many times over. (`loadZip` has verified every entry's CRC before.)
struct TensorLoader {
    let storage: TorchZipStorage
    var budget: Int

    init(storage: TorchZipStorage, budget: Int) {
        self.storage = storage
        self.budget = budget
    }

    mutating func tensor(_ ref: TorchTensorReference, name: String) throws -> Tensor {
        let key = ref.storage.key
        return try FormatError.within("tensor \(name) (storage \(key))") {
            if let n = ref.elementCount {
                let (bytes, overflow) = n.multipliedReportingOverflow(by: ref.dtype.size)
                budget -= overflow ? Int.max : bytes
                guard !overflow, budget >= 0 else {
                    throw FormatError.limitExceeded(
                        "tensors of shape \(ref.shape) and others need more memory than 4 times the file size")
                }
            }
            return try storage.tensor(ref, verify: false)
        }
    }
}

/// Adds up parameter elements, counting a storage view that several names share once.
struct ParameterCounter {
    private var seen = Set<TorchTensorReference>()
    private(set) var total = 0

    mutating func add(_ ref: TorchTensorReference, count: Int) {
        let key = TorchTensorReference(
            storage: ref.storage, dtype: ref.dtype, offset: ref.offset, shape: ref.shape, stride: ref.stride,
            requiresGrad: false, isParameter: false)
        if seen.insert(key).inserted { total += count }
    }
}
