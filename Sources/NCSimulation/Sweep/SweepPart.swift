import Foundation

/// A sweep's results, whole or one shard's (`--shard i/n --part p.ncpart`): the plan it belongs
/// to and the measurement of every point done. A part is JSON (`"format":
/// "neurocycle-sweep-part"`); it is rewritten whole, under a temporary name then renamed, as
/// points finish, so after an interruption it holds exactly the finished points (`complete`
/// false) and `--resume` runs only the others. `merged` joins complete shards into the whole.
public struct SweepPart: Codable, Equatable, Sendable {
    /// What a sweep part file says it is.
    public static let formatName = "neurocycle-sweep-part"
    /// The version of the part layout this neurocycle writes and reads.
    public static let currentVersion = 1

    /// `neurocycle-sweep-part`.
    public var format = SweepPart.formatName
    /// Layout version.
    public var version = SweepPart.currentVersion
    /// The sweep's identity (`SweepPlan.digest`): parts merge only with parts of the same sweep.
    public var sweep: String
    /// Which slice of the plan's points.
    public var shard: Shard
    /// Points of the whole plan.
    public var totalPoints: Int
    /// Whether every point of the shard is measured.
    public var complete: Bool
    /// The traces, base config names, axes and pairing of the plan.
    public var traces: [SweepPlan.Trace]
    /// The `--hw` names, in order.
    public var hardware: [String]
    /// The `--vary` axes.
    public var axes: [SweepAxis]
    /// `--zip`.
    public var zip: Bool
    /// The points measured, by index.
    public var points: [SweepMeasurement]

    enum CodingKeys: String, CodingKey {
        case format, version, sweep, shard, totalPoints = "total_points", complete, traces, hardware = "hw", axes, zip, points
    }

    /// An empty part of `plan` for `shard`.
    public init(plan: SweepPlan, digest: String, shard: Shard) {
        sweep = digest
        self.shard = shard
        totalPoints = plan.points.count
        complete = shard.range(total: plan.points.count).isEmpty
        traces = plan.traces
        hardware = plan.bases.map(\.name)
        axes = plan.axes
        zip = plan.zip
        points = []
    }

    /// The indices of the points this part's shard covers.
    public var range: Range<Int> { shard.range(total: totalPoints) }

    /// Adds `m` (replacing an earlier measurement of the same point) and keeps points in order.
    public mutating func record(_ m: SweepMeasurement) {
        points.removeAll { $0.index == m.index }
        let at = points.firstIndex { $0.index > m.index } ?? points.count
        points.insert(m, at: at)
        complete = points.count == range.count
    }

    /// The part as JSON text (keys sorted, so equal parts are equal bytes).
    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array(try encoder.encode(self)) + [0x0A]
    }

    /// The part in `bytes`, checked: its format, version, shard, and points inside the shard,
    /// each once and in order. `path` names the file in errors.
    public static func decode(_ bytes: [UInt8], path: String) throws -> SweepPart {
        let part: SweepPart
        do {
            part = try JSONDecoder().decode(SweepPart.self, from: Data(bytes))
        } catch {
            throw SweepError.part(path: path, "not a readable sweep part (damaged, or not written by neurocycle sweep --part)")
        }
        guard part.format == formatName else { throw SweepError.part(path: path, "not a sweep part (format '\(part.format)')") }
        guard part.version == currentVersion else {
            throw SweepError.part(path: path, "sweep part version \(part.version) is not supported (this neurocycle reads \(currentVersion))")
        }
        guard (1...Shard.maxCount).contains(part.shard.count), (1...part.shard.count).contains(part.shard.index),
              (0...SweepPlan.maxPoints).contains(part.totalPoints) else {
            throw SweepError.part(path: path, "its shard \(part.shard) or point count \(part.totalPoints) is impossible")
        }
        let range = part.range
        var previous = -1
        for p in part.points {
            guard range.contains(p.index), p.index > previous else {
                throw SweepError.part(path: path, "point \(p.index) is outside shard \(part.shard) (\(range.lowerBound)..<\(range.upperBound)) or out of order")
            }
            previous = p.index
        }
        guard part.complete == (part.points.count == range.count) else {
            throw SweepError.part(path: path, "says it is \(part.complete ? "" : "not ")complete but holds \(part.points.count) of \(range.count) points")
        }
        return part
    }

    /// Reads and checks the part at `path`.
    public static func read(path: String) throws -> SweepPart {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SweepError.part(path: path, "cannot be read")
        }
        return try decode(Array(data), path: path)
    }

    /// Whether `bytes` (a file's first bytes suffice) are a sweep part rather than a dataset
    /// part: `encoded` writes `"format":"neurocycle-sweep-part"` after only the `complete` key.
    public static func looksLikeSweepPart(_ bytes: [UInt8]) -> Bool {
        let marker = Array("\"format\":\"\(formatName)\"".utf8)
        let head = bytes.prefix(256)
        guard head.count >= marker.count else { return false }
        return (0...(head.count - marker.count)).contains { i in head[i..<(i + marker.count)].elementsEqual(marker) }
    }
}

