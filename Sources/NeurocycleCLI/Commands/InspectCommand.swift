import NCFormats
import NCModel
import NCReport

/// `neurocycle inspect <file>`: what a checkpoint holds.
enum InspectCommand {
    static let command = Command(
        spec: CommandSpec(
            name: "inspect", summary: "Show what a checkpoint (.pt, state_dict, .safetensors) holds.",
            usage: "<file> [--tensors] [--json] [--imgsz N]",
            options: [("imgsz", "also report the folded graph's MACs at an N x N input")],
            flags: [("tensors", "list every tensor"), ("json", "print JSON instead of text")],
            maxPositionals: 1),
        run: run)

    struct ModuleRow: Encodable {
        var name: String
        var className: String
        var params: Int
        enum CodingKeys: String, CodingKey { case name, className = "class", params }
    }

    struct TensorRow: Encodable {
        var name: String
        var dtype: String
        var shape: [Int]
    }

    struct Summary: Encodable {
        var file: String
        var kind: String
        var params: Int
        var tensors: Int
        var dtypes: [String: Int]
        var modules: [ModuleRow]
        var scale: String?
        var nc: Int?
        var timesteps: Int?
        var spikeLevels: Int?
        var imgsz: Int?
        var macs: Int?
        var tensorList: [TensorRow]?
        /// Why the file is not a SpikeYOLO model neurocycle can build (nil when it is).
        var architectureProblem: String?
        enum CodingKeys: String, CodingKey {
            case file, kind, params, tensors, dtypes, modules, scale, nc, timesteps, spikeLevels = "spike_levels", imgsz, macs
            case tensorList = "tensor_list", architectureProblem = "architecture_problem"
        }
    }

    static func run(_ args: ParsedArguments, _ console: Console) throws {
        guard let path = args.positionals.first else { throw CLIError.usage("inspect needs a file", command: "inspect") }
        let imgsz = try args.int("imgsz", in: 32...8192)
        let checkpoint = try TorchCheckpoint.load(path: path)
        var summary = Summary(file: path, kind: checkpoint.kind.rawValue, params: checkpoint.parameterCount,
                              tensors: checkpoint.tensors.count, dtypes: [:], modules: [])
        for (_, t) in checkpoint.tensors { summary.dtypes[t.dtype.rawValue, default: 0] += 1 }

        // The architecture, when the file describes it (or its shapes identify a SpikeYOLO scale).
        // The architecture, when the file describes one; if not, say why instead of guessing.
        var model: SpikeYOLOModel?
        var architectureProblem: String?
        do { model = try SpikeYOLOModel.load(path: path) } catch { architectureProblem = "\(error)" }
        summary.architectureProblem = architectureProblem
        let classes = Dictionary(checkpoint.moduleClasses.map { ($0.path, $0.className) }, uniquingKeysWith: { a, _ in a })
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
            summary.scale = model.blueprint.spec.scale
            summary.nc = model.blueprint.spec.classCount
            summary.timesteps = model.blueprint.timesteps
            summary.spikeLevels = model.weights.spikeLevels ?? 4
        }
        summary.modules = order.map { name in
            let blockClass = model.flatMap { m in
                m.blueprint.blocks.first { "model.\($0.index)" == name }?.className
            }
            return ModuleRow(name: name, className: classes[name] ?? blockClass ?? "?", params: params[name] ?? 0)
        }
        if let imgsz {
            guard let model else {
                throw CLIError.invalid("\(path): --imgsz needs a SpikeYOLO model: \(architectureProblem ?? "unknown architecture")")
            }
            let (topology, _) = try GraphBuilder.chains(blueprint: model.blueprint, weights: model.weights,
                                                        inputHeight: imgsz, inputWidth: imgsz)
            summary.imgsz = imgsz
            summary.macs = topology.macs
        }
        if args.flag("tensors") {
            summary.tensorList = checkpoint.tensors.map { TensorRow(name: $0.name, dtype: $0.tensor.dtype.rawValue, shape: $0.tensor.shape) }
        }
        if args.flag("json") {
            console.print(try Output.json(summary))
            return
        }
        console.print(text(summary, checkpoint))
    }

    static func text(_ s: Summary, _ c: TorchCheckpoint) -> String {
        var lines = ["\(s.file): \(describe(c.kind)), \(ReportFormat.grouped(s.tensors)) tensors, \(ReportFormat.grouped(s.params)) parameters"]
        lines.append("dtypes: " + s.dtypes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        if let scale = s.scale, let nc = s.nc {
            lines.append("model: SpikeYOLO scale \(scale), \(nc) classes, T = \(s.timesteps ?? 1), D = \(s.spikeLevels ?? 4)")
        } else if let problem = s.architectureProblem {
            lines.append("not a SpikeYOLO model neurocycle can build: \(problem)")
        }
        if let v = c.info.version { lines.append("written by ultralytics \(v)" + (c.info.date.map { " on \($0)" } ?? "")) }
        if let macs = s.macs, let n = s.imgsz { lines.append("folded graph at \(n)x\(n): \(ReportFormat.grouped(macs)) MACs") }
        lines.append("")
        var rows = [["module", "class", "params"]]
        for m in s.modules {
            let short = m.className.split(separator: ".").last.map(String.init) ?? m.className
            rows.append([m.name, short, ReportFormat.grouped(m.params)])
        }
        rows.append(["total", "", ReportFormat.grouped(s.params)])
        lines.append(Output.table(rows))
        if let list = s.tensorList {
            lines.append("")
            var t = [["tensor", "dtype", "shape"]]
            for r in list { t.append([r.name, r.dtype, "[" + r.shape.map(String.init).joined(separator: ", ") + "]"]) }
            lines.append(Output.table(t))
        }
        return lines.joined(separator: "\n")
    }

    static func describe(_ kind: TorchCheckpoint.Kind) -> String {
        switch kind {
        case .ultralytics: return "ultralytics checkpoint"
        case .stateDict: return "PyTorch state_dict"
        case .safetensors: return "safetensors file"
        }
    }
}
