import NCFormats

/// What a trace was recorded from, so a replay can check it has the right trace: the model (a
/// display name and the SHA-256 of its weights, or of the recipe that generates synthetic
/// weights), the input (a name and the SHA-256 of its pixels) and the program that wrote it.
public struct TraceIdentity: Sendable, Equatable, Codable {
    /// The model's display name (`spikeyolo-t.pt`, `synthetic SpikeYOLO-s (seed 2024)`).
    public var modelName: String
    /// SHA-256 of the weights (or of the synthetic recipe), 64 hexadecimal digits.
    public var modelSHA256: String
    /// The input's name (a file name, `built-in test image`).
    public var inputName: String
    /// SHA-256 of the input pixels, 64 hexadecimal digits (see `sha256Hex(pixels:)`).
    public var inputSHA256: String
    /// The program that wrote the trace (`neurocycle 0.1`).
    public var creator: String

    /// The creator recorded when none is given.
    public static let defaultCreator = "neurocycle"

    /// An identity. The digests may be given in either case; a trace stores them as 32 bytes and
    /// reads them back in lowercase.
    public init(modelName: String, modelSHA256: String, inputName: String, inputSHA256: String,
                creator: String = TraceIdentity.defaultCreator) {
        self.modelName = modelName
        self.modelSHA256 = modelSHA256
        self.inputName = inputName
        self.inputSHA256 = inputSHA256
        self.creator = creator
    }

    /// SHA-256 of `values` as their IEEE-754 single-precision bit patterns, little-endian, in
    /// order: the input digest of an image given as floats.
    public static func sha256Hex(pixels values: [Float]) -> String {
        var hash = SHA256()
        var block = [UInt8]()
        block.reserveCapacity(4096)
        for v in values {
            let b = v.bitPattern
            block.append(UInt8(truncatingIfNeeded: b))
            block.append(UInt8(truncatingIfNeeded: b >> 8))
            block.append(UInt8(truncatingIfNeeded: b >> 16))
            block.append(UInt8(truncatingIfNeeded: b >> 24))
            if block.count >= 4096 {
                hash.update(block)
                block.removeAll(keepingCapacity: true)
            }
        }
        hash.update(block)
        return hash.hexDigest
    }

    /// SHA-256 of the file at `path` (a checkpoint), read through a memory map.
    public static func sha256Hex(file path: String) throws -> String {
        let file = try MappedFile(path: path)
        return file.withBytes { SHA256.hex(SHA256.hash($0)) }
    }
}
