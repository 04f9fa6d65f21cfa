import NCHardware

/// Whose spikes a replay prices: the trace, the model and input that fired them, and the
/// arithmetic and chip that computed them. A chip computing in another arithmetic would have
/// fired other spikes, so a replay on it prices spikes that are not its own; `warning` says so.
///
/// JSON `source` (replay reports only): extend, never rename.
public struct SourceSection: Codable, Sendable, Equatable {
    /// The trace file replayed.
    public var trace: String
    /// The model's display name, and the SHA-256 of its weights (or synthetic recipe).
    public var model: String, modelSHA256: String
    /// The input's name, and the SHA-256 of its pixels.
    public var input: String, inputSHA256: String
    /// The arithmetic that computed the spikes (`fp32`, `int9/int24`), or `unknown`.
    public var arithmetic: String
    /// The hardware config that computed them, `none` for the integer reference (`run`), or `unknown`.
    public var hardware: String
    /// The command that recorded the trace (`run`, `simulate`), when recorded.
    public var command: String?
    /// Whether the replaying chip computes in `arithmetic` (nil when the trace does not say).
    public var arithmeticMatches: Bool?
    /// Why the replay's numbers are not the chip's own, when they are not.
    public var warning: String?

    /// What the text and JSON say when a trace does not record its arithmetic or chip.
    public static let unknown = "unknown"

    /// The source of a replay on `chip` of a trace whose spikes were computed in `arithmetic`
    /// on `hardware` (nil: the integer reference), or whose origin is not recorded
    /// (`recorded` false).
    public init(trace: String, model: String, modelSHA256: String, input: String, inputSHA256: String, recorded: Bool,
                arithmetic: String, hardware: String?, command: String?, chip: HardwareConfig) {
        self.trace = trace
        self.model = model
        self.modelSHA256 = modelSHA256
        self.input = input
        self.inputSHA256 = inputSHA256
        self.command = recorded ? command : nil
        guard recorded else {
            self.arithmetic = Self.unknown
            self.hardware = Self.unknown
            return
        }
        self.arithmetic = arithmetic
        self.hardware = hardware ?? "none"
        let matches = arithmetic == chip.arithmeticLabel
        arithmeticMatches = matches
        if !matches {
            let origin = hardware.map { "on \($0)" } ?? "by the integer reference"
            warning = "the spikes were computed in \(arithmetic) \(origin), but \(chip.name) computes in "
                + "\(chip.arithmeticLabel) and would fire other spikes: this replay prices \(arithmetic)'s spikes with "
                + "\(chip.name)'s timing and energy (simulate --hw \(chip.name) gives the chip's own)"
        }
    }

    enum CodingKeys: String, CodingKey {
        case trace, model, modelSHA256 = "model_sha256", input, inputSHA256 = "input_sha256", arithmetic, hardware, command
        case arithmeticMatches = "arithmetic_matches", warning
    }

    /// One line for a report header: `fp32 on paper-45nm (simulate), from t320.nctrace`.
    public var summary: String {
        guard arithmetic != Self.unknown else {
            return "arithmetic and chip unknown (the trace predates source records), from \(trace)"
        }
        let origin = hardware == "none" ? ", the integer reference" : " on \(hardware)"
        return arithmetic + origin + (command.map { " (\($0))" } ?? "") + ", from \(trace)"
    }
}
