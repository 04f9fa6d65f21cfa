/// A JSON-like value: what a model's `yaml` dict, a safetensors header or a config holds.
///
/// Objects keep their keys in order (Python dicts are ordered); `jsonText(sortKeys:)` can sort.
public enum PlainValue: Sendable, Equatable {
    /// `null` / `None`.
    case null
    /// `true` / `false`.
    case bool(Bool)
    /// An integer.
    case int(Int64)
    /// A floating-point number.
    case double(Double)
    /// A string.
    case string(String)
    /// An array (from a list, tuple or set).
    case array([PlainValue])
    /// An object with string keys, in order.
    case object([PlainMember])
}

/// One key of a `PlainValue.object`.
public struct PlainMember: Sendable, Equatable {
    /// The key.
    public let key: String
    /// The value.
    public let value: PlainValue

    /// A member `key: value`.
    public init(_ key: String, _ value: PlainValue) {
        self.key = key
        self.value = value
    }
}

extension PlainValue {
    /// The member `key` of an object (the first one, if a key repeats).
    public subscript(key: String) -> PlainValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// Element `index` of an array.
    public subscript(index: Int) -> PlainValue? {
        guard case .array(let a) = self, a.indices.contains(index) else { return nil }
        return a[index]
    }

    /// The string, if this is one.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The integer, if this is one.
    public var intValue: Int64? {
        if case .int(let i) = self { return i }
        return nil
    }

    /// The number as a `Double`, if this is an integer or a double.
    public var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    /// The elements, if this is an array.
    public var arrayValue: [PlainValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The members, if this is an object.
    public var objectValue: [PlainMember]? {
        if case .object(let m) = self { return m }
        return nil
    }
}

extension PlainValue {
    /// Converts a decoded pickle value, as Python's `json.dumps` would see it:
    /// lists, tuples and sets become arrays; dict keys that are ints, floats, bools or None become
    /// their JSON spelling; integers beyond 64 bits become decimal strings; bytes become arrays of
    /// byte values. Values JSON cannot hold are described rather than dropped: a class reference
    /// becomes its qualified name, an object `{"__class__": name, "args": [...], "state": ...}`,
    /// a tensor `{"__tensor__": dtype, "shape": [...]}`.
    ///
    /// Shared subtrees are converted once per path, so at most `maxNodes` nodes are visited
    /// before `FormatError.limitExceeded` (a hostile pickle can share a subtree along
    /// exponentially many paths). Throws `unsupported` for a cycle or a non-scalar dict key.
    public init(_ value: PickleValue, maxNodes: Int = 1_000_000) throws {
        var budget = maxNodes
        self = try PlainValue.convert(value, &budget, maxNodes)
    }

    private static func convert(_ value: PickleValue, _ budget: inout Int, _ maxNodes: Int) throws -> PlainValue {
        budget -= 1
        guard budget >= 0 else {
            throw FormatError.limitExceeded("value has more than \(maxNodes) nodes to convert")
        }
        func all(_ items: [PickleValue]) throws -> [PlainValue] {
            var out = [PlainValue]()
            out.reserveCapacity(items.count)
            for item in items { out.append(try convert(item, &budget, maxNodes)) }
            return out
        }
        switch value {
        case .none: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let b): return .string(b.description)
        case .float(let d): return .double(d)
        case .string(let s): return .string(s)
        case .bytes(let b):
            budget -= b.count
            guard budget >= 0 else { throw FormatError.limitExceeded("value has more than \(maxNodes) nodes to convert") }
            return .array(b.map { .int(Int64($0)) })
        case .tuple(let a), .list(let a), .set(let a), .frozenSet(let a): return .array(try all(a))
        case .dict(let d):
            var members = [PlainMember]()
            members.reserveCapacity(d.count)
            for (k, v) in zip(d.keys, d.values) {
                members.append(PlainMember(try jsonKey(k), try convert(v, &budget, maxNodes)))
            }
            return .object(members)
        case .global(let g): return .string(g.description)
        case .object(let o):
            var members = [PlainMember("__class__", .string(o.className))]
            if !o.args.isEmpty { members.append(PlainMember("args", .array(try all(o.args)))) }
            if let kw = o.keywordArguments { members.append(PlainMember("kwargs", try convert(kw, &budget, maxNodes))) }
            if let s = o.state { members.append(PlainMember("state", try convert(s, &budget, maxNodes))) }
            return .object(members)
        case .tensor(let t):
            return .object([
                PlainMember("__tensor__", .string(t.dtype.rawValue)),
                PlainMember("shape", .array(t.shape.map { .int(Int64($0)) })),
            ])
        case .storage(let s):
            return .object([
                PlainMember("__storage__", .string(s.key)),
                PlainMember("dtype", s.dtype.map { .string($0.rawValue) } ?? .null),
                PlainMember("count", .int(Int64(s.count))),
            ])
        case .recursive:
            throw FormatError.unsupported("a value that contains itself has no JSON form")
        }
    }

    /// A dict key as `json.dumps` spells it.
    private static func jsonKey(_ key: PickleValue) throws -> String {
        switch key {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .bigInt(let b): return b.description
        case .bool(let b): return b ? "true" : "false"
        case .none: return "null"
        case .float(let d): return PlainValue.double(d).jsonText()
        default: throw FormatError.unsupported("a dict key that is a \(key.kindDescription) has no JSON form")
        }
    }
}
