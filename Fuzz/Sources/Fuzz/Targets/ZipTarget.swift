import NCFormats

extension FuzzTarget {
    /// The zip reader as checkpoints and `.npz` archives use it: the central directory, then
    /// every member (stored or inflated, CRC-checked).
    static let zip = FuzzTarget(name: "zip", fileExtension: "zip") { input in
        guard let archive = FuzzCheck.reading(input.path, { try ZipArchive(path: input.path) }) else { return }
        for entry in archive.entries.prefix(64) {
            _ = FuzzCheck.reading(input.path) { try archive.withContents(of: entry, maxInflatedSize: 1 << 24) { $0.count } }
        }
    }
}
