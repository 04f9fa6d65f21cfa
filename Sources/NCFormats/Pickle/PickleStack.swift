/// The pickle machine's value stack: a growable buffer whose batch opcodes (TUPLE, APPENDS,
/// SETITEMS ...) move their items out instead of copying them and then destroying the originals,
/// which halves the reference counting on the hot path.
///
/// Callers check `count` before popping; the buffer itself never reads outside `0..<count`.
final class PickleStack {
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<PickleNode>
    @exclusivity(unchecked) private var capacity: Int
    /// Number of values on the stack.
    @exclusivity(unchecked) private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    @inline(__always) func push(_ node: PickleNode) {
        if count == capacity { grow() }
        (base + count).initialize(to: node)
        count += 1
    }

    /// Removes and returns the top value; `count` must be positive.
    @inline(__always) func popLast() -> PickleNode {
        count -= 1
        return (base + count).move()
    }

    /// The value at `index`, which must be below `count`.
    @inline(__always) subscript(index: Int) -> PickleNode { base[index] }

    /// Moves the values from `start` up into a new array, leaving `start` values.
    func take(from start: Int) -> [PickleNode] {
        let n = count - start
        let out = [PickleNode](unsafeUninitializedCapacity: n) { buffer, initialized in
            if let b = buffer.baseAddress, n > 0 { b.moveInitialize(from: base + start, count: n) }
            initialized = n
        }
        count = start
        return out
    }

    /// Moves the values from `start` up onto the end of `array`.
    func move(from start: Int, appendingTo array: inout [PickleNode]) {
        array.reserveCapacity(array.count + count - start)
        for i in start..<count { array.append((base + i).move()) }
        count = start
    }

    /// Moves the values from `start` up out in pairs (keys and values of SETITEMS).
    func movePairs(from start: Int, _ body: (PickleNode, PickleNode) -> Void) {
        var i = start
        while i + 1 < count {
            let k = (base + i).move()
            let v = (base + i + 1).move()
            body(k, v)
            i += 2
        }
        if i < count { (base + i).deinitialize(count: 1) }
        count = start
    }

    /// Destroys the values from `start` up.
    func drop(from start: Int) {
        (base + start).deinitialize(count: count - start)
        count = start
    }

    /// Calls `body` with the values from `start` up, in place.
    func withValues<R>(from start: Int, _ body: (UnsafeBufferPointer<PickleNode>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base + start, count: count - start))
    }

    private func grow() {
        let newCapacity = capacity * 2
        let newBase = UnsafeMutablePointer<PickleNode>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
