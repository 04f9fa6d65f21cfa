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
        // Sub-folders mirror the shared ones (`inputs/...`), so walk the whole tree.
        let copies = try FileManager.default.subpathsOfDirectory(atPath: Fixtures.directory).filter { name in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: Fixtures.path(name), isDirectory: &isDirectory)
            return !isDirectory.boolValue && name != "README.md"
        }
        XCTAssertGreaterThan(copies.count, 20)
        for name in copies {
            let a = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path(name)))
            let b = try Data(contentsOf: URL(fileURLWithPath: shared + "/" + name))
            XCTAssertEqual(SHA256.hash([UInt8](a)), SHA256.hash([UInt8](b)), name)
        }
    }
}
