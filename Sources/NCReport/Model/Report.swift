/// Everything one command (`run`, `simulate`, `replay`, `estimate`) reports, as plain numbers.
///
/// Renderers (terminal tables, JSON, CSV, HTML with SVG plots) only read this value, so every
/// format shows the same numbers. JSON keys are snake_case and part of the public interface:
/// scripts read `totals.sops`, `energy.paper.snn_mJ`, `hardware.cycles`, ... Extend, never rename.
public struct Report: Codable, Sendable, Equatable {
    /// Version of this JSON layout.
    public var schemaVersion: Int = Report.currentSchemaVersion
    /// The command that produced it.
    public var command: String
    /// The model and its input.
    public var model: ModelSection
    /// Per neuron population (absent for `estimate`).
    public var neurons: [NeuronRow]?
    /// Per folded convolution.
    public var layers: [LayerRow]
    /// Totals over the whole network.
    public var totals: Totals
    /// Detections after NMS (absent when the head outputs are not computed, e.g. `replay`).
    public var detections: [DetectionRow]?
    /// The chip simulation (absent for `run` and `estimate`).
    public var hardware: HardwareSection?
    /// Energy under every accounting.
    public var energy: EnergySection
    /// This run against FP64 (`--compare-fp64`).
    public var numerics: NumericsSection?
    /// Facts a reader should know (conventions used, fixed-point differences, ...).
    public var notes: [String]
    /// Spikes, SOPs and energy per timestep (absent for `estimate`).
    public var perTimestep: [TimestepRow]?
    /// Whose spikes a replay prices (replay reports only).
    public var source: SourceSection?

    /// The current `schema_version`.
    public static let currentSchemaVersion = 1

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", command, model, neurons, layers, totals, detections, hardware, energy, numerics, notes
        case perTimestep = "per_timestep"
        case source
    }
}

/// The model and input a report is about.
public struct ModelSection: Codable, Sendable, Equatable {
    /// Display name (`spikeyolo-t.pt`, `synthetic SpikeYOLO-s (seed 2024)`).
    public var name: String
    /// Scale (`t`, `n`, `s`, `m`, `l`).
    public var scale: String
    /// Parameters as PyTorch counts them.
    public var parameters: Int
    /// Number of classes.
    public var classes: Int
    /// Timesteps T.
    public var timesteps: Int
    /// Virtual timesteps per timestep (largest integer spike D).
    public var spikeLevels: Int
    /// Input name (`input320.npy`, `built-in test image`).
    public var input: String
    /// Input rows.
    public var inputHeight: Int
    /// Input columns.
    public var inputWidth: Int
    /// Rows and columns of the decoded image the input was letterboxed from (image inputs only;
    /// detections are then in its pixels).
    public var originalHeight: Int?, originalWidth: Int?
    /// The letterbox mode (`rect`, `square`, `val`) of an image input.
    public var letterbox: String?

    enum CodingKeys: String, CodingKey {
        case name, scale, parameters, classes, timesteps, spikeLevels = "spike_levels", input
        case inputHeight = "input_height", inputWidth = "input_width", originalHeight = "original_height"
        case originalWidth = "original_width", letterbox
    }
}

/// One neuron population.
public struct NeuronRow: Codable, Sendable, Equatable {
    /// Module path (`model.2.Conv.lif1`).
    public var name: String
    /// Neurons per timestep.
    public var count: Int
    /// Total integer spikes over all timesteps.
    public var spikes: Int
    /// Neuron-timesteps that emitted 0, 1, ..., D.
    public var histogram: [Int]
    /// Mean integer output per neuron and timestep.
    public var rate: Double
    /// The same counts per timestep, in order (`spikes` and `histogram` are their sums).
    public var perTimestep: [NeuronTimestep]?

    enum CodingKeys: String, CodingKey {
        case name, count, spikes, histogram, rate, perTimestep = "per_timestep"
    }
}

/// Totals over the network.
public struct Totals: Codable, Sendable, Equatable {
    /// Integer spikes over all populations (aliases counted, as the authors count).
    public var spikes: Int
    /// Neurons over all populations.
    public var neurons: Int
    /// Multiply-accumulates of a dense evaluation of the folded graph (all timesteps).
    public var macs: Int
    /// Synaptic operations, event-exact (from the actual spikes, borders included).
    public var sops: Int
    /// Binary events: on the chip, delivered to cores (each once per destination core); in `run`,
    /// sent into the layers (Σ of each layer's input spike values). Absent for `estimate`.
    public var events: Int?
}

/// One detection.
public struct DetectionRow: Codable, Sendable, Equatable {
    /// `[x1, y1, x2, y2]` in the original image's pixels for an image input (scaled back and
    /// clipped as ultralytics' `scale_boxes` does), in input pixels for a tensor input.
    public var box: [Double]
    /// `[x1, y1, x2, y2]` in the letterboxed model input's pixels (image inputs only; for debugging).
    public var inputBox: [Double]?
    /// Class score.
    public var score: Double
    /// Class index.
    public var classIndex: Int
    /// Class name.
    public var label: String

    enum CodingKeys: String, CodingKey {
        case box, score, classIndex = "class", label, inputBox = "input_box"
    }
}
