import Foundation
import XCTest

@testable import NCFormats

/// `Tests/Fixtures` are copies of `../shared/fixtures` (see `Tests/Fixtures/README.md`); when the
/// shared originals are present (this machine, CI), every copy must be byte-identical to them.
final class FixtureIntegrityTests: XCTestCase {
    func testCopiesEqualTheSharedOriginals() throws {
        let shared = URL(fileURLWithPath: Fixtures.directory).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/fixtures").path
        guard FileManager.default.fileExists(atPath: shared) else {
            throw XCTSkip("../shared/fixtures is not beside this clone")
        }
        // Sub-folders mirror the shared ones (`inputs/`, `gen1/`, ...): compare every file below.
        var isDirectory: ObjCBool = false
        let copies = try FileManager.default.subpathsOfDirectory(atPath: Fixtures.directory).filter {
            $0 != "README.md"
                && FileManager.default.fileExists(atPath: Fixtures.path($0), isDirectory: &isDirectory) && !isDirectory.boolValue
        }
        XCTAssertGreaterThan(copies.count, 20)
        for name in copies {
            let a = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path(name)))
            let b = try Data(contentsOf: URL(fileURLWithPath: shared + "/" + name))
            XCTAssertEqual(SHA256.hash([UInt8](a)), SHA256.hash([UInt8](b)), name)
        }
    }
}
