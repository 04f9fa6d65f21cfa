/// An area's error enum whose problems can be attributed to the file they were found in, so a
/// user sees one line, `path: problem`. `FormatError`, `HardwareConfigError` and
/// `EvaluationError` share this: each says what its problems read like and which case names a
/// file; the one-line message and the attribution are written once, here.
public protocol FileAttributedError: Error, CustomStringConvertible {
    /// The problem without the file name.
    var problem: String { get }
    /// The file and the error found in it, when this error names a file (its `inFile` case).
    var attribution: (path: String, inner: Self)? { get }
    /// The error `inner` found in the file at `path`.
    static func inFile(path: String, _ inner: Self) -> Self
}

extension FileAttributedError {
    /// One line: `path: problem` for an error found in a file (the innermost file when nested),
    /// the problem otherwise.
    public var description: String {
        guard let (path, inner) = attribution else { return problem }
        if inner.attribution != nil { return inner.description }
        return "\(path): \(inner.problem)"
    }

    /// The same error attributed to the file at `path`, unless it already names a file.
    public func inFile(_ path: String) -> Self {
        attribution == nil ? .inFile(path: path, self) : self
    }
}
