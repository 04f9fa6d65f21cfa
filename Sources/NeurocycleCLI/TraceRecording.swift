import NCFormats
import NCModel
import NCTrace

#if canImport(Glibc)
import Glibc
#endif

/// `--record`: writes a run's spikes to a `.nctrace` file. The file appears only when complete;
/// an error or an interrupt (Ctrl-C, SIGTERM) leaves nothing behind.
struct TraceRecording {
    let path: String
    let identity: TraceIdentity

    init(path: String, model: SpikeYOLOModel, image: InputImage, inputName: String) throws {
        self.path = path
        let modelHash: String
        switch model.origin {
        case .checkpoint(let file, _): modelHash = try TraceIdentity.sha256Hex(file: file)
        case let .synthetic(scale, seed):
            let recipe = "synthetic SpikeYOLO scale \(scale) seed \(seed) classes \(model.blueprint.spec.classCount)"
            modelHash = SHA256.hex(SHA256.hash(Array(recipe.utf8)))
        }
        identity = TraceIdentity(modelName: model.displayName, modelSHA256: modelHash, inputName: inputName,
                                 inputSHA256: TraceIdentity.sha256Hex(pixels: image.values))
    }

    /// Writes every stored (timestep, population) chunk, then renames the file into place.
    func write(topology: NetworkTopology, spikes: [[[UInt8]]]) throws {
        let writer = try TraceWriter(path: path, topology: topology, identity: identity)
        let token = writer.temporaryPath.map { InterruptCleanup.register($0) }
        defer { token.map { InterruptCleanup.unregister($0) } }
        do {
            for (t, step) in spikes.enumerated() {
                for (p, pop) in topology.populations.enumerated() where pop.aliasOf == nil {
                    try writer.write(timestep: t, population: p, spikes: step[p])
                }
            }
            try writer.finish()
        } catch {
            writer.abandon()
            throw error
        }
    }
}

/// Deletes registered temporary files if the process is interrupted, so an interrupted
/// `--record` leaves no partial output.
enum InterruptCleanup {
    nonisolated(unsafe) private static var paths = [UnsafeMutablePointer<CChar>?](repeating: nil, count: 8)
    nonisolated(unsafe) private static var installed = false

    /// Registers `path`; returns a slot for `unregister`.
    static func register(_ path: String) -> Int {
        if !installed {
            installed = true
            signal(SIGINT, handler)
            signal(SIGTERM, handler)
        }
        for i in paths.indices where paths[i] == nil {
            paths[i] = strdup(path)
            return i
        }
        return -1
    }

    /// Forgets slot `i` (the file was renamed or deleted normally).
    static func unregister(_ i: Int) {
        guard i >= 0, i < paths.count else { return }
        free(paths[i])
        paths[i] = nil
    }

    private static let handler: @convention(c) (Int32) -> Void = { sig in
        // Only async-signal-safe calls here: unlink and _exit.
        for p in InterruptCleanup.paths { if let p { unlink(p) } }
        _exit(128 + sig)
    }
}
