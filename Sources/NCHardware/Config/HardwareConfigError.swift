import NCFormats

/// A problem with a hardware config: bad JSON, an unknown key, a value of the wrong type or out of
/// its range, or a file that cannot be read.
///
/// Every message is one line that names the key path (`core.accumulate_units`), the value found
/// and what is allowed, so a user can fix the file without reading the source:
///
///     hwconfigs/x.json: core.accumulate_units must be at least 1 (found 0)
public enum HardwareConfigError: FileAttributedError, Equatable, Sendable {
    /// The text is not JSON; `detail` says where the parser gave up.
    case invalidJSON(detail: String)
    /// A key this version does not know, with the closest known key when one is similar.
    case unknownKey(path: String, suggestion: String?)
    /// A key given twice in one object (JSON readers disagree on which copy counts).
    case duplicateKey(path: String)
    /// A value of the wrong JSON type; `expected` reads "a number", "an integer", "a JSON object", ...
    /// An empty `path` means the whole document.
    case wrongType(path: String, expected: String)
    /// The document has no `version`.
    case missingVersion
    /// The document is for another version of the format.
    case unsupportedVersion(Int)
    /// A value of the right type outside what is allowed: "`path` must `requirement` (found `found`)".
    case invalidValue(path: String, requirement: String, found: String)
    /// The file could not be read (missing, a directory, too large, unreadable).
    case unreadable(reason: String)
    /// A problem found in the file at `path`.
    indirect case inFile(path: String, HardwareConfigError)

    /// The problem without the file name.
    public var problem: String {
        switch self {
        case .invalidJSON(let detail):
            return "not valid JSON (\(detail))"
        case .unknownKey(let path, let suggestion):
            if let suggestion { return "unknown key \(path) (did you mean \(suggestion)?)" }
            return "unknown key \(path)"
        case .duplicateKey(let path):
            return "\(path) is given twice; give each key once"
        case .wrongType(let path, let expected):
            return "\(path.isEmpty ? "the hardware config" : path) must be \(expected)"
        case .missingVersion:
            let version = HardwareConfig.supportedVersion
            return "version is missing (this neurocycle reads version \(version): add \"version\": \(version))"
        case .unsupportedVersion(let version):
            return "version \(version) is not supported (this neurocycle reads version \(HardwareConfig.supportedVersion))"
        case .invalidValue(let path, let requirement, let found):
            return "\(path) must \(requirement) (found \(found))"
        case .unreadable(let reason):
            return reason
        case .inFile(_, let inner):
            return inner.problem
        }
    }

    /// The file and the problem found in it, for an `inFile` error.
    public var attribution: (path: String, inner: HardwareConfigError)? {
        if case .inFile(let path, let inner) = self { return (path, inner) }
        return nil
    }
}

extension HardwareConfigError {
    /// How a number appears in messages: integral values without a fractional part (`-4`, `0`),
    /// others in Swift's shortest round-trip form (`0.5`, `1e+20`, `nan`).
    static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
