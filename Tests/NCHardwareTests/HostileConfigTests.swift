import Foundation
import XCTest
@testable import NCHardware

/// Holes a mutation campaign found in the config reader (issue #16): each is rejected with one
/// line naming the key path.
final class HostileConfigTests: XCTestCase {
    /// Foundation's decoder keeps one copy of a repeated key, so `{"x": 8, "x": 4}` used to read
    /// as 8 here and as 4 in other tools.
    func testDuplicateKeysAreRejectedWithTheirPath() {
        assertRejects(#"{"version": 1, "core": {"weight_bits": 8, "weight_bits": 4}}"#,
                      "core.weight_bits is given twice; give each key once")
        assertRejects(#"{"version": 1, "version": 1}"#, "version is given twice; give each key once")
        assertRejects(#"{"version": 1, "energy": {}, "energy": {"mac_pj": 1}}"#, "energy is given twice; give each key once")
    }

    /// Integers written as `16.0`, `1.6e1` or `1.0` used to be read as integers.
    func testIntegerFieldsRejectNonIntegers() {
        assertRejects(#"{"version": 1.0}"#, "version must be an integer")
        assertRejects(#"{"version": 1, "core": {"accumulate_units": 16.0}}"#, "core.accumulate_units must be an integer")
        assertRejects(#"{"version": 1, "core": {"accumulate_units": 1.6e1}}"#, "core.accumulate_units must be an integer")
        assertRejects(#"{"version": 1, "chip": {"mesh_width": 4E0}}"#, "chip.mesh_width must be an integer")
        // Numbers stay numbers: a double field takes any JSON number.
        XCTAssertNoThrow(try HardwareConfig.decode(json: #"{"version": 1, "chip": {"clock_hz": 1e9}, "core": {"accumulate_units": 16}}"#))
    }

    /// `1e308` pJ per action used to be accepted, so totals overflowed to infinity and the JSON
    /// report wrote `"total_mJ": "inf"`. Entries are now bounded; at the bound, totals are finite.
    func testEnergyEntriesAreBounded() {
        assertRejects(#"{"version": 1, "energy": {"accumulate_pj": 1e308}}"#,
                      "energy.accumulate_pj must be at most 1000000 (found 1e+308)")
        assertRejects(#"{"version": 1, "energy": {"leakage_mw_per_core": 1000000.5}}"#,
                      "energy.leakage_mw_per_core must be at most 1000000 (found 1000000.5)")
        // The worst totals the bound allows: every count at Int.max, every price at the bound.
        let worst = Double(Int.max) * EnergyTable.maximumEntry * Double(HardwareConfig.defaults.energy.entries.count)
        XCTAssertTrue(worst.isFinite)
        XCTAssertNoThrow(try HardwareConfig.decode(json: #"{"version": 1, "energy": {"accumulate_pj": 1000000}}"#))
    }
}
