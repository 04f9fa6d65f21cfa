import NCFormats
import NCModel

extension FuzzTarget {
    /// `.npy` inputs as `--input x.npy` reads them (validated as the model input tensor) and as
    /// Gen1 labels are read (structured records), and `.npz` archives (inputs starting `PK`) as
    /// the fixture tests read them: every array.
    static let npy = FuzzTarget(name: "npy", fileExtension: "npy") { input in
        if input.bytes.count >= 2, input.bytes[0] == 0x50, input.bytes[1] == 0x4B {
            readArchive(input)
        } else {
            readImage(input)
        }
    }

    private static func readImage(_ input: FuzzInput) {
        _ = FuzzCheck.reading(input.path) { try ModelInputTensor.read(path: input.path).values.count }
        _ = FuzzCheck.reading(input.path) { try NpyRecords.read(path: input.path).rowCount }
    }

    private static func readArchive(_ input: FuzzInput) {
        guard let archive = FuzzCheck.reading(input.path, { try NpzArchive(path: input.path) }) else { return }
        for name in archive.names.prefix(16) {
            _ = FuzzCheck.reading(input.path) { try archive.array(named: name).floats().count }
        }
    }
}
