/// What the pickle machine keeps on its stack and in its memo.
///
/// Python mutates memoised containers after creating them (`APPEND`, `SETITEM`, `BUILD` on an
/// object fetched by `BINGET`), so containers live in reference-typed boxes while unpickling and
/// are frozen into `PickleValue`s once at the end. Leaves are immutable values from the start.
enum PickleNode {
    /// An immutable value: a scalar, a string, a tensor or storage reference, or a tuple of leaves.
    case value(PickleValue)
    /// A mutable container or object under construction.
    case box(PickleBox)
    /// A class or function reference (`GLOBAL`), with what the fixed table knows about it.
    case callable(PickleCallable)
    /// An empty dict that has not been written to: most dicts in a torch pickle (module hooks)
    /// stay empty, so their box is only made, under this number, if an opcode fills them.
    case emptyDict(Int)

    /// Whether the node can sit inside an immutable tuple value without losing anything: values
    /// that are not themselves tuples, and references. Tuples of leaves stay values (no box),
    /// which keeps the many small shape tuples of a checkpoint cheap.
    var isLeaf: Bool {
        switch self {
        case .value(let v):
            if case .tuple = v { return false }
            return true
        case .callable: return true
        case .box, .emptyDict: return false
        }
    }

    /// The node as a value when no box is involved (leaves and tuples of leaves).
    var leafValue: PickleValue {
        switch self {
        case .value(let v): return v
        case .callable(let c): return .global(c.global)
        case .box, .emptyDict: return .none  // callers only ask leaves
        }
    }

    /// A short name of what the node holds, for error messages.
    var kindDescription: String {
        switch self {
        case .value(let v): return v.kindDescription
        case .callable(let c): return "reference to \(c.global)"
        case .box(let b): return b.kindDescription
        case .emptyDict: return "dict"
        }
    }
}

/// A class or function named by the pickle, resolved against the fixed table once per `GLOBAL`.
final class PickleCallable {
    let global: PickleGlobal
    let known: KnownCallable?

    init(_ global: PickleGlobal) {
        self.global = global
        self.known = KnownCallable(global)
    }
}
