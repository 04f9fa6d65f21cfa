import NCFormats
import NCModel

extension InspectReport {
    /// What `checkpoint`, read from `file`, holds. `model` is the SpikeYOLO model built from
    /// it, or nil with `architectureProblem` saying why it could not be; `listingTensors` adds
    /// every tensor.
    public init(file: String, checkpoint ultralytics: UltralyticsCheckpoint, model: SpikeYOLOModel?, architectureProblem: String?,
                listingTensors: Bool) {
        let checkpoint = ultralytics.file
        var dtypes = [String: Int]()
        for (_, tensor) in checkpoint.tensors { dtypes[tensor.dtype.rawValue, default: 0] += 1 }
        // Parameters per top-level module: `model.<i>` in an ultralytics model, else the first
        // part of the name; names without a module are not counted.
        var order = [String]()
        var params = [String: Int]()
        for (name, tensor) in checkpoint.tensors {
            let parts = name.split(separator: ".")
            guard parts.count >= 2 else { continue }
            let top = parts[0] == "model" ? "model.\(parts[1])" : String(parts[0])
            if params[top] == nil { order.append(top) }
            params[top, default: 0] += checkpoint.parameterNames.contains(name) ? tensor.count : 0
        }
        if let model {
            // Modules without tensors (MS_GetT, Upsample, Concat) still belong in the list.
            order = model.blueprint.blocks.map { "model.\($0.index)" }
        }
        let classes = Dictionary(checkpoint.moduleClasses.map { ($0.path, $0.className) }, uniquingKeysWith: { a, _ in a })
        let modules = order.map { name in
            let blockClass = model.flatMap { m in m.blueprint.blocks.first { "model.\($0.index)" == name }?.className }
            return ModuleRow(name: name, className: classes[name] ?? blockClass ?? "?", params: params[name] ?? 0)
        }
        self.init(file: file, kind: ultralytics.kind.rawValue, params: checkpoint.parameterCount,
                  tensors: checkpoint.tensors.count, dtypes: dtypes, modules: modules)
        self.architectureProblem = architectureProblem
        if let model {
            scale = model.blueprint.spec.scale
            nc = model.blueprint.spec.classCount
            timesteps = model.blueprint.timesteps
            spikeLevels = model.weights.spikeLevels ?? 4
        }
        if listingTensors {
            tensorList = checkpoint.tensors.map { TensorRow(name: $0.name, dtype: $0.tensor.dtype.rawValue, shape: $0.tensor.shape) }
        }
        ultralyticsVersion = ultralytics.info.version
        ultralyticsDate = ultralytics.info.date
    }
}
