import Foundation
import NCHardware

/// `--hw`: a hardware config file, a preset name from `hwconfigs/`, or the built-in default.
enum HardwareOptions {
    static let option = ("hw", "hardware config: a .json file or a preset name in hwconfigs/ (default: hwconfigs/default.json, built in)")

    /// The config the arguments name.
    static func config(_ args: ParsedArguments) throws -> HardwareConfig {
        guard let raw = args.string("hw") else { return HardwareConfig.builtinDefault }
        var path = raw
        if !FileManager.default.fileExists(atPath: path), !raw.contains("/"), !raw.hasSuffix(".json") {
            // A preset name: look for hwconfigs/<name>.json from the working directory.
            let candidate = "hwconfigs/\(raw).json"
            if FileManager.default.fileExists(atPath: candidate) { path = candidate }
        }
        return try HardwareConfig.load(path: path)
    }
}
