/// `neurocycle trace info --json`: the summary's numbers under snake_case keys (extend, never
/// rename), with `schema_version` like every neurocycle JSON.
extension TraceSummary: Encodable {
    /// Version of this JSON layout.
    public static let schemaVersion = 1

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", path, model, modelSHA256 = "model_sha256", input, inputSHA256 = "input_sha256"
        case creator, source, timesteps, spikeLevels = "spike_levels", fileBytes = "file_bytes", headerBytes = "header_bytes"
        case chunkBytes = "chunk_bytes", indexBytes = "index_bytes", totalSpikes = "total_spikes", storedSpikes = "stored_spikes"
        case storedNonZero = "stored_non_zero", storedNeuronTimesteps = "stored_neuron_timesteps"
        case bytesPerNonZero = "bytes_per_non_zero", populations
    }

    /// Encodes the summary (the source record as stored, absent for an old trace).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.schemaVersion, forKey: .schemaVersion)
        try c.encode(path, forKey: .path)
        try c.encode(identity.modelName, forKey: .model)
        try c.encode(identity.modelSHA256, forKey: .modelSHA256)
        try c.encode(identity.inputName, forKey: .input)
        try c.encode(identity.inputSHA256, forKey: .inputSHA256)
        try c.encode(identity.creator, forKey: .creator)
        try c.encodeIfPresent(source, forKey: .source)
        try c.encode(timesteps, forKey: .timesteps)
        try c.encode(spikeLevels, forKey: .spikeLevels)
        try c.encode(fileBytes, forKey: .fileBytes)
        try c.encode(headerBytes, forKey: .headerBytes)
        try c.encode(chunkBytes, forKey: .chunkBytes)
        try c.encode(indexBytes, forKey: .indexBytes)
        try c.encode(totalSpikes, forKey: .totalSpikes)
        try c.encode(storedSpikes, forKey: .storedSpikes)
        try c.encode(storedNonZero, forKey: .storedNonZero)
        try c.encode(storedNeuronTimesteps, forKey: .storedNeuronTimesteps)
        try c.encodeIfPresent(bytesPerNonZero, forKey: .bytesPerNonZero)
        try c.encode(populations, forKey: .populations)
    }
}
