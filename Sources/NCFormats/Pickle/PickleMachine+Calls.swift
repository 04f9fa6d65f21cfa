/// `REDUCE`, `NEWOBJ`, `BUILD` and persistent ids: what a pickle asks to call becomes data.
/// Names in the fixed `KnownCallable` table are interpreted; all others become opaque objects.
extension PickleMachine {
    /// The elements of a tuple argument (`REDUCE` and `NEWOBJ` take their arguments as a tuple).
    func tupleElements(_ node: PickleNode) throws -> [PickleNode] {
        switch node {
        case .value(.tuple(let values)): return values.map { .value($0) }
        case .box(let b) where b.kind == .tuple: return b.items
        default: throw fail("needs its arguments as a tuple, got a \(node.kindDescription)")
        }
    }

    /// The result of calling `callee(*arguments)` (or `cls.__new__(cls, *arguments)` when
    /// `newObject`), computed from the fixed table or recorded as an object.
    func call(
        _ callee: PickleNode, arguments: [PickleNode], newObject: Bool, kwargs: PickleNode? = nil
    ) throws -> PickleNode {
        let callable: PickleCallable
        switch callee {
        case .callable(let c): callable = c
        case .value(.global(let g)): callable = PickleCallable(g)
        default: throw fail("calls a \(callee.kindDescription), not a class or function reference")
        }
        // Built only when a message or an object record needs it: most calls are OrderedDict().
        var name: String { callable.global.description }
        switch callable.known {
        case .dict?:
            // `cls.__new__` ignores its arguments; only a call fills the dict.
            guard !newObject, let source = arguments.first else { return try newEmptyDict() }
            let b = try newBox(.dict)
            for pair in try iterableElements(source, name) {
                let kv = try iterableElements(pair, name)
                guard kv.count == 2 else { throw fail("gives \(name) an item of \(kv.count) values, not a pair") }
                try setItems(b, kv)
            }
            return .box(b)
        case .list?, .set?, .frozenSet?:
            let kind: PickleBox.Kind = callable.known == .list ? .list : callable.known == .set ? .set : .frozenSet
            let b = try newBox(kind)
            if kind == .frozenSet || !newObject, let source = arguments.first {
                let items = try iterableElements(source, name)
                try spend(items.count)
                b.items = items
            }
            return .box(b)
        case .torchSize?:
            guard let source = arguments.first else { return .value(.tuple([])) }
            return try makeTuple(try iterableElements(source, name))
        case .codecsEncode?:
            guard arguments.count == 2, case .value(.string(let s)) = arguments[0] else {
                throw fail("calls _codecs.encode with arguments other than (str, encoding)")
            }
            return .value(.bytes(try latin1(s, encoding: arguments[1])))
        case .bytes?:
            if arguments.isEmpty { return .value(.bytes([])) }
            if case .value(.bytes(let b)) = arguments[0], arguments.count == 1 { return .value(.bytes(b)) }
            if arguments.count == 2, case .value(.string(let s)) = arguments[0] {
                return .value(.bytes(try latin1(s, encoding: arguments[1])))
            }
            throw fail("calls \(name) with arguments this reader does not interpret")
        case .reconstructor?:
            guard arguments.count == 3 else { throw fail("calls \(name) with \(arguments.count) arguments, not 3") }
            let cls: PickleGlobal
            switch arguments[0] {
            case .callable(let c): cls = c.global
            case .value(.global(let g)): cls = g
            default: throw fail("calls \(name) on a \(arguments[0].kindDescription), not a class")
            }
            let b = try newBox(.object)
            var args = [PickleNode]()
            if case .value(.none) = arguments[2] {} else { args = [arguments[2]] }
            b.object = PickleBox.ObjectParts(className: cls.description, args: args, kwargs: nil)
            return .box(b)
        case .rebuildTensor?, .rebuildTensorV2?:
            return .value(.tensor(try tensorReference(arguments, name, dtypeIndex: nil)))
        case .rebuildTensorV3?:
            return .value(.tensor(try tensorReference(arguments, name, dtypeIndex: 6)))
        case .rebuildParameter?, .rebuildParameterWithState?:
            guard arguments.count >= 2, case .value(.tensor(let t)) = arguments[0] else {
                throw fail("calls \(name) without a tensor as its first argument")
            }
            return .value(.tensor(t.asParameter(requiresGrad: truth(arguments[1]))))
        default:
            let b = try newBox(.object)
            try spend(arguments.count)
            b.object = PickleBox.ObjectParts(className: name, args: arguments, kwargs: kwargs)
            return .box(b)
        }
    }

    /// `BUILD`: gives an object its state (its `__dict__`, or whatever `__getstate__` returned).
    func build(_ target: PickleNode, state: PickleNode) throws {
        switch target {
        case .box(let b) where b.kind == .object:
            guard let parts = b.object else { break }
            if let old = parts.state, let oldItems = dictItems(old), let newItems = dictItems(state) {
                // A second BUILD updates the instance dict; copy so a memoised state stays intact.
                let merged = try newBox(.dict)
                try setItems(merged, oldItems)
                try setItems(merged, newItems)
                parts.state = .box(merged)
            } else {
                parts.state = state
            }
        case .box(let b) where b.kind == .dict:
            // Attributes of a dict subclass (the `_metadata` of a torch state_dict): not items.
            break
        case .emptyDict:
            break  // the same, for a dict that has no items
        case .value(.tensor):
            // Python attributes of a tensor subclass; the tensor itself is fully described.
            break
        default:
            throw fail("sets the state of a \(target.kindDescription), which has none")
        }
    }

