/// What is wrong with a dataset, a shard specification or a part file. Each message is one line
/// naming the file and what to do.
public enum DatasetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The dataset path or list cannot be used (`path: problem`).
    case source(path: String, String)
    /// One image of the dataset failed (`path: problem`); the run stops there.
    case image(path: String, String)
    /// A `--shard` value is malformed.
    case shard(String)
    /// A part file is malformed or does not belong with the others (`path: problem`).
    case part(path: String, String)
    /// Parts cannot be merged into one report.
    case merge(String)

    /// The message shown to a user.
    public var description: String {
        switch self {
        case let .source(path, m): return "\(path): \(m)"
        case let .image(path, m): return "\(path): \(m)"
        case let .shard(m): return "--shard: \(m)"
        case let .part(path, m): return "\(path): \(m)"
        case let .merge(m): return "merge: \(m)"
        }
    }
}
