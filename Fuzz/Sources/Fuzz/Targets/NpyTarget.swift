import NCFormats
import NCModel

extension FuzzTarget {
    /// `.npy` inputs as `--input x.npy` reads them (the array, then the image made from it and
    /// letterboxed as `--imgsz 64` would), and `.npz` archives (inputs starting `PK`) as the
    /// fixture tests read them: every array.
    static let npy = FuzzTarget(name: "npy", fileExtension: "npy") { input in
        if input.bytes.count >= 2, input.bytes[0] == 0x50, input.bytes[1] == 0x4B {
            readArchive(input)
        } else {
            readImage(input)
        }
    }

    private static func readImage(_ input: FuzzInput) {
        guard let tensor = FuzzCheck.reading(input.path, { try Npy.read(path: input.path) }) else { return }
        // What ModelOptions does next: the values as an image, then the letterbox.
        guard let image = try? InputImage(shape: tensor.shape, values: tensor.floats()) else { return }
        _ = try? Letterbox.apply(image, height: 64, width: 64)
    }

    private static func readArchive(_ input: FuzzInput) {
        guard let archive = FuzzCheck.reading(input.path, { try NpzArchive(path: input.path) }) else { return }
        for name in archive.names.prefix(16) {
            _ = FuzzCheck.reading(input.path) { try archive.array(named: name).floats().count }
        }
    }
}
