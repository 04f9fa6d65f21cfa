import Foundation
import NCFormats
import NCHardware

/// Every point of a sweep, in a fixed order: for each trace, for each base config (`--hw`), each
/// combination of the `--vary` values — the cross product with the last axis changing fastest,
/// or with `zip` the i-th value of every axis together. Every point's config is built and
/// validated when the plan is made, so a bad key or value stops the sweep before any replay.
public struct SweepPlan: Sendable {
    /// A base config: its name as given to `--hw` and its JSON text as written.
    public struct Base: Codable, Equatable, Sendable {
        /// The `--hw` argument (a file path or a preset name).
        public var name: String
        /// The config document as written (the file, or the preset's text).
        public var text: String
    }

    /// A recorded trace: its name (as given) and what identifies its spikes, whatever its path.
    public struct Trace: Codable, Equatable, Sendable {
        /// The path as given.
        public var name: String
        /// Identity of the recorded spikes (e.g. digests of model and input, size of the file).
        public var identity: String

        /// A trace.
        public init(name: String, identity: String) {
            self.name = name
            self.identity = identity
        }
    }

    /// One point: which trace, which base, the values of every axis, and the edited config.
    public struct Point: Sendable {
        /// Position in the plan, 0-based.
        public var index: Int
        /// Index into `traces`.
        public var trace: Int
        /// Index into `bases`.
        public var base: Int
        /// One value per axis, in axis order.
        public var values: [SweepValue]
        /// The base with the values set, validated.
        public var config: HardwareConfig
    }

    /// The traces, bases and axes the plan was made from.
    public let traces: [Trace], bases: [Base], axes: [SweepAxis]
    /// Whether the axes are paired (`--zip`) rather than crossed.
    public let zip: Bool
    /// Every point, in order.
    public let points: [Point]

    /// Most points one sweep may have.
    public static let maxPoints = 1_000_000

    /// The plan; throws `SweepError.vary` for a malformed grid (a key varied twice, `--zip`
    /// lists of different lengths, too many points) and `SweepError.config` for the first
    /// point whose config is not valid.
    public init(traces: [Trace], bases: [Base], axes: [SweepAxis], zip: Bool) throws {
        if let repeated = axes.enumerated().first(where: { k, a in axes[..<k].contains { $0.path == a.path } }) {
            throw SweepError.vary("--vary \(repeated.element.path) is given twice; list all its values in one --vary")
        }
        let combinations = try Self.combinations(axes, zip: zip)
        guard traces.count * bases.count * combinations.count <= Self.maxPoints else {
            throw SweepError.vary("the sweep has more than \(Self.maxPoints) points; split it over several sweeps")
        }
        // A config depends on the base and the values only: build each once, shared by every trace.
        var configs = [[HardwareConfig]]()
        for base in bases {
            configs.append(try combinations.map { values in
                try ConfigEdit.config(base: base.text, baseName: base.name,
                                      edits: Array(Swift.zip(axes.map(\.path), values)).map { (path: $0.0, value: $0.1) })
            })
        }
        // Validated, the values are kept in the form a part file reads back (`16.0` as `16`), so
        // a merged sweep reports them as the unsharded one does.
        var points = [Point]()
        for t in traces.indices {
            for b in bases.indices {
                for (c, values) in combinations.enumerated() {
                    points.append(Point(index: points.count, trace: t, base: b, values: values.map(\.canonical), config: configs[b][c]))
                }
            }
        }
        self.traces = traces
        self.bases = bases
        self.axes = axes.map { SweepAxis(path: $0.path, values: $0.values.map(\.canonical)) }
        self.zip = zip
        self.points = points
    }

    /// The value lists of every point of one trace and base.
    static func combinations(_ axes: [SweepAxis], zip: Bool) throws -> [[SweepValue]] {
        guard !axes.isEmpty else { return [[]] }
        if zip {
            let count = axes[0].values.count
            if let other = axes.first(where: { $0.values.count != count }) {
                throw SweepError.vary("--zip pairs the i-th values of every --vary, so each needs as many values: "
                    + "\(axes[0].path) has \(count), \(other.path) has \(other.values.count)")
            }
            return (0..<count).map { i in axes.map { $0.values[i] } }
        }
        var total = 1
        for a in axes {
            let (product, overflow) = total.multipliedReportingOverflow(by: a.values.count)
            guard !overflow, product <= maxPoints else {
                throw SweepError.vary("the sweep has more than \(maxPoints) points; split it over several sweeps")
            }
            total = product
        }
        var out: [[SweepValue]] = [[]]
        for a in axes {
            out = out.flatMap { prefix in a.values.map { prefix + [$0] } }
        }
        return out
    }

    /// What identifies this sweep in its part files: SHA-256 of the traces' identities, the
    /// bases' texts, the axes and `zip`, with `extra` (the energy constants of the run). Paths and
    /// preset or file names do not count, so shards may run from different directories.
    public func digest(extra: String) -> String {
        var text = "neurocycle sweep 1\n"
        for t in traces { text += "trace \(t.identity)\n" }
        for b in bases { text += "hw " + SHA256.hex(SHA256.hash(Array(b.text.utf8))) + "\n" }
        for a in axes { text += "vary \(a.path)=" + a.values.map(\.plain).map { $0.jsonText() }.joined(separator: ",") + "\n" }
        text += "zip \(zip)\n" + extra
        return SHA256.hex(SHA256.hash(Array(text.utf8)))
    }

    /// `{key path: value}` of a point.
    public func values(of point: Point) -> [String: SweepValue] {
        Dictionary(uniqueKeysWithValues: Swift.zip(axes.map(\.path), point.values))
    }
}

extension SweepPlan.Base {
    /// The base config `name` (a file, or else a built-in preset), checked as `--hw` checks it,
    /// and its text as written.
    public init(fileOrPreset name: String) throws {
        _ = try HardwareConfig.load(fileOrPreset: name)
        self.name = name
        if FileManager.default.fileExists(atPath: name), let data = FileManager.default.contents(atPath: name) {
            text = String(decoding: data, as: UTF8.self)
        } else {
            text = HardwareConfig.builtinPresetText(named: name) ?? ""
        }
    }
}
