/// `neurocycle trace info --json`: the summary's numbers under snake_case keys (extend, never
/// rename), with `schema_version` like every neurocycle JSON.
extension TraceSummary: Encodable {
    /// Version of this JSON layout.
    public static let schemaVersion = 1

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", model, modelSHA256 = "model_sha256", input, inputSHA256 = "input_sha256"
        case creator, bytesPerNonZero = "bytes_per_non_zero"
    }

    /// Encodes the summary: the identity under the keys of a report's `source`, the figures'
    /// keys beside them (the source record as stored, absent for an old trace).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.schemaVersion, forKey: .schemaVersion)
        try c.encode(identity.modelName, forKey: .model)
        try c.encode(identity.modelSHA256, forKey: .modelSHA256)
        try c.encode(identity.inputName, forKey: .input)
        try c.encode(identity.inputSHA256, forKey: .inputSHA256)
        try c.encode(identity.creator, forKey: .creator)
        try c.encodeIfPresent(bytesPerNonZero, forKey: .bytesPerNonZero)
        try figures.encode(to: encoder)
    }
}
