import NCFormats

/// An error reading ground truth or predictions for evaluation. Messages name the line or entry
/// and what was expected; `inFile` adds the file.
public enum EvaluationError: FileAttributedError, Equatable, Sendable {
    /// A YOLO label file is malformed (ultralytics would skip the image as corrupt).
    case labels(String)
    /// A COCO-results predictions file is malformed.
    case predictions(String)
    /// A problem found while reading `path`.
    indirect case inFile(path: String, EvaluationError)

    /// The problem without the file name.
    public var problem: String {
        switch self {
        case .labels(let m): return "labels: \(m)"
        case .predictions(let m): return "predictions: \(m)"
        case .inFile(_, let inner): return inner.problem
        }
    }

    /// The file and the problem found in it, for an `inFile` error.
    public var attribution: (path: String, inner: EvaluationError)? {
        if case .inFile(let path, let inner) = self { return (path, inner) }
        return nil
    }
}
