/// An error reading ground truth or predictions for evaluation. Messages name the line or entry
/// and what was expected; `inFile` adds the file.
public enum EvaluationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A YOLO label file is malformed (ultralytics would skip the image as corrupt).
    case labels(String)
    /// A COCO-results predictions file is malformed.
    case predictions(String)
    /// A problem found while reading `path`.
    indirect case inFile(path: String, EvaluationError)

    /// The message shown to a user: `path: problem` when a file is known.
    public var description: String {
        switch self {
        case .labels(let m): return "labels: \(m)"
        case .predictions(let m): return "predictions: \(m)"
        case .inFile(let path, let inner):
            if case .inFile = inner { return inner.description }
            return "\(path): \(inner)"
        }
    }
}
