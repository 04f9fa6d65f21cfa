import NCModel
import XCTest
@testable import NCHardware

/// What each preset promises in its `source`, and the helpers the engine uses.
final class PresetTests: XCTestCase {
    func testPaperPresetCountsOnlyAccumulatesAndEncoderMACs() throws {
        let paper = try Presets.load("paper-45nm")
        XCTAssertEqual(paper.core.arithmetic, .fp32)
        XCTAssertEqual(paper.weightBitsEffective, 32)
        XCTAssertEqual(paper.membraneBitsEffective, 32)
        XCTAssertEqual(paper.energy[.accumulate], 0.9)
        XCTAssertEqual(paper.energy[.encoderMAC], 4.6)
        for entry in paper.energy.entries where !["accumulate_pj", "mac_pj"].contains(entry.key) {
            XCTAssertEqual(entry.value, 0, "paper-45nm: \(entry.key) must be exactly 0")
        }
    }

    /// The paper preset holds SpikeYOLO-s at 640×640 resident (its README promise): every
    /// membrane and every weight on chip at once.
    func testPaperPresetHoldsSpikeYOLOsResident() throws {
        let paper = try Presets.load("paper-45nm")
        let topology = try Self.spikeYOLOs640()
        XCTAssertEqual(try Mapping.plan(topology, on: paper).mode, .resident)
        XCTAssertGreaterThanOrEqual(paper.coreCount * paper.core.neuronMemoryNeurons, Self.distinctNeurons(topology))
        XCTAssertGreaterThanOrEqual(paper.coreCount * paper.weightsPerCore, Self.spikingWeights(topology))
    }

    /// The default chip holds fewer membranes than SpikeYOLO-s at 640×640 has distinct neurons,
    /// so its layers take turns on the cores.
    func testDefaultCannotHoldSpikeYOLOsResident() throws {
        let chip = HardwareConfig.builtinDefault
        XCTAssertEqual(chip.coreCount, 256)
        let topology = try Self.spikeYOLOs640()
        XCTAssertLessThan(chip.coreCount * chip.core.neuronMemoryNeurons, Self.distinctNeurons(topology))
        XCTAssertEqual(try Mapping.plan(topology, on: chip).mode, .streamed)
        XCTAssertEqual(chip.arithmeticLabel, "int8/int24")
    }

    /// SpikeYOLO-s's folded topology at 640×640 (random weights: only shapes matter here).
    static func spikeYOLOs640() throws -> NetworkTopology {
        let blueprint = try Blueprint(spec: BuiltinArchitecture.spec(scale: "s", classCount: 80))
        return try GraphBuilder.chains(blueprint: blueprint, weights: SyntheticWeights.random(blueprint),
                                       inputHeight: 640, inputWidth: 640).topology
    }

    /// Neurons a chip computes: populations that are not aliases of another.
    static func distinctNeurons(_ topology: NetworkTopology) -> Int {
        topology.populations.filter { $0.aliasOf == nil }.reduce(0) { $0 + $1.count }
    }

    /// Weights stored in cores: every folded convolution but the encoder's.
    static func spikingWeights(_ topology: NetworkTopology) -> Int {
        topology.convs.filter { !$0.isEncoding }.reduce(0) { $0 + $1.weightCount }
    }

    func testLoihiLikeStructure() throws {
        let loihi = try Presets.load("loihi-like")
        XCTAssertEqual(loihi.coreCount, 128)
        XCTAssertEqual(loihi.core.neuronMemoryNeurons, 1024)
        XCTAssertEqual(loihi.core.synapticMemoryBytes, 128 * 1024)
        XCTAssertEqual(loihi.energy[.accumulate], 23.6)
        XCTAssertEqual(loihi.energy[.spike], 1.7)
        XCTAssertEqual(loihi.energy[.flitHop], 3.5)
        XCTAssertEqual(loihi.cycleSeconds, 3.5e-9, accuracy: 1e-15)
    }

    func testSpeckLikeStructure() throws {
        let speck = try Presets.load("speck-like")
        XCTAssertEqual(speck.coreCount, 9)
        XCTAssertEqual(speck.core.neuronMemoryNeurons, 32 * 1024)
        XCTAssertEqual(speck.weightsPerCore, 32 * 1024, "32 Ki kernel entries of 8 bits")
        XCTAssertEqual(speck.arithmeticLabel, "int8/int16")
    }

    func testEdgeSmallStructure() throws {
        let edge = try Presets.load("edge-small")
        XCTAssertEqual(edge.coreCount, 16)
        XCTAssertEqual(edge.chip.clockHz, 100e6)
        XCTAssertEqual(edge.arithmeticLabel, "int4/int16")
        XCTAssertEqual(edge.weightsPerCore, 131_072)
    }

    func testFlitsPerPacketRoundsUp() throws {
        var config = HardwareConfig.defaults
        XCTAssertEqual(config.flitsPerPacket, 1)
        for (packet, link, flits) in [(64, 32, 2), (65, 32, 3), (1, 64, 1), (100, 1, 100), (96, 32, 3)] {
            config.noc.packetBits = packet
            config.noc.linkWidthBits = link
            XCTAssertEqual(config.flitsPerPacket, flits, "\(packet) bits on \(link)-bit links")
        }
    }

    func testCoordinatesRunRowByRow() throws {
        let loihi = try Presets.load("loihi-like")
        XCTAssertEqual(loihi.chip.meshWidthCores, 16)
        XCTAssertTrue(loihi.coordinates(of: 0) == (x: 0, y: 0))
        XCTAssertTrue(loihi.coordinates(of: 15) == (x: 15, y: 0))
        XCTAssertTrue(loihi.coordinates(of: 16) == (x: 0, y: 1))
        XCTAssertTrue(loihi.coordinates(of: 127) == (x: 15, y: 7))
        for id in 0..<loihi.coreCount {
            let (x, y) = loihi.coordinates(of: id)
            XCTAssertTrue((0..<16).contains(x) && (0..<8).contains(y))
            XCTAssertEqual(loihi.coreID(x: x, y: y), id)
        }
    }

    func testCycleSeconds() {
        XCTAssertEqual(HardwareConfig.builtinDefault.cycleSeconds, 2e-9, accuracy: 1e-18)
    }

    func testKeySuggestions() {
        XCTAssertEqual(KeySuggestion.distance("kitten", "sitting"), 3)
        XCTAssertEqual(KeySuggestion.distance("", "abc"), 3)
        XCTAssertEqual(KeySuggestion.distance("same", "same"), 0)
        let core = CoreConfig.CodingKeys.allCases.map(\.rawValue)
        XCTAssertEqual(KeySuggestion.closest(to: "neuron_mem", among: core), "neuron_memory_neurons")
        XCTAssertEqual(KeySuggestion.closest(to: "Weight_Bits", among: core), "weight_bits")
        XCTAssertEqual(KeySuggestion.closest(to: "membrane_bit", among: core), "membrane_bits")
        XCTAssertNil(KeySuggestion.closest(to: "zz", among: core))
        XCTAssertNil(KeySuggestion.closest(to: "frobnicate", among: core))
    }
}
