import NCModel

@testable import NCHardware

/// Hand-made topologies for timing tests: one population feeding one convolution.
enum TinyNetworks {
    /// Population `P` (`channels` x `size` x `size`) read from an input buffer, and a `kernel` x
    /// `kernel` convolution (padding `kernel / 2`) from `P` into an output buffer of `outChannels`.
    static func single(channels: Int = 1, size: Int = 1, outChannels: Int, kernel: Int = 1, levels: Int = 4) -> NetworkTopology {
        let input = CurrentBuffer(name: "in", channels: channels, height: size, width: size, initial: .zero)
        let output = CurrentBuffer(name: "out", channels: outChannels, height: size, width: size, initial: .zero)
        let pop = NeuronPopulation(name: "P", input: [BufferSlice(buffer: 0, channelStart: 0, channelCount: channels)],
                                   height: size, width: size, aliasOf: nil)
        let conv = ConvLayer(name: "conv", source: .population(0),
                             output: [BufferSlice(buffer: 1, channelStart: 0, channelCount: outChannels)],
                             inChannels: channels, outChannels: outChannels, kernel: kernel, stride: 1, padding: kernel / 2,
                             groups: 1, inHeight: size, inWidth: size, outHeight: size, outWidth: size, origin: .conv)
        return NetworkTopology(buffers: [input, output], populations: [pop], convs: [conv], steps: [.fire(0), .conv(0)],
                               heads: [], headStrides: [], timesteps: 1, spikeLevels: levels, classCount: 1,
                               inputChannels: 3, inputHeight: 32, inputWidth: 32)
    }

    /// A chip (int8/int24) with every timing parameter given explicitly. The schedule, mapping,
    /// kernel storage and packets default to neurocycle's choices before issue #11 (layer
    /// barriers, fewest cores, a kernel copy per tile, binary packets), which the tests written
    /// then worked out by hand.
    static func machine(width: Int, height: Int = 1, units: Int, latency: Int, hop: Int = 2, queue: Int = 64,
                        routerBuffer: Int = 4, neurons: Int = 1 << 16, synapticBytes: Int = 1 << 20, fireRate: Int = 1,
                        schedule: ChipConfig.Schedule = .layerBarrier, strategy: MappingConfig.Strategy = .fewestCores,
                        weights: MappingConfig.WeightStorage = .perTile,
                        packets: NoCConfig.SpikePacketKind = .binary) -> HardwareConfig {
        var c = HardwareConfig.defaults
        c.chip = ChipConfig(meshWidthCores: width, meshHeightCores: height, clockHz: 1e9, schedule: schedule,
                            powerGating: false)
        c.mapping = MappingConfig(strategy: strategy, weights: weights, skipZeroWeights: false)
        c.core = CoreConfig(neuronMemoryNeurons: neurons, synapticMemoryBytes: synapticBytes, arithmetic: .fixed, weightBits: 8,
                            membraneBits: 24, accumulateUnits: units, eventQueueDepthEvents: queue, pipelineLatencyCycles: latency,
                            fireNeuronsPerCycle: fireRate, synapticWordBits: 64, neuronWordBits: 64)
        c.noc = NoCConfig(hopLatencyCycles: hop, linkWidthBits: 64, packetBits: 64, routerBufferPackets: routerBuffer, spikePackets: packets,
                          gradedAccumulate: .repeated)
        c.encoder = EncoderConfig(macsPerCycle: 64)
        c.dram = DRAMConfig(bandwidthBytesPerCycle: 8, latencyCycles: 10)
        return c
    }
}
