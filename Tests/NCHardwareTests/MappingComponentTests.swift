import NCModel
import XCTest

@testable import NCHardware

/// The spread mapping's packing, kernel storage and the double-buffered weight reload of a
/// streamed pipelined run, worked out by hand.
final class MappingComponentTests: XCTestCase {
    /// B0 -> P0 -> C0 -> B1 -> P1 -> C1 -> B2, every buffer one neuron.
    func chain() -> NetworkTopology {
        let buffers = [HandPlaced.buffer("B0"), HandPlaced.buffer("B1"), HandPlaced.buffer("B2")]
        let pops = [HandPlaced.population("P0", reads: 0, buffers), HandPlaced.population("P1", reads: 1, buffers)]
        let convs = [HandPlaced.conv("C0", from: 0, into: 1, buffers, pops), HandPlaced.conv("C1", from: 1, into: 2, buffers, pops)]
        return HandPlaced.topology(buffers, pops, convs, [.fire(0), .conv(0), .fire(1), .conv(1)])
    }

    /// Work estimate (1 accumulate unit, 1 neuron fired per cycle): B0 = 2 (P0 fires 1 neuron,
    /// 2 x 1 per neuron), B1 = 1 (C0's 1 MAC x 1) + 2 (P1 fires it) = 3, B2 = 1. A bound of 3
    /// per core needs three cores; 4 fits two: core 0 takes B0, core 1 takes B1 and B2, which
    /// its 2-neuron memory and 2 bytes of kernels hold.
    func testTwoSmallLayersShareOneCore() throws {
        let topo = chain()
        let config = TinyNetworks.machine(width: 2, units: 1, latency: 1, neurons: 2, schedule: .pipelined, strategy: .spread)
        let m = try Mapping.plan(topo, on: config)
        XCTAssertEqual(m.mode, .resident)
        XCTAssertEqual(m.buffers.map { $0.tiles.map(\.core) }, [[0], [1], [1]])
        XCTAssertEqual(Mapping.synapticBytes(m.buffers, storage: .sharedKernel, coreCount: 2), [0, 2])
        // P0 fires on core 0 (ends 1); C0's event reaches core 1 at 3 and completes at 5; P1
        // fires on core 1 at 5 (ends 6); C1's event stays on core 1, starts at 6, completes 8.
        let r = try ChipEngine(config: config).replay(topology: topo, spikes: [[[1], [1]]])
        XCTAssertEqual(r.timing.cycles, 8)
        XCTAssertEqual(r.timing.cores.map(\.busy), [1, 3])
        // With one neuron per core the three buffers cannot share two cores: the steps run in
        // two segments, {P0, C0, P1} on B0 and B1, then {C1} on B2.
        var small = config
        small.core.neuronMemoryNeurons = 1
        let s = try Mapping.plan(topo, on: small)
        XCTAssertEqual(s.mode, .streamed)
        XCTAssertEqual(s.segments.map(\.steps), [0..<3, 3..<4])
        XCTAssertEqual(s.segments.map(\.kind), [.pipelined, .pipelined])
    }

    /// A core holding two row bands of one 3x3 convolution (2 -> 8 channels: 18 bytes per output
    /// channel, 144 per band) stores its kernel once with shared kernels, twice per tile; a
    /// streamed pass loads what the core stores.
    func testSharedKernelBytes() throws {
        let topo = TinyNetworks.single(channels: 2, size: 4, outChannels: 8, kernel: 3)
        for (storage, kernelBytes) in [(MappingConfig.WeightStorage.sharedKernel, 144), (.perTile, 288)] {
            let config = TinyNetworks.machine(width: 1, units: 1, latency: 0, weights: storage)
            let input = BufferTiling.cut(0, topo.buffers[0], groups: 1, bands: 1, weightBytesPerChannel: 0)
            let output = BufferTiling.cut(1, topo.buffers[1], groups: 1, bands: 2, weightBytesPerChannel: 18)
            XCTAssertEqual(output.tiles.map(\.rowCount), [2, 2])
            XCTAssertEqual(Mapping.synapticBytes([input, output], storage: storage, coreCount: 1), [kernelBytes], "\(storage)")
            let mapping = Mapping(mode: .streamed, strategy: .fewestCores, weightStorage: storage, buffers: [input, output],
                                  convWeightBytes: [144], coreCount: 1, segments: [])
            let r = HandPlaced.run(topo, mapping, config, spikes: [[[UInt8](repeating: 0, count: 32)]])
            // The pass loads the kernels, streams 4 x 4 x 2 spikes of 3 bits and writes back
            // 8 x 16 membranes of 24 bits; the fire before it reads 32 membranes and writes 32
            // spikes of 3 bits.
            XCTAssertEqual(r.layers[0].actions[.dram], kernelBytes * 8 + 32 * 3 + 128 * 24 + 32 * 24 + 32 * 3, "\(storage)")
        }
    }