    /// Resolves a persistent id: only torch storages `('storage', cls, key, location, numel)`.
    func persistentLoad(_ pid: PickleNode) throws -> PickleNode {
        let parts: [PickleNode]
        switch pid {
        case .value(.tuple(let values)): parts = values.map { .value($0) }
        case .box(let b) where b.kind == .tuple: parts = b.items
        default:
            throw FormatError.unsupported(
                "pickle \(op.name) at offset \(opOffset) gives a persistent id that is a \(pid.kindDescription), not a torch storage tuple")
        }
        guard parts.count == 5, case .value(.string("storage")) = parts[0] else {
            throw FormatError.unsupported(
                "pickle \(op.name) at offset \(opOffset) gives a persistent id that is not ('storage', class, key, location, numel)")
        }
        let known: KnownCallable?
        switch parts[1] {
        case .callable(let c): known = c.known
        case .value(.global(let g)): known = KnownCallable(g)
        default: known = nil
        }
        let dtype: DType?
        switch known {
        case .storageClass(let d)?: dtype = d
        case .untypedStorage?: dtype = nil
        default: throw fail("names a storage class that is not a torch storage: \(parts[1].kindDescription)")
        }
        let key: String
        switch parts[2] {
        case .value(.string(let s)): key = s
        case .value(.int(let i)): key = String(i)
        default: throw fail("gives a storage key that is a \(parts[2].kindDescription)")
        }
        guard case .value(.string(let location)) = parts[3] else {
            throw fail("gives a storage location that is a \(parts[3].kindDescription)")
        }
        guard case .value(.int(let numel)) = parts[4], numel >= 0, let count = Int(exactly: numel) else {
            throw fail("gives a storage size that is not a non-negative integer")
        }
        return .value(.storage(TorchStorageReference(key: key, dtype: dtype, location: location, count: count)))
    }

    // MARK: - Argument helpers

    /// The elements of a list, tuple or set node (the iterable argument of `dict()`, `set()` ...).
    private func iterableElements(_ node: PickleNode, _ callee: String) throws -> [PickleNode] {
        switch node {
        case .value(.tuple(let values)): return values.map { .value($0) }
        case .box(let b) where b.kind != .dict && b.kind != .object: return b.items
        default: throw fail("passes \(callee) a \(node.kindDescription) where it needs a sequence")
        }
    }

    private func latin1(_ s: String, encoding: PickleNode) throws -> [UInt8] {
        guard case .value(.string(let enc)) = encoding, ["latin1", "latin-1", "latin_1", "iso-8859-1"].contains(enc.lowercased()) else {
            throw FormatError.unsupported("pickle \(op.name) at offset \(opOffset) encodes bytes with an encoding other than latin1")
        }
        payloadBytes += s.utf8.count  // a copy: counts against the string budget
        guard payloadBytes <= maxBytes else { throw tooManyBytes() }
        var out = [UInt8]()
        out.reserveCapacity(s.unicodeScalars.count)
        for u in s.unicodeScalars {
            guard u.value < 256 else { throw fail("encodes a character above U+00FF as latin1") }
            out.append(UInt8(u.value))
        }
        return out
    }

    /// Python truthiness of a flag argument (`requires_grad`).
    private func truth(_ node: PickleNode) -> Bool {
        switch node {
        case .value(.bool(let b)): return b
        case .value(.int(let i)): return i != 0
        default: return false
        }
    }

    private func integer(_ node: PickleNode, _ what: String) throws -> Int {
        guard case .value(let v) = node, let i = v.intValue, let n = Int(exactly: i) else {
            throw fail("gives a tensor \(what) that is a \(node.kindDescription), not an integer")
        }
        return n
    }

    private func integers(_ node: PickleNode, _ what: String) throws -> [Int] {
        let items: [PickleNode]
        switch node {
        case .value(.tuple(let values)): items = values.map { .value($0) }
        case .box(let b) where b.kind == .tuple || b.kind == .list: items = b.items
        default: throw fail("gives a tensor \(what) that is a \(node.kindDescription), not a tuple")
        }
        return try items.map { try integer($0, what) }
    }

    /// `_rebuild_tensor_v2(storage, offset, size, stride, requires_grad, hooks[, metadata])`, or
    /// v3 with the dtype at `dtypeIndex`.
    private func tensorReference(_ a: [PickleNode], _ name: String, dtypeIndex: Int?) throws -> TorchTensorReference {
        guard a.count >= max(4, (dtypeIndex ?? 0) + 1) else {
            throw fail("calls \(name) with \(a.count) arguments")
        }
        guard case .value(.storage(let storage)) = a[0] else {
            throw fail("calls \(name) on a \(a[0].kindDescription), not a storage")
        }
        var dtype = storage.dtype ?? .uint8
        if let i = dtypeIndex {
            let global: PickleGlobal
            switch a[i] {
            case .callable(let c): global = c.global
            case .value(.global(let g)): global = g
            default: throw fail("gives \(name) a dtype that is a \(a[i].kindDescription)")
            }
            guard case .torchDType(let d)? = KnownCallable(global) else {
                throw fail("gives \(name) an unknown dtype \(global)")
            }
            dtype = d
        }
        let shape = try integers(a[2], "size")
        let stride = try integers(a[3], "stride")
        guard shape.count == stride.count else {
            throw fail("gives \(name) \(shape.count) sizes but \(stride.count) strides")
        }
        return TorchTensorReference(
            storage: storage, dtype: dtype, offset: try integer(a[1], "offset"), shape: shape, stride: stride,
            requiresGrad: a.count > 4 ? truth(a[4]) : false, isParameter: false)
    }
}
