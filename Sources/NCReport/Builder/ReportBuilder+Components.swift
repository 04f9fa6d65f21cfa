import NCHardware
import NCModel
import NCSimulation

extension ReportBuilder {
    /// The components that produced a chip outcome's numbers.
    static func components(_ chip: ChipOutcome) -> ChipComponents {
        let config = chip.config, result = chip.result
        return ChipComponents(
            schedule: config.chip.schedule.rawValue, mappingStrategy: result.mapping.strategy.rawValue,
            weightStorage: result.mapping.weightStorage.rawValue, skipZeroWeights: config.mapping.skipZeroWeights,
            skippedSOPs: result.timing.layers.reduce(0) { $0 + $1.skippedSOPs },
            spikePackets: config.noc.spikePackets == .binary ? "binary" : "graded (\(config.noc.gradedAccumulate.rawValue))",
            occupiedCores: result.timing.occupiedCores, leakingCores: chip.energy.leakingCores,
            segments: max(1, result.mapping.segments.count))
    }

    /// The segments of a streamed run, in the order they ran (nil when there are none).
    static func segments(_ chip: ChipOutcome, _ topology: NetworkTopology) -> [SegmentRow]? {
        let timing = chip.result.timing
        guard !timing.segments.isEmpty else { return nil }
        return timing.segments.map { s in
            let convs = s.steps.compactMap { k -> String? in
                guard k < topology.steps.count, case .conv(let c) = topology.steps[k] else { return nil }
                return topology.convs[c].name
            }
            return SegmentRow(kind: s.kind.rawValue, timestep: s.timestep, firstLayer: convs.first ?? "",
                              lastLayer: convs.last ?? "", startCycle: s.start, endCycle: s.end, weightBytes: s.weightBytes,
                              prefetched: s.prefetched)
        }
    }

    /// What every core holds over all segments, in core order (cores holding nothing left out).
    static func placement(_ chip: ChipOutcome) -> [PlacementCell] {
        placementCells(chip.result.mapping, chip.config)
    }

    /// What every core of `config` holds under `mapping`, over all segments, in core order
    /// (cores holding nothing left out); buffers by index in the topology.
    static func placementCells(_ mapping: Mapping, _ config: HardwareConfig) -> [PlacementCell] {
        var buffers = [Set<Int>](repeating: [], count: config.coreCount)
        var tiles = [Int](repeating: 0, count: config.coreCount)
        let tilings = mapping.segments.isEmpty ? mapping.buffers : mapping.segments.flatMap(\.buffers)
        for tiling in tilings {
            for tile in tiling.tiles where tile.core >= 0 && tile.core < config.coreCount {
                buffers[tile.core].insert(tile.buffer)
                tiles[tile.core] += 1
            }
        }
        return (0..<config.coreCount).filter { tiles[$0] > 0 }.map { PlacementCell(id: $0, buffers: buffers[$0].sorted(), tiles: tiles[$0]) }
    }

    /// The packet comparison's rows (nil when not asked for).
    static func packetRows(_ chip: ChipOutcome) -> [PacketRunRow]? {
        chip.packets?.runs
    }
}
