import NCFormats

extension FuzzTarget {
    /// The zip reader as checkpoints and `.npz` archives use it: the central directory, then
    /// every member (stored or inflated, CRC-checked).
    static let zip = FuzzTarget(name: "zip", fileExtension: "zip") { input in
        do {
            let archive = try ZipArchive(path: input.path)
            for entry in archive.entries.prefix(64) {
                do {
                    _ = try archive.withContents(of: entry, maxInflatedSize: 1 << 24) { $0.count }
                } catch {
                    FuzzCheck.error(error, names: input.path)
                }
            }
        } catch {
            FuzzCheck.error(error, names: input.path)
        }
    }
}
