import NCHardware
import NCModel

/// The placement of a network on a chip as a standalone SVG picture (`neurocycle map --svg`):
/// the mesh, each core coloured by the first layer it holds in network order, labelled with the
/// tiles it holds; hover a core for its layers.
public enum PlacementPicture {
    /// The picture of `mapping` (of `topology` on `config`); nil when the mesh is larger than
    /// the picture draws (`HeatMap.maxSide` a side).
    public static func svg(_ mapping: Mapping, topology: NetworkTopology, config: HardwareConfig) -> String? {
        guard (1...HeatMap.maxSide).contains(config.chip.meshWidthCores), (1...HeatMap.maxSide).contains(config.chip.meshHeightCores)
        else { return nil }
        let placement = ReportBuilder.placementCells(mapping, topology, config).filter { $0.tiles > 0 }
        let last = max(1, placement.map(\.firstBuffer).max() ?? 1)
        let cells = placement.map { cell in
            HeatMap.Cell(x: cell.x, y: cell.y, value: Double(cell.firstBuffer) / Double(last), text: String(cell.tiles),
                         tooltip: "core \(cell.id) (x \(cell.x), y \(cell.y)): \(cell.tiles) tiles\n"
                             + cell.buffers.prefix(12).joined(separator: "\n") + (cell.buffers.count > 12 ? "\n…" : ""))
        }
        let names = placement.sorted { $0.firstBuffer < $1.firstBuffer }.compactMap(\.buffers.first)
        let map = HeatMap(title: "\(mapping.strategy.rawValue) placement on the \(config.chip.meshWidthCores)×\(config.chip.meshHeightCores) mesh",
                          columns: config.chip.meshWidthCores, rows: config.chip.meshHeightCores, cells: cells,
                          legendTitle: "first layer held (network order); number: tiles",
                          legendTicks: [(0, names.first ?? "first"), (1, names.last ?? "last")])
        return map.document().markup(standalone: true) + "\n"
    }
}
