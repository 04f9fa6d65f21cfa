import NCEnergy
import NCFormats
import NCModel

/// One image of a dataset run, checked before anything runs: its header read (size and EXIF
/// orientation), its letterbox geometry computed and its labels parsed into the boxes the
/// evaluator compares with.
struct DatasetImagePlan: Sendable {
    var image: DatasetImage
    var index: Int
    var letterbox: Letterbox
    var geometry: LetterboxGeometry
    /// Labels in original pixels (nil: the image has no label file).
    var labels: [LabelBox]?
    /// Whether the row keeps the detections (accuracy or `--save-predictions`).
    var keepsDetections: Bool

    /// Reads the header and the labels of `image`; throws `DatasetError.image` naming the file.
    init(_ image: DatasetImage, index: Int, letterbox: Letterbox, keepsDetections: Bool) throws {
        self.image = image
        self.index = index
        self.letterbox = letterbox
        self.keepsDetections = keepsDetections
        do {
            let size = try ImageDecoder.size(path: image.path)
            let (h, w) = (size.orientedHeight, size.orientedWidth)
            let (pixels, overflow) = w.multipliedReportingOverflow(by: h)
            guard !overflow, pixels <= ImageDecoder.defaultMaxPixels else {
                throw DatasetError.image(path: image.path, "image of \(w) × \(h) pixels is larger than the limit of \(ImageDecoder.defaultMaxPixels) pixels")
            }
            geometry = try letterbox.geometry(height: h, width: w)
        } catch let e as DatasetError {
            throw e
        } catch let e as FormatError {
            throw DatasetError.image(path: image.path, e.problem)
        } catch {
            throw DatasetError.image(path: image.path, "\(error)")
        }
        guard let labelPath = image.labelPath else { return }
        do {
            let g = geometry
            labels = try YOLOLabels.read(path: labelPath).map { label in
                // The validator compares with labels carried through its letterbox and back;
                // the predictor has no labels, so rect and square use the labels' own boxes.
                g.mode == .val ? g.validatorLabelBox(label) : label.box(imageWidth: g.originalWidth, imageHeight: g.originalHeight)
            }
        } catch let e as EvaluationError {
            throw DatasetError.image(path: labelPath, Self.problem(e))
        } catch let e as FormatError {
            throw DatasetError.image(path: labelPath, e.problem)
        }
    }

    /// `error` as the failure of this image (the message names the image's file once).
    func failure(_ error: any Error) -> DatasetError {
        switch error {
        case let e as DatasetError: return e
        case let e as FormatError: return .image(path: image.path, e.problem)
        case let e as ModelFileError: return .image(path: image.path, "\(e.error)")
        default: return .image(path: image.path, "\(error)")
        }
    }

    /// An evaluation error's message without a file name.
    static func problem(_ e: EvaluationError) -> String {
        if case .inFile(_, let inner) = e { return problem(inner) }
        return e.description
    }

    /// Decodes, letterboxes and runs the image; returns its row and its share of the sums.
    func run(_ family: GraphFamily, settings: DatasetSettings, runSettings: RunSettings,
             network: DatasetNetwork) throws -> (ImageRow, ShapeContribution) {
        let rgb = try ImageDecoder.decode(path: image.path)
        guard rgb.height == geometry.originalHeight, rgb.width == geometry.originalWidth else {
            throw DatasetError.image(path: image.path, "decodes to \(rgb.width)x\(rgb.height) pixels, its header said "
                + "\(geometry.originalWidth)x\(geometry.originalHeight)")
        }
        let input = try letterbox.apply(rgb: rgb.pixels, height: rgb.height, width: rgb.width).inputImage()
        let graph = try family.graph(height: geometry.inputHeight, width: geometry.inputWidth)
        guard graph.topology.populations.map(\.name) == network.populations else {
            throw DatasetError.image(path: image.path, "the graph for \(geometry.inputHeight)x\(geometry.inputWidth) has other populations than the nominal one")
        }
        var outcome: Outcome
        switch settings.engine {
        case .reference(let precision):
            outcome = try Simulation.reference(graph, image: input, precision: precision, settings: runSettings)
        case let .chip(config, compare):
            outcome = try Simulation.chip(graph, image: input, config: config, compare: compare, settings: runSettings)
        }
        outcome = outcome.mapped(to: geometry)
        return (row(outcome, settings: settings), ShapeContribution(outcome, geometry: geometry))
    }

