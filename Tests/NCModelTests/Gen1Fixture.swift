import Foundation
import NCFormats

@testable import NCModel

/// The authors' Gen1 reference run (`Tests/Fixtures/gen1/ref_gen1_p_synth_dev*.{json,npz,npy}`,
/// provenance in `Tests/Fixtures/README.md`): the p-scale Gen1 checkpoint on the frames of
/// `synth_dev_frames.npy`, every `MultiStepLIFNode` population per timestep, in FP32 and FP64.
struct Gen1Fixture {
    let json: [String: Any]

    init() throws {
        json = try Paths.json(Fixtures.path("gen1/ref_gen1_p_synth_dev.json"))
    }

    /// One population's reference counts.
    struct Population {
        var name: String
        var count: Int
        var perTimestep: [(sum: Int, histogram: [Int])]
    }

    /// The populations of `precision` (`fp32`, `fp64`) in execution order.
    func populations(_ precision: String) -> [Population] {
        let all = json[precision] as? [String: Any] ?? [:]
        return (json["populations_in_execution_order"] as? [String] ?? []).compactMap { name in
            guard let p = all[name] as? [String: Any], let shape = p["shape"] as? [Int], let per = p["per_t"] as? [[String: Any]] else {
                return nil
            }
            return Population(name: name, count: shape.dropFirst().reduce(1, *),
                              perTimestep: per.map { ($0["sum"] as? Int ?? -1, $0["hist"] as? [Int] ?? []) })
        }
    }

    /// `totals.<precision>`.
    func totals(_ precision: String) -> [String: Any] { (json["totals"] as? [String: Any])?[precision] as? [String: Any] ?? [:] }

    /// The model input.
    static func frames() throws -> InputFrames {
        try InputFrames(tensor: Npy.read(path: Fixtures.path("gen1/synth_dev_frames.npy")))
    }

    /// Per-channel spike sums `[T][C]` of population `name` in `precision` (`_chan.npz`).
    static func channelSums(_ precision: String, _ name: String) throws -> (shape: [Int], values: [Int64]) {
        let t = try NpzArchive(path: Fixtures.path("gen1/ref_gen1_p_synth_dev_chan.npz")).array(named: "\(precision)/\(name)")
        return (t.shape, t.int64s())
    }
}
