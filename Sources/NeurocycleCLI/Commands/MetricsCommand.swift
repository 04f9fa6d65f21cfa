import Foundation
import NCFormats
import NCModel
import NCReport
import NCSimulation

/// `neurocycle metrics`: scores a COCO results file against YOLO labels as ultralytics'
/// validator does (P, R, mAP50, mAP50-95, per class).
enum MetricsCommand {
    static let command = Command(
        spec: CommandSpec(
            name: "metrics",
            summary: "Score detections in COCO results format against YOLO labels as the ultralytics validator does (P, R, mAP).",
            usage: "--predictions preds.json --labels DIR [--images DIR] [--letterbox val --imgsz N] [--category-ids index|coco91] [--json out.json]",
            options: [
                ("predictions", "COCO results file: [{image_id, category_id, bbox [x,y,w,h] in original pixels, score}]"),
                ("labels", "folder of YOLO label files <stem>.txt (class cx cy w h, normalised)"),
                ("images", "folder of the images (their sizes denormalise the labels; default: the labels folder's sibling 'images')"),
                ("letterbox", "val: compare with labels carried through the validator's letterbox and back, as model.val() does (default: the labels' own boxes)"),
                ("imgsz", "with --letterbox val: the validator's input size (default 640)"),
                ("category-ids", "what category_id numbers: index (default, the class index) or coco91 (COCO's category ids)"),
                ("json", "write the metrics as JSON to this file ('-' for standard output)"),
            ]),
        run: run)

    static func run(_ args: ParsedArguments, _ console: Console) throws {
        guard let predictionsPath = args.string("predictions") else { throw CLIError.usage("--predictions is required", command: "metrics") }
        guard let labelsPath = args.string("labels") else { throw CLIError.usage("--labels is required", command: "metrics") }
        let labelsDirectory = labelsPath.hasSuffix("/") && labelsPath.count > 1 ? String(labelsPath.dropLast()) : labelsPath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: labelsDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError.invalid("\(labelsPath): not a folder of label files")
        }
        let imagesDirectory = args.string("images") ?? defaultImages(labelsDirectory)
        var letterbox: Letterbox?
        if let raw = args.string("letterbox") {
            guard raw == "val" else { throw CLIError.invalid("--letterbox for metrics must be val (the validator's label round trip), got '\(raw)'") }
            let size = try args.int("imgsz", in: 32...Letterbox.maxSize) ?? 640
            guard size % 32 == 0 else { throw CLIError.invalid("--imgsz \(size) is not a multiple of 32") }
            letterbox = try Letterbox(mode: .val, size: size)
        } else if args.string("imgsz") != nil {
            throw CLIError.invalid("--imgsz applies with --letterbox val")
        }
        var categoryIDs = COCOPredictions.CategoryIDs.classIndex
        if let raw = args.string("category-ids") {
            guard let ids = ["index": COCOPredictions.CategoryIDs.classIndex, "coco91": .coco91][raw] else {
                throw CLIError.invalid("--category-ids must be index or coco91, got '\(raw)'")
            }
            categoryIDs = ids
        }
        let predictions = try COCOPredictions.read(path: predictionsPath, categoryIDs: categoryIDs)
        let dataset = try Dataset.open(imagesDirectory)
        var known = Set<String>()
        var evaluator = DetectionEvaluator()
        for image in dataset.images {
            let key = COCOPredictions.key(forImageID: image.stem)
            guard known.insert(key).inserted else {
                throw CLIError.invalid("\(imagesDirectory): two images have the image id '\(key)' ('\(image.name)' is the second)")
            }
            let size = try ImageDecoder.size(path: image.path)
            let (h, w) = (size.orientedHeight, size.orientedWidth)
            let relative = image.name.lastIndex(of: ".").map { String(image.name[..<$0]) } ?? image.name
            let labelPath = labelsDirectory + "/" + relative + ".txt"
            let labels = FileManager.default.fileExists(atPath: labelPath) ? try YOLOLabels.read(path: labelPath) : []
            let boxes = try labels.map { label -> LabelBox in
                guard let letterbox else { return label.box(imageWidth: w, imageHeight: h) }
                return try letterbox.geometry(height: h, width: w).validatorLabelBox(label)
            }
            evaluator.add(predictions: predictions.detections(forStem: image.stem), labels: boxes)
        }
        let unknown = predictions.imageKeys.filter { !known.contains($0) }
        if let first = unknown.first {
            throw CLIError.invalid("\(predictionsPath): \(unknown.count) image id\(unknown.count == 1 ? "" : "s") not among the images in \(imagesDirectory), for example '\(first)'")
        }
        let section = MetricsSection(evaluator.metrics(), arithmetic: nil, names: COCO.names)
        let report = MetricsReport(predictions: predictionsPath, labelsDirectory: labelsDirectory, imagesDirectory: imagesDirectory,
                                   labelBoxes: letterbox.map { "validator round trip at imgsz \($0.size)" } ?? "own boxes", metrics: section)
        if let out = args.string("json") {
            try Output.write(JSONReport.jsonText(report), to: out, console: console)
            if out == "-" { return }
        }
        console.print(TableRenderer().render(report))
    }

    /// `…/labels` → `…/images`.
    static func defaultImages(_ labels: String) -> String {
        let parts = labels.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.last == "labels" else { return labels + "/../images" }
        return (parts.dropLast() + ["images"]).joined(separator: "/")
    }
}
