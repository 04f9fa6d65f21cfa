import Foundation
import XCTest

extension XCTestCase {
    /// A fresh empty directory, deleted with its contents when the test ends.
    public func scratchDirectory() throws -> String {
        let dir = try Fixtures.temporaryDirectory()
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return dir
    }
}
