/// A layer workload that cannot be run: a missing key, a shape that disagrees, a value out of
/// range. One line naming the file and the problem.
public struct LayerWorkloadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The workload file.
    public var path: String
    /// What is wrong, and what was expected.
    public var problem: String

    /// An error in `path`.
    public init(path: String, _ problem: String) {
        self.path = path
        self.problem = problem
    }

    /// `path: layer workload: problem`.
    public var description: String { "\(path): layer workload: \(problem)" }
}
