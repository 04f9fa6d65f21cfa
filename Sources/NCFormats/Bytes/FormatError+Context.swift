extension FormatError {
    /// The same error with `context` put in front of its message ("entry x/data.pkl: ..."),
    /// so an error from a nested parser says where in the outer format it happened.
    func context(_ context: String) -> FormatError {
        switch self {
        case .truncated(let m): return .truncated("\(context): \(m)")
        case .malformed(let m): return .malformed("\(context): \(m)")
        case .unsupported(let m): return .unsupported("\(context): \(m)")
        case .limitExceeded(let m): return .limitExceeded("\(context): \(m)")
        case .io(let m): return .io("\(context): \(m)")
        case .inFile: return self
        }
    }

    /// Runs `body`, putting `context` in front of the message of any `FormatError` it throws.
    public static func within<T>(_ context: @autoclosure () -> String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as FormatError { throw error.context(context()) }
    }
}
