import NCModel
import NCFormats

extension InspectReport {
    /// The report as text: what the file is, its data types, the model it describes (or why
    /// none can be built), the parameters per module and, with `--tensors`, every tensor.
    /// Ends in a newline.
    ///
    ///     spikeyolo-t.pt: ultralytics checkpoint, 755 tensors, 2,011,184 parameters
    ///     dtypes: f16 632, i64 123
    ///     model: SpikeYOLO scale t, 80 classes, T = 1, D = 4
    ///     written by ultralytics 8.0.197 on 2026-01-01T00:00:00.000000
    ///
    ///     module    class            params
    ///     model.0   MS_GetT                  0
    ///     …
    ///     total                      2,011,184
    public var text: String {
        var lines = ["\(file): \(kindDescription), \(ReportFormat.grouped(tensors)) tensors, \(ReportFormat.grouped(params)) parameters"]
        lines.append("dtypes: " + dtypes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        if let scale, let nc {
            lines.append("model: SpikeYOLO scale \(scale), \(nc) classes, T = \(timesteps ?? 1), D = \(spikeLevels ?? 4)")
        } else if let architectureProblem {
            lines.append("not a SpikeYOLO model neurocycle can build: \(architectureProblem)")
        }
        if let version = ultralyticsVersion {
            lines.append("written by ultralytics \(version)" + (ultralyticsDate.map { " on \($0)" } ?? ""))
        }
        if let macs, let imgsz { lines.append("folded graph at \(imgsz)×\(imgsz): \(ReportFormat.grouped(macs)) MACs") }
        lines.append("")
        var table = TextTable(columns: [
            .init(title: "module", alignment: .left), .init(title: "class", alignment: .left), .init(title: "params"),
        ], layout: .listing)
        for module in modules {
            // The class without its Python module path.
            let short = module.className.split(separator: ".").last.map(String.init) ?? module.className
            table.add([module.name, short, ReportFormat.grouped(module.params)])
        }
        table.add(["total", "", ReportFormat.grouped(params)])
        lines += table.lines(width: .max, indent: 0)
        if let tensorList {
            lines.append("")
            var tensors = TextTable(columns: [
                .init(title: "tensor", alignment: .left), .init(title: "dtype", alignment: .left),
                .init(title: "shape", alignment: .left),
            ], layout: .listing)
            for row in tensorList {
                tensors.add([row.name, row.dtype, "[" + row.shape.map(String.init).joined(separator: ", ") + "]"])
            }
            lines += tensors.lines(width: .max, indent: 0)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What kind of file it is, in words.
    private var kindDescription: String {
        switch UltralyticsCheckpoint.Kind(rawValue: kind) {
        case .ultralytics: return "ultralytics checkpoint"
        case .stateDict: return "PyTorch state_dict"
        case .safetensors: return "safetensors file"
        case nil: return kind
        }
    }
}
