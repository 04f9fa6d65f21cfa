/// A NumPy `.npz` archive: a zip file of `.npy` members, stored (`numpy.savez`) or deflated
/// (`numpy.savez_compressed`). Members are decoded on request; each one's CRC-32 is verified.
public final class NpzArchive: @unchecked Sendable {
    /// The zip archive holding the members.
    public let zip: ZipArchive
    /// Array names in archive order, without the `.npy` suffix. Members that are not `.npy`
    /// files (NumPy lists them too, as raw bytes) are left out, since they hold no array.
    public let names: [String]

    /// Opens the archive at `path`. Errors name the file.
    public convenience init(path: String) throws {
        try self.init(zip: ZipArchive(path: path))
    }

    /// Wraps an already opened zip archive.
    public init(zip: ZipArchive) {
        self.zip = zip
        names = zip.entries.compactMap { $0.name.hasSuffix(".npy") ? String($0.name.dropLast(4)) : nil }
    }

    /// Whether the archive holds an array called `name`.
    public func contains(_ name: String) -> Bool {
        zip.entry(named: name + ".npy") != nil
    }

    /// Decodes the array called `name` (without `.npy`), refusing a member that inflates to more
    /// than `maxBytes`. Errors name the file and the member.
    public func array(named name: String, maxBytes: Int = 1 << 34) throws -> Tensor {
        try withMember(named: name, maxBytes: maxBytes) { try Npy.read(bytes: $0) }
    }

    /// Runs `decode` on the bytes of the member holding the array called `name`, refusing one
    /// that inflates to more than `maxBytes`. Errors name the file and the member.
    func withMember<T>(
        named name: String, maxBytes: Int, _ decode: (UnsafeRawBufferPointer) throws -> T
    ) throws -> T {
        guard let entry = zip.entry(named: name + ".npy") else {
            let sample = names.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
            throw FormatError.inFile(
                path: zip.file.path,
                .malformed(
                    "no array named '\(name)' (the archive holds \(names.count) arrays\(names.isEmpty ? "" : ": " + sample)\(names.count > 5 ? ", ..." : ""))"))
        }
        return try FormatError.attaching(zip.file.path) {
            try zip.withContents(of: entry, maxInflatedSize: maxBytes) { bytes in
                guard bytes.count <= maxBytes else {
                    throw FormatError.limitExceeded("member \(entry.name) holds \(bytes.count) bytes (limit \(maxBytes))")
                }
                do {
                    return try decode(bytes)
                } catch let error as FormatError {
                    throw error.prefixed("member \(entry.name): ")
                }
            }
        }
    }
}
