/// Events of an event camera as a struct of arrays: event `i` happened at time `t[i]` (µs) at
/// pixel (`x[i]`, `y[i]`) with polarity `p[i]` (1 = ON, brighter; 0 = OFF, darker).
///
/// Every reader (Prophesee `.dat`, EVT 2.0 and EVT 3.0 `.raw`) fills this one type, in file order.
public struct EventBatch: Sendable, Equatable {
    /// Timestamps in microseconds (64 bits: `.raw` time bases exceed the 32 bits of `.dat`).
    public private(set) var t: [Int64]
    /// Column of each event.
    public private(set) var x: [UInt16]
    /// Row of each event.
    public private(set) var y: [UInt16]
    /// Polarity of each event, 0 or 1.
    public private(set) var p: [UInt8]

    /// An empty batch.
    public init() {
        t = []
        x = []
        y = []
        p = []
    }

    /// A batch from its columns, which must have equal lengths and polarities 0 or 1.
    public init(t: [Int64], x: [UInt16], y: [UInt16], p: [UInt8]) throws {
        guard x.count == t.count, y.count == t.count, p.count == t.count else {
            throw FormatError.malformed("event columns have different lengths: t \(t.count), x \(x.count), y \(y.count), p \(p.count)")
        }
        if let bad = p.firstIndex(where: { $0 > 1 }) {
            throw FormatError.malformed("event \(bad) has polarity \(p[bad]) (expected 0 or 1)")
        }
        self.t = t
        self.x = x
        self.y = y
        self.p = p
    }

    /// Number of events.
    public var count: Int { t.count }
    /// Whether there are no events.
    public var isEmpty: Bool { t.isEmpty }

    /// Reserves room for `n` events in every column.
    public mutating func reserveCapacity(_ n: Int) {
        t.reserveCapacity(n)
        x.reserveCapacity(n)
        y.reserveCapacity(n)
        p.reserveCapacity(n)
    }

    /// Appends one event; `p` must be 0 or 1 (readers mask it).
    public mutating func append(t time: Int64, x column: UInt16, y row: UInt16, p polarity: UInt8) {
        assert(polarity <= 1, "polarity must be 0 or 1")
        t.append(time)
        x.append(column)
        y.append(row)
        p.append(polarity)
    }

    /// The events with indices in `range` (which must lie within the batch).
    public subscript(range: Range<Int>) -> EventBatch {
        var out = EventBatch()
        out.t = Array(t[range])
        out.x = Array(x[range])
        out.y = Array(y[range])
        out.p = Array(p[range])
        return out
    }

    /// The number of ON events (p = 1).
    public var onCount: Int { p.reduce(0) { $0 + Int($1) } }
}
