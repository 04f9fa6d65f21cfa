import NCFormats

extension PlainValue {
    /// The value as an `Int` (an integral double counts; out-of-range values do not).
    var int: Int? {
        switch self {
        case .int(let i): return Int(exactly: i)
        case .double(let d) where d.rounded() == d && abs(d) < 1e15: return Int(d)
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }
}
