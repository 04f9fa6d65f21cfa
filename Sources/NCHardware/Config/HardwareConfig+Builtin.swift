import Foundation

extension HardwareConfig {
    /// The names of the built-in presets, sorted: the files of `hwconfigs/` without `.json`
    /// (`default`, `edge-small`, `loihi-like`, `paper-45nm`, `speck-like`).
    public static var builtinPresetNames: [String] { builtinPresetTexts.map(\.name) }

    /// The text of the built-in preset `name`, byte for byte its file in `hwconfigs/`, or nil
    /// when there is no preset of that name.
    public static func builtinPresetText(named name: String) -> String? {
        builtinPresetTexts.first { $0.name == name }?.text
    }

    /// The built-in preset `name`, decoded and validated, or nil when there is no such preset.
    /// (A test decodes every preset, so the throw only guards a broken regeneration.)
    public static func builtinPreset(named name: String) throws -> HardwareConfig? {
        guard let text = builtinPresetText(named: name) else { return nil }
        do {
            return try decode(json: text)
        } catch let error as HardwareConfigError {
            throw error.inFile("built-in preset \(name)")
        }
    }

    /// The text of `hwconfigs/default.json` without its final newline.
    public static let builtinDefaultJSON: String = {
        let text = builtinPresetText(named: "default") ?? "{\"version\": 1}"
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }()

    /// The chip used when no hardware config is named: `hwconfigs/default.json`, compiled in so
    /// the executable needs no file. (A test checks that the text decodes and equals the file;
    /// `defaults` stands in should it ever not.)
    public static let builtinDefault: HardwareConfig = (try? decode(json: builtinDefaultJSON)) ?? defaults

    /// The config `argument` names, as `--hw` takes it: a file if one exists at that path, else
    /// the built-in preset of that name. Anything else is a one-line error naming `argument`,
    /// the presets and the closest one.
    public static func load(fileOrPreset argument: String) throws -> HardwareConfig {
        if FileManager.default.fileExists(atPath: argument) { return try load(path: argument) }
        if let preset = try builtinPreset(named: argument) { return preset }
        // `hwconfigs/loihi-like.json` from another directory: say that the name works anywhere.
        let stem = argument.split(separator: "/").last.map { String($0.hasSuffix(".json") ? $0.dropLast(5) : $0) } ?? argument
        let presets = builtinPresetNames.joined(separator: ", ")
        if builtinPresetText(named: stem) != nil {
            throw HardwareConfigError.inFile(path: argument, .unreadable(
                reason: "no such file (the built-in preset of that name works from any directory: --hw \(stem))"))
        }
        let hint = KeySuggestion.closest(to: stem, among: builtinPresetNames).map { "did you mean \($0)? " } ?? ""
        throw HardwareConfigError.inFile(path: argument, .unreadable(
            reason: "no such file, and not a built-in preset (\(hint)presets: \(presets))"))
    }
}
