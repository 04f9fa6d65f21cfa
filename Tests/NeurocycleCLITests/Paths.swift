import Foundation

/// Package-relative paths for end-to-end tests.
enum Paths {
    /// The package root (two levels above this test folder).
    static let root = URL(fileURLWithPath: Fixtures.directory).deletingLastPathComponent().deletingLastPathComponent().path

    /// A preset in `hwconfigs/`.
    static func hwconfig(_ name: String) -> String { root + "/hwconfigs/\(name).json" }

    /// A JSON file as a dictionary; throws when it holds anything else (an empty dictionary
    /// would let lookups in it compare nil with nil).
    static func json(_ path: String) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        guard let object = value as? [String: Any] else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path]) }
        return object
    }
}
