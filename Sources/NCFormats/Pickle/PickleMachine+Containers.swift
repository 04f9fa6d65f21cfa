/// Making and filling containers: boxes, lazily boxed empty dicts, tuples, and the item budget.
extension PickleMachine {
    func newBox(_ kind: PickleBox.Kind) throws -> PickleBox {
        try spend(1)
        let b = PickleBox(kind)
        boxes.append(b)
        return b
    }

    /// A new box of `kind` holding the values from stack position `start` up, which it removes.
    func newBox(_ kind: PickleBox.Kind, fromMark start: Int) throws -> PickleBox {
        let b = try newBox(kind)
        try spend(stack.count - start)
        b.items = stack.take(from: start)
        return b
    }

    /// Moves the values from stack position `start` up to the end of `b`'s items.
    func append(from start: Int, to b: PickleBox) throws {
        try spend(stack.count - start)
        stack.move(from: start, appendingTo: &b.items)
    }

    @inline(__always) func spend(_ n: Int) throws {
        itemCount += n
        guard itemCount <= maxItems else { throw tooManyItems() }
    }

    /// A tuple of `items`.
    func makeTuple(_ items: [PickleNode]) throws -> PickleNode {
        try spend(items.count)
        if items.allSatisfy({ $0.isLeaf }) { return .value(.tuple(items.map { $0.leafValue })) }
        let b = try newBox(.tuple)
        b.items = items
        return .box(b)
    }

    /// A tuple of the values from stack position `start` up, which it removes.
    func makeTuple(from start: Int) throws -> PickleNode {
        try spend(stack.count - start)
        if stack.withValues(from: start, { $0.allSatisfy { $0.isLeaf } }) {
            let values = stack.withValues(from: start) { $0.map { $0.leafValue } }
            stack.drop(from: start)
            return .value(.tuple(values))
        }
        let b = try newBox(.tuple)
        b.items = stack.take(from: start)
        return .box(b)
    }

    func listBox(_ node: PickleNode) throws -> PickleBox {
        guard case .box(let b) = node, b.kind == .list else {
            throw fail("appends to a \(node.kindDescription), not a list")
        }
        return b
    }

    /// A dict that has no box until something is stored in it.
    func newEmptyDict() throws -> PickleNode {
        try spend(1)
        promoted.append(nil)
        return .emptyDict(promoted.count - 1)
    }

    /// The box of the dict `node`, made now for an empty dict about to be filled.
    func dictBox(_ node: PickleNode) throws -> PickleBox {
        switch node {
        case .box(let b) where b.kind == .dict: return b
        case .emptyDict(let id):
            if let b = promoted[id] { return b }
            let b = try newBox(.dict)
            promoted[id] = b
            return b
        default: throw fail("sets an item of a \(node.kindDescription), not a dict")
        }
    }

    /// The keys and values of a dict node, or nil if it is not a dict.
    func dictItems(_ node: PickleNode) -> [PickleNode]? {
        switch node {
        case .box(let b) where b.kind == .dict: return b.items
        case .emptyDict(let id): return promoted[id]?.items ?? []
        default: return nil
        }
    }

    /// Sets the keys and values from stack position `start` up into `b`, removing them.
    func setItems(_ b: PickleBox, from start: Int) throws {
        let n = stack.count - start
        guard n % 2 == 0 else { throw fail("has an odd number (\(n)) of keys and values") }
        try spend(n)
        b.items.reserveCapacity(b.items.count + n)
        stack.movePairs(from: start) { b.setItem($0, $1) }
    }

    /// Sets `items` (keys and values alternating) into `b`.
    func setItems(_ b: PickleBox, _ items: [PickleNode]) throws {
        guard items.count % 2 == 0 else { throw fail("has an odd number (\(items.count)) of keys and values") }
        try spend(items.count)
        var i = 0
        while i + 1 < items.count {
            b.setItem(items[i], items[i + 1])
            i += 2
        }
    }
}
