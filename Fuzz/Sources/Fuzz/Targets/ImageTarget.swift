import NCFormats
import NCModel

extension FuzzTarget {
    /// `--input x.jpg|x.png`: decode to OpenCV's 8-bit RGB (JPEG or PNG, orientation applied),
    /// then letterbox as the predictor does (to 64 here, for speed); the header-only size probe
    /// must agree with the decoded size.
    static let image = FuzzTarget(name: "image", fileExtension: "img") { input in
        let size = try? ImageDecoder.size(path: input.path)
        guard let rgb = FuzzCheck.reading(input.path, { try ImageDecoder.decode(path: input.path, maxPixels: 1 << 22) }) else { return }
        precondition(rgb.pixels.count == rgb.width * rgb.height * 3, "decoded pixel count")
        if let size { precondition(size.orientedWidth == rgb.width && size.orientedHeight == rgb.height, "size probe disagrees") }
        guard let letterbox = try? Letterbox(mode: .rect, size: 64) else { return }
        _ = try? letterbox.apply(rgb: rgb.pixels, height: rgb.height, width: rgb.width).inputImage()
    }
}
