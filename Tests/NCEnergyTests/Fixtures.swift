import Foundation

/// Paths to the fixtures copied into `Tests/Fixtures` (provenance: `Tests/Fixtures/README.md`).
enum Fixtures {
    /// `Tests/Fixtures`, found relative to this source file so tests run from any directory.
    static let directory: String = {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").path
    }()

    /// The full path of fixture `name`.
    static func path(_ name: String) -> String { directory + "/" + name }

    /// A fresh temporary directory for one test.
    static func temporaryDirectory() throws -> String {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("neurocycle-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.path
    }
}
