import NCFormats
import NCModel

extension FuzzTarget {
    /// `--input x.png`: decode, make the RGB image, letterbox it (to 64 x 64 here, for speed).
    static let png = FuzzTarget(name: "png", fileExtension: "png") { input in
        guard let png = FuzzCheck.reading(input.path, { try PNGDecoder.decode(path: input.path) }) else { return }
        guard let raw = try? InputImage(channels: 3, height: png.height, width: png.width, values: png.rgb) else { return }
        _ = try? Letterbox.apply(raw, height: 64, width: 64)
    }
}
