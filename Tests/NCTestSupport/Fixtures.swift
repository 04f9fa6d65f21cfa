import Foundation

/// The fixtures copied into `Tests/Fixtures` (provenance: `Tests/Fixtures/README.md`), and
/// scratch space for tests.
///
///     let model = try SpikeYOLOModel.load(path: Fixtures.path("spikeyolo-t.pt"))
///     let photo = Fixtures.path("inputs/x.jpg")        // a fixture in a sub-folder
///     let dir = try Fixtures.temporaryDirectory()       // a fresh empty directory
///     let bad = try Fixtures.temporaryFile("bad.json", "{")  // a throwaway input file
public enum Fixtures {
    /// `Tests/Fixtures`.
    public static let directory: String = Paths.root + "/Tests/Fixtures"

    /// The full path of fixture `name`, which may include sub-folders (`inputs/x.jpg`).
    public static func path(_ name: String) -> String { directory + "/" + name }

    /// A fresh empty directory under the system's temporary directory. It is left behind;
    /// `XCTestCase.scratchDirectory()` gives one that is deleted when the test ends.
    public static func temporaryDirectory() throws -> String {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("neurocycle-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.path
    }

    /// Writes `bytes` to a file named `name` in a fresh temporary directory; returns its path.
    public static func temporaryFile(_ name: String, bytes: [UInt8]) throws -> String {
        let path = try temporaryDirectory() + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Writes `text` (UTF-8) to a file named `name` in a fresh temporary directory; returns its path.
    public static func temporaryFile(_ name: String, _ text: String) throws -> String {
        try temporaryFile(name, bytes: Array(text.utf8))
    }
}
