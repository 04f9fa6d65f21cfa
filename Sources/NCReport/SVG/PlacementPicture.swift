import NCHardware
import NCModel

/// The placement of a network on a chip as a standalone SVG picture (`neurocycle map --svg`):
/// the mesh, each core coloured by the first layer it holds in network order and labelled with
/// its tile count; hover a core for its layers.
public enum PlacementPicture {
    /// The picture of `mapping` (of `topology` on `config`); nil when the mesh is larger than
    /// the picture draws (`HeatMap.maxSide` a side).
    public static func svg(_ mapping: Mapping, topology: NetworkTopology, config: HardwareConfig) -> String? {
        let columns = config.chip.meshWidthCores, rows = config.chip.meshHeightCores
        guard (1...HeatMap.maxSide).contains(columns), (1...HeatMap.maxSide).contains(rows) else { return nil }
        let map = PlacementMap.heatMap(ReportBuilder.placementCells(mapping, config), names: topology.buffers.map(\.name),
                                       columns: columns, rows: rows, load: nil,
                                       title: "\(mapping.strategy.rawValue) placement on the \(columns)×\(rows) mesh", maxWidth: 1160)
        return map.document().markup(standalone: true) + "\n"
    }
}
