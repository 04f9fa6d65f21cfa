import Foundation
import NCEnergy
import NCModel
import NCReport

/// `neurocycle estimate`: the paper's energy from published firing rates, without running.
enum EstimateCommand {
    static let command = Command(
        spec: CommandSpec(
            name: "estimate", summary: "The paper-style energy from published per-neuron firing rates, without running the network.",
            usage: "[--model M | --scale S] --imgsz N --firing-rates fr.json [--json out.json]",
            options: ModelOptions.options.filter { $0.name != "input" && $0.name != "threads" } + ReportOptions.options + [
                ("firing-rates", "the rates dictionary as the authors' test.py prints it (or JSON)"),
            ]),
        run: run)

    static func run(_ args: ParsedArguments, _ console: Console) throws {
        guard let path = args.string("firing-rates") else { throw CLIError.usage("--firing-rates is required", command: "estimate") }
        let reportOptions = try ReportOptions(args)
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw CLIError.invalid("\(path): cannot read the file")
        }
        let rates: FiringRates
        do { rates = try FiringRates(parsing: text) } catch let p as FiringRates.Problem { throw CLIError.invalid("\(path): \(p)") }
        let options = try ModelOptions(args, progress: ProgressLine(console))
        let (topology, _) = try GraphBuilder.chains(blueprint: options.model.blueprint, weights: options.model.weights,
                                                    inputHeight: options.image.height, inputWidth: options.image.width)
        let report: Report
        do {
            report = try build(topology, rates, options, reportOptions)
        } catch let p as FiringRates.Problem {
            throw CLIError.invalid("\(path): \(p)")
        }
        try reportOptions.emit(report, console: console)
    }

    static func build(_ topology: NetworkTopology, _ rates: FiringRates, _ options: ModelOptions,
                      _ reportOptions: ReportOptions) throws -> Report {
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
        let (estimate, _) = ReportBuilder.paper(topology, stats, macPicojoules: reportOptions.macPicojoules,
                                                acPicojoules: reportOptions.acPicojoules)
        let spiking = topology.convs.filter { !$0.isEncoding }.reduce(0) { $0 + $1.macs } * topology.timesteps
        let counts = SOPCounts(valueWeighted: estimate.sops, eventExact: nil, neuroBench: nil, syops: spiking)
        let layers = ReportBuilder.layerRows(topology, stats)
        return Report(
            command: "estimate", model: ReportBuilder.modelSection(.init(options.model, input: "none (published firing rates)"), topology),
            neurons: nil, layers: layers,
            totals: Totals(spikes: 0, neurons: topology.neuronCount, macs: topology.macs * topology.timesteps,
                           sops: layers.reduce(0) { $0 + $1.sops }),
            detections: nil, hardware: nil,
            energy: ReportBuilder.energy(estimate, counts, annMACPicojoules: reportOptions.annMACPicojoules),
            notes: ["SOPs per layer are value-weighted (MACs x published rate): no spikes were computed",
                    "totals.spikes is 0: an estimate has no spike counts"])
    }
}
