/// Why a model cannot be placed on a chip; messages say what would have to change.
public enum MappingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// One output channel's weights exceed a core's synaptic memory.
    case weightsTooLarge(layer: String, bytes: Int, capacity: Int)
    /// One row of one channel has more neurons than a core holds.
    case rowTooWide(buffer: String, neurons: Int, capacity: Int)
    /// The arithmetic mode cannot represent the model.
    case unsupported(String)

    /// The message.
    public var description: String {
        switch self {
        case let .weightsTooLarge(layer, bytes, capacity):
            return "\(layer) needs \(Bytes.describe(bytes)) of synaptic memory for one output channel group; a core has \(Bytes.describe(capacity))"
        case let .rowTooWide(buffer, neurons, capacity):
            return "\(buffer) needs \(neurons) neurons for one row of one channel; a core holds \(capacity)"
        case let .unsupported(m):
            return m
        }
    }
}

/// Human-readable byte sizes (binary units, as memory is sized).
public enum Bytes {
    /// `128 KiB`, `2.25 MiB`.
    public static func describe(_ n: Int) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB"]
        var v = Double(n)
        var u = 0
        while v >= 1024 && u < units.count - 1 {
            v /= 1024
            u += 1
        }
        if u == 0 { return "\(n) B" }
        let rounded = (v * 100).rounded() / 100
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return "\(text) \(units[u])"
    }
}
