import Foundation
import NCFormats
import NCModel
import NCReport

/// `neurocycle input FILE`: what the model sees for an image — the decoded pixels, the
/// letterbox geometry and the model input — optionally written out for inspection.
enum InputCommand {
    static let command = Command(
        spec: CommandSpec(
            name: "input",
            summary: "Show what the model sees for an image: decoded size, letterbox geometry, model input; write them as .npy/.png.",
            usage: "FILE [--imgsz N] [--letterbox rect|square|val] [--decoded rgb.npy] [--npy input.npy] [--png input.png] [--json out.json]",
            options: [
                ("imgsz", "input size N, a multiple of 32 (default 640)"),
                ImageInput.option,
                ("decoded", "write the decoded image as uint8 H x W x 3 RGB .npy (cv2.imread(path)[..., ::-1])"),
                ("npy", "write the model input as float32 [1,3,H,W] .npy in [0,1] (usable as --input)"),
                ("png", "write the letterboxed model input as an 8-bit RGB PNG"),
                ("json", "write the geometry as JSON ('-' for standard output)"),
            ],
            maxPositionals: 1),
        run: run)

    /// What `--json` writes.
    struct Geometry: Encodable {
        var file: String
        var geometry: LetterboxGeometry?
        var inputShape: [Int]
        var boxScaling: BoxScaling?

        enum CodingKeys: String, CodingKey {
            case file, geometry, inputShape = "input_shape", boxScaling = "box_scaling"
        }
    }

    static func run(_ args: ParsedArguments, _ console: Console) throws {
        guard let path = args.positionals.first else { throw CLIError.usage("give an image file", command: "input") }
        let imgsz = try args.int("imgsz", in: 32...Letterbox.maxSize)
        if let n = imgsz, n % 32 != 0 { throw CLIError.invalid("--imgsz \(n) is not a multiple of 32 (the network's largest stride)") }
        let input = try ImageInput.load(path: path, imgsz: imgsz, mode: try ImageInput.mode(args), letterboxGiven: args.string("letterbox") != nil)
        let image = input.image
        var outputs = [(String, [UInt8])]()
        if let out = args.string("decoded") {
            guard let rgb = input.decoded else { throw CLIError.invalid("--decoded: \(path) is a tensor, not an image") }
            outputs.append((out, try Npy.encode(Tensor(dtype: .uint8, shape: [rgb.height, rgb.width, 3], bytes: rgb.pixels))))
        }
        if let out = args.string("npy") {
            outputs.append((out, try Npy.encode(Tensor(shape: [1, image.channels, image.height, image.width], floats: image.values))))
        }
        if let out = args.string("png") {
            let plane = image.height * image.width
            // Channel-major letterboxed bytes (or, for a tensor, its values rounded) → interleaved RGB.
            let bytes = input.letterboxed ?? image.values.map { UInt8(clamping: Int(($0 * 255).rounded())) }
            var rgb = [UInt8](repeating: 0, count: 3 * plane)
            for c in 0..<min(3, image.channels) { for p in 0..<plane { rgb[p * 3 + c] = bytes[c * plane + p] } }
            outputs.append((out, try PNGEncoder.encode(width: image.width, height: image.height, channels: 3, pixels: rgb)))
        }
        var jsonText: String?
        if let out = args.string("json") {
            let g = Geometry(file: path, geometry: input.geometry, inputShape: [1, image.channels, image.height, image.width],
                             boxScaling: input.geometry?.boxScaling)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            jsonText = String(decoding: try encoder.encode(g), as: UTF8.self) + "\n"
            if out != "-" { outputs.append((out, Array((jsonText ?? "").utf8))) }
        }
        // All files or none.
        var files = [AtomicFile]()
        do {
            for (out, bytes) in outputs {
                let file = try Output.open(out, console: console)
                files.append(file)
                try file.write(bytes)
                try file.close()
            }
            for file in files { try file.commit() }
        } catch {
            for file in files { file.discard() }
            throw error
        }
        if args.string("json") == "-", let jsonText {
            console.print(jsonText)
        } else {
            console.print(summary(path, input))
        }
    }

    /// The geometry as lines of text.
    static func summary(_ path: String, _ input: ImageInput) -> String {
        let image = input.image
        var lines = ["file        \(path)"]
        guard let g = input.geometry, let rgb = input.decoded else {
            lines.append("tensor      float32 [1, \(image.channels), \(image.height), \(image.width)], used as it is")
            return lines.joined(separator: "\n")
        }
        let s = g.boxScaling
        lines += [
            "decoded     \(rgb.width)×\(rgb.height) px, uint8 RGB (as cv2.imread, EXIF orientation applied)",
            "letterbox   \(g.mode.rawValue)" + (g.mode == .val ? ", loaded at \(g.loadedWidth)×\(g.loadedHeight) (ceil resize)" : ""),
            "resized     \(g.resizedWidth)×\(g.resizedHeight) px (ratio \(ReportFormat.decimal(g.ratio)), OpenCV INTER_LINEAR)",
            "padding     top \(g.top), bottom \(g.bottom), left \(g.left), right \(g.right) (grey 114)",
            "model input float32 [1, 3, \(image.height), \(image.width)] = bytes / 255",
            "boxes back  (v - pad) / \(ReportFormat.decimal(s.gain)) with pad x \(s.padX), y \(s.padY), clipped to \(s.originalWidth)×\(s.originalHeight)",
        ]
        return lines.joined(separator: "\n")
    }
}
