import NCEnergy
import NCModel

extension ReportBuilder {
    /// The report of `estimate`: the paper's energy from published firing rates, no spikes.
    /// Throws `FiringRates.Problem` listing unknown, out-of-range or missing names.
    public static func estimate(info: ModelInfo, topology: NetworkTopology, rates: FiringRates,
                                macPicojoules: Double, acPicojoules: Double, annMACPicojoules: Double) throws -> Report {
        guard topology.convs.contains(where: \.isEncoding) else { throw FiringRates.Problem.noEncodingLayer }
        let names = Set(topology.populations.map(\.name))
        let unknown = rates.rates.map(\.name).filter { !names.contains($0) }
        if !unknown.isEmpty { throw FiringRates.Problem.unknown(unknown) }
        let bad = rates.rates.filter { !$0.rate.isFinite || $0.rate < 0 || $0.rate > Double(topology.spikeLevels) }.map(\.name)
        if !bad.isEmpty { throw FiringRates.Problem.outOfRange(bad, levels: topology.spikeLevels) }
        var missing = [String]()
        let stats = topology.convs.map { conv -> ConvStatistics in
            var rate: Double?
            if case .population(let p) = conv.source {
                let name = topology.populations[p].name
                rate = rates.rate(name)
                if rate == nil && !missing.contains(name) { missing.append(name) }
            }
            let sops = Int((Double(conv.macs * topology.timesteps) * (rate ?? 0)).rounded())
            return ConvStatistics(name: conv.name, macs: conv.macs, sops: sops, nonzeroSOPs: 0, inputRate: rate,
                                  timesteps: topology.timesteps)
        }
        if !missing.isEmpty { throw FiringRates.Problem.missing(missing) }
        let (estimate, _) = paper(topology, stats, macPicojoules: macPicojoules, acPicojoules: acPicojoules)
        let spiking = topology.convs.filter { !$0.isEncoding }.reduce(0) { $0 + $1.macs } * topology.timesteps
        let counts = SOPCounts(valueWeighted: estimate.sops, eventExact: nil, neuroBench: nil, syops: spiking)
        let layers = layerRows(topology, stats)
        return Report(
            command: "estimate", model: modelSection(info, topology), neurons: nil, layers: layers,
            totals: Totals(spikes: 0, neurons: topology.neuronCount, macs: topology.macs * topology.timesteps,
                           sops: layers.reduce(0) { $0 + $1.sops }),
            detections: nil, hardware: nil,
            energy: energy(estimate, counts, annMACPicojoules: annMACPicojoules),
            notes: ["SOPs per layer are value-weighted (MACs x published rate): no spikes were computed",
                    "totals.spikes is 0: an estimate has no spike counts"])
    }
}