    /// The image's row.
    func row(_ o: Outcome, settings: DatasetSettings) -> ImageRow {
        let t = o.topology.timesteps
        var row = ImageRow(
            index: index, name: image.name, stem: image.stem, originalHeight: geometry.originalHeight,
            originalWidth: geometry.originalWidth, inputHeight: geometry.inputHeight, inputWidth: geometry.inputWidth,
            spikes: o.totalSpikes, neuronTimesteps: o.topology.neuronCount * t, sops: o.convs.reduce(0) { $0 + $1.sops },
            paperMillijoules: o.paper.snnMillijoules, chip: nil, labels: labels.map { $0.map(LabelRecord.init) },
            detections: nil, referenceDetections: nil)
        let keep = keepsDetections
        if keep {
            row.detections = (o.detections ?? []).map(DetectionRecord.init)
        }
        if let chip = o.chip {
            row.chip = ChipRow(
                millijoules: chip.energy.total.totalPicojoules * 1e-9,
                breakdown: chip.energy.total.components.map { $0.picojoules * 1e-9 },
                cycles: chip.result.timing.cycles, latencySeconds: chip.result.latencySeconds,
                events: chip.result.timing.layers.reduce(0) { $0 + $1.deliveries },
                differingSpikes: chip.comparison?.differingSpikes, unmatchedDetections: chip.comparison?.unmatchedDetections)
            if keep, let comparison = chip.comparison {
                let scaling = geometry.boxScaling
                row.referenceDetections = comparison.referenceDetections.map { DetectionRecord(scaling.toOriginal($0)) }
            }
        }
        return row
    }
}

/// One image's share of its shape's sums.
struct ShapeContribution {
    var key: ShapeKey
    var sums: ShapeSums

    init(_ o: Outcome, geometry: LetterboxGeometry) {
        key = ShapeKey(height: geometry.inputHeight, width: geometry.inputWidth)
        sums = ShapeSums(
            height: key.height, width: key.width, images: 1, neurons: o.populations.map(\.count),
            spikes: o.populations.map(\.spikes), histograms: o.populations.map(\.histogram),
            macs: o.topology.macs * o.topology.timesteps, sops: o.convs.map(\.sops), nonzeroSOPs: o.convs.map(\.nonzeroSOPs),
            events: o.chip.map { $0.result.timing.layers.reduce(0) { $0 + $1.deliveries } })
    }

    /// Adds this image to `sums`.
    func add(to all: inout [ShapeKey: ShapeSums]) throws {
        all[key] = try all[key].map { try $0.adding(sums) } ?? sums
    }
}

extension ShapeSums {
    /// Both groups' sums, for the same shape. Throws `DatasetError.merge` when a sum overflows
    /// (only a crafted part file can get there).
    func adding(_ other: ShapeSums) throws -> ShapeSums {
        func add(_ a: Int, _ b: Int) throws -> Int {
            let (s, overflow) = a.addingReportingOverflow(b)
            guard !overflow else { throw DatasetError.merge("the sums for \(height)x\(width) inputs overflow 64-bit integers") }
            return s
        }
        func add(_ a: [Int], _ b: [Int]) throws -> [Int] { try zip(a, b).map { try add($0, $1) } }
        var s = self
        s.images = try add(images, other.images)
        s.spikes = try add(spikes, other.spikes)
        s.histograms = try zip(histograms, other.histograms).map { try add($0, $1) }
        s.sops = try add(sops, other.sops)
        s.nonzeroSOPs = try add(nonzeroSOPs, other.nonzeroSOPs)
        if let a = events, let b = other.events { s.events = try add(a, b) } else { s.events = nil }
        return s
    }
}
