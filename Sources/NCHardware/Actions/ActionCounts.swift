/// How many times the chip performed each `Action`, e.g. per layer, per core or in total.
public struct ActionCounts: Sendable, Equatable, Codable {
    /// Counts indexed by `Action.rawValue` (room for up to 16 actions; one vector add sums two).
    private var counts = SIMD16<Int>()

    /// No actions.
    public init() {}

    /// The count of `action`.
    @inline(__always)
    public subscript(_ action: Action) -> Int {
        get { counts[action.rawValue] }
        // One lane written in place: the vector's own element setter rewrites a whole 32-byte
        // part of it (load, blend, store), and the timing model counts actions per delivery.
        set { withUnsafeMutableBytes(of: &counts) { $0.storeBytes(of: newValue, toByteOffset: action.rawValue * MemoryLayout<Int>.stride, as: Int.self) } }
    }

    /// Whether every count is 0.
    public var isEmpty: Bool { counts == SIMD16<Int>() }

    /// Adds `other` to these counts.
    public mutating func add(_ other: ActionCounts) { counts &+= other.counts }

    /// These counts with the word-access actions filled in from the bit counts: every
    /// synaptic read moves one weight of `weightBits` and every membrane read or write one word of
    /// `membraneBits`, and moving an item costs `ceil(item bits / word bits)` accesses.
    public func withAccesses(weightBits: Int, membraneBits: Int, synapticWordBits: Int, neuronWordBits: Int) -> ActionCounts {
        var c = self
        for a in Action.allCases {
            guard let bits = a.accessOf else { continue }
            let item = bits == .synapticRead ? max(1, weightBits) : max(1, membraneBits)
            let word = max(1, bits == .synapticRead ? synapticWordBits : neuronWordBits)
            c[a] = self[bits] / item * ((item + word - 1) / word)
        }
        return c
    }

    /// The counts by their report keys, in `Action` order.
    /// (Actions not `listedWhenZero` appear only when counted.)
    public var named: [(key: String, value: Int)] { listed.map { ($0.countKey, self[$0]) } }

    /// The actions reports list: every one, except those not `listedWhenZero` whose count is 0.
    public var listed: [Action] { Action.allCases.filter { $0.listedWhenZero || self[$0] != 0 } }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyConfigKey.self)
        for a in Action.allCases { self[a] = try c.decodeIfPresent(Int.self, forKey: AnyConfigKey(a.countKey)) ?? 0 }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyConfigKey.self)
        for a in listed { try c.encode(self[a], forKey: AnyConfigKey(a.countKey)) }
    }
}
