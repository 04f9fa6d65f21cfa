/// The placement of tiles on the mesh as a heat map: each core coloured by the first buffer it
/// holds in network order (dark: early layers, yellow: late), labelled with its load (when known)
/// or its tile count; hover a core for the buffers it holds. Shared by the HTML report and
/// `neurocycle map --svg`.
enum PlacementMap {
    /// The map of `cells` on a `columns` x `rows` mesh; `names` are the buffer names the cells
    /// index; `load` gives each core's busy cycles as a fraction of the busiest core's.
    static func heatMap(_ cells: [PlacementCell], names: [String], columns: Int, rows: Int, load: [Int: Double]?,
                        title: String, maxWidth: Double) -> HeatMap {
        let last = max(1, cells.compactMap(\.buffers.first).max() ?? 1)
        func name(_ b: Int) -> String { b >= 0 && b < names.count ? names[b] : "buffer \(b)" }
        let mapped = cells.map { cell -> HeatMap.Cell in
            let held = cell.buffers.prefix(10).map(name).joined(separator: "\n") + (cell.buffers.count > 10 ? "\n…" : "")
            let fraction = load?[cell.id]
            let text = fraction.map { String(format: "%.0f", $0 * 100) } ?? String(cell.tiles)
            let loadText = fraction.map { ", load \(ReportFormat.percent(fraction: $0)) of the busiest core" } ?? ""
            return HeatMap.Cell(x: cell.id % max(1, columns), y: cell.id / max(1, columns),
                                value: Double(cell.buffers.first ?? 0) / Double(last), text: text,
                                tooltip: "core \(cell.id): \(cell.tiles) tiles\(loadText)\n" + held)
        }
        // Layer names are too long for the legend's ends; each core's tooltip names them.
        return HeatMap(title: title, columns: columns, rows: rows, cells: mapped,
                       legendTitle: load == nil ? "first layer held; number: tiles" : "first layer held; number: load (% of busiest)",
                       legendTicks: [(0, "input side"), (1, "output side")], maxWidth: maxWidth)
    }
}
