import Foundation
import NCEnergy
import NCFormats
import NCHardware
import NCModel
import Synchronization

extension Simulation {
    /// Runs shard `shard` of `dataset`: every image decoded, letterboxed, run (reference or chip)
    /// and counted, with threads across images. Returns the part: sums per input shape and one
    /// row per image, identical for any thread count.
    ///
    /// Before any image runs, every image's header is read, its letterbox geometry computed and
    /// its labels parsed, so an unreadable header, an impossible geometry or a bad label file
    /// stops the run at once (the first in list order). A pixel error found while decoding stops
    /// it as soon as it is found (the first in list order among the failures). Memory: one
    /// decoded image and one run per worker, plus the rows.
    ///
    /// `progress(done, total)` is called after each image, from the worker threads.
    public static func dataset(_ family: GraphFamily, dataset: Dataset, shard: Shard = .whole, settings: DatasetSettings,
                               progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> DatasetPart {
        let range = shard.range(total: dataset.images.count)
        let keep = settings.command != "estimate" && (settings.keepDetections || dataset.hasLabels)
        let plans = try range.map {
            try DatasetImagePlan(dataset.images[$0], index: $0, letterbox: settings.letterbox, keepsDetections: keep)
        }
        let nominal = try family.topology(height: settings.letterbox.size, width: settings.letterbox.size)
        let network = DatasetNetwork(nominal, classNames: family.model.classNames)
        let total = plans.count
        let workers = max(1, min(settings.run.threads, total))
        var perImage = settings.run
        perImage.threads = max(1, settings.run.threads / workers)

        let queue = Mutex(WorkQueue())
        let work = UncheckedSendable({ (_: Int) in
            var sums = [ShapeKey: ShapeSums]()
            var rows = [ImageRow]()
            while let k = queue.withLock({ $0.next(total) }) {
                do {
                    let (row, contribution) = try plans[k].run(family, settings: settings, runSettings: perImage, network: network)
                    try contribution.add(to: &sums)
                    rows.append(row)
                    let done = queue.withLock { q -> Int in
                        q.done += 1
                        return q.done
                    }
                    progress?(done, total)
                } catch {
                    let failure = plans[k].failure(error)
                    queue.withLock { $0.fail(k, failure) }
                }
            }
            queue.withLock { q in
                q.rows += rows
                do {
                    for (key, s) in sums { q.sums[key] = try q.sums[key].map { try $0.adding(s) } ?? s }
                } catch {
                    q.fail(-1, error as? DatasetError ?? .merge("\(error)"))
                }
            }
        })
        DispatchQueue.concurrentPerform(iterations: workers) { work.value($0) }
        let finished = queue.withLock { $0 }
        if let failure = finished.failure { throw failure.error }
        let shapes = finished.sums.sorted { ($0.key.height, $0.key.width) < ($1.key.height, $1.key.width) }.map(\.value)
        let rows = finished.rows.sorted { $0.index < $1.index }
        return DatasetPart(identity: identity(dataset, settings: settings, family: family), shard: shard, network: network,
                           shapes: shapes, images: rows)
    }

    /// The identity a dataset run's part records.
    static func identity(_ dataset: Dataset, settings: DatasetSettings, family: GraphFamily) -> DatasetIdentity {
        var hardware: String?, hardwareSHA256: String?, compared = false, components: [String]?
        if case let .chip(config, compare) = settings.engine {
            hardware = config.name
            hardwareSHA256 = configDigest(config)
            if case .fixed = config.arithmetic { compared = compare }
            components = EnergyBreakdown.names
        }
        let model = family.model
        return DatasetIdentity(
            command: settings.command, model: settings.model.name, modelSHA256: settings.model.sha256,
            scale: model.blueprint.spec.scale, parameters: model.blueprint.parameterCount, data: dataset.source,
            dataKind: dataset.kind.rawValue, imageCount: dataset.images.count, listSHA256: dataset.listSHA256,
            labels: dataset.hasLabels, imgsz: settings.letterbox.size, letterbox: settings.letterbox.mode.rawValue,
            arithmetic: settings.arithmetic, hardware: hardware, hardwareSHA256: hardwareSHA256, compared: compared,
            confidence: settings.run.confidence, iou: settings.run.iou, multiLabel: settings.run.multiLabel,
            paperMACPicojoules: settings.run.paperMACPicojoules, paperACPicojoules: settings.run.paperACPicojoules,
            annMACPicojoules: settings.run.annMACPicojoules, energyComponents: components)
    }
}

extension Simulation {
    /// SHA-256 of a hardware config's JSON (keys sorted), so parts made on different machines
    /// from equal configs agree.
    static func configDigest(_ config: HardwareConfig) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(config)).map { SHA256.hex(SHA256.hash(Array($0))) }
    }
}

/// Which image comes next, and what the workers found.
struct WorkQueue {
    var taken = 0
    var done = 0
    var stopped = false
    var failure: (index: Int, error: DatasetError)?
    var rows = [ImageRow]()
    var sums = [ShapeKey: ShapeSums]()

    /// The next image to run, or nil when all are taken or the run failed.
    mutating func next(_ total: Int) -> Int? {
        guard !stopped, taken < total else { return nil }
        taken += 1
        return taken - 1
    }

    /// Records a failure; the first in list order wins.
    mutating func fail(_ index: Int, _ error: DatasetError) {
        stopped = true
        if failure.map({ index < $0.index }) ?? true { failure = (index, error) }
    }
}

/// An input shape.
struct ShapeKey: Hashable {
    var height: Int
    var width: Int
}
