import Foundation
import XCTest
@testable import NCHardware

/// The presets compiled into the executable (`HardwareConfig+Presets.swift`) are the files in
/// `hwconfigs/`, byte for byte, so `--hw loihi-like` means the same chip from any directory and
/// in an installed binary.
///
/// The Swift file is generated from the JSON files by this test: after editing a preset, run
/// `NEUROCYCLE_RECORD_PRESETS=1 swift test -c release -Xswiftc -enable-testing --filter BuiltinPresetTests`
/// and commit both.
final class BuiltinPresetTests: XCTestCase {
    static let generatedFile = Paths.root + "/Sources/NCHardware/Config/HardwareConfig+Presets.swift"

    /// Every `hwconfigs/*.json`, by name, with its exact text.
    func presetFiles() throws -> [(name: String, text: String)] {
        try Paths.listing(Paths.hwconfigs).filter { $0.hasSuffix(".json") }.map { file in
            (String(file.dropLast(5)), try String(contentsOfFile: Paths.hwconfigs + "/" + file, encoding: .utf8))
        }
    }

    func testGeneratedSwiftFileIsUpToDate() throws {
        let expected = Self.swiftSource(try presetFiles())
        if ProcessInfo.processInfo.environment["NEUROCYCLE_RECORD_PRESETS"] == "1" {
            try expected.write(toFile: Self.generatedFile, atomically: true, encoding: .utf8)
            return
        }
        let current = try String(contentsOfFile: Self.generatedFile, encoding: .utf8)
        XCTAssertEqual(current, expected, """
            HardwareConfig+Presets.swift does not match hwconfigs/*.json: regenerate it with \
            NEUROCYCLE_RECORD_PRESETS=1 swift test -c release -Xswiftc -enable-testing --filter BuiltinPresetTests
            """)
    }

    /// The compiled texts, not only the source file: what the executable holds is each file's bytes.
    func testCompiledPresetsEqualTheirFilesByteForByte() throws {
        let files = try presetFiles()
        XCTAssertEqual(HardwareConfig.builtinPresetNames, files.map(\.name))
        XCTAssertEqual(files.map(\.name), Presets.names)
        for (name, text) in files {
            XCTAssertEqual(HardwareConfig.builtinPresetText(named: name).map { Array($0.utf8) }, Array(text.utf8), name)
            XCTAssertEqual(try HardwareConfig.builtinPreset(named: name), try Presets.load(name), name)
        }
        XCTAssertNil(HardwareConfig.builtinPresetText(named: "loihi-2"))
        XCTAssertNil(try HardwareConfig.builtinPreset(named: "hwconfigs/default"))
        XCTAssertEqual(HardwareConfig.builtinDefaultJSON + "\n", files.first { $0.name == "default" }?.text)
    }

    /// The generated file: a header saying how it is made, then one raw string literal per preset.
    static func swiftSource(_ presets: [(name: String, text: String)]) -> String {
        var out = """
            // Generated from hwconfigs/*.json by Tests/NCHardwareTests/BuiltinPresetTests.swift: do not edit.
            // After changing a preset, regenerate with
            // NEUROCYCLE_RECORD_PRESETS=1 swift test -c release -Xswiftc -enable-testing --filter BuiltinPresetTests

            extension HardwareConfig {
                /// Every preset of `hwconfigs/`, by name (the file name without `.json`), sorted by name:
                /// the files' texts byte for byte, so an installed executable needs no `hwconfigs/`.
                static let builtinPresetTexts: [(name: String, text: String)] = [

            """
        for (name, text) in presets {
            // Enough `#`s that the text can neither close the literal nor start an escape.
            var hashes = "#"
            while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
            out += "        (\"\(name)\", \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)),\n"
        }
        out += "    ]\n}\n"
        return out
    }
}
