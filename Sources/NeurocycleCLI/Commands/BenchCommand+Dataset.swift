import Foundation
import NCFormats
import NCModel
import NCSimulation

extension BenchCommand {
    /// `bench input [FILE...]`: decode + letterbox (what every dataset image goes through before
    /// the network), from memory, one thread, repeated for about a second per file.
    static func benchInput(_ args: ParsedArguments, _ console: Console) throws {
        let files = try imageFiles(args, what: "input")
        let repeats = try args.int("repeat", in: 1...1_000_000)
        let letterbox = try Letterbox(mode: try ImageInput.mode(args), size: try args.int("imgsz", in: 32...Letterbox.maxSize) ?? 640)
        var results = [Measurement]()
        for path in files {
            let bytes = try MappedFile(path: path).withBytes { Array($0) }
            func once() throws -> LetterboxedImage {
                let rgb = try ImageDecoder.decode(bytes)
                return try letterbox.apply(rgb: rgb.pixels, height: rgb.height, width: rgb.width)
            }
            let first = try FormatError.attaching(path) { try once() }
            var count = 0
            let start = Date(), startCPU = threadCPUSeconds()
            var elapsed = 0.0
            repeat {
                _ = try once().inputImage()
                count += 1
                elapsed = Date().timeIntervalSince(start)
            } while repeats.map({ count < $0 }) ?? (elapsed < 1 || count < 10)
            let perImage = elapsed / Double(count), cpu = (threadCPUSeconds() - startCPU) / Double(count)
            let g = first.geometry
            let name = path.split(separator: "/").last.map(String.init) ?? path
            let detail = String(format: "%dx%d → %dx%d (%@): %.2f ms per image (%.2f ms CPU), %.0f images/s (%.0f per CPU second)",
                                g.originalWidth, g.originalHeight, g.inputWidth, g.inputHeight, g.mode.rawValue as NSString,
                                perImage * 1e3, cpu * 1e3, 1 / perImage, 1 / cpu)
            results.append(Measurement(name: "input \(name)", seconds: perImage, detail: detail))
            console.error(String(format: "%-44@ %@", "input \(name)" as NSString, detail as NSString))
        }
        try finish(args, results, console, "input")
    }

    /// `bench dataset --data D`: a whole dataset through `run` (FP32 reference) and `simulate`
    /// (the chip `--hw` names), images per second with all threads across images.
    static func benchDataset(_ args: ParsedArguments, _ console: Console) throws {
        guard let source = args.string("data") else { throw CLIError.usage("bench dataset needs --data DIR_OR_LIST", command: "bench") }
        let dataset = try Dataset.open(source)
        let model = try ModelOptions(args).model
        let family = GraphFamily(model: model)
        let letterbox = try Letterbox(mode: try ImageInput.mode(args), size: try args.int("imgsz", in: 32...Letterbox.maxSize) ?? 640)
        let threads = try args.int("threads", in: 1...256) ?? Parallel.defaultThreads
        let identity = DatasetSettings.ModelIdentity(name: model.displayName, sha256: "")
        var results = [Measurement]()
        _ = try family.graph(height: letterbox.size, width: letterbox.size)  // fold once, outside the timing
        for (name, engine) in [("run", DatasetSettings.Engine.reference(.fp32)),
                               ("simulate", .chip(try HardwareOptions.config(args), compare: !args.flag("no-compare")))] {
            let settings = DatasetSettings(command: name, engine: engine, letterbox: letterbox, run: .validation(threads: threads), model: identity)
            let start = Date()
            let part = try Simulation.dataset(family, dataset: dataset, settings: settings)
            let seconds = Date().timeIntervalSince(start)
            let detail = String(format: "%d images in %.2f s: %.2f images/s (%d threads across images)", part.images.count, seconds,
                                Double(part.images.count) / seconds, threads)
            results.append(Measurement(name: "dataset \(name)", seconds: seconds, detail: detail))
            console.error(String(format: "%-28@ %@", "dataset \(name)" as NSString, detail as NSString))
        }
        try finish(args, results, console, "dataset")
    }
}
