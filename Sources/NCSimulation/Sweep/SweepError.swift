/// What is wrong with a sweep: a `--vary` the user wrote (a usage problem), a config a point's
/// edits make invalid, or a sweep part file. Each message is one line saying what to change.
public enum SweepError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A `--vary` specification or `--zip` that cannot be read (`--vary core.x=...: problem`).
    case vary(String)
    /// A point's edited config is not a valid hardware config (the config's own message).
    case config(String)
    /// A part file is malformed or does not belong with the others (`path: problem`).
    case part(path: String, String)
    /// Parts cannot be merged into one sweep.
    case merge(String)

    /// Whether the user's command line is at fault (rather than a file or the run).
    public var isUsage: Bool {
        switch self {
        case .vary, .config: return true
        case .part, .merge: return false
        }
    }

    /// The message shown to a user.
    public var description: String {
        switch self {
        case let .vary(m): return m
        case let .config(m): return m
        case let .part(path, m): return "\(path): \(m)"
        case let .merge(m): return "merge: \(m)"
        }
    }
}
