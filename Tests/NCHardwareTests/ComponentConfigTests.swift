import XCTest
@testable import NCHardware

/// The component keys of issue #11: their names, types, ranges and defaults.
final class ComponentConfigTests: XCTestCase {
    func testChoicesListWhatIsAllowed() {
        assertRejects(#"{"version": 1, "chip": {"schedule": "fast"}}"#,
                      #"chip.schedule must be "pipelined" or "layer-barrier" (found "fast")"#)
        assertRejects(#"{"version": 1, "mapping": {"strategy": "random"}}"#,
                      #"mapping.strategy must be "spread" or "fewest-cores" (found "random")"#)
        assertRejects(#"{"version": 1, "mapping": {"weights": "shared"}}"#,
                      #"mapping.weights must be "shared-kernel" or "per-tile" (found "shared")"#)
        assertRejects(#"{"version": 1, "noc": {"spike_packets": "integer"}}"#,
                      #"noc.spike_packets must be "binary" or "graded" (found "integer")"#)
        assertRejects(#"{"version": 1, "noc": {"graded_accumulate": "multiply"}}"#,
                      #"noc.graded_accumulate must be "repeat" or "shift_add" (found "multiply")"#)
    }

    func testTypesAndRanges() {
        assertRejects(#"{"version": 1, "chip": {"power_gating": 1}}"#, "chip.power_gating must be true or false")
        assertRejects(#"{"version": 1, "mapping": {"skip_zero_weights": "yes"}}"#, "mapping.skip_zero_weights must be true or false")
        assertRejects(#"{"version": 1, "chip": {"schedule": 2}}"#, "chip.schedule must be a string")
        assertRejects(#"{"version": 1, "mapping": {"stratgy": "spread"}}"#, "unknown key mapping.stratgy (did you mean mapping.strategy?)")
        assertRejects(#"{"version": 1, "mapping": 3}"#, "mapping must be a JSON object")
        assertRejects(#"{"version": 1, "core": {"neuron_word_bits": 0}}"#, "core.neuron_word_bits must be at least 1 (found 0)")
        assertRejects(#"{"version": 1, "core": {"synaptic_word_bits": 5000}}"#, "core.synaptic_word_bits must be at most 4096 (found 5000)")
        assertRejects(#"{"version": 1, "energy": {"leakage_mw_per_kib": -1}}"#, "energy.leakage_mw_per_kib must be at least 0 (found -1)")
        assertRejects(#"{"version": 1, "energy": {"neuron_update_pj": -0.5}}"#, "energy.neuron_update_pj must be at least 0 (found -0.5)")
    }

    func testDefaultsAndOverrides() throws {
        let d = HardwareConfig.defaults
        XCTAssertEqual(d.chip.schedule, .pipelined)
        XCTAssertFalse(d.chip.powerGating)
        XCTAssertEqual(d.mapping, MappingConfig(strategy: .spread, weights: .sharedKernel, skipZeroWeights: false))
        XCTAssertEqual(d.noc.spikePackets, .binary)
        XCTAssertEqual(d.noc.gradedAccumulate, .repeated)
        let c = try HardwareConfig.decode(json: #"""
            {"version": 1, "chip": {"schedule": "layer-barrier", "power_gating": true},
             "mapping": {"strategy": "fewest-cores", "weights": "per-tile", "skip_zero_weights": true},
             "noc": {"spike_packets": "graded", "graded_accumulate": "shift_add"},
             "core": {"synaptic_word_bits": 32, "neuron_word_bits": 16},
             "energy": {"neuron_update_pj": 2, "synaptic_read_pj_per_access": 3, "leakage_mw_per_kib": 0.25}}
            """#)
        XCTAssertEqual(c.chip.schedule, .layerBarrier)
        XCTAssertTrue(c.chip.powerGating)
        XCTAssertEqual(c.mapping, MappingConfig(strategy: .fewestCores, weights: .perTile, skipZeroWeights: true))
        XCTAssertEqual(c.noc.spikePackets, .graded)
        XCTAssertEqual(c.noc.gradedAccumulate, .shiftAdd)
        XCTAssertEqual(c.energy[.neuronUpdate], 2)
        XCTAssertEqual(c.energy[.synapticReadAccess], 3)
        XCTAssertEqual(c.energy.leakageMilliwattsPerKiB, 0.25)
        XCTAssertEqual(try HardwareConfig.decode(json: c.jsonText()), c)
    }

    /// A weight of 8 bits read from 32-bit words is one access; a 24-bit membrane from 16-bit
    /// words two.
    func testWordAccessesFollowFromBitCounts() {
        var counts = ActionCounts()
        counts[.synapticRead] = 10 * 8
        counts[.membraneRead] = 7 * 24
        counts[.membraneWrite] = 3 * 24
        let a = counts.withAccesses(weightBits: 8, membraneBits: 24, synapticWordBits: 32, neuronWordBits: 16)
        XCTAssertEqual(a[.synapticReadAccess], 10)
        XCTAssertEqual(a[.membraneReadAccess], 14)
        XCTAssertEqual(a[.membraneWriteAccess], 6)
        XCTAssertEqual(a[.synapticRead], counts[.synapticRead])
    }
}
