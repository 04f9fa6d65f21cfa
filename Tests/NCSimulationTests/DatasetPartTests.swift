import Foundation
import NCModel
import XCTest

@testable import NCSimulation

/// Part files: the outcome's numbers from hand-made sums, the file form read back exactly,
/// hostile files refused without trapping, and merge equal to the whole.
final class DatasetPartTests: XCTestCase {
    /// One image of the hand-made dataset: its shape and per-population spikes and histograms.
    struct Image {
        var height: Int, width: Int
        var spikes: [Int], histograms: [[Int]], sops: [Int], paper: Double
    }

    /// Two populations (10 and 20 neurons at 32x32, 20 and 40 at 32x64), three layers (the
    /// encoding layer, one reading p0, one reading p1), T = 1, D = 4.
    static let images = [
        Image(height: 32, width: 32, spikes: [5, 8], histograms: [[6, 3, 1, 0, 0], [14, 4, 2, 0, 0]], sops: [0, 20, 10], paper: 1),
        Image(height: 32, width: 64, spikes: [12, 30], histograms: [[10, 8, 2, 0, 0], [20, 10, 10, 0, 0]], sops: [0, 30, 20], paper: 3),
        Image(height: 32, width: 32, spikes: [7, 2], histograms: [[4, 5, 1, 0, 0], [18, 2, 0, 0, 0]], sops: [0, 20, 15], paper: 2),
    ]

    static func neurons(_ image: Image) -> [Int] { image.width == 32 ? [10, 20] : [20, 40] }

    static let identity = DatasetIdentity(
        command: "run", model: "m.pt", modelSHA256: String(repeating: "ab", count: 32), scale: "t", parameters: 1, data: "data",
        dataKind: "folder", imageCount: 3, listSHA256: String(repeating: "cd", count: 32), labels: true, imgsz: 32, letterbox: "rect",
        arithmetic: "fp32", hardware: nil, hardwareSHA256: nil, compared: false, confidence: 0.001, iou: 0.7, multiLabel: true,
        paperMACPicojoules: 4.6, paperACPicojoules: 0.9, annMACPicojoules: 4.6, energyComponents: nil)

    static let network = DatasetNetwork(timesteps: 1, spikeLevels: 4, classes: 2, populations: ["p0", "p1"], layers: [
        PricedLayer(name: "enc", macs: 100, encoding: true, source: nil),
        PricedLayer(name: "l1", macs: 50, encoding: false, source: 0),
        PricedLayer(name: "l2", macs: 30, encoding: false, source: 1),
    ], classNames: ["a", "b"])

