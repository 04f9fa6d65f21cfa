/// An error reading or writing one of the byte formats (zip, pickle, tensors, npy, PNG, ...).
///
/// Parsers that see only bytes throw the problem; the file-level entry points wrap it with
/// `inFile` so the message a user sees names the file and the problem on one line.
public enum FormatError: FileAttributedError, Equatable, Sendable {
    /// The data ends before a structure that must be there.
    case truncated(String)
    /// The data is present but violates the format.
    case malformed(String)
    /// The data is valid but uses a feature this reader does not implement.
    case unsupported(String)
    /// The data asks for more memory, nesting or items than the reader allows.
    case limitExceeded(String)
    /// The operating system refused to read or write a file.
    case io(String)
    /// A problem found while reading `path`.
    indirect case inFile(path: String, FormatError)

    /// The problem without the file name.
    public var problem: String {
        switch self {
        case .truncated(let m): return "truncated: \(m)"
        case .malformed(let m): return m
        case .unsupported(let m): return "unsupported: \(m)"
        case .limitExceeded(let m): return "limit exceeded: \(m)"
        case .io(let m): return m
        case .inFile(_, let inner): return inner.problem
        }
    }

    /// The file and the problem found in it, for an `inFile` error.
    public var attribution: (path: String, inner: FormatError)? {
        if case .inFile(let path, let inner) = self { return (path, inner) }
        return nil
    }
}

extension FormatError {
    /// Runs `body`, attaching `path` to any `FormatError` it throws.
    public static func attaching<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as FormatError { throw error.inFile(path) }
    }
}

extension FormatError {
    /// The same error with `prefix` put before its message (used to say which part of a container failed).
    func prefixed(_ prefix: String) -> FormatError {
        switch self {
        case .truncated(let m): return .truncated(prefix + m)
        case .malformed(let m): return .malformed(prefix + m)
        case .unsupported(let m): return .unsupported(prefix + m)
        case .limitExceeded(let m): return .limitExceeded(prefix + m)
        case .io(let m): return .io(prefix + m)
        case .inFile(let path, let inner): return .inFile(path: path, inner.prefixed(prefix))
        }
    }
}
