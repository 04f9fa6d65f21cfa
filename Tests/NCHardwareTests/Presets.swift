import Foundation
import XCTest
@testable import NCHardware

/// The presets in `hwconfigs/`.
enum Presets {
    /// Every preset, by name (the file name without `.json`).
    static let names = ["default", "edge-small", "loihi-like", "loihi", "paper-45nm", "speck-like"]

    /// `hwconfigs/`.
    static let directory = Paths.hwconfigs

    /// The file of preset `name`.
    static func path(_ name: String) -> String { Paths.hwconfig(name) }

    /// Loads preset `name`.
    static func load(_ name: String) throws -> HardwareConfig { try HardwareConfig.load(path: Paths.hwconfig(name)) }
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
