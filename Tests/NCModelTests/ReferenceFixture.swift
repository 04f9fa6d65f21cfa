import Foundation
import NCFormats

@testable import NCModel

/// The authors' reference runs in `Tests/Fixtures` (see `Tests/Fixtures/README.md`), loaded for
/// comparison: spike sums per neuron call, folded-layer MACs, energy, head outputs.
struct ReferenceFixture {
    let name: String
    let json: [String: Any]

    init(_ input: String) throws {
        name = input
        json = try Paths.json(Fixtures.path("ref_t_\(input).json"))
    }

    /// `(name, sum, numel, hist)` of every neuron call, in execution order.
    var neuronCalls: [(name: String, sum: Int, count: Int, histogram: [Int])] {
        (json["events"] as? [[String: Any]] ?? []).compactMap { e in
            guard e["kind"] as? String == "mem_update", let n = e["name"] as? String, let s = e["sum"] as? Int,
                let c = e["numel"] as? Int, let h = e["hist"] as? [Int]
            else { return nil }
            return (n, s, c, h)
        }
    }

    /// `energy.reparam` numbers.
    var reparam: [String: Any] { (json["energy"] as? [String: Any])?["reparam"] as? [String: Any] ?? [:] }

    /// `reparam_layers`: name (without " (fused)"), MACs, rate.
    var reparamLayers: [(name: String, macs: Int, rate: Double?)] {
        (json["reparam_layers"] as? [[String: Any]] ?? []).map {
            let n = ($0["name"] as? String ?? "").replacingOccurrences(of: " (fused)", with: "")
            return (n, $0["macs"] as? Int ?? 0, $0["rate"] as? Double)
        }
    }

    /// The input image of this run.
    func image() throws -> InputImage {
        let file = json["input"] as? String ?? "input\(name).npy"
        let t = try Npy.read(path: Fixtures.path(file))
        return try InputImage(shape: t.shape, values: t.floats())
    }

    /// A `.npy` fixture as floats.
    static func floats(_ file: String) throws -> (shape: [Int], values: [Float]) {
        let t = try Npy.read(path: Fixtures.path(file))
        return (t.shape, t.floats())
    }
}

/// The fixture checkpoints, each loaded once for all tests.
enum FixtureModel {
    nonisolated(unsafe) private static var cached: [String: SpikeYOLOModel] = [:]
    private static let lock = NSLock()

    /// `spikeyolo-t.pt` (COCO, t scale).
    static func t() throws -> SpikeYOLOModel { try load("spikeyolo-t.pt") }

    /// `gen1/spikeyolo-gen1-p.pt` (Gen1, p scale).
    static func gen1() throws -> SpikeYOLOModel { try load("gen1/spikeyolo-gen1-p.pt") }

    /// The checkpoint fixture `name`.
    static func load(_ name: String) throws -> SpikeYOLOModel {
        lock.lock()
        defer { lock.unlock() }
        if let m = cached[name] { return m }
        let m = try SpikeYOLOModel.load(path: Fixtures.path(name))
        cached[name] = m
        return m
    }
}
