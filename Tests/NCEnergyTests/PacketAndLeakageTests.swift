import NCModel
import XCTest

@testable import NCEnergy
@testable import NCHardware

/// Spike packets and leakage on one neuron feeding a 1x1 convolution to 4 output channels,
/// worked out by hand with the default energy table (accumulate 0.077 pJ, 0.3125 pJ per memory
/// bit, spike 10 pJ, 5.2 pJ per flit-hop, neuron update 0.231 pJ, 0.5 mW per core) on a 1 GHz
/// chip: 4 accumulate units, 3-cycle pipeline, 2-cycle hops, 64-bit packets on 32-bit links
/// (2 flits each), pipelined, the neuron on core 0 and the outputs on core 1.
final class PacketAndLeakageTests: XCTestCase {
    func topology() -> NetworkTopology {
        let input = CurrentBuffer(name: "in", channels: 1, height: 1, width: 1, initial: .zero)
        let output = CurrentBuffer(name: "out", channels: 4, height: 1, width: 1, initial: .zero)
        let pop = NeuronPopulation(name: "P", input: [BufferSlice(buffer: 0, channelStart: 0, channelCount: 1)],
                                   height: 1, width: 1, aliasOf: nil)
        let conv = ConvLayer(name: "conv", source: .population(0), output: [BufferSlice(buffer: 1, channelStart: 0, channelCount: 4)],
                             inChannels: 1, outChannels: 4, kernel: 1, stride: 1, padding: 0, groups: 1,
                             inHeight: 1, inWidth: 1, outHeight: 1, outWidth: 1, origin: .conv)
        return NetworkTopology(buffers: [input, output], populations: [pop], convs: [conv], steps: [.fire(0), .conv(0)],
                               heads: [], headStrides: [], timesteps: 1, spikeLevels: 4, classCount: 1,
                               inputChannels: 3, inputHeight: 32, inputWidth: 32)
    }

    func chip(width: Int = 2, packets: NoCConfig.SpikePacketKind = .binary, accumulate: NoCConfig.GradedAccumulate = .repeated,
              gating: Bool = false) -> HardwareConfig {
        var c = HardwareConfig.defaults
        c.chip = ChipConfig(meshWidthCores: width, meshHeightCores: 1, clockHz: 1e9, schedule: .pipelined, powerGating: gating)
        c.core = CoreConfig(neuronMemoryNeurons: 1 << 16, synapticMemoryBytes: 1 << 20, arithmetic: .fixed, weightBits: 8,
                            membraneBits: 24, accumulateUnits: 4, eventQueueDepthEvents: 64, pipelineLatencyCycles: 3,
                            fireNeuronsPerCycle: 1, synapticWordBits: 64, neuronWordBits: 64)
        c.noc = NoCConfig(hopLatencyCycles: 2, linkWidthBits: 32, packetBits: 64, routerBufferPackets: 4, spikePackets: packets,
                          gradedAccumulate: accumulate)
        c.mapping = MappingConfig(strategy: .fewestCores, weights: .sharedKernel, skipZeroWeights: false)
        return c
    }

    func energy(_ config: HardwareConfig, spike: UInt8) throws -> (SimulationResult, [String: Double]) {
        let topo = topology()
        let r = try ChipEngine(config: config).replay(topology: topo, spikes: [[[spike]]])
        let e = ChipEnergy(r, topology: topo, table: config.energy)
        XCTAssertEqual(e.total.totalPicojoules, e.total.components.reduce(0) { $0 + $1.picojoules })
        return (r, Dictionary(uniqueKeysWithValues: e.total.components.map { ($0.name, $0.picojoules) }))
    }

