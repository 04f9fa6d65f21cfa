/// Range checks shared by the config sections; each throws `HardwareConfigError.invalidValue`
/// with the key path, what is allowed and the value found.
enum ConfigCheck {
    /// `value >= minimum`, and `value <= maximum` when given.
    static func int(_ value: Int, _ path: String, atLeast minimum: Int, atMost maximum: Int? = nil) throws {
        if value < minimum { throw fail(path, "be at least \(minimum)", "\(value)") }
        if let maximum, value > maximum { throw fail(path, "be at most \(maximum)", "\(value)") }
    }

    /// A size that must be positive (`value >= 1`), and at most `maximum`.
    static func positive(_ value: Int, _ path: String, atMost maximum: Int) throws {
        if value < 1 { throw fail(path, "be positive", "\(value)") }
        try int(value, path, atLeast: 1, atMost: maximum)
    }

    /// A finite number greater than zero, and at most `maximum`.
    static func positive(_ value: Double, _ path: String, atMost maximum: Double) throws {
        try finite(value, path)
        if value <= 0 { throw fail(path, "be positive", format(value)) }
        if value > maximum { throw fail(path, "be at most \(format(maximum))", format(value)) }
    }

    /// A finite number in `minimum ... maximum` (rates whose reciprocal the engine uses, so they
    /// may not be vanishingly small; energies, bounded so that totals stay finite).
    static func range(_ value: Double, _ path: String, atLeast minimum: Double, atMost maximum: Double) throws {
        try finite(value, path)
        if value < minimum { throw fail(path, "be at least \(format(minimum))", format(value)) }
        if value > maximum { throw fail(path, "be at most \(format(maximum))", format(value)) }
    }

    /// Not NaN or infinite (JSON cannot spell them, but a config built in Swift can hold them).
    static func finite(_ value: Double, _ path: String) throws {
        if !value.isFinite { throw fail(path, "be a finite number", format(value)) }
    }

    private static func fail(_ path: String, _ requirement: String, _ found: String) -> HardwareConfigError {
        .invalidValue(path: path, requirement: requirement, found: found)
    }

    private static func format(_ value: Double) -> String { HardwareConfigError.format(value) }
}
