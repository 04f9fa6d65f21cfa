/// Walks a pickled `torch.nn.Module` tree (objects whose state holds `_parameters`, `_buffers`
/// and `_modules`) and lists its tensors in `state_dict()` order and under its names:
/// a module's own parameters, then its persistent buffers, then each child module in turn,
/// skipping `None` entries and buffers named in `_non_persistent_buffers_set`.
struct TorchModuleWalker {
    /// One tensor of the state dict.
    struct Entry {
        let name: String
        let reference: TorchTensorReference
        let isParameter: Bool
    }

    /// Most modules plus tensors visited: a hostile pickle can reach one module along
    /// exponentially many paths (memo references), which PyTorch would also follow.
    let maxVisits: Int
    private(set) var entries: [Entry] = []
    private(set) var moduleClasses: [(path: String, className: String)] = []
    private(set) var moduleAttributes: [String: [String: PickleValue]] = [:]
    private var visits = 0

    init(maxVisits: Int) {
        self.maxVisits = maxVisits
    }

    /// Walks the module `value` found at dotted `path` ("" for the root).
    mutating func walk(_ value: PickleValue, path: String) throws {
        try visit()
        // Messages only: built lazily because this runs once per module on the load path.
        var shown: String { path.isEmpty ? "root module" : "module \(path)" }
        guard case .object(let module) = value else {
            throw FormatError.malformed("\(shown) is a \(value.kindDescription), not a module object")
        }
        guard case .dict(let state)? = module.state else {
            throw FormatError.malformed("\(shown) (class \(module.className)) has no instance dict")
        }
        moduleClasses.append((path, module.className))

        var attributes = [String: PickleValue]()
        var parameters: PickleDict?
        var buffers: PickleDict?
        var children: PickleDict?
        var nonPersistent = Set<String>()
        for i in 0..<state.count {
            guard case .string(let key) = state.key(at: i) else { continue }
            let v = state.value(at: i)
            guard key.utf8.first == UInt8(ascii: "_") else {
                attributes[key] = v
                continue
            }
            switch key {
            case "_parameters": parameters = try dict(v, key, shown)
            case "_buffers": buffers = try dict(v, key, shown)
            case "_modules": children = try dict(v, key, shown)
            case "_non_persistent_buffers_set":
                if case .set(let names) = v { for n in names { if let s = n.stringValue { nonPersistent.insert(s) } } }
            default: break
            }
        }
        guard let parameters, let children else {
            throw FormatError.malformed("\(shown) (class \(module.className)) lacks _parameters or _modules")
        }
        moduleAttributes[path] = attributes

        let prefix = path.isEmpty ? "" : path + "."
        try collect(parameters, prefix: prefix, isParameter: true, skip: [], shown)
        if let buffers { try collect(buffers, prefix: prefix, isParameter: false, skip: nonPersistent, shown) }
        for i in 0..<children.count {
            let key = children.key(at: i)
            guard let name = key.stringValue else {
                throw FormatError.malformed("\(shown) has a child module whose name is a \(key.kindDescription)")
            }
            let child = children.value(at: i)
            if child.isNone { continue }
            try walk(child, path: prefix + name)
        }
    }

    private mutating func collect(
        _ tensors: PickleDict, prefix: String, isParameter: Bool, skip: Set<String>, _ shown: @autoclosure () -> String
    ) throws {
        for i in 0..<tensors.count {
            let key = tensors.key(at: i)
            guard let name = key.stringValue else {
                throw FormatError.malformed("\(shown()) has a tensor whose name is a \(key.kindDescription)")
            }
            switch tensors.value(at: i) {
            case .none: continue
            case .tensor(let t):
                if skip.contains(name) { continue }
                try visit()
                entries.append(Entry(name: prefix + name, reference: t, isParameter: isParameter))
            case let other:
                throw FormatError.malformed(
                    "\(isParameter ? "parameter" : "buffer") \(prefix + name) is a \(other.kindDescription), not a tensor")
            }
        }
    }

    private func dict(_ v: PickleValue, _ key: String, _ shown: @autoclosure () -> String) throws -> PickleDict {
        guard case .dict(let d) = v else {
            throw FormatError.malformed("\(shown()) has \(key) that is a \(v.kindDescription), not a dict")
        }
        return d
    }

    private mutating func visit() throws {
        visits += 1
        guard visits <= maxVisits else {
            throw FormatError.limitExceeded("module tree has more than \(maxVisits) modules and tensors")
        }
    }
}
