import NCHardware

/// What `neurocycle map` reports: how each current buffer of a model is cut into tiles and
/// placed on a chip's cores, and how full those cores' memories are.
///
/// The JSON keys (snake_case) are read by scripts: extend, never rename. The mapping's fields
/// read through (`report.tiles`).
@dynamicMemberLookup
public struct MapReport: Codable, Sendable, Equatable {
    /// One buffer (JSON keys in `MappingSummary.BufferUse.CodingKeys`).
    public typealias Row = MappingSummary.BufferUse

    /// The model, input and core memories the mapping is of (JSON: `model`, `input_height`,
    /// `input_width`, `neurons_per_core`, `synaptic_bytes_per_core` at the top level).
    public struct Heading: Codable, Sendable, Equatable {
        /// Model display name.
        public var model: String
        /// Input size, pixels.
        public var inputHeight: Int, inputWidth: Int
        /// Neuron memory of one core, membrane words.
        public var neuronsPerCore: Int
        /// Synaptic memory of one core, bytes.
        public var synapticBytesPerCore: Int

        enum CodingKeys: String, CodingKey, CaseIterable {
            case model, inputHeight = "input_height", inputWidth = "input_width", neuronsPerCore = "neurons_per_core"
            case synapticBytesPerCore = "synaptic_bytes_per_core"
        }
    }

    /// How the tiles were placed (JSON: `strategy`, `weights`, `cores_used`, `segments` at the top level).
    public struct Placement: Codable, Sendable, Equatable {
        /// Mapping strategy name.
        public var strategy: String
        /// Weight storage name.
        public var weights: String
        /// Cores holding at least one tile.
        public var coresUsed: Int
        /// Groups of layers resident together.
        public var segments: Int

        enum CodingKeys: String, CodingKey, CaseIterable {
            case strategy, weights, coresUsed = "cores_used", segments
        }
    }

    /// The chip, the mapping mode, and the tiles of every buffer (JSON: `hardware`, `mode`,
    /// `cores_available`, `tiles`, `layers`).
    public struct Mapping: Codable, Sendable, Equatable {
        /// Hardware config name.
        public var hardware: String
        /// Mapping mode (`resident`, `streamed`).
        public var mode: String
        /// Cores on the chip.
        public var coresAvailable: Int
        /// Tiles over all buffers.
        public var tiles: Int
        /// One row per buffer, in topology order.
        public var layers: [Row]

        enum CodingKeys: String, CodingKey {
            case hardware, mode, coresAvailable = "cores_available", tiles, layers
        }
    }

    /// Version of this JSON layout (`schema_version`, as in every neurocycle JSON).
    public var schemaVersion = 1
    /// The mapping's numbers.
    public var mapping: Mapping
    /// The mapping strategy (`fewest-cores`, `spread`), the weight storage (`per-tile`,
    /// `shared-kernel`), cores holding a tile, and segments resident together.
    public var placement: Placement?
    /// Model, input and core memories, for the text.
    public var heading: Heading?

    /// A report from its parts.
    public init(hardware: String, mode: String, coresAvailable: Int, tiles: Int, layers: [Row], heading: Heading?) {
        mapping = Mapping(hardware: hardware, mode: mode, coresAvailable: coresAvailable, tiles: tiles, layers: layers)
        self.heading = heading
    }

    /// The report of `summary`, a mapping of `model` at `inputHeight` x `inputWidth` on the
    /// hardware config named `hardware`.
    public init(_ summary: MappingSummary, hardware: String, model: String, inputHeight: Int, inputWidth: Int) {
        self.init(hardware: hardware, mode: summary.mode.rawValue, coresAvailable: summary.coreCount, tiles: summary.tiles,
                  layers: summary.buffers,
                  heading: Heading(model: model, inputHeight: inputHeight, inputWidth: inputWidth,
                                   neuronsPerCore: summary.neuronsPerCore, synapticBytesPerCore: summary.synapticBytesPerCore))
        placement = Placement(strategy: summary.strategy.rawValue, weights: summary.weightStorage.rawValue,
                              coresUsed: summary.coresUsed, segments: summary.segments)
    }

    /// A field of the mapping.
    public subscript<Value>(dynamicMember field: KeyPath<Mapping, Value>) -> Value { mapping[keyPath: field] }

    enum CodingKeys: String, CodingKey { case schemaVersion = "schema_version" }

    /// `schema_version`, the mapping's keys, and the placement's and the heading's beside them.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try encoder.encode(sideBySide: mapping, placement, heading)
    }

    /// Decodes a report written by `encode(to:)`; the placement and the heading when all their
    /// fields are present; a map written before `schema_version` existed is version 1.
    public init(from decoder: any Decoder) throws {
        schemaVersion = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(Int.self, forKey: .schemaVersion) ?? 1
        mapping = try Mapping(from: decoder)
        placement = try Self.flattened(Placement.self, from: decoder)
        heading = try Self.flattened(Heading.self, from: decoder)
    }

    /// A part whose fields stand at the top level, when every one of them is there (not null).
    private static func flattened<Part: FlattenedPart>(_ part: Part.Type, from decoder: any Decoder) throws -> Part? {
        let c = try decoder.container(keyedBy: Part.CodingKeys.self)
        for key in Part.CodingKeys.allCases {
            guard c.contains(key), try !c.decodeNil(forKey: key) else { return nil }
        }
        return try Part(from: decoder)
    }

    /// The report as JSON (`JSONText`).
    public func jsonText() throws -> String { try JSONText.encode(self) }
}

/// A part of the report whose fields the JSON holds at the top level.
private protocol FlattenedPart: Decodable {
    associatedtype CodingKeys: CodingKey & CaseIterable
}

extension MapReport.Heading: FlattenedPart {}
extension MapReport.Placement: FlattenedPart {}
