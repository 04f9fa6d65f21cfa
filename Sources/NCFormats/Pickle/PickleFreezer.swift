/// Turns the machine's nodes into `PickleValue`s, once per box, bounding nesting depth.
struct PickleFreezer {
    let maxNesting: Int
    /// Boxes made for empty dicts that were later filled, by `PickleNode.emptyDict` number.
    let promoted: [PickleBox?]

    /// The value of `node` placed at nesting level `depth`, and its height.
    func freeze(_ node: PickleNode, depth: Int) throws -> (PickleValue, Int) {
        switch node {
        case .value(let v):
            if case .tuple = v { return try checked(v, height: 1, depth: depth) }
            return (v, 0)
        case .callable(let c):
            return (.global(c.global), 0)
        case .emptyDict(let id):
            if id < promoted.count, let box = promoted[id] { return try freeze(.box(box), depth: depth) }
            return try checked(.dict(PickleDict(interleaved: [])), height: 1, depth: depth)
        case .box(let box):
            if let v = box.frozen { return try checked(v, height: box.height, depth: depth) }
            if box.isFreezing { return (.recursive, 0) }
            guard depth < maxNesting else { throw tooDeep() }
            box.isFreezing = true
            defer { box.isFreezing = false }
            var h = 0
            func child(_ n: PickleNode) throws -> PickleValue {
                let (v, ch) = try freeze(n, depth: depth + 1)
                h = max(h, ch)
                return v
            }
            let value: PickleValue
            switch box.kind {
            case .list: value = .list(box.items.isEmpty ? [] : try box.items.map(child))
            case .tuple: value = .tuple(box.items.isEmpty ? [] : try box.items.map(child))
            case .set: value = .set(box.items.isEmpty ? [] : try box.items.map(child))
            case .frozenSet: value = .frozenSet(box.items.isEmpty ? [] : try box.items.map(child))
            case .dict:
                value = .dict(PickleDict(interleaved: box.items.isEmpty ? [] : try box.items.map(child)))
            case .object:
                let parts = box.object
                let args = try (parts?.args ?? []).map(child)
                let kwargs = try parts?.kwargs.map(child)
                let state = try parts?.state.map(child)
                value = .object(
                    PickleObject(className: parts?.className ?? "", args: args, keywordArguments: kwargs, state: state))
            }
            box.frozen = value
            box.height = h + 1
            return try checked(value, height: h + 1, depth: depth)
        }
    }

    private func checked(_ v: PickleValue, height: Int, depth: Int) throws -> (PickleValue, Int) {
        guard depth + height <= maxNesting else { throw tooDeep() }
        return (v, height)
    }

    private func tooDeep() -> FormatError {
        .limitExceeded("pickle nests containers more than \(maxNesting) deep")
    }
}
