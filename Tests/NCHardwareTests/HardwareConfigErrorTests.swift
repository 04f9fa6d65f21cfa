import Foundation
import XCTest
@testable import NCHardware

/// Every rejected config gives one exact line naming the key path, the value and what is allowed.
final class HardwareConfigErrorTests: XCTestCase {
    func testUnknownKeys() {
        assertRejects(#"{"version": 1, "cores": {}}"#, "unknown key cores (did you mean core?)")
        assertRejects(#"{"version": 1, "core": {"neuron_mem": 4096}}"#,
                      "unknown key core.neuron_mem (did you mean core.neuron_memory_neurons?)")
        assertRejects(#"{"version": 1, "core": {"acumulate_units": 4}}"#,
                      "unknown key core.acumulate_units (did you mean core.accumulate_units?)")
        assertRejects(#"{"version": 1, "energy": {"frobnicate": 1}}"#, "unknown key energy.frobnicate")
        // Several unknown keys: the alphabetically first is reported, whatever the dictionary order.
        assertRejects(#"{"version": 1, "zeta": 1, "alpha": 2, "mid": 3}"#, "unknown key alpha")
        // Unknown keys are found before the values of known keys are checked.
        assertRejects(#"{"version": 1, "chip": {"mesh_width": 0, "clockhz": 5}}"#,
                      "unknown key chip.clockhz (did you mean chip.clock_hz?)")
    }

    func testVersion() {
        assertRejects(#"{"version": 2}"#, "version 2 is not supported (this neurocycle reads version 1)")
        assertRejects(#"{"version": 2, "new_section": {}}"#, "version 2 is not supported (this neurocycle reads version 1)")
        assertRejects(#"{"name": "x"}"#, #"version is missing (this neurocycle reads version 1: add "version": 1)"#)
        assertRejects(#"{"version": "1"}"#, "version must be an integer")
        var config = HardwareConfig.defaults
        config.version = 0
        assertConfigError("version 0 is not supported (this neurocycle reads version 1)") { try config.validate() }
    }

    func testWrongTypes() {
        assertRejects(#"{"version": 1, "chip": {"clock_hz": "500 MHz"}}"#, "chip.clock_hz must be a number")
        assertRejects(#"{"version": 1, "energy": {"accumulate_pj": "0.9"}}"#, "energy.accumulate_pj must be a number")
        assertRejects(#"{"version": 1, "energy": {"spike_pj": null}}"#, "energy.spike_pj must be a number")
        assertRejects(#"{"version": 1, "chip": {"mesh_width": 16.5}}"#, "chip.mesh_width must be an integer")
        assertRejects(#"{"version": 1, "chip": {"mesh_width": 1e30}}"#, "chip.mesh_width must be an integer")
        assertRejects(#"{"version": 1, "core": {"event_queue_depth": true}}"#, "core.event_queue_depth must be an integer")
        assertRejects(#"{"version": 1, "name": 7}"#, "name must be a string")
        assertRejects(#"{"version": 1, "core": 5}"#, "core must be a JSON object")
        assertRejects(#"{"version": 1, "noc": [1, 2]}"#, "noc must be a JSON object")
        assertRejects(#"{"version": 1, "dram": null}"#, "dram must be a JSON object")
        assertRejects("[1, 2]", "the hardware config must be a JSON object")
        assertRejects(#"{"version": 1, "core": {"arithmetic": 32}}"#, "core.arithmetic must be a string")
        assertRejects(#"{"version": 1, "core": {"arithmetic": "int8"}}"#, #"core.arithmetic must be "fp32", "fp64" or "fixed" (found "int8")"#)
    }

    func testMeshAndClock() {
        assertRejects(#"{"version": 1, "chip": {"mesh_width": 0, "mesh_height": 0}}"#, "chip.mesh_width must be at least 1 (found 0)")
        assertRejects(#"{"version": 1, "chip": {"mesh_height": 0}}"#, "chip.mesh_height must be at least 1 (found 0)")
        assertRejects(#"{"version": 1, "chip": {"mesh_width": 257}}"#, "chip.mesh_width must be at most 256 (found 257)")
        assertRejects(#"{"version": 1, "chip": {"clock_hz": 0}}"#, "chip.clock_hz must be at least 1 (found 0)")
        assertRejects(#"{"version": 1, "chip": {"clock_hz": -1.5}}"#, "chip.clock_hz must be at least 1 (found -1.5)")
        assertRejects(#"{"version": 1, "chip": {"clock_hz": 2e12}}"#, "chip.clock_hz must be at most 1000000000000 (found 2000000000000)")
    }

    func testCoreRanges() {
        assertRejects(#"{"version": 1, "core": {"accumulate_units": 0}}"#, "core.accumulate_units must be at least 1 (found 0)")
        assertRejects(#"{"version": 1, "core": {"synaptic_memory_bytes": -4}}"#, "core.synaptic_memory_bytes must be positive (found -4)")
        assertRejects(#"{"version": 1, "core": {"neuron_memory_neurons": 0}}"#, "core.neuron_memory_neurons must be positive (found 0)")
        assertRejects(#"{"version": 1, "core": {"event_queue_depth": 0}}"#, "core.event_queue_depth must be at least 1 (found 0)")
        assertRejects(#"{"version": 1, "core": {"pipeline_latency_cycles": -1}}"#, "core.pipeline_latency_cycles must be at least 0 (found -1)")
        assertRejects(#"{"version": 1, "core": {"fire_neurons_per_cycle": 0}}"#, "core.fire_neurons_per_cycle must be at least 1 (found 0)")
        assertRejects(#"{"version": 1, "core": {"accumulate_units": 70000}}"#, "core.accumulate_units must be at most 65536 (found 70000)")
        XCTAssertNoThrow(try HardwareConfig.decode(json: #"{"version": 1, "core": {"pipeline_latency_cycles": 0}}"#))
    }

    func testFixedPointBitWidths() {
        assertRejects(#"{"version": 1, "core": {"weight_bits": 1}}"#,
                      "core.weight_bits must be between 2 and 16 for fixed-point arithmetic (found 1)")
        assertRejects(#"{"version": 1, "core": {"weight_bits": 17, "membrane_bits": 30}}"#,
                      "core.weight_bits must be between 2 and 16 for fixed-point arithmetic (found 17)")
        assertRejects(#"{"version": 1, "core": {"membrane_bits": 7, "weight_bits": 4}}"#,
                      "core.membrane_bits must be between 8 and 30 for fixed-point arithmetic (found 7)")
        assertRejects(#"{"version": 1, "core": {"membrane_bits": 33}}"#,
                      "core.membrane_bits must be between 8 and 30 for fixed-point arithmetic (found 33)")
        assertRejects(#"{"version": 1, "core": {"weight_bits": 16, "membrane_bits": 12}}"#,
                      "core.membrane_bits must be at least core.weight_bits = 16 (found 12)")
        XCTAssertNoThrow(try HardwareConfig.decode(json: #"{"version": 1, "core": {"weight_bits": 2, "membrane_bits": 8}}"#))
        XCTAssertNoThrow(try HardwareConfig.decode(json: #"{"version": 1, "core": {"weight_bits": 16, "membrane_bits": 16}}"#))
    }

    func testFP32RejectsOtherBitWidths() {
        assertRejects(#"{"version": 1, "core": {"arithmetic": "fp32", "weight_bits": 8}}"#,
                      #"core.weight_bits must be 32 or absent when core.arithmetic is "fp32" (found 8)"#)
        assertRejects(#"{"version": 1, "core": {"arithmetic": "fp32", "membrane_bits": 24}}"#,
                      #"core.membrane_bits must be 32 or absent when core.arithmetic is "fp32" (found 24)"#)
    }

    func testNoCEncoderAndDRAM() {
        assertRejects(#"{"version": 1, "noc": {"link_width_bits": 0}}"#, "noc.link_width_bits must be at least 1 (found 0)")
        assertRejects(#"{"version": 1, "noc": {"hop_latency_cycles": 0}}"#, "noc.hop_latency_cycles must be at least 1 (found 0)")
        assertRejects(#"{"version": 1, "noc": {"packet_bits": -8}}"#, "noc.packet_bits must be at least 1 (found -8)")
        assertRejects(#"{"version": 1, "noc": {"router_buffer_packets": 0}}"#, "noc.router_buffer_packets must be at least 1 (found 0)")
        assertRejects(#"{"version": 1, "encoder": {"macs_per_cycle": 0}}"#, "encoder.macs_per_cycle must be at least 1 (found 0)")
        assertRejects(#"{"version": 1, "dram": {"bandwidth_bytes_per_cycle": 0}}"#, "dram.bandwidth_bytes_per_cycle must be at least 0.001 (found 0)")
        assertRejects(#"{"version": 1, "dram": {"latency_cycles": -3}}"#, "dram.latency_cycles must be at least 0 (found -3)")
    }

    /// The SANA-FE accounting options that only the layer-barrier schedule implements are refused
    /// with the pipelined one (the default), rather than silently not counted.
    func testLayerBarrierOnlyOptionsAreRefusedWhenPipelined() {
        assertRejects(#"{"version": 1, "noc": {"count_messages": true}}"#,
                      #"noc.count_messages must be false with chip.schedule "pipelined" (only the layer-barrier schedule counts messages) (found true)"#)
        assertRejects(#"{"version": 1, "chip": {"timestep_sync_ns": 1400}}"#,
                      #"chip.timestep_sync_ns must be 0 with chip.schedule "pipelined" (only the layer-barrier schedule synchronises timesteps) (found 1400.0)"#)
        XCTAssertNoThrow(try HardwareConfig.decode(json: #"{"version": 1, "chip": {"schedule": "layer-barrier", "timestep_sync_ns": 1400}, "noc": {"count_messages": true}}"#))
    }

    /// SANA-FE's congestion estimate is made in the layer-barrier step with one occupancy per
    /// packet and destination: the pipelined schedule, graded packets and sparse synaptic memory
    /// are refused with it, and an unknown estimate is named with the choices.
    func testCongestionEstimateRefusesWhatItCannotEstimate() {
        assertRejects(#"{"version": 1, "noc": {"congestion": "sanafe"}}"#,
                      #"noc.congestion must be "none" with chip.schedule "pipelined" (only the layer-barrier schedule estimates congestion) (found "sanafe")"#)
        assertRejects(#"{"version": 1, "chip": {"schedule": "layer-barrier"}, "noc": {"congestion": "sanafe", "spike_packets": "graded"}}"#,
                      #"noc.congestion must be "none" with noc.spike_packets "graded" (the estimate needs one occupancy per packet and destination) (found "sanafe")"#)
        assertRejects(#"{"version": 1, "chip": {"schedule": "layer-barrier"}, "noc": {"congestion": "sanafe"}, "mapping": {"skip_zero_weights": true}}"#,
                      #"noc.congestion must be "none" with mapping.skip_zero_weights true (the estimate needs one occupancy per packet and destination) (found "sanafe")"#)
        assertRejects(#"{"version": 1, "noc": {"congestion": "booksim"}}"#, #"noc.congestion must be "none" or "sanafe" (found "booksim")"#)
        XCTAssertNoThrow(try HardwareConfig.decode(json: #"{"version": 1, "chip": {"schedule": "layer-barrier"}, "noc": {"congestion": "sanafe"}}"#))
    }

    func testEnergies() {
        assertRejects(#"{"version": 1, "energy": {"spike_pj": -1.5}}"#, "energy.spike_pj must be at least 0 (found -1.5)")
        assertRejects(#"{"version": 1, "energy": {"leakage_mw_per_core": -1}}"#, "energy.leakage_mw_per_core must be at least 0 (found -1)")
        assertRejects(#"{"version": 1, "energy": {"accumulate_pj": -0.1, "pool_compare_pj": 0}}"#,
                      "energy.accumulate_pj must be at least 0 (found -0.1)")
        // JSON cannot spell NaN or infinity; a config built in Swift can, and validation catches it.
        var config = HardwareConfig.defaults
        config.energy[.dram] = .infinity
        assertConfigError("energy.dram_pj_per_bit must be a finite number (found inf)") { try config.validate() }
        config = HardwareConfig.defaults
        config.chip.clockHz = .nan
        assertConfigError("chip.clock_hz must be a finite number (found nan)") { try config.validate() }
    }

    func testNameMustNotBeEmpty() {
        assertRejects(#"{"version": 1, "name": ""}"#, #"name must not be empty (found "")"#)
    }

    func testNotJSON() {
        assertRejects("", "not valid JSON (the text is empty)")
        assertRejects("{\"version\": 1,\n  \"chip\": {", "not valid JSON (it ends before the JSON is complete: truncated?)")
        assertRejects("{\"version\": 1,\n  \"chip\": {\"mesh_width\": 16,,\n}}", "not valid JSON (invalid value at line 2, column 29)")
        assertRejects("mesh_width = 16", "not valid JSON (invalid value at line 1, column 1)")
        assertRejects(#"{"version": 1, "chip": {"clock_hz": 1e400}}"#, "not valid JSON (number 1e400 is not representable in Swift)")
    }

    func testFileErrorsNameTheFile() throws {
        let truncated = try Fixtures.temporaryFile("truncated.json", "{\"version\": 1,\n  \"core\": {\"accumulate_units\": 1")
        assertConfigError("\(truncated): not valid JSON (it ends before the JSON is complete: truncated?)") {
            try HardwareConfig.load(path: truncated)
        }
        let yaml = try Fixtures.temporaryFile("chip.yaml", "version: 1\nchip:\n  mesh_width: 4\n")
        assertConfigError("\(yaml): not valid JSON (invalid value at line 1, column 1)") { try HardwareConfig.load(path: yaml) }
        let binary = try Fixtures.temporaryFile("weights.bin", bytes: [0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF])
        assertConfigError("\(binary): not valid JSON (invalid value at line 1, column 1)") { try HardwareConfig.load(path: binary) }
        let empty = try Fixtures.temporaryFile("empty.json", "")
        assertConfigError("\(empty): not valid JSON (the text is empty)") { try HardwareConfig.load(path: empty) }
        let zero = try Fixtures.temporaryFile("x.json", #"{"version": 1, "core": {"accumulate_units": 0}}"#)
        assertConfigError("\(zero): core.accumulate_units must be at least 1 (found 0)") { try HardwareConfig.load(path: zero) }
        let missing = Paths.hwconfigs + "/no-such-chip.json"
        assertConfigError("\(missing): no such file") { try HardwareConfig.load(path: missing) }
        assertConfigError("\(Paths.hwconfigs): is a directory, not a hardware config file") {
            try HardwareConfig.load(path: Paths.hwconfigs)
        }
        let large = try Fixtures.temporaryFile("huge.json", bytes: [UInt8](repeating: 0, count: HardwareConfig.maximumFileBytes + 1))
        assertConfigError("\(large): is 1048577 bytes; a hardware config is at most 1048576 bytes (is this the right file?)") {
            try HardwareConfig.load(path: large)
        }
    }

    func testErrorAttributionToAFileHappensOnce() {
        let error = HardwareConfigError.missingVersion.inFile("a.json").inFile("b.json")
        XCTAssertEqual(error.description, #"a.json: version is missing (this neurocycle reads version 1: add "version": 1)"#)
        XCTAssertEqual(HardwareConfigError.inFile(path: "outer.json", .inFile(path: "inner.json", .missingVersion)).description,
                       #"inner.json: version is missing (this neurocycle reads version 1: add "version": 1)"#)
    }
}
