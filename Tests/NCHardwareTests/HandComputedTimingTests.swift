import NCModel
import XCTest

@testable import NCHardware

/// Small cases whose cycles and action counts are worked out by hand from the engine's rules
/// (hwconfigs/README.md): an event costs ceil(fan-out / accumulate units) cycles in the
/// destination core plus the pipeline latency; a hop costs `hop` cycles; a core's fire unit
/// updates `fireRate` neurons per cycle; layers are separated by barriers.
final class HandComputedTimingTests: XCTestCase {
    /// One neuron with s = 1 on core 0; its 1x1 conv to 4 output channels lives on core 1.
    func testOneEventThroughOneCore() throws {
        let topo = TinyNetworks.single(outChannels: 4)
        let machine = TinyNetworks.machine(width: 2, units: 2, latency: 3)
        let r = try ChipEngine(config: machine).replay(topology: topo, spikes: [[[1]]])
        XCTAssertEqual(r.timing.mappingMode, .resident)
        // fire: 1 neuron at 1 per cycle -> cycle 1. The event leaves core 0 at 1, crosses one
        // link (2 cycles), arrives at 3, occupies the units ceil(4 / 2) = 2 cycles, and its
        // membrane write completes 3 cycles later: 3 + 2 + 3 = 8.
        XCTAssertEqual(r.timing.cycles, 8)
        let layer = r.timing.layers[0]
        XCTAssertEqual(layer.events, 1)
        XCTAssertEqual(layer.deliveries, 1)
        XCTAssertEqual(layer.sops, 4)
        XCTAssertEqual(layer.actions[.accumulate], 4)
        XCTAssertEqual(layer.actions[.synapticRead], 4 * 8)
        // Membranes: the fire reads 1 x 24 bits; the bias preload read-modify-writes 4 x 24;
        // every accumulate read-modify-writes 24 bits.
        XCTAssertEqual(layer.actions[.membraneRead], 24 + 4 * 24 + 4 * 24)
        XCTAssertEqual(layer.actions[.membraneWrite], 4 * 24 + 4 * 24)
        XCTAssertEqual(layer.actions[.spike], 1)
        XCTAssertEqual(layer.actions[.flitHop], 1)
        XCTAssertEqual(r.timing.cores[1].busy, 2)
        XCTAssertEqual(r.timing.cores[0].busy, 1)
    }

    /// The same event crossing two hops to core 2 of a 3x1 mesh arrives two hops later, and
    /// s = 3 sends three events back to back.
    func testTwoHopsAndIntegerSpikeUnrolledIntoEvents() throws {
        var topo = TinyNetworks.single(outChannels: 4)
        // Put the output on core 2: a dummy buffer takes core 1 in the serpentine order.
        topo.buffers.insert(CurrentBuffer(name: "pad", channels: 1, height: 1, width: 1, initial: .zero), at: 1)
        topo.convs[0] = ConvLayer(name: "conv", source: .population(0), output: [BufferSlice(buffer: 2, channelStart: 0, channelCount: 4)],
                                  inChannels: 1, outChannels: 4, kernel: 1, stride: 1, padding: 0, groups: 1,
                                  inHeight: 1, inWidth: 1, outHeight: 1, outWidth: 1, origin: .conv)
        let machine = TinyNetworks.machine(width: 3, units: 4, latency: 1)
        let r = try ChipEngine(config: machine).replay(topology: topo, spikes: [[[3]]])
        // fire ends at 1. Events leave at 1, 2, 3 (one flit per cycle), arrive 2 hops x 2 cycles
        // later at 5, 6, 7; each takes ceil(4/4) = 1 cycle, so they start at 5, 6, 7 and the last
        // completes at 7 + 1 + 1 = 9.
        XCTAssertEqual(r.timing.cycles, 9)
        XCTAssertEqual(r.timing.layers[0].events, 3)
        XCTAssertEqual(r.timing.layers[0].sops, 12)
        XCTAssertEqual(r.timing.layers[0].actions[.flitHop], 3 * 2)
        XCTAssertEqual(r.timing.cores[2].busy, 3)
    }

    /// A queue of depth 1 in front of a slow core pushes back on the network.
    func testQueueBackPressure() throws {
        let topo = TinyNetworks.single(channels: 4, outChannels: 8)
        let machine = TinyNetworks.machine(width: 2, units: 1, latency: 2, queue: 1, fireRate: 4)
        let r = try ChipEngine(config: machine).replay(topology: topo, spikes: [[[1, 1, 1, 1]]])
        // fire: 4 neurons at 4 per cycle -> 1. The pixel's four events leave core 0 as one burst
        // at 1, 2, 3, 4 and arrive at 3, 4, 5, 6; each needs 8 cycles.
        //   e0: arrives 3, starts 3, units free at 11.
        //   e1: arrives 4; the queue holds 1 and e0 left it at 3, so it enters at 4; starts 11.
        //   e2: arrives 5; the queue is full until e1 starts at 11: blocked 6; starts 19.
        //   e3: arrives 6; the queue is full until e2 starts at 19: blocked 13; starts 27;
        //       completes 27 + 8 + 2 = 37.
        XCTAssertEqual(r.timing.cycles, 37)
        XCTAssertEqual(r.timing.cores[1].blocked, 6 + 13)
        XCTAssertEqual(r.timing.cores[1].queueHighWater, 1)
        XCTAssertEqual(r.timing.cores[1].busy, 32)
    }

    /// The router buffer decides when a full queue backs up into the link: with room for one
    /// packet the second burst waits at its source; with room for four it does not.
    func testRouterBufferDelaysTheNextBurstOnlyWhenFull() throws {
        let topo = TinyNetworks.single(channels: 4, size: 2, outChannels: 8)
        var spikes = [UInt8](repeating: 0, count: 16)
        for c in 0..<4 { spikes[c] = 1; spikes[4 + c] = 1 }  // pixels (0, 0) and (0, 1)
        for (buffer, stall) in [(1, 6), (4, 0)] {
            let machine = TinyNetworks.machine(width: 2, units: 1, latency: 2, queue: 1, routerBuffer: buffer, fireRate: 16)
            let r = try ChipEngine(config: machine).replay(topology: topo, spikes: [[spikes]])
            // fire ends at 1. Burst A (4 events) leaves at 1..4 and arrives 3..6; the core starts
            // them at 3, 11, 19, 27. With a 1-packet router buffer the 4th event finds queue and
            // router full until event 2 starts at 11, so the link is held until 11 and burst B,
            // ready at 5, leaves at 11: a 6-cycle stall. Either way the core is busy until
            // 35 + 3 x 8 = 59 and the last write completes at 59 + 8 + 2 = 69.
            XCTAssertEqual(r.timing.cores[0].stall, stall, "router buffer \(buffer)")
            XCTAssertEqual(r.timing.cycles, 69, "router buffer \(buffer)")
        }
    }
}
