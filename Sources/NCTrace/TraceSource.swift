import Foundation
import NCFormats

/// How a trace's spikes were computed — the arithmetic, and the chip whose arithmetic it is —
/// and what model made them, so a replay can say whose spikes it prices: a fixed-point chip
/// computes other spikes than FP32 does, and a trace replayed on it still holds the spikes of
/// the arithmetic that recorded it (`traces/README.md`, "Source record").
///
/// Stored as a JSON object in the header when flag bit 0 is set; traces written before it
/// existed have none (`TraceReader.source` is nil). Unknown keys are ignored when reading.
public struct TraceSource: Sendable, Equatable, Codable {
    /// The arithmetic that computed the spikes: `fp32`, `fp64`, or fixed point `int9/int24`.
    public var arithmetic: String
    /// The hardware config the spikes were computed on (`loihi-like`), or nil when they come
    /// from the integer reference (`run`), which models no chip.
    public var hardware: String?
    /// The command that recorded the trace (`run`, `simulate`).
    public var command: String?
    /// The model's scale (`t`, `s`) and parameter count, for reports of a replay.
    public var modelScale: String?, modelParameters: Int?

    /// A source record.
    public init(arithmetic: String, hardware: String?, command: String?, modelScale: String?, modelParameters: Int?) {
        self.arithmetic = arithmetic
        self.hardware = hardware
        self.command = command
        self.modelScale = modelScale
        self.modelParameters = modelParameters
    }

    enum CodingKeys: String, CodingKey {
        case arithmetic, hardware, command, modelScale = "model_scale", modelParameters = "model_parameters"
    }

    /// `fp32 on paper-45nm (simulate)`, `fp32, the integer reference (run)`.
    public var description: String {
        let origin = hardware.map { " on \($0)" } ?? ", the integer reference"
        return arithmetic + origin + (command.map { " (\($0))" } ?? "")
    }

    /// What a report says of a trace without a source record.
    public static let unknown = "unknown (the trace was written before traces recorded the arithmetic of their spikes)"

    /// The record as stored: JSON with sorted keys and no whitespace.
    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(self))
        } catch {
            throw FormatError.malformed("the source record cannot be written as JSON: \(error)")
        }
    }

    /// Reads a stored record. Throws `FormatError` without a file name.
    static func decode(_ bytes: [UInt8]) throws -> TraceSource {
        do {
            return try JSONDecoder().decode(TraceSource.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw FormatError.malformed("the header's source record is not valid: \(error.oneLine)")
        } catch {
            throw FormatError.malformed("the header's source record is not valid JSON")
        }
    }
}
