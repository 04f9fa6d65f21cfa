import NCModel
import NCTrace

/// Writes the seeds only the library can make (`bash Fuzz/run.sh --make-seeds`): traces of the
/// fuzz network, written by `TraceWriter` exactly as `simulate --record` writes them.
enum SeedWriter {
    static func write(corpus: String) throws {
        let identity = TraceIdentity(
            modelName: "fuzz network", modelSHA256: String(repeating: "ab", count: 32), inputName: "pattern",
            inputSHA256: String(repeating: "cd", count: 32), creator: "neurocycle fuzz seeds")
        let zeros = FuzzNetwork.spikes.map { $0.map { [UInt8](repeating: 0, count: $0.count) } }
        let dense = FuzzNetwork.spikes.map { $0.map { p in p.indices.map { UInt8($0 % 5) } } }
        for target in ["trace", "replay"] {
            for (name, spikes) in [("pattern", FuzzNetwork.spikes), ("zeros", zeros), ("dense", dense)] {
                try TraceWriter.write(path: "\(corpus)/\(target)/\(name).nctrace", topology: FuzzNetwork.topology,
                                      identity: identity, spikes: spikes)
            }
        }
    }
}
