import Foundation
import PackagePlugin

/// Compiles `hwconfigs/*.json` into NCHardware at build time (`HardwareConfig.builtinPresetTexts`),
/// so the presets an executable knows are always the files of the checkout it was built from,
/// and `--hw loihi-like` works from any directory and in an installed binary. The files are the
/// only copy in the repository; editing one and rebuilding is all a preset change takes.
@main
struct EmbedPresets: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "hwconfigs")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path(percentEncoded: false))
            .filter { $0.hasSuffix(".json") }.sorted().map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "HardwareConfig+Presets.swift")
        return [.buildCommand(
            displayName: "Embedding \(files.count) hardware presets from hwconfigs/",
            executable: try context.tool(named: "PresetEmbedder").url,
            arguments: [output.path(percentEncoded: false)] + files.map { $0.path(percentEncoded: false) },
            inputFiles: files, outputFiles: [output])]
    }
}
