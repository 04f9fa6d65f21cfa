import Foundation

/// Package-relative paths, found from this source file so tests run from any directory.
public enum Paths {
    /// The package root (three levels above this file: `Tests/NCTestSupport/Paths.swift`).
    public static let root: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// The hardware presets, `hwconfigs/`.
    public static let hwconfigs = root + "/hwconfigs"

    /// A preset in `hwconfigs/` by name (`default`, `loihi-like`, ...).
    public static func hwconfig(_ name: String) -> String { hwconfigs + "/\(name).json" }

    /// The committed sample trace, `traces/spikeyolo-t_input128.nctrace`.
    public static let sampleTrace = root + "/traces/spikeyolo-t_input128.nctrace"

    /// The JSON object in the file at `path`; throws when it holds anything else (an empty
    /// dictionary would let lookups in it compare nil with nil).
    public static func json(_ path: String) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        guard let object = value as? [String: Any] else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: path]) }
        return object
    }

    /// The names in `directory`, sorted.
    public static func listing(_ directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }
}
