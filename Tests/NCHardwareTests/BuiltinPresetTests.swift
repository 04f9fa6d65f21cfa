import Foundation
import XCTest
@testable import NCHardware

/// The presets compiled into the executable (by the EmbedPresets build plugin) are the files in
/// `hwconfigs/`, byte for byte, so `--hw loihi-like` means the same chip from any directory and
/// in an installed binary.
final class BuiltinPresetTests: XCTestCase {
    /// Every `hwconfigs/*.json`, by name, with its exact text.
    func presetFiles() throws -> [(name: String, text: String)] {
        try Paths.listing(Paths.hwconfigs).filter { $0.hasSuffix(".json") }.map { file in
            (String(file.dropLast(5)), try String(contentsOfFile: Paths.hwconfigs + "/" + file, encoding: .utf8))
        }
    }

    /// What the executable holds is each file's bytes, in file-name order.
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
}
