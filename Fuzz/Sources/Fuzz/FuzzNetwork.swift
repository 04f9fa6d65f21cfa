import NCEnergy
import NCHardware
import NCModel
import NCReport
import NCSimulation

/// The network the model-free targets run on: a hand-made topology small enough that one replay
/// costs well under a millisecond, yet with every kind of step SpikeYOLO has — an encoding
/// convolution, a depthwise one, max-pooling, upsampling, a concatenation, an alias, two
/// convolutions accumulating into one buffer and a detection head — at T = 2, D = 4.
enum FuzzNetwork {
    static let topology: NetworkTopology = {
        func slice(_ b: Int, _ start: Int = 0, _ count: Int) -> BufferSlice {
            BufferSlice(buffer: b, channelStart: start, channelCount: count)
        }
        func conv(_ name: String, _ source: ConvLayer.Source, into output: [BufferSlice], _ cin: Int, _ cout: Int,
                  k: Int, s: Int, groups: Int = 1, size: Int, origin: ConvLayer.Origin = .conv) -> ConvLayer {
            let out = (size + 2 * (k / 2) - k) / s + 1
            return ConvLayer(name: name, source: source, output: output, inChannels: cin, outChannels: cout, kernel: k,
                             stride: s, padding: k / 2, groups: groups, inHeight: size, inWidth: size, outHeight: out,
                             outWidth: out, origin: origin)
        }
        let buffers = [
            CurrentBuffer(name: "model.0.conv", channels: 4, height: 8, width: 8, initial: .zero),
            CurrentBuffer(name: "model.1.conv", channels: 4, height: 8, width: 8, initial: .zero),
            CurrentBuffer(name: "model.2.m", channels: 4, height: 8, width: 8, initial: .maxPool(of: 1, kernel: 3)),
            CurrentBuffer(name: "model.3.conv", channels: 8, height: 4, width: 4, initial: .zero),
            CurrentBuffer(name: "model.4", channels: 8, height: 8, width: 8,
                          initial: .upsample(of: [slice(3, 0, 8)], factorY: 2, factorX: 2)),
            CurrentBuffer(name: "model.6.cv2.0.2.conv", channels: 6, height: 8, width: 8, initial: .zero),
        ]
        let populations = [
            NeuronPopulation(name: "model.0.lif", input: [slice(0, 0, 4)], height: 8, width: 8, aliasOf: nil),
            NeuronPopulation(name: "model.2.lif", input: [slice(1, 0, 4), slice(2, 0, 4)], height: 8, width: 8, aliasOf: nil),
            NeuronPopulation(name: "model.5.lif1", input: [slice(4, 0, 8)], height: 8, width: 8, aliasOf: nil),
            NeuronPopulation(name: "model.5.lif2", input: [slice(4, 0, 8)], height: 8, width: 8, aliasOf: 2),
        ]
        let convs = [
            conv("model.0.conv", .image, into: [slice(0, 0, 4)], 3, 4, k: 3, s: 2, size: 16),
            conv("model.1.conv", .population(0), into: [slice(1, 0, 4)], 4, 4, k: 3, s: 1, groups: 4, size: 8,
                 origin: .sepRepConv),
            conv("model.3.conv", .population(1), into: [slice(3, 0, 8)], 8, 8, k: 3, s: 2, size: 8, origin: .repConv),
            conv("model.6.cv2.0.2.conv", .population(2), into: [slice(5, 0, 6)], 8, 6, k: 1, s: 1, size: 8),
            conv("model.6.cv3.0.2.conv", .population(3), into: [slice(5, 0, 6)], 8, 6, k: 1, s: 1, size: 8),
        ]
        return NetworkTopology(
            buffers: buffers, populations: populations, convs: convs,
            steps: [.conv(0), .fire(0), .conv(1), .derive(buffer: 2), .fire(1), .conv(2), .derive(buffer: 4), .fire(2),
                    .fire(3), .conv(3), .conv(4)],
            heads: [[slice(5, 0, 2), slice(5, 2, 4)]], headStrides: [2], timesteps: 2, spikeLevels: 4, classCount: 4,
            inputChannels: 3, inputHeight: 16, inputWidth: 16)
    }()

    /// Spikes for every timestep and population: every fifth neuron fires once, every
    /// thirteenth fires D times (aliases repeat their source).
    static let spikes: [[[UInt8]]] = (0..<topology.timesteps).map { t in
        topology.populations.map { p in
            (0..<p.count).map { i in (i + t) % 13 == 0 ? UInt8(topology.spikeLevels) : (i + t) % 5 == 0 ? 1 : 0 }
        }
    }

    /// What `neurocycle replay` does after reading a trace: replay the spikes of `topology` on
    /// `config`, build the report, render it as JSON and text (and CSV and HTML when
    /// `everyFormat`). Checks that every number in the report is finite.
    static func replayReport(topology: NetworkTopology, config: HardwareConfig, name: String, input: String,
                             everyFormat: Bool = true, spikesAt: (Int) throws -> [[UInt8]]) throws {
        let outcome = try Simulation.replay(topology, spikesAt: spikesAt, config: config, settings: RunSettings(threads: 1))
        let info = ReportBuilder.ModelInfo(name: name, scale: "", parameters: 0, input: input)
        let report = ReportBuilder.report(command: "replay", info: info, outcome: outcome, classNames: [])
        FuzzCheck.finite(report: report)
        _ = JSONReport.jsonText(report)
        _ = TableRenderer().render(report)
        guard everyFormat else { return }
        _ = CSVRenderer().layersCSV(report)
        _ = HTMLRenderer().render(report)
    }
}
