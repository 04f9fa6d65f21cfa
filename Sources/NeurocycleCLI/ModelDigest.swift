import NCFormats
import NCModel

/// The SHA-256 that identifies a model in traces and part files: of the checkpoint file, or of
/// a synthetic model's recipe (scale, seed, classes), which determines its weights.
enum ModelDigest {
    static func sha256(_ model: SpikeYOLOModel) throws -> String {
        switch model.origin {
        case .checkpoint(let file, _):
            return try MappedFile(path: file).withBytes { SHA256.hex(SHA256.hash($0)) }
        case let .synthetic(scale, seed):
            let recipe = "synthetic SpikeYOLO scale \(scale) seed \(seed) classes \(model.blueprint.spec.classCount)"
            return SHA256.hex(SHA256.hash(Array(recipe.utf8)))
        }
    }
}
