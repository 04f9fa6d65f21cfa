import NCModel

@testable import NCHardware

/// Hand-made 1x1-pixel chains and hand-placed mappings, so a test fixes exactly which core holds
/// what and can work every cycle out by hand.
enum HandPlaced {
    /// A buffer of `channels` x `height` x 1.
    static func buffer(_ name: String, channels: Int = 1, height: Int = 1) -> CurrentBuffer {
        CurrentBuffer(name: name, channels: channels, height: height, width: 1, initial: .zero)
    }

    /// A population reading all of buffer `b`.
    static func population(_ name: String, reads b: Int, _ buffers: [CurrentBuffer]) -> NeuronPopulation {
        let x = buffers[b]
        return NeuronPopulation(name: name, input: [BufferSlice(buffer: b, channelStart: 0, channelCount: x.channels)],
                                height: x.height, width: 1, aliasOf: nil)
    }

    /// A 1x1 convolution from population `p` into buffer `b`.
    static func conv(_ name: String, from p: Int, into b: Int, _ buffers: [CurrentBuffer], _ populations: [NeuronPopulation]) -> ConvLayer {
        let x = populations[p], y = buffers[b]
        return ConvLayer(name: name, source: .population(p), output: [BufferSlice(buffer: b, channelStart: 0, channelCount: y.channels)],
                         inChannels: x.channels, outChannels: y.channels, kernel: 1, stride: 1, padding: 0, groups: 1,
                         inHeight: x.height, inWidth: 1, outHeight: y.height, outWidth: 1, origin: .conv)
    }

    static func topology(_ buffers: [CurrentBuffer], _ populations: [NeuronPopulation], _ convs: [ConvLayer],
                         _ steps: [NetworkTopology.Step], levels: Int = 4) -> NetworkTopology {
        NetworkTopology(buffers: buffers, populations: populations, convs: convs, steps: steps, heads: [], headStrides: [],
                        timesteps: 1, spikeLevels: levels, classCount: 1, inputChannels: 3, inputHeight: 32, inputWidth: 32)
    }

    /// A resident mapping with every buffer whole on the core `cores[b]`.
    static func resident(_ topology: NetworkTopology, cores: [Int], config: HardwareConfig) -> Mapping {
        let tilings = topology.buffers.enumerated().map { b, buffer -> BufferTiling in
            var t = BufferTiling.cut(b, buffer, groups: 1, bands: 1, weightBytesPerChannel: 1)
            for i in t.tiles.indices { t.tiles[i].core = cores[b] }
            return t
        }
        return Mapping(mode: .resident, strategy: .spread, weightStorage: config.mapping.weights, buffers: tilings,
                       convWeightBytes: topology.convs.map { _ in 1 }, coreCount: config.coreCount,
                       segments: [MappingSegment(kind: .pipelined, steps: 0..<topology.steps.count, buffers: tilings)])
    }

    /// The timing of `spikes` (`[t][p]`) on `mapping`.
    static func run(_ topology: NetworkTopology, _ mapping: Mapping, _ config: HardwareConfig, spikes: [[[UInt8]]]) -> TimingResult {
        var model = TimingModel<Mesh>(topology: topology, mapping: mapping, config: config)
        return model.run(spikesAt: { spikes[$0] })
    }
}
