/// The storages of a `torch.save` zip archive: `<prefix>/data/<key>` entries, in the byte order
/// the archive's `byteorder` record declares.
///
/// Immutable, so a checkpoint can keep it to materialise further tensors (cached attributes such
/// as a detector's anchors) after loading.
final class TorchZipStorage: Sendable {
    let archive: ZipArchive
    /// The archive's single top-level folder, e.g. `spikeyolo-t`.
    let prefix: String
    /// Whether storages hold big-endian elements (`byteorder` is `big`).
    let bigEndian: Bool

    /// Reads the archive's layout: its prefix folder, `data.pkl` and `byteorder`.
    init(archive: ZipArchive) throws {
        self.archive = archive
        guard let first = archive.entries.first else { throw FormatError.malformed("zip archive has no entries") }
        guard let slash = first.name.firstIndex(of: "/") else {
            throw FormatError.malformed("zip entry \(first.name) is not inside a folder, as torch.save writes them")
        }
        let prefix = String(first.name[..<slash])
        for e in archive.entries where !e.name.hasPrefix(prefix + "/") {
            throw FormatError.malformed("zip entries lie in more than one folder (\(prefix)/ and \(e.name))")
        }
        self.prefix = prefix
        if let order = archive.entry(named: prefix + "/byteorder") {
            let text = String(decoding: try archive.contents(of: order), as: UTF8.self)
            switch text.trimmingWhitespace() {
            case "little": bigEndian = false
            case "big": bigEndian = true
            default: throw FormatError.malformed("\(order.name) says \"\(text.prefix(20))\", not little or big")
            }
        } else {
            bigEndian = false  // archives from before the record existed were little-endian
        }
    }

    /// The `data.pkl` entry.
    func pickleEntry() throws -> ZipEntry {
        guard let e = archive.entry(named: prefix + "/data.pkl") else {
            throw FormatError.malformed("zip has no \(prefix)/data.pkl, so it is not a torch checkpoint")
        }
        return e
    }

    /// The dense tensor `reference` describes, read from its storage entry. The CRC-32 is
    /// checked unless `verify` is false (the caller already checked this entry).
    func tensor(_ reference: TorchTensorReference, verify: Bool = true) throws -> Tensor {
        let storage = reference.storage
        let name = prefix + "/data/" + storage.key
        guard let entry = archive.entry(named: name) else {
            throw FormatError.malformed("storage \(storage.key) has no entry \(name)")
        }
        let what = "\(storage.count) \(storage.dtype?.rawValue ?? "byte") elements"
        guard let need = storage.byteCount, need <= archive.file.count else {
            throw FormatError.limitExceeded(
                "storage \(storage.key) claims \(what), more than the whole \(archive.file.count)-byte file")
        }
        return try archive.withContents(of: entry, verify: verify) { raw in
            guard raw.count >= need else {
                throw FormatError.malformed("storage \(storage.key) holds \(raw.count) bytes but its \(what) need \(need)")
            }
            return try Tensor(
                storage: UnsafeRawBufferPointer(rebasing: raw[0..<need]), dtype: reference.dtype,
                bigEndian: bigEndian, offset: reference.offset, shape: reference.shape, stride: reference.stride)
        }
    }
}
