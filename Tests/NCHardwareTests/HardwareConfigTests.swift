import Foundation
import XCTest
@testable import NCHardware

/// Presets, defaults, the built-in default and the effective-config text.
final class HardwareConfigTests: XCTestCase {
    /// Every key a preset file writes reaches the config with its value: the file parsed by
    /// Foundation's JSON reader (not the config decoder) against the effective config's text.
    func testEveryPresetKeepsEveryValueOfItsFile() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Paths.hwconfigs)
            .filter { $0.hasSuffix(".json") }.sorted()
        XCTAssertEqual(files, Presets.names.map { "\($0).json" }, "a preset was added or removed: update Presets.names and the README")
        for name in Presets.names {
            let file = try jsonObject(Data(contentsOf: URL(fileURLWithPath: Paths.hwconfig(name))))
            let config = try Presets.load(name)
            let effective = try jsonObject(Data(config.jsonText().utf8))
            XCTAssertEqual(config.name, name, "a preset's name is its file name")
            XCTAssertEqual(file["name"] as? String, name)
            let source = try XCTUnwrap(file["source"] as? String, "\(name): source")
            XCTAssertEqual(config.source, source)
            XCTAssertGreaterThan(source.count, 200, "\(name): source must cite where the numbers come from")
            var compared = 0
            for (section, value) in file where !["name", "source", "version"].contains(section) {
                let keys = try XCTUnwrap(value as? [String: Any], "\(name).\(section) is an object")
                let written = try XCTUnwrap(effective[section] as? [String: Any], "\(name): effective config lacks \(section)")
                for (key, fileValue) in keys {
                    let what = "\(name): \(section).\(key)"
                    let kept = try XCTUnwrap(written[key], "\(what) is missing from the effective config")
                    if let text = fileValue as? String {
                        XCTAssertEqual(kept as? String, text, what)
                    } else {
                        let number = try XCTUnwrap(fileValue as? NSNumber, "\(what) is a number").doubleValue
                        XCTAssertEqual(try XCTUnwrap(kept as? NSNumber, "\(what) stays a number").doubleValue, number, what)
                    }
                    compared += 1
                }
            }
            XCTAssertGreaterThan(compared, 10, "\(name): the file should give most keys")
        }
    }

    /// The presets table of `hwconfigs/README.md` states each preset's mesh, clock, memories and
    /// arithmetic; the files agree with it.
    func testReadmeTableMatchesThePresets() throws {
        let readme = try String(contentsOfFile: Paths.hwconfigs + "/README.md", encoding: .utf8)
        var rows = 0
        for line in readme.split(separator: "\n") where line.hasPrefix("| `") && line.contains(".json` |") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let name = String(cells[0].dropFirst().dropLast(".json`".count))
            let config = try Presets.load(name)
            // "16×16 (256)"
            let mesh = cells[1].split(whereSeparator: { "×() ".contains($0) }).compactMap { Int($0) }
            XCTAssertEqual(mesh, [config.chip.meshWidthCores, config.chip.meshHeightCores, config.coreCount], name)
            // "500 MHz" or "285.7 MHz (1 / 3.5 ns)": stated to the digits shown.
            let megahertz = try XCTUnwrap(Double(cells[2].prefix { $0 != " " }), "\(name): clock")
            XCTAssertEqual(config.chip.clockHz / 1e6, megahertz, accuracy: 0.05, name)
            // "64 Ki / 256 KiB", "128 Ki / 4 MiB"
            let memories = cells[3].split(separator: "/").map { $0.split(separator: " ") }
            XCTAssertEqual(memories[0].last, "Ki", name)
            XCTAssertEqual(Int(memories[0][0]).map { $0 * 1024 }, config.core.neuronMemoryNeurons, name)
            let bytesUnit = memories[1][1] == "MiB" ? 1 << 20 : memories[1][1] == "KiB" ? 1 << 10 : 0
            XCTAssertEqual(Int(memories[1][0]).map { $0 * bytesUnit }, config.core.synapticMemoryBytes, name)
            XCTAssertEqual(cells[4].replacingOccurrences(of: " ", with: ""), config.arithmeticLabel, name)
            rows += 1
        }
        XCTAssertEqual(rows, Presets.names.count, "one README row per preset")
    }

    private func jsonObject(_ data: Data) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func testBuiltinDefaultEqualsTheFile() throws {
        let file = try Presets.load("default")
        XCTAssertEqual(HardwareConfig.builtinDefault, file)
        let text = try String(contentsOfFile: Paths.hwconfig("default"), encoding: .utf8)
        XCTAssertEqual(HardwareConfig.builtinDefaultJSON + "\n", text,
                       "HardwareConfig+Builtin.swift embeds hwconfigs/default.json byte for byte: edit both")
        XCTAssertEqual(try HardwareConfig.decode(json: HardwareConfig.builtinDefaultJSON), file)
    }

    func testDefaultsAreTheDefaultChip() throws {
        XCTAssertNoThrow(try HardwareConfig.defaults.validate())
        var named = HardwareConfig.defaults
        named.name = "default"
        named.source = HardwareConfig.builtinDefault.source
        XCTAssertEqual(named, HardwareConfig.builtinDefault, "HardwareConfig.defaults and hwconfigs/default.json disagree")
    }

    func testVersionAloneIsTheDefaultChip() throws {
        let config = try HardwareConfig.decode(json: #"{"version": 1}"#)
        XCTAssertEqual(config, HardwareConfig.defaults)
        XCTAssertEqual(config.name, "custom")
        XCTAssertEqual(config.chip, HardwareConfig.builtinDefault.chip)
        XCTAssertEqual(config.core, HardwareConfig.builtinDefault.core)
        XCTAssertEqual(config.energy, HardwareConfig.builtinDefault.energy)
    }

    /// Every section reads every key it accepts, in the order its `CodingKeys` lists them (a key
    /// without a field would be accepted and silently keep its default).
    func testEverySectionReadsEachOfItsKeys() {
        func keys<S: ConfigSection>(_: S.Type) -> ([String], [String]) {
            (S.fields.map(\.key), S.CodingKeys.allCases.map(\.stringValue))
        }
        for (fields, codingKeys) in [keys(HardwareConfig.self), keys(ChipConfig.self), keys(CoreConfig.self), keys(NoCConfig.self),
                                     keys(MappingConfig.self), keys(EncoderConfig.self), keys(DRAMConfig.self)] {
            XCTAssertEqual(fields, codingKeys)
        }
        XCTAssertEqual(keys(ChipConfig.self).0, ["mesh_width", "mesh_height", "clock_hz", "schedule", "power_gating", "spike_energy", "timestep_sync_ns"])
    }

    func testOmittedKeysTakeDefaultsWithinASection() throws {
        let config = try HardwareConfig.decode(json: #"{"version": 1, "name": "wide", "core": {"accumulate_units": 32}}"#)
        var expected = HardwareConfig.defaults
        expected.name = "wide"
        expected.core.accumulateUnits = 32
        XCTAssertEqual(config, expected)
        let empty = try HardwareConfig.decode(json: #"{"version": 1, "chip": {}, "noc": {}, "energy": {}}"#)
        XCTAssertEqual(empty, HardwareConfig.defaults, "an empty section is all defaults")
    }

    func testPoolCompareDefaultsToThisTablesAccumulate() throws {
        let omitted = try HardwareConfig.decode(json: #"{"version": 1, "energy": {"accumulate_pj": 0.5}}"#)
        XCTAssertEqual(omitted.energy[.poolCompare], 0.5)
        let given = try HardwareConfig.decode(json: #"{"version": 1, "energy": {"accumulate_pj": 0.5, "pool_compare_pj": 0.01}}"#)
        XCTAssertEqual(given.energy[.poolCompare], 0.01)
        XCTAssertEqual(try Presets.load("default").energy[.poolCompare], 0.077)
        XCTAssertEqual(try Presets.load("speck-like").energy[.poolCompare], 0.053)
    }

    func testFP32BitWidthsDefaultTo32() throws {
        let config = try HardwareConfig.decode(json: #"{"version": 1, "core": {"arithmetic": "fp32"}}"#)
        XCTAssertEqual(config.core.weightBits, 32)
        XCTAssertEqual(config.core.membraneBits, 32)
        XCTAssertEqual(config.weightBitsEffective, 32)
        XCTAssertEqual(config.membraneBitsEffective, 32)
        XCTAssertEqual(config.arithmeticLabel, "fp32")
        let explicit = try HardwareConfig.decode(
            json: #"{"version": 1, "core": {"arithmetic": "fp32", "weight_bits": 32, "membrane_bits": 32}}"#)
        XCTAssertEqual(explicit, config)
        let fixed = try HardwareConfig.decode(json: #"{"version": 1, "core": {"weight_bits": 4, "membrane_bits": 12}}"#)
        XCTAssertEqual(fixed.weightBitsEffective, 4)
        XCTAssertEqual(fixed.membraneBitsEffective, 12)
        XCTAssertEqual(fixed.arithmeticLabel, "int4/int12")
    }

    func testEffectiveConfigRoundTrips() throws {
        var configs = try Presets.names.map(Presets.load)
        configs.append(try HardwareConfig.decode(json: #"{"version": 1}"#))
        configs.append(try HardwareConfig.decode(json: #"{"version": 1, "core": {"arithmetic": "fp32"}, "chip": {"clock_hz": 333333333.3}}"#))
        for config in configs {
            let text = config.jsonText()
            XCTAssertEqual(try HardwareConfig.decode(json: text), config, config.name)
            XCTAssertEqual(config.jsonText(), text, "the text is deterministic")
            XCTAssertFalse(text.hasSuffix("\n"))
        }
    }

    func testEffectiveConfigListsEveryKeySorted() throws {
        let text = try Presets.load("speck-like").jsonText()
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(object.keys.sorted(), ["chip", "core", "dram", "encoder", "energy", "mapping", "name", "noc", "source", "version"])
        let energy = try XCTUnwrap(object["energy"] as? [String: Any])
        // 13 action prices and 2 leakage keys: pool_compare_pj is written out although the file omits it.
        XCTAssertEqual(energy.count, 15)
        XCTAssertEqual(energy["pool_compare_pj"] as? Double, 0.053)
        let core = try XCTUnwrap(object["core"] as? [String: Any])
        XCTAssertEqual(core.count, 11)
        // Sorted keys: top-level and section keys appear in alphabetical order in the text.
        let chipAt = try XCTUnwrap(text.range(of: "\"chip\"")).lowerBound
        let versionAt = try XCTUnwrap(text.range(of: "\"version\"")).lowerBound
        XCTAssertLessThan(chipAt, versionAt)
        let accumulateAt = try XCTUnwrap(text.range(of: "\"accumulate_pj\"")).lowerBound
        let synapticAt = try XCTUnwrap(text.range(of: "\"synaptic_read_pj_per_bit\"")).lowerBound
        XCTAssertLessThan(accumulateAt, synapticAt)
    }

    func testTextOfNonFiniteNumbersStillPrints() {
        var config = HardwareConfig.defaults
        config.energy[.spike] = .nan
        let text = config.jsonText()
        XCTAssertTrue(text.contains(#""spike_pj" : "nan""#), text)
        assertRejects(text, "energy.spike_pj must be a number")
    }
}
