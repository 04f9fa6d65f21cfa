/// An error building or running a model: a bad architecture, missing or mis-shaped weights, or
/// an input the model cannot take. Messages name the layer and what was expected.
public enum ModelError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The architecture description (the checkpoint's `yaml`) is invalid.
    case architecture(String)
    /// A tensor is missing, has the wrong shape, or holds non-finite values.
    case weights(String)
    /// The input image does not fit the model.
    case input(String)
    /// An option given by the user is out of range.
    case option(String)

    /// The message shown to a user.
    public var description: String {
        switch self {
        case .architecture(let m): return "architecture: \(m)"
        case .weights(let m): return "weights: \(m)"
        case .input(let m): return "input: \(m)"
        case .option(let m): return m
        }
    }
}
