import NCModel
import XCTest

@testable import NCSimulation

final class SpikeComparisonTests: XCTestCase {
    /// Two populations over two timesteps, counted by hand.
    func testCountsSharesAndMostMoved() {
        let a = CurrentBuffer(name: "a", channels: 1, height: 1, width: 3, initial: .zero)
        let slice = [BufferSlice(buffer: 0, channelStart: 0, channelCount: 1)]
        let pops = ["p", "q", "r"].map { NeuronPopulation(name: $0, input: slice, height: 1, width: 3, aliasOf: nil) }
        let topology = NetworkTopology(buffers: [a], populations: pops, convs: [], steps: [], heads: [], headStrides: [],
                                       timesteps: 2, spikeLevels: 4, classCount: 1, inputChannels: 3, inputHeight: 32, inputWidth: 32)
        // p: here [1,0,2] [0,0,0] = 3 spikes; there [1,1,2] [0,0,0] = 4 spikes; 1 neuron-timestep differs.
        // q: here [4,4,0] [1,0,0] = 9; there [2,2,0] [1,0,0] = 5; 2 differ.
        // r: silent in both.
        let here: [[[UInt8]]] = [[[1, 0, 2], [4, 4, 0], [0, 0, 0]], [[0, 0, 0], [1, 0, 0], [0, 0, 0]]]
        let there: [[[UInt8]]] = [[[1, 1, 2], [2, 2, 0], [0, 0, 0]], [[0, 0, 0], [1, 0, 0], [0, 0, 0]]]
        let c = SpikeComparison(topology, spikes: here, reference: there, referenceName: "fp64")
        XCTAssertEqual(c.populations.map(\.differing), [1, 2, 0])
        // The maps are counted on several threads to the same counts.
        XCTAssertEqual(SpikeComparison(topology, spikes: here, reference: there, referenceName: "fp64", threads: 3), c)
        XCTAssertEqual(c.populations.map(\.spikes), [3, 9, 0])
        XCTAssertEqual(c.populations.map(\.referenceSpikes), [4, 5, 0])
        XCTAssertEqual(c.neuronTimesteps, 18)
        XCTAssertEqual(c.differing, 3)
        XCTAssertEqual(c.differingShare, 3.0 / 18.0)
        // q moved by 9/5 - 1 = 80 %, p by 3/4 - 1 = -25 %; r did not move.
        XCTAssertEqual(c.mostMoved().map(\.name), ["q", "p"])
        XCTAssertEqual(c.mostMoved(1).map(\.name), ["q"])
    }
}
