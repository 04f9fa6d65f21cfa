import NCFormats
import NCModel
import NCTrace

/// `--record`: writes a run's spikes to a `.nctrace` file. The file appears only when complete;
/// an error or an interrupt (Ctrl-C, SIGTERM) leaves nothing behind.
struct TraceRecording {
    let path: String
    let identity: TraceIdentity
    let source: TraceSource

    /// A recording of `model` on `frames`, whose spikes `command` computes in `arithmetic` on the
    /// chip `hardware` (nil: the integer reference).
    init(path: String, model: SpikeYOLOModel, frames: InputFrames, inputName: String, command: String, arithmetic: Arithmetic,
         hardware: String?) throws {
        self.path = path
        source = TraceSource(arithmetic: arithmetic.name, hardware: hardware, command: command,
                             modelScale: model.blueprint.spec.scale, modelParameters: model.blueprint.parameterCount)
        identity = TraceIdentity(modelName: model.displayName, modelSHA256: try ModelDigest.sha256(model), inputName: inputName,
                                 inputSHA256: TraceIdentity.sha256Hex(pixels: frames.values))
    }

    /// Writes every stored (timestep, population) chunk (`TraceWriter.write`, each timestep's
    /// populations encoded on up to `threads` threads), then renames the file into place.
    func write(topology: NetworkTopology, spikes: [[[UInt8]]], threads: Int) throws {
        AtomicFile.installInterruptHandler()
        try TraceWriter.write(path: path, topology: topology, identity: identity, source: source, spikes: spikes, threads: threads)
    }
}
