import NCFormats
import NCModel

/// `--input`: a `.npy` tensor used as it is (ultralytics does not letterbox tensors), or a JPEG
/// or PNG image decoded to OpenCV's pixels and letterboxed as ultralytics does (`--letterbox`,
/// `--imgsz`). The kind is recognised by the file's first bytes, not its name.
struct ImageInput {
    /// The model input.
    var image: InputImage
    /// How a decoded image became the input (nil for a tensor).
    var geometry: LetterboxGeometry?
    /// The decoded image (nil for a tensor).
    var decoded: RGBImage?
    /// The letterboxed bytes, channel-major (nil for a tensor).
    var letterboxed: [UInt8]?

    /// The `--letterbox` option.
    static let option = ("letterbox", "how an image becomes the model input, as ultralytics does it: rect (default; predict: long side to --imgsz, "
        + "padded to a multiple of 32, so H ≠ W), square (--imgsz x --imgsz, as exported models), or val (the validator's loader, "
        + "which the authors' test.py measured rates through)")

    /// The letterbox mode `--letterbox` names (rect by default).
    static func mode(_ args: ParsedArguments) throws -> LetterboxMode {
        guard let raw = args.string("letterbox") else { return .rect }
        guard let mode = LetterboxMode(rawValue: raw) else {
            throw CLIError.invalid("--letterbox must be rect, square or val, got '\(raw)'")
        }
        return mode
    }

    /// Loads `path`. An image is letterboxed to `imgsz` (default 640) in `mode`; a tensor must
    /// not be given `imgsz` or a letterbox (`letterboxGiven`).
    static func load(path: String, imgsz: Int?, mode: LetterboxMode, letterboxGiven: Bool) throws -> ImageInput {
        // The first bytes say what the file is: a tensor, an image, or neither.
        let (isTensor, head, isImage) = try MappedFile(path: path).withBytes { bytes in
            (bytes.starts(with: [0x93] + Array("NUMPY".utf8)), Array(bytes.prefix(8)), (try? ImageFormat(sniffing: bytes)) != nil)
        }
        if !isTensor && !isImage {
            let hex = head.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }
            throw FormatError.unsupported("not a .npy tensor, a JPEG or a PNG image; the file starts with [\(hex.joined(separator: " "))]")
                .inFile(path)
        }
        if isTensor {
            if letterboxGiven { throw ModelFileError(path: path, error: .input("a .npy input is the model input as it is: --letterbox does not apply")) }
            let image = try ModelInputTensor.read(path: path)
            if let size = imgsz, size != image.height || size != image.width {
                throw ModelFileError(path: path, error: .input(
                    "the tensor is \(image.height)x\(image.width): a .npy input is used as it is, --imgsz \(size) does not apply"))
            }
            return ImageInput(image: image)
        }
        let decoded = try ImageDecoder.decode(path: path)
        do {
            let boxed = try Letterbox(mode: mode, size: imgsz ?? 640).apply(rgb: decoded.pixels, height: decoded.height, width: decoded.width)
            return ImageInput(image: boxed.inputImage(), geometry: boxed.geometry, decoded: decoded, letterboxed: boxed.pixels)
        } catch let e as ModelError {
            throw ModelFileError(path: path, error: e)
        }
    }
}
