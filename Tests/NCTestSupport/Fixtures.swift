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

    /// A fresh empty directory inside this test process's scratch root, which is deleted when the
    /// process exits; `XCTestCase.scratchDirectory()` gives one deleted as soon as the test ends.
    public static func temporaryDirectory() throws -> String {
        counterLock.lock()
        counter += 1
        let dir = scratchRoot + "/\(counter)"
        counterLock.unlock()
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Short names (`/tmp/neurocycle-tests-PID/N`), so paths printed in reports fit on one line.
    nonisolated(unsafe) private static var counter = 0
    private static let counterLock = NSLock()

    /// One directory per test process under the system's temporary directory, so that the
    /// hundreds of throwaway inputs a suite run writes are removed together at exit instead of
    /// piling up in `/tmp` (a crashed run leaves one folder, named with its process id).
    private static let scratchRoot: String = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("neurocycle-tests-\(getpid())").path
        // A folder left by a crashed run whose process id this one reuses.
        try? FileManager.default.removeItem(atPath: root)
        atexit { try? FileManager.default.removeItem(atPath: Fixtures.scratchRoot) }
        return root
    }()

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
