extension Machine {
    /// The machine a (validated) hardware config describes.
    public init(_ config: HardwareConfig) {
        let arithmetic: Arithmetic
        switch config.core.arithmetic {
        case .fp32: arithmetic = .fp32
        case .fixed: arithmetic = .fixed(weightBits: config.core.weightBits, membraneBits: config.core.membraneBits)
        }
        self.init(
            meshWidth: config.chip.meshWidthCores, meshHeight: config.chip.meshHeightCores, clockHz: config.chip.clockHz,
            neuronMemory: config.core.neuronMemoryNeurons, synapticMemoryBytes: config.core.synapticMemoryBytes,
            arithmetic: arithmetic, accumulateUnits: config.core.accumulateUnits,
            queueDepth: config.core.eventQueueDepthEvents, pipelineLatency: config.core.pipelineLatencyCycles,
            fireRate: config.core.fireNeuronsPerCycle, hopLatency: config.noc.hopLatencyCycles,
            flitsPerPacket: config.flitsPerPacket, linkWidthBits: config.noc.linkWidthBits,
            routerBuffer: config.noc.routerBufferPackets, encoderMACsPerCycle: config.encoder.macsPerCycle,
            dramBytesPerCycle: config.dram.bandwidthBytesPerCycle, dramLatency: config.dram.latencyCycles)
    }
}