    /// The chain on one core of 2 neurons runs in two segments. DRAM: 8 bytes per cycle, 10
    /// cycles of latency; spikes of D = 4 are 3 bits.
    ///
    /// Segment 1 loads C0's 1-byte kernel in cycle 0 (arrives 11). P0 fires at 11 (ends 12),
    /// C0's event stays on core 0: starts 12, completes 14; P1 fires at 14 (ends 15) and its
    /// spike goes to DRAM in cycle 15 (written by 26). Segment 2's kernel is loaded behind:
    /// the channel is idle in cycle 11, so it arrives at 22 — before segment 1 ends at 26.
    /// Segment 2 reads P1's spike in cycle 26 (arrives 36; the port may send it once its byte
    /// share has streamed, at 37); it crosses the port's hop (39), starts at 39, completes 41.
    ///
    /// When the core cannot hold both kernels, segment 2 loads its own at 26 (arrives 37), the
    /// spike is read at 37 (arrives 47, sent at 48) and completes at 52.
    func testDoubleBufferedReload() throws {
        let topo = chain()
        for (bytes, cycles, prefetched) in [(1024, 41, true), (1, 52, false)] {
            let config = TinyNetworks.machine(width: 1, units: 1, latency: 1, neurons: 2, synapticBytes: bytes,
                                              schedule: .pipelined, strategy: .spread)
            let r = try ChipEngine(config: config).replay(topology: topo, spikes: [[[1], [1]]])
            XCTAssertEqual(r.mapping.segments.count, 2)
            XCTAssertEqual(r.timing.cycles, cycles, "\(bytes) bytes")
            XCTAssertEqual(r.timing.segments.map(\.start), [11, prefetched ? 26 : 37], "\(bytes) bytes")
            XCTAssertEqual(r.timing.segments.map(\.end), [26, cycles], "\(bytes) bytes")
            XCTAssertEqual(r.timing.segments.map(\.prefetched), [false, prefetched], "\(bytes) bytes")
            // Kernels (8 bits each) and P1's spike written and read (3 bits each way).
            XCTAssertEqual(r.timing.actions[.dram], 8 + 8 + 3 + 3)
        }
    }

    /// B1 receives two 1-byte kernels (C0 and C1, both from P0) but a core holds 1 byte: it
    /// cannot be resident with both, so both strategies stream it, one writer's kernel at a time
    /// (neurocycle used to refuse the model).
    func testBufferWhoseWritersDoNotFitTogetherIsStreamed() throws {
        let buffers = [HandPlaced.buffer("B0"), HandPlaced.buffer("B1")]
        let pops = [HandPlaced.population("P0", reads: 0, buffers)]
        let convs = [HandPlaced.conv("C0", from: 0, into: 1, buffers, pops), HandPlaced.conv("C1", from: 0, into: 1, buffers, pops)]
        let topo = HandPlaced.topology(buffers, pops, convs, [.fire(0), .conv(0), .conv(1)])
        for strategy in MappingConfig.Strategy.allCases {
            let config = TinyNetworks.machine(width: 4, units: 1, latency: 1, synapticBytes: 1, strategy: strategy)
            let m = try Mapping.plan(topo, on: config)
            XCTAssertEqual(m.mode, .streamed, "\(strategy)")
            XCTAssertEqual(m.buffers[1].weightBytesPerChannel, 1, "\(strategy)")
        }
        // Spread: {P0, C0} fit together, then {C1} on its own.
        let spread = try Mapping.plan(topo, on: TinyNetworks.machine(width: 4, units: 1, latency: 1, synapticBytes: 1, strategy: .spread))
        XCTAssertEqual(spread.segments.map(\.steps), [0..<2, 2..<3])
    }
}