extension SweepPart {
    /// The shards `parts` (named `names` in errors) joined into the whole sweep: every part of
    /// the same sweep, complete, each shard of the same count exactly once. The result equals
    /// the part an unsharded run writes.
    public static func merged(_ parts: [SweepPart], names: [String]) throws -> SweepPart {
        guard var whole = parts.first else { throw SweepError.merge("no parts") }
        let count = whole.shard.count
        var seen = [Int: String]()
        for (part, name) in Swift.zip(parts, names) {
            guard part.sweep == whole.sweep, part.totalPoints == whole.totalPoints else {
                throw SweepError.part(path: name, "belongs to another sweep than \(names[0]) (other traces, configs, --vary values or energy constants)")
            }
            guard part.shard.count == count else {
                throw SweepError.part(path: name, "is shard \(part.shard), \(names[0]) is one of \(count)")
            }
            if let other = seen[part.shard.index] {
                throw SweepError.part(path: name, "shard \(part.shard) is also given as \(other)")
            }
            seen[part.shard.index] = name
            guard part.complete else {
                throw SweepError.part(path: name, "holds \(part.points.count) of \(part.range.count) points of shard \(part.shard): "
                    + "finish it with the same sweep command and --resume")
            }
        }
        let missing = (1...count).filter { seen[$0] == nil }
        guard missing.isEmpty else {
            throw SweepError.merge("shard\(missing.count > 1 ? "s" : "") \(missing.prefix(10).map { "\($0)/\(count)" }.joined(separator: ", ")) "
                + "missing (give every part of the sweep)")
        }
        whole.shard = .whole
        whole.points = parts.sorted { $0.shard.index < $1.shard.index }.flatMap(\.points)
        whole.complete = true
        return whole
    }

    /// The points of each trace not dominated in (latency, energy) by another mapped point of
    /// the same trace: no other is at least as fast and as frugal and better in one. Indices
    /// into `points`, in order of latency.
    public var paretoFront: [Int] {
        var front = [Int]()
        for trace in Set(points.map(\.trace)).sorted() {
            let candidates = points.indices.filter { points[$0].trace == trace && points[$0].mapped }
            let pairs = candidates.map { (k: $0, x: points[$0].latencySeconds ?? .infinity, y: points[$0].energyMillijoules ?? .infinity) }
            front += Pareto.front(pairs.map { ($0.x, $0.y) }).map { pairs[$0].k }
        }
        return front
    }
}

/// The Pareto front of points to minimise in both coordinates.
public enum Pareto {
    /// Indices of the points no other point dominates (≤ in both, < in one), sorted by x then y.
    /// Equal points are all kept. O(n log n).
    public static func front(_ points: [(x: Double, y: Double)]) -> [Int] {
        let order = points.indices.sorted { (points[$0].x, points[$0].y, $0) < (points[$1].x, points[$1].y, $1) }
        var out = [Int]()
        var bestY = Double.infinity
        var last: (x: Double, y: Double)?
        for k in order {
            let p = points[k]
            if p.y < bestY || (last.map { $0.x == p.x && $0.y == p.y } ?? false) {
                out.append(k)
                bestY = min(bestY, p.y)
                last = p
            }
        }
        return out
    }
}
