/// A container or object being built by the pickle machine.
final class PickleBox {
    enum Kind { case list, tuple, dict, set, frozenSet, object }

    /// Keys under which a dict's entries can be found again, so that `SETITEM` on an existing key
    /// replaces the value in place as Python does. Bools are ints in Python (`True == 1`).
    enum DictKey: Hashable {
        case string(String)
        case int(Int64)
    }

    let kind: Kind
    // The machine is single-threaded and never holds two accesses to a box at once; the dynamic
    // exclusivity checks Swift would otherwise make on every append cost a fifth of the load time.
    /// Elements of a list, tuple or set; for a dict, keys and values interleaved.
    @exclusivity(unchecked) var items: [PickleNode] = []
    /// Position (in pairs) of each string or integer key, once a dict is too big to scan.
    @exclusivity(unchecked) var keyIndex: [DictKey: Int]?
    /// What an object box records (nil for containers, which are most boxes).
    @exclusivity(unchecked) var object: ObjectParts?

    /// Class name, arguments and state of an object under construction.
    final class ObjectParts {
        /// Qualified class name.
        let className: String
        /// Constructor arguments.
        @exclusivity(unchecked) var args: [PickleNode]
        /// Keyword arguments (`NEWOBJ_EX`).
        @exclusivity(unchecked) var kwargs: PickleNode?
        /// State given by `BUILD`.
        @exclusivity(unchecked) var state: PickleNode?

        init(className: String, args: [PickleNode], kwargs: PickleNode?) {
            self.className = className
            self.args = args
            self.kwargs = kwargs
        }
    }

    /// The frozen value, once computed; shared by every parent that refers to this box.
    @exclusivity(unchecked) var frozen: PickleValue?
    /// Height of the frozen value (1 for a container of leaves).
    @exclusivity(unchecked) var height = 0
    /// Set while the box's children are being frozen, to turn cycles into `.recursive`.
    @exclusivity(unchecked) var isFreezing = false

    init(_ kind: Kind) { self.kind = kind }

    var kindDescription: String {
        switch kind {
        case .list: return "list"
        case .tuple: return "tuple"
        case .dict: return "dict"
        case .set: return "set"
        case .frozenSet: return "frozenset"
        case .object: return "object of class \(object?.className ?? "?")"
        }
    }

    /// Dicts up to this many entries find repeated keys by scanning; larger ones get a hash index.
    static let scanLimit = 32
    /// A 128-bit Bloom filter of the keys of a small dict: a key whose bit is clear is new, so
    /// the scan for a repeated key (which real pickles never have) is almost always skipped.
    @exclusivity(unchecked) var keyBloom: (UInt64, UInt64) = (0, 0)

    /// Python's `d[key] = value`: a key already present keeps its place and takes the new value.
    /// Only string, int and bool keys are matched (other keys are appended as they come).
    func setItem(_ key: PickleNode, _ value: PickleNode) {
        let k: DictKey
        switch key {
        case .value(.string(let s)): k = .string(s)
        case .value(.int(let i)): k = .int(i)
        case .value(.bool(let b)): k = .int(b ? 1 : 0)
        default:
            items.append(key)
            items.append(value)
            return
        }
        if keyIndex == nil {
            let bit = PickleBox.bloomBit(k)
            let word = bit < 64 ? keyBloom.0 : keyBloom.1
            let mask = UInt64(1) << UInt64(bit & 63)
            if word & mask != 0, let pair = scan(k) {
                items[2 * pair + 1] = value
                return
            }
            if bit < 64 { keyBloom.0 |= mask } else { keyBloom.1 |= mask }
            if items.count / 2 < PickleBox.scanLimit {
                items.append(key)
                items.append(value)
                return
            }
            var index = [DictKey: Int](minimumCapacity: 2 * PickleBox.scanLimit)
            for pair in 0..<(items.count / 2) {
                if let existing = PickleBox.dictKey(items[2 * pair]), index[existing] == nil { index[existing] = pair }
            }
            keyIndex = index
        }
        if let pair = keyIndex?[k] {
            items[2 * pair + 1] = value
            return
        }
        keyIndex?[k] = items.count / 2
        items.append(key)
        items.append(value)
    }

    /// A bit in 0..<128 from the key's length and first byte (strings) or value (ints).
    @inline(__always) static func bloomBit(_ k: DictKey) -> Int {
        var h: UInt64
        switch k {
        case .string(let s):
            // Length and first byte: O(1) for Swift strings and distinct for the keys of a
            // module's instance dict (mostly `_`-prefixed names of different lengths).
            let u = s.utf8
            h = UInt64(u.count) &* 0x9E37_79B9_7F4A_7C15
            h ^= UInt64(u.first ?? 0) &* 0xFF51_AFD7_ED55_8CCD
        case .int(let v):
            h = UInt64(bitPattern: v) &* 0x9E37_79B9_7F4A_7C15
        }
        return Int(truncatingIfNeeded: h >> 57)
    }

    /// The pair whose key equals `k`, by a linear scan (cheap for the short instance dicts).
    private func scan(_ k: DictKey) -> Int? {
        var i = 0
        switch k {
        case .string(let s):
            let n = s.utf8.count
            while i < items.count {
                if case .value(.string(let t)) = items[i], t.utf8.count == n, t == s { return i / 2 }
                i += 2
            }
        case .int(let v):
            while i < items.count {
                if case .value(let t) = items[i], let u = t.intValue, u == v, PickleBox.dictKey(items[i]) != nil { return i / 2 }
                i += 2
            }
        }
        return nil
    }

    static func dictKey(_ node: PickleNode) -> DictKey? {
        switch node {
        case .value(.string(let s)): return .string(s)
        case .value(.int(let i)): return .int(i)
        case .value(.bool(let b)): return .int(b ? 1 : 0)
        default: return nil
        }
    }

    /// Drops every reference this box holds, so that cycles between boxes cannot leak.
    func clear() {
        // Only touch what is set: most boxes are small dicts and this runs once per box.
        if !items.isEmpty { items = [] }
        if keyIndex != nil { keyIndex = nil }
        keyBloom = (0, 0)
        if let o = object {
            o.args = []
            o.kwargs = nil
            o.state = nil
        }
        // `frozen` stays: values never refer to boxes, so it cannot be part of a cycle.
    }
}