    /// The part of images `range`, its shape sums added up here by hand.
    static func part(_ range: Range<Int>, shard: Shard, identity: DatasetIdentity = identity) -> DatasetPart {
        var shapes = [String: ShapeSums]()
        var rows = [ImageRow]()
        for k in range {
            let image = images[k]
            let key = "\(image.height)x\(image.width)"
            var s = shapes[key] ?? ShapeSums(height: image.height, width: image.width, images: 0, neurons: neurons(image),
                                             spikes: [0, 0], histograms: [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0]],
                                             macs: image.width == 32 ? 180 : 360, sops: [0, 0, 0], nonzeroSOPs: [0, 0, 0], events: nil)
            s.images += 1
            for p in 0..<2 {
                s.spikes[p] += image.spikes[p]
                for l in 0..<5 { s.histograms[p][l] += image.histograms[p][l] }
            }
            for c in 0..<3 {
                s.sops[c] += image.sops[c]
                s.nonzeroSOPs[c] += image.sops[c]
            }
            shapes[key] = s
            // Image 0 finds its one object; image 1 has a wrong class; image 2 has no labels.
            let found = DetectionRecord(Detection(box: [0, 0, 10, 10], score: 0.9, classIndex: 0))
            rows.append(ImageRow(
                index: k, name: "i\(k).jpg", stem: "i\(k)", originalHeight: 30, originalWidth: 30, inputHeight: image.height,
                inputWidth: image.width, spikes: image.spikes.reduce(0, +), neuronTimesteps: neurons(image).reduce(0, +),
                sops: image.sops.reduce(0, +), paperMillijoules: image.paper, chip: nil,
                labels: k == 2 ? nil : [LabelRecord(LabelBox(classIndex: 0, box: [0, 0, 10, 10]))],
                detections: k == 1 ? [DetectionRecord(Detection(box: [0, 0, 10, 10], score: 0.5, classIndex: 1))] : (k == 0 ? [found] : []),
                referenceDetections: nil))
        }
        let sorted = shapes.values.sorted { ($0.height, $0.width) < ($1.height, $1.width) }
        return DatasetPart(identity: identity, shard: shard, network: network, shapes: sorted, images: rows)
    }

    static var whole: DatasetPart { part(0..<3, shard: .whole) }

    /// Rates and energies worked by hand from the images above.
    func testOutcomeFromSums() throws {
        let o = DatasetOutcome(Self.whole)
        XCTAssertEqual(o.images, 3)
        // test.py: p0 (5/10 + 12/20 + 7/10) / 3 = 0.6; p1 (8/20 + 30/40 + 2/20) / 3 = 1.25 / 3.
        XCTAssertEqual(o.populations[0].testPy, 0.6, accuracy: 1e-15)
        XCTAssertEqual(o.populations[1].testPy, 1.25 / 3, accuracy: 1e-15)
        // global: p0 24 / 40, p1 40 / 80.
        XCTAssertEqual(o.populations[0].global, 0.6)
        XCTAssertEqual(o.populations[1].global, 0.5)
        XCTAssertEqual(o.populations.map(\.spikes), [24, 40])
        XCTAssertEqual(o.populations.map(\.neuronTimesteps), [40, 80])
        // Paper at the nominal size: 4.6·100 + 0.9·(50·0.6 + 30·rate(p1)) pJ.
        XCTAssertEqual(o.paper.snnMillijoules, (460 + 0.9 * (30 + 12.5)) * 1e-9, accuracy: 1e-20)
        XCTAssertEqual(o.paperGlobal.snnMillijoules, (460 + 0.9 * (30 + 15)) * 1e-9, accuracy: 1e-20)
        XCTAssertEqual(o.paper.annMillijoules, 4.6 * 180 * 1e-9, accuracy: 1e-20)
        XCTAssertEqual(o.paperPerImage, Spread([1, 3, 2]))
        XCTAssertEqual([o.paperPerImage.min, o.paperPerImage.median, o.paperPerImage.max, o.paperPerImage.mean], [1, 2, 3, 2])
        XCTAssertEqual(o.totals.spikes, 64)
        XCTAssertEqual(o.totals.neurons, 30 + 60 + 30)
        XCTAssertEqual(o.totals.macs, 180 + 360 + 180)
        XCTAssertEqual(o.totals.sops, 30 + 50 + 35)
        XCTAssertEqual(o.shapes.map { [$0.height, $0.width, $0.images] }, [[32, 32, 2], [32, 64, 1]])
        // Accuracy: class 0 has two labels, one found (image 0), the other missed; class 1's
        // prediction has no label of its class. Recall 1/2 at every threshold.
        XCTAssertEqual(o.metrics.count, 1)
        XCTAssertEqual(o.metrics[0].name, "fp32")
        XCTAssertEqual(o.metrics[0].metrics.labels, 2)
        XCTAssertEqual(o.metrics[0].metrics.predictions, 2)
        XCTAssertEqual(o.metrics[0].metrics.perClass.map(\.classIndex), [0])
    }

    /// Medians of an even count average the middle pair, as numpy.median does.
    func testSpreadMedian() {
        XCTAssertEqual(Spread([4, 1, 3, 2]).median, 2.5)
        XCTAssertEqual(Spread([5]).median, 5)
        XCTAssertEqual(Spread([]).mean, 0)
    }

    func testFileRoundTripIsExact() throws {
        let part = Self.whole
        let bytes = try part.encoded()
        XCTAssertEqual(bytes.last, 0x0A)
        XCTAssertEqual(try DatasetPart.decode(Data(bytes), path: "p.ncpart"), part)
        XCTAssertEqual(try part.encoded(), bytes, "equal parts, equal bytes")
    }

    func testMergeOfShardsEqualsTheWhole() throws {
        for n in 1...3 {
            let parts = try (1...n).map { i -> DatasetPart in
                let shard = try Shard(index: i, count: n)
                return Self.part(shard.range(total: 3), shard: shard)
            }
            let merged = try DatasetPart.merged(parts.reversed(), names: [])
            XCTAssertEqual(merged, Self.whole, "\(n) shards")
            XCTAssertEqual(try merged.encoded(), try Self.whole.encoded())
        }
    }

    func testMergeRefusesIncompleteOrForeignParts() throws {
        let s1 = try Shard(index: 1, count: 2), s2 = try Shard(index: 2, count: 2)
        let a = Self.part(s1.range(total: 3), shard: s1), b = Self.part(s2.range(total: 3), shard: s2)
        func message(_ parts: [DatasetPart]) -> String {
            do { _ = try DatasetPart.merged(parts, names: ["a.ncpart", "b.ncpart"]) } catch { return "\(error)" }
            return "merged"
        }
        XCTAssertEqual(message([a]), "merge: 1 of 2 shards missing: 2/2")
        XCTAssertEqual(message([a, a]), "merge: a.ncpart and b.ncpart are both shard 1/2")
        XCTAssertEqual(message([]), "merge: no part files given")
        var other = Self.identity
        other.letterbox = "val"
        XCTAssertEqual(message([a, Self.part(s2.range(total: 3), shard: s2, identity: other)]),
                       "merge: b.ncpart is not from the same run as a.ncpart: its letterbox differs")
        XCTAssertEqual(message([a, Self.whole]), "merge: b.ncpart is shard 1/1 and a.ncpart is shard 1/2: the shard counts differ")
        XCTAssertEqual(message([b, a]), "merged")
    }

    /// Every way a decoded part can lie is refused with a message, never a trap.
    func testInconsistentPartsAreRefused() throws {
        func problem(_ edit: (inout DatasetPart) -> Void) -> String {
            var part = Self.whole
            edit(&part)
            do {
                _ = try DatasetPart.decode(Data(try part.encoded()), path: "x.ncpart")
            } catch {
                return "\(error)"
            }
            return "accepted"
        }
        XCTAssertEqual(problem { _ in }, "accepted")
        XCTAssertTrue(problem { $0.version = 2 }.contains("part file version 2; this build reads version 1"))
        XCTAssertTrue(problem { $0.format = "other" }.contains("not a neurocycle part file"))
        XCTAssertTrue(problem { $0.images.removeLast() }.contains("holds 2 rows"))
        XCTAssertTrue(problem { $0.images[1].index = 7 }.contains("images[1] has index 7"))
        XCTAssertTrue(problem { $0.shapes[0].spikes[0] += 1 }.contains("histogram of p0"))
        XCTAssertTrue(problem { $0.shapes[0].histograms[0][0] = -1 }.contains("histogram of p0"))
        XCTAssertTrue(problem { $0.shapes[0].histograms[1][4] = Int.max }.contains("overflow"))
        XCTAssertTrue(problem { $0.shapes[0].spikes = [Int.max, Int.max] }.contains("x.ncpart:"))
        XCTAssertTrue(problem { $0.images[0].spikes += 1 }.contains("do not add up"))
        XCTAssertTrue(problem { $0.shapes[0].neurons.append(1) }.contains("one entry per population"))
        XCTAssertTrue(problem { $0.network.layers[1].source = 9 }.contains("population 9"))
        // Found by the ncpart fuzz target: a name given twice trapped in the report's dictionary.
        XCTAssertTrue(problem { $0.network.populations[1] = $0.network.populations[0] }.contains("listed twice"))
        XCTAssertTrue(problem { $0.shard = Shard(uncheckedIndex: 3, count: 2) }.contains("not a valid shard"))
        XCTAssertTrue(problem { $0.identity.imgsz = 33 }.contains("imgsz 33"))
        XCTAssertTrue(problem { $0.images[0].detections?[0].detection.classIndex = 2 }.contains("class outside 0..<2"))
        XCTAssertTrue(problem { $0.images[0].paperMillijoules = -1 }.contains("negative"))
        XCTAssertTrue(problem { $0.shapes[0].height = 33 }.contains("not a multiple of 32"))
        XCTAssertTrue(problem { $0.images[0].chip = ChipRow(millijoules: 1, breakdown: [], cycles: 1, latencySeconds: 1, events: 1) }
            .contains("not a chip run"))
    }

    /// A truncated or damaged file is one `DatasetError.part` naming the file, whatever the damage.
    func testDamagedFilesNeverTrap() throws {
        let bytes = try Self.whole.encoded()
        for cut in 0..<bytes.count - 1 {
            XCTAssertThrowsError(try DatasetPart.decode(Data(bytes[..<cut]), path: "x.ncpart")) { error in
                guard case .part(let path, _)? = error as? DatasetError else { return XCTFail("\(error)") }
                XCTAssertEqual(path, "x.ncpart")
            }
        }
        var rng = TestRandom(seed: 13)
        for _ in 0..<2000 {
            var damaged = bytes
            for _ in 0..<(1 + rng.below(3)) { damaged[rng.below(damaged.count)] = UInt8(truncatingIfNeeded: rng.next()) }
            do {
                let part = try DatasetPart.decode(Data(damaged), path: "x.ncpart")
                _ = DatasetOutcome(part)  // what was accepted is consistent enough to compute on
            } catch let e as DatasetError {
                guard case .part = e else { return XCTFail("\(e)") }
                XCTAssertFalse("\(e)".contains("\n"))
            }
        }
    }
}