    /// s = 3. The neuron fires at cycle 0 (ends 1).
    /// - binary: 3 packets leave at 1, 3, 5 (2 flits each on the link), arrive at 3, 5, 7, each
    ///   occupies the 4 units 1 cycle; the last write completes at 7 + 1 + 3 = 11. 3 packets,
    ///   6 flits, 6 flit-hops; 12 accumulates, weights read 12 times, membranes read-modify-
    ///   written 12 times.
    /// - graded, repeat: 1 packet leaves at 1, arrives 3, occupies the units 3 passes (3 cycles),
    ///   completes at 3 + 3 + 3 = 9. 1 packet, 2 flits, 2 flit-hops; 12 accumulates, but each of
    ///   the 4 weights and membranes is read once.
    /// - graded, shift-add: popcount(3) = 2 passes, completes at 8; 8 accumulates.
    /// SOPs are 12 in every case.
    func testGradedAgainstBinaryForOneNeuronWithSpikeThree() throws {
        let cases: [(NoCConfig.SpikePacketKind, NoCConfig.GradedAccumulate, cycles: Int, packets: Int, adds: Int, visits: Int)] = [
            (.binary, .repeated, 11, 3, 12, 12), (.graded, .repeated, 9, 1, 12, 4), (.graded, .shiftAdd, 8, 1, 8, 4),
        ]
        for (kind, accumulate, cycles, packets, adds, visits) in cases {
            let label = "\(kind) \(accumulate)"
            let (r, pj) = try energy(chip(packets: kind, accumulate: accumulate), spike: 3)
            XCTAssertEqual(r.timing.cycles, cycles, label)
            XCTAssertEqual(r.timing.packets, packets, label)
            XCTAssertEqual(r.timing.flits, 2 * packets, label)
            XCTAssertEqual(r.timing.flitHops, 2 * packets, label)
            XCTAssertEqual(r.timing.layers[0].sops, 12, label)
            XCTAssertEqual(r.timing.actions[.accumulate], adds, label)
            XCTAssertEqual(r.timing.actions[.synapticRead], visits * 8, label)
            // Membranes: the fire reads 1, the bias preload read-modify-writes 4, each visit 1.
            XCTAssertEqual(r.timing.actions[.membraneRead], (1 + 4 + visits) * 24, label)
            XCTAssertEqual(r.timing.actions[.membraneWrite], (4 + visits) * 24, label)
            XCTAssertEqual(pj["accumulate"] ?? -1, Double(adds) * 0.077, accuracy: 1e-12, label)
            XCTAssertEqual(pj["synaptic_read"] ?? -1, Double(visits * 8) * 0.3125, accuracy: 1e-9, label)
            XCTAssertEqual(pj["spike"] ?? -1, Double(packets) * 10, accuracy: 1e-9, label)
            XCTAssertEqual(pj["noc"] ?? -1, Double(2 * packets) * 5.2, accuracy: 1e-9, label)
            XCTAssertEqual(pj["neuron_update"] ?? -1, 0.231, accuracy: 1e-12, label)
            // 2 cores x 0.5 mW x the latency in ns = pJ.
            XCTAssertEqual(pj["leakage"] ?? -1, 2 * 0.5 * Double(cycles), accuracy: 1e-9, label)
        }
    }

    /// On a 4x1 mesh the two buffers take cores 0 and 1. s = 1: the event arrives at 3 and
    /// completes at 3 + 1 + 3 = 7. Without gating all 4 cores leak 0.5 mW for 7 ns (14 pJ);
    /// power-gated, the 2 empty cores leak nothing (7 pJ). With 0.001 mW per KiB, each powered
    /// core (64 Ki neurons of 24 bits = 192 KiB, and 1 MiB of synaptic memory) adds
    /// 0.001 x (192 + 1024) mW.
    func testPowerGatedIdleCoresLeakNothing() throws {
        let (open, pjOpen) = try energy(chip(width: 4), spike: 1)
        XCTAssertEqual(open.timing.cycles, 7)
        XCTAssertEqual(pjOpen["leakage"] ?? -1, 4 * 0.5 * 7, accuracy: 1e-9)
        var gated = chip(width: 4, gating: true)
        let (r, pjGated) = try energy(gated, spike: 1)
        XCTAssertEqual(r.timing.cores.map(\.occupied), [true, true, false, false])
        XCTAssertEqual(pjGated["leakage"] ?? -1, 2 * 0.5 * 7, accuracy: 1e-9)
        let perCore = ChipEnergy(r, topology: topology(), table: gated.energy).cores.map { $0.millijoules["leakage"] ?? -1 }
        XCTAssertEqual(perCore[2], 0)
        XCTAssertEqual(perCore[3], 0)
        XCTAssertEqual(perCore[0], 0.5 * 7e-9, accuracy: 1e-18)
        gated.energy.leakageMilliwattsPerKiB = 0.001
        let (_, pjKiB) = try energy(gated, spike: 1)
        XCTAssertEqual(pjKiB["leakage"] ?? -1, 2 * (0.5 + 0.001 * (192 + 1024)) * 7, accuracy: 1e-9)
    }
}
