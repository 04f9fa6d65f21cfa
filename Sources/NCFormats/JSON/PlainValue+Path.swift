/// Key paths into a `PlainValue`, for messages that say where in a document a problem is.
extension PlainValue {
    /// One step of a path: an object key or an array index.
    public enum PathComponent: Sendable, Equatable {
        /// A member of an object.
        case key(String)
        /// An element of an array.
        case index(Int)
    }

    /// `core.weight_bits`, `layers[2].name`: keys joined by dots, indices in brackets. A key is
    /// shown elided in the middle when it is long, so a hostile document cannot make a message
    /// megabytes long.
    public static func describe(_ path: [PathComponent]) -> String {
        var out = ""
        for component in path {
            switch component {
            case .key(let k):
                if !out.isEmpty { out += "." }
                out += TextElision.middle(k, limit: 80)
            case .index(let i):
                out += "[\(i)]"
            }
        }
        return out.isEmpty ? "(top level)" : out
    }

    /// The path of the first key that appears twice in one object (depth first, in document
    /// order), or nil. Only a value parsed with `allowDuplicateKeys` can have one.
    public var duplicateKeyPath: [PathComponent]? {
        switch self {
        case .object(let members):
            var seen = Set<String>()
            for m in members {
                if !seen.insert(m.key).inserted { return [.key(m.key)] }
                if let inner = m.value.duplicateKeyPath { return [.key(m.key)] + inner }
            }
            return nil
        case .array(let items):
            for (i, v) in items.enumerated() {
                if let inner = v.duplicateKeyPath { return [.index(i)] + inner }
            }
            return nil
        default:
            return nil
        }
    }

    /// The value at `path`, if there is one (the first member when a key repeats).
    public subscript(path path: [PathComponent]) -> PlainValue? {
        var v: PlainValue? = self
        for component in path {
            switch component {
            case .key(let k): v = v?[k]
            case .index(let i): v = v?[i]
            }
        }
        return v
    }
}
