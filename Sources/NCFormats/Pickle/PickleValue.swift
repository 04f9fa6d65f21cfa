/// A value decoded from a Python pickle, as plain data.
///
/// Nothing in a pickle is ever executed: class references stay names (`global`), and objects the
/// pickle asks to construct become `object` records of the class name, the constructor arguments
/// and the state `BUILD` gave them. A few well-known names (`collections.OrderedDict`, `set`,
/// `torch.Size`, torch tensors and storages) are recognised from a fixed table and turned into
/// the matching case instead.
///
/// Containers shared by several parents in the pickle (memo references) share storage here too
/// (arrays are copy-on-write), so a hostile pickle cannot make the decoded value exponentially
/// large. Code that walks a value recursively should still bound its work (see `PlainValue`),
/// because the same shared subtree can be reached along exponentially many paths.
public enum PickleValue: Sendable, Equatable {
    /// `None`.
    case none
    /// `True` / `False`.
    case bool(Bool)
    /// An integer that fits in 64 bits.
    case int(Int64)
    /// An integer that does not fit in 64 bits.
    indirect case bigInt(PickleBigInt)
    /// A Python `float`.
    case float(Double)
    /// A Python `str` (also Python 2 `str` data that is valid UTF-8).
    case string(String)
    /// `bytes`, `bytearray`, or Python 2 `str` data that is not UTF-8.
    case bytes([UInt8])
    /// A tuple (also `torch.Size`).
    case tuple([PickleValue])
    /// A list.
    case list([PickleValue])
    /// A dict or `collections.OrderedDict`, in insertion order.
    case dict(PickleDict)
    /// A `set`, in insertion order.
    case set([PickleValue])
    /// A `frozenset`, in insertion order.
    case frozenSet([PickleValue])
    /// A reference to a class or function by name; never resolved.
    indirect case global(PickleGlobal)
    /// An instance of a class the reader does not interpret.
    indirect case object(PickleObject)
    /// A torch tensor (`torch._utils._rebuild_tensor_v2` and friends), not yet read from its storage.
    indirect case tensor(TorchTensorReference)
    /// A torch storage reached through a persistent id.
    indirect case storage(TorchStorageReference)
    /// A container reached again while it was being built (a cycle), like Python's `[...]`.
    case recursive
}

/// A class or function named by `GLOBAL`, `STACK_GLOBAL` or `INST`.
public struct PickleGlobal: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The module, e.g. `torch._utils`.
    public let module: String
    /// The qualified name inside the module, e.g. `_rebuild_tensor_v2`.
    public let name: String

    /// `module.name`, as Python prints qualified names.
    public var description: String { module + "." + name }
}

/// An object whose class the reader only records: what `NEWOBJ`/`REDUCE` were asked to build and
/// what `BUILD` then gave it.
public struct PickleObject: Sendable, Equatable {
    /// Qualified class (or callable) name, e.g. `torch.nn.modules.conv.Conv2d`.
    public let className: String
    /// Positional constructor arguments.
    public let args: [PickleValue]
    /// Keyword arguments (`NEWOBJ_EX`), if any.
    public let keywordArguments: PickleValue?
    /// The state passed to `BUILD` (usually the instance `__dict__`), if any.
    public let state: PickleValue?

    /// An object record.
    public init(className: String, args: [PickleValue], keywordArguments: PickleValue? = nil, state: PickleValue?) {
        self.className = className
        self.args = args
        self.keywordArguments = keywordArguments
        self.state = state
    }

    /// The state's entry `key` when the state is a dict with string keys (an instance attribute).
    public func attribute(_ key: String) -> PickleValue? {
        if case .dict(let d)? = state { return d[key] }
        return nil
    }
}

/// The entries of a dict in insertion order.
///
/// Stored as one array of keys and values interleaved, so a decoded dict costs one allocation.
public struct PickleDict: Sendable, Equatable {
    /// Keys and values alternating: key 0, value 0, key 1, value 1, ...
    public let interleaved: [PickleValue]

    /// A dict of `keys[i]: values[i]`; both arrays must have the same length.
    public init(keys: [PickleValue], values: [PickleValue]) {
        precondition(keys.count == values.count, "PickleDict keys and values differ in length")
        var items = [PickleValue]()
        items.reserveCapacity(2 * keys.count)
        for (k, v) in zip(keys, values) {
            items.append(k)
            items.append(v)
        }
        interleaved = items
    }

    /// A dict from keys and values alternating; an odd trailing key is dropped.
    init(interleaved: [PickleValue]) {
        self.interleaved = interleaved.count % 2 == 0 ? interleaved : Array(interleaved.dropLast())
    }

    /// Number of entries.
    public var count: Int { interleaved.count / 2 }

    /// Key of entry `i`.
    public func key(at i: Int) -> PickleValue { interleaved[2 * i] }

    /// Value of entry `i`.
    public func value(at i: Int) -> PickleValue { interleaved[2 * i + 1] }

    /// Keys, in insertion order.
    public var keys: [PickleValue] { (0..<count).map(key(at:)) }

    /// Values, in insertion order.
    public var values: [PickleValue] { (0..<count).map(value(at:)) }

    /// The value stored under the string key `key`, if any.
    ///
    /// - Complexity: O(n); dicts read by key here are instance dicts of a few dozen entries.
    public subscript(key: String) -> PickleValue? {
        var i = 0
        while i + 1 < interleaved.count {
            if case .string(let s) = interleaved[i], s == key { return interleaved[i + 1] }
            i += 2
        }
        return nil
    }

    /// The entries whose keys are strings, in order.
    public var stringEntries: [(key: String, value: PickleValue)] {
        var out = [(key: String, value: PickleValue)]()
        out.reserveCapacity(count)
        var i = 0
        while i + 1 < interleaved.count {
            if case .string(let s) = interleaved[i] { out.append((s, interleaved[i + 1])) }
            i += 2
        }
        return out
    }
}

extension PickleValue {
    /// The string, if this is one.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The integer, if this is a 64-bit one or a bool (Python bools are ints).
    public var intValue: Int64? {
        switch self {
        case .int(let v): return v
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    /// The number as a `Double`, if this is a float, an integer or a bool.
    public var doubleValue: Double? {
        switch self {
        case .float(let v): return v
        case .int(let v): return Double(v)
        case .bool(let b): return b ? 1 : 0
        case .bigInt(let b): return b.doubleValue
        default: return nil
        }
    }

    /// The dict, if this is one.
    public var dictValue: PickleDict? {
        if case .dict(let d) = self { return d }
        return nil
    }

    /// The elements, if this is a tuple or a list.
    public var sequenceValue: [PickleValue]? {
        switch self {
        case .tuple(let a), .list(let a): return a
        default: return nil
        }
    }

    /// Whether this is `None`.
    public var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// A short name of the case, for error messages ("dict", "tuple", "object of class X").
    public var kindDescription: String {
        switch self {
        case .none: return "None"
        case .bool: return "bool"
        case .int, .bigInt: return "int"
        case .float: return "float"
        case .string: return "str"
        case .bytes: return "bytes"
        case .tuple: return "tuple"
        case .list: return "list"
        case .dict: return "dict"
        case .set: return "set"
        case .frozenSet: return "frozenset"
        case .global(let g): return "reference to \(g)"
        case .object(let o): return "object of class \(o.className)"
        case .tensor: return "tensor"
        case .storage: return "storage"
        case .recursive: return "recursive reference"
        }
    }
}
