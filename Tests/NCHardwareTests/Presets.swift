import Foundation
import XCTest
@testable import NCHardware

/// The presets in `hwconfigs/` and helpers for writing throwaway config files.
enum Presets {
    /// `hwconfigs/`, found relative to this source file so tests run from any directory.
    static let directory: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("hwconfigs").path
    }()

    /// Every preset, by name (the file name without `.json`).
    static let names = ["default", "edge-small", "loihi-like", "paper-45nm", "speck-like"]

    /// The full path of preset `name`.
    static func path(_ name: String) -> String { "\(directory)/\(name).json" }

    /// Loads preset `name`.
    static func load(_ name: String) throws -> HardwareConfig { try HardwareConfig.load(path: path(name)) }

    /// Writes `bytes` to a fresh temporary file named `name` and returns its path.
    static func temporaryFile(_ name: String, bytes: Data) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("neurocycle-hwconfig-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try bytes.write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Writes `text` to a fresh temporary file named `name` and returns its path.
    static func temporaryFile(_ name: String, _ text: String) throws -> String {
        try temporaryFile(name, bytes: Data(text.utf8))
    }
}

/// Asserts that `body` throws a `HardwareConfigError` whose one-line message is exactly `message`.
func assertConfigError<T>(_ message: String, file: StaticString = #filePath, line: UInt = #line,
                          _ body: () throws -> T) {
    do {
        _ = try body()
        XCTFail("expected the error \"\(message)\", but nothing was thrown", file: file, line: line)
    } catch let error as HardwareConfigError {
        XCTAssertEqual(error.description, message, file: file, line: line)
        XCTAssertFalse(error.description.contains("\n"), "message spans lines", file: file, line: line)
    } catch {
        XCTFail("expected a HardwareConfigError, got \(type(of: error)): \(error)", file: file, line: line)
    }
}

/// Asserts that decoding `json` fails with exactly `message`.
func assertRejects(_ json: String, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
    assertConfigError(message, file: file, line: line) { try HardwareConfig.decode(json: json) }
}
