import Foundation

/// ultralytics' input preparation for an 8-bit RGB image, byte for byte: OpenCV's fixed-point
/// `INTER_LINEAR` resize (`OpenCVLinearResize`), padding with grey 114, channel-major bytes that
/// the model sees divided by 255. `mode` picks the predictor's or the validator's path.
///
/// Pixels are row-major `[height][width][3]` RGB bytes as OpenCV's `imread` decodes them (then
/// BGR→RGB; every step here treats channels alike, so working on RGB is the same). A float image
/// must not be quantised to feed this unless the bytes are exactly what `imread` would give (see
/// `PNGImage.openCVRGB()`); a float tensor is the model input as it is (`ModelInputTensor`).
public struct Letterbox: Sendable, Equatable {
    /// Which of ultralytics' paths to follow.
    public var mode: LetterboxMode
    /// The input size (`imgsz`): the long side of the content, and of a `square` input.
    public var size: Int
    /// The network's largest stride: `rect` and `val` inputs are multiples of it.
    public var stride: Int

    /// Largest `size` accepted: 8192 (a 3 x 8192 x 8192 input is 200 MB of floats).
    public static let maxSize = 8192

    /// A letterbox for input size `size` (a positive multiple of `stride`, at most `maxSize`).
    public init(mode: LetterboxMode, size: Int = 640, stride: Int = 32) throws {
        guard stride > 0, size > 0, size <= Letterbox.maxSize, size % stride == 0 else {
            throw ModelError.option("input size \(size) must be a positive multiple of \(stride) up to \(Letterbox.maxSize)")
        }
        self.mode = mode
        self.size = size
        self.stride = stride
    }

    /// The geometry for an original image of `height` x `width`. In `val` mode `batchShape`
    /// overrides the batch-of-one rect shape (use `ValidationBatchShapes.shapes` for larger
    /// batches); other modes ignore it.
    public func geometry(height: Int, width: Int, batchShape: (height: Int, width: Int)? = nil) throws -> LetterboxGeometry {
        guard height > 0, width > 0 else { throw ModelError.input("image is \(height)x\(width) pixels") }
        var loaded = (height, width)
        let target: (Int, Int)
        switch mode {
        case .rect, .square:
            target = (size, size)
        case .val:
            loaded = Letterbox.loadedSize(height: height, width: width, size: size)
            if let b = batchShape {
                guard b.height > 0, b.width > 0, b.height <= Letterbox.maxSize, b.width <= Letterbox.maxSize else {
                    throw ModelError.option("batch shape \(b.height)x\(b.width) is outside 1...\(Letterbox.maxSize)")
                }
                target = (b.height, b.width)
            } else {
                let s = ValidationBatchShapes.shape(height: height, width: width, size: size, stride: stride)
                target = (s.height, s.width)
            }
        }
        // LetterBox.__call__: r, new_unpad (Python round: half to even), dw/dh, halves, pads.
        var r = min(Double(target.0) / Double(loaded.0), Double(target.1) / Double(loaded.1))
        if mode == .val { r = min(r, 1) }  // scaleup=False
        let newH = Int((Double(loaded.0) * r).rounded(.toNearestOrEven))
        let newW = Int((Double(loaded.1) * r).rounded(.toNearestOrEven))
        guard newH > 0, newW > 0 else {
            throw ModelError.input("image of \(height)x\(width) pixels is too elongated: it would be resized to \(newH)x\(newW)")
        }
        var dh = target.0 - newH, dw = target.1 - newW
        if mode == .rect {  // auto=True: np.mod, never negative
            dh = ((dh % stride) + stride) % stride
            dw = ((dw % stride) + stride) % stride
        }
        let halfH = Double(dh) / 2, halfW = Double(dw) / 2
        return LetterboxGeometry(
            mode: mode, originalHeight: height, originalWidth: width, loadedHeight: loaded.0, loadedWidth: loaded.1,
            ratio: r, resizedHeight: newH, resizedWidth: newW,
            top: Int((halfH - 0.1).rounded(.toNearestOrEven)), bottom: Int((halfH + 0.1).rounded(.toNearestOrEven)),
            left: Int((halfW - 0.1).rounded(.toNearestOrEven)), right: Int((halfW + 0.1).rounded(.toNearestOrEven)))
    }

    /// `load_image` in rect mode: the long side scaled to `size` with `ceil`ed sizes (capped at
    /// `size`); unchanged when the long side already equals `size`.
    static func loadedSize(height: Int, width: Int, size: Int) -> (Int, Int) {
        let r = Double(size) / Double(max(height, width))
        guard r != 1 else { return (height, width) }
        return (min(Int((Double(height) * r).rounded(.up)), size), min(Int((Double(width) * r).rounded(.up)), size))
    }

    /// Letterboxes `rgb` (`height` x `width` x 3 bytes, row-major RGB).
    public func apply(rgb: [UInt8], height: Int, width: Int, batchShape: (height: Int, width: Int)? = nil) throws -> LetterboxedImage {
        let g = try geometry(height: height, width: width, batchShape: batchShape)
        let (pixelCount, o1) = height.multipliedReportingOverflow(by: width)
        let (byteCount, o2) = pixelCount.multipliedReportingOverflow(by: 3)
        guard !o1, !o2, rgb.count == byteCount else {
            throw ModelError.input("an RGB image of \(height)x\(width) pixels does not have \(rgb.count) bytes")
        }
        var image = rgb
        if (g.loadedHeight, g.loadedWidth) != (height, width) {
            image = OpenCVLinearResize.resize(image, height: height, width: width, channels: 3,
                                              toHeight: g.loadedHeight, toWidth: g.loadedWidth)
        }
        if (g.resizedHeight, g.resizedWidth) != (g.loadedHeight, g.loadedWidth) {
            image = OpenCVLinearResize.resize(image, height: g.loadedHeight, width: g.loadedWidth, channels: 3,
                                              toHeight: g.resizedHeight, toWidth: g.resizedWidth)
        }
        // cv2.copyMakeBorder(BORDER_CONSTANT, 114), then HWC -> CHW.
        let (h, w) = (g.inputHeight, g.inputWidth)
        var pixels = [UInt8](repeating: 114, count: 3 * h * w)
        for y in 0..<g.resizedHeight {
            for x in 0..<g.resizedWidth {
                let src = (y * g.resizedWidth + x) * 3, dst = (y + g.top) * w + x + g.left
                for c in 0..<3 { pixels[c * h * w + dst] = image[src + c] }
            }
        }
        return LetterboxedImage(geometry: g, pixels: pixels)
    }
}

/// A letterboxed model input: the bytes ultralytics builds and the geometry to map boxes back.
public struct LetterboxedImage: Sendable, Equatable {
    /// Sizes, pads and box mapping.
    public let geometry: LetterboxGeometry
    /// `[3][inputHeight][inputWidth]` RGB bytes: ultralytics' uint8 `[1, 3, H, W]` tensor.
    public let pixels: [UInt8]

    /// The model input: every byte as `Float(byte) / 255` (IEEE division, as the predictor and
    /// validator compute it).
    public func inputImage() -> InputImage {
        InputImage(validated: InputImage.unitValues(pixels), channels: 3, height: geometry.inputHeight, width: geometry.inputWidth)
    }
}
