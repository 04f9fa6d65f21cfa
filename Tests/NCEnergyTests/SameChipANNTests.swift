import NCHardware
import XCTest

@testable import NCEnergy
@testable import NCModel

/// The same-chip dense ANN is priced with the SNN's memory model on every preset (issue #12):
/// its MAC reads the same weight bits and read-modify-writes the same accumulator bits at the
/// same prices per bit as a synaptic operation, and never costs less than the accumulate it
/// contains. Before, `loihi-like` priced a synaptic op at 23.6 pJ (memory included) and an ANN
/// MAC at a bare 0.3 pJ, and reported the ANN 82.5× cheaper per operation than it is.
final class SameChipANNTests: XCTestCase {
    /// A 2-channel 4×4 input, 3×3 convolution to 3 channels, T = 2: 2·3·9·16·2 = 1,728 MACs.
    func tinyRun(on config: HardwareConfig) throws -> (ChipEnergy, NetworkTopology) {
        var spikes = [UInt8](repeating: 0, count: 2 * 2 * 16)
        for i in stride(from: 0, to: spikes.count, by: 3) { spikes[i] = 1 }
        let w = LayerWorkload(timesteps: 2, inChannels: 2, height: 4, width: 4, spikes: spikes, outChannels: 3, kernel: 3, stride: 1,
                              padding: 1, groups: 1, weights: (0..<54).map { Double($0 % 5 - 2) }, neuron: IntegrateAndFire(threshold: 1))
        let run = try LayerRun.run(w, arithmetic: .fp64, threads: 1)
        let topology = w.graph.topology
        let result = try ChipEngine(config: config, threads: 1).replay(topology: topology, spikes: run.spikes)
        return (ChipEnergy(result, topology: topology, table: config.energy), topology)
    }

    func testEveryPresetPricesTheANNWithTheSNNsMemoryModel() throws {
        XCTAssertTrue(HardwareConfig.builtinPresetNames.contains("loihi"))
        for name in HardwareConfig.builtinPresetNames {
            let config = try XCTUnwrap(try HardwareConfig.builtinPreset(named: name), name)
            let e = config.energy
            let (wb, mb) = (Double(config.weightBitsEffective), Double(config.membraneBitsEffective))
            // Per bit, written out: the SNN's synaptic op and the ANN's MAC move the same bits at the same prices.
            let memory = wb * e[.synapticRead] + mb * (e[.membraneRead] + e[.membraneWrite])
            let snn = e[.accumulate] + memory
            let ann = max(e[.encoderMAC], e[.accumulate]) + memory
            XCTAssertEqual(ChipEnergy.snnPicojoulesPerSynapticOp(config, table: e), snn, accuracy: 1e-12, name)
            XCTAssertEqual(ChipEnergy.annPicojoulesPerMAC(config, table: e), ann, accuracy: 1e-12, name)
            XCTAssertGreaterThanOrEqual(ann, snn, "\(name): a dense MAC priced below the synaptic op it contains")
            // And what a simulation reports uses it: MACs × per-MAC energy + leakage while computing.
            let (energy, topology) = try tinyRun(on: config)
            let macs = Double(topology.macs * topology.timesteps)
            XCTAssertEqual(macs, 1728)
            let perCore = e.leakageMilliwattsPerCore + e.leakageMilliwattsPerKiB * config.coreMemoryKiB
            let seconds = macs / Double(config.coreCount * config.core.accumulateUnits) * config.cycleSeconds
            let expected = macs * ann + perCore * Double(config.coreCount) * seconds * 1e9
            XCTAssertEqual(energy.sameChipANNPicojoules, expected, accuracy: 1e-9 * expected, name)
        }
    }

    func testLoihiPresetCarriesSANAFEsEnergies() throws {
        // SANA-FE 2.2.9 loihi.yaml: conv synapse 24.0 pJ, lif access 51.2 + update 21.6, spike out 69.3 pJ,
        // message out 111 pJ, hops 3.0 pJ east-west and 4.2 pJ north-south between tiles (not per core flit).
        let e = try XCTUnwrap(try HardwareConfig.builtinPreset(named: "loihi")).energy
        XCTAssertEqual(e[.accumulate], 24.0)
        XCTAssertEqual(e[.neuronUpdate], 51.2 + 21.6, accuracy: 1e-12)
        XCTAssertEqual(e[.spike], 69.3)
        XCTAssertEqual(e[.message], 111.0)
        XCTAssertEqual(e[.tileHopX], 3.0)
        XCTAssertEqual(e[.tileHopY], 4.2)
        XCTAssertEqual(e[.flitHop], 0)
    }
}
