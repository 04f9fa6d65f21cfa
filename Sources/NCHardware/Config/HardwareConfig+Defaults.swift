extension HardwareConfig {
    /// The value of every key a config file omits: the one place defaults live.
    ///
    /// The numbers are those of `hwconfigs/default.json` (a generic 16 x 16 mesh at 500 MHz with
    /// int8 weights, int24 membranes and 45 nm energies; its `source` cites each one), so a file
    /// that omits a key gets the default chip's value, and `{"version": 1}` is the default chip
    /// under the name `custom`. A test keeps these numbers and the file equal. Two defaults
    /// depend on other keys: in fp32 mode absent `weight_bits` and `membrane_bits` are 32, and an
    /// absent `energy.pool_compare_pj` equals that file's `energy.accumulate_pj`.
    public static let defaults = HardwareConfig(
        version: HardwareConfig.supportedVersion,
        name: "custom",
        source: "neurocycle defaults: the numbers of hwconfigs/default.json, whose source cites each one",
        chip: ChipConfig(meshWidthCores: 16, meshHeightCores: 16, clockHz: 500_000_000, schedule: .pipelined, powerGating: false),
        core: CoreConfig(
            neuronMemoryNeurons: 65536, synapticMemoryBytes: 262_144, arithmetic: .fixed, weightBits: 8, membraneBits: 24,
            accumulateUnits: 16, eventQueueDepthEvents: 256, pipelineLatencyCycles: 4, fireNeuronsPerCycle: 16,
            synapticWordBits: 64, neuronWordBits: 64),
        noc: NoCConfig(hopLatencyCycles: 2, linkWidthBits: 64, packetBits: 64, routerBufferPackets: 4, spikePackets: .binary,
                       gradedAccumulate: .repeated),
        mapping: MappingConfig(strategy: .spread, weights: .sharedKernel, skipZeroWeights: false),
        encoder: EncoderConfig(macsPerCycle: 256),
        dram: DRAMConfig(bandwidthBytesPerCycle: 16, latencyCycles: 50),
        energy: EnergyTable(
            prices: [.accumulate: 0.077, .encoderMAC: 0.3, .synapticRead: 0.3125, .membraneRead: 0.3125, .membraneWrite: 0.3125,
                     .spike: 10, .flitHop: 5.2, .dram: 20.3125, .poolCompare: 0.077, .neuronUpdate: 0.231,
                     .synapticReadAccess: 0, .membraneReadAccess: 0, .membraneWriteAccess: 0],
            leakageMilliwattsPerCore: 0.5, leakageMilliwattsPerKiB: 0))
}
