import NCFormats
import NCModel

extension FuzzTarget {
    /// A PyTorch / ultralytics checkpoint (zip + pickle + tensor storages), as
    /// `neurocycle inspect` reads it: the checkpoint, then the model built from it.
    static let torch = FuzzTarget(name: "torch", fileExtension: "pt") { input in
        inspectCheckpoint(input)
    }

    /// A `.safetensors` checkpoint, as `neurocycle inspect` reads it (the same entry point as
    /// `torch`; the seeds and dictionary differ).
    static let safetensors = FuzzTarget(name: "safetensors", fileExtension: "safetensors") { input in
        inspectCheckpoint(input)
    }

    /// What `InspectCommand` does with a checkpoint: load it, summarise its tensors, and try
    /// to build the SpikeYOLO model it describes (`run --model` does the same load).
    static func inspectCheckpoint(_ input: FuzzInput) {
        guard let ultralytics = FuzzCheck.reading(input.path, { try UltralyticsCheckpoint.load(path: input.path) }) else { return }
        let checkpoint = ultralytics.file
        var elements = 0
        for (_, tensor) in checkpoint.tensors {
            elements &+= tensor.count
            _ = tensor.dtype.rawValue
        }
        precondition(checkpoint.parameterCount >= 0 && checkpoint.parameterCount <= elements,
                     "parameter count \(checkpoint.parameterCount) above the tensors' \(elements) elements")
        for (_, attributes) in checkpoint.moduleAttributes {
            if let v = attributes["eps"] { _ = v.doubleValue }
        }
        _ = FuzzCheck.reading(input.path) { try SpikeYOLOModel.load(path: input.path).blueprint.parameterCount }
    }
}
