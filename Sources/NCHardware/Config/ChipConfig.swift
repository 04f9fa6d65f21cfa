/// The chip as a whole: a `meshWidthCores` x `meshHeightCores` mesh of identical cores on one clock.
///
/// JSON section `chip`; every key may be omitted (see `HardwareConfig.defaults`).
public struct ChipConfig: Codable, Equatable, Sendable {
    /// Columns of the core mesh, in cores (`mesh_width`, 1...256). Core `id` sits at column
    /// `id % meshWidthCores`.
    public var meshWidthCores: Int
    /// Rows of the core mesh, in cores (`mesh_height`, 1...256). Core `id` sits at row
    /// `id / meshWidthCores`.
    public var meshHeightCores: Int
    /// Clock frequency in hertz (`clock_hz`, positive, at most 1e12). Every latency in the
    /// config is in cycles of this clock.
    public var clockHz: Double

    /// The largest mesh side, in cores.
    public static let maximumMeshSideCores = 256
    /// The largest clock frequency accepted, in hertz (a guard against unit mistakes).
    public static let maximumClockHz = 1e12

    /// A chip section with every value given.
    public init(meshWidthCores: Int, meshHeightCores: Int, clockHz: Double) {
        self.meshWidthCores = meshWidthCores
        self.meshHeightCores = meshHeightCores
        self.clockHz = clockHz
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case meshWidthCores = "mesh_width", meshHeightCores = "mesh_height", clockHz = "clock_hz"
    }

    /// Decodes the section, taking `HardwareConfig.defaults.chip` for absent keys and rejecting
    /// unknown keys and wrong types with their key path. Ranges are checked by `validate`.
    public init(from decoder: any Decoder) throws {
        let reader = try ConfigReader(decoder)
        try reader.rejectUnknownKeys(CodingKeys.self)
        let fallback = HardwareConfig.defaults.chip
        meshWidthCores = try reader.int(CodingKeys.meshWidthCores, default: fallback.meshWidthCores)
        meshHeightCores = try reader.int(CodingKeys.meshHeightCores, default: fallback.meshHeightCores)
        clockHz = try reader.double(CodingKeys.clockHz, default: fallback.clockHz)
    }

    /// Throws the first value out of range; `section` is the key path of this section.
    func validate(section: String) throws {
        try ConfigCheck.int(meshWidthCores, "\(section).\(CodingKeys.meshWidthCores.rawValue)",
                            atLeast: 1, atMost: Self.maximumMeshSideCores)
        try ConfigCheck.int(meshHeightCores, "\(section).\(CodingKeys.meshHeightCores.rawValue)",
                            atLeast: 1, atMost: Self.maximumMeshSideCores)
        try ConfigCheck.range(clockHz, "\(section).\(CodingKeys.clockHz.rawValue)", atLeast: 1, atMost: Self.maximumClockHz)
    }
}
